/** Why fetching or reading a feed failed; `code` is stable (stored with the source and shown by the CLI). */
export type FeedErrorCode =
  | 'bad_url'
  | 'blocked_address'
  | 'dns_failed'
  | 'network'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'unsupported_charset'
  | 'parse_failed'
  | 'not_a_feed';

export class FeedError extends Error {
  readonly code: FeedErrorCode;

  constructor(code: FeedErrorCode, message: string) {
    super(message);
    this.name = 'FeedError';
    this.code = code;
  }
}

/** Any thrown value as a FeedError (unknown errors count as network errors, with their message). */
export function asFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('network', error instanceof Error ? error.message : String(error));
}
