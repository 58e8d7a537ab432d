/** Why the counters could not be loaded: the same fields as the core API client's ApiError. */
export class VisitCounterError extends Error {
  override name = 'VisitCounterError';
  constructor(
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    /** The server's code (`unknown_site`, ...), or `timeout`, `network_error`, `invalid_response`, `http_error`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
