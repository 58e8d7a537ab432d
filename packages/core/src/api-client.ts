/** The error every API call rejects with, carrying the server's `{ error: { code, message } }`. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    /** The server's machine-readable code (`not_found`, `invalid_parameter`, ...) or one of ours. */
    readonly code: string,
    message: string,
    /** The other fields of the server's error object, such as the current version sent with a `version_conflict`. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** No response within the client's timeout. */
export class ApiTimeoutError extends ApiError {
  override name = 'ApiTimeoutError';
  constructor(url: string, timeout: number) {
    super(0, 'timeout', `No response from ${url} within ${timeout} ms.`);
  }
}

/** The request never reached the server, or its response could not be read (offline, CORS, DNS). */
export class ApiNetworkError extends ApiError {
  override name = 'ApiNetworkError';
  constructor(url: string, cause: unknown) {
    super(0, 'network_error', `Could not reach ${url}.`);
    this.cause = cause;
  }
}

export interface ApiClientOptions {
  /** Base URL of the API, for example `/api/v1/` or `https://portal.example.vn/api/v1/`. */
  base: string;
  /** Milliseconds before a request is given up with an ApiTimeoutError; 10 s by default. */
  timeout?: number;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  delete<T>(path: string, options?: RequestOptions): Promise<T>;
}

export interface FetchJsonOptions extends RequestOptions {
  method?: string;
  /** Sent as JSON when defined. */
  body?: unknown;
  /** Milliseconds before the request is given up with an ApiTimeoutError; 10 s by default. */
  timeout?: number;
}

/**
 * One request to the JSON API at an absolute `url`, the query added: resolves with the parsed body, rejects
 * with an ApiError (a caller's abort rejects with the browser's AbortError, untouched). The API client and
 * ApiResourceController both build on it; a widget that loads one URL calls it without a client.
 */
export async function fetchJson<T>(url: URL, { method = 'GET', body, query, signal, timeout = 10_000 }: FetchJsonOptions = {}): Promise<T> {
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
  const timer = AbortSignal.timeout(timeout);
  const type = 'application/json';
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? { accept: type } : { accept: type, 'content-type': type },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timer]) : timer,
    });
    text = await response.text();
  } catch (error) {
    throw signal?.aborted ? signal.reason : timer.aborted ? new ApiTimeoutError(url.href, timeout) : new ApiNetworkError(url.href, error);
  }
  const { ok, status } = response;
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    if (ok) throw new ApiError(status, 'invalid_response', `${url.href} did not answer with JSON.`);
  }
  if (ok) return parsed as T;
  // The server's error shape, `{ error: { code, message } }`, or else the status line.
  const { code, message, ...details } = (parsed as { error?: { code?: unknown; message?: unknown } } | undefined)?.error ?? {};
  throw typeof code === 'string' && typeof message === 'string'
    ? new ApiError(status, code, message, details)
    : new ApiError(status, 'http_error', `${url.href} answered ${status} ${response.statusText}`.trim());
}

/**
 * A small typed client for the portal's JSON API. Paths are relative to `base`. A non-2xx answer
 * rejects with an ApiError carrying the server's code and message; a caller's abort rejects with the
 * browser's AbortError, untouched.
 */
export function createApiClient({ base, timeout = 10_000 }: ApiClientOptions): ApiClient {
  const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI);
  const request = <T>(method: string, path: string, body: unknown, options?: RequestOptions) =>
    fetchJson<T>(new URL(path.replace(/^\//, ''), baseUrl), { ...options, method, body, timeout });

  return {
    get: (path, options) => request('GET', path, undefined, options),
    post: (path, body, options) => request('POST', path, body, options),
    patch: (path, body, options) => request('PATCH', path, body, options),
    delete: (path, options) => request('DELETE', path, undefined, options),
  };
}
