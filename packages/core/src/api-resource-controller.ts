import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ApiError, fetchJson, type RequestOptions } from './api-client.js';

/** What an ApiResourceController loads: a URL (relative to the page) and its query parameters. */
export interface ApiRequest {
  url: string;
  query?: RequestOptions['query'];
}

export interface ApiResourceOptions<T> {
  /** Read before every update of the host: a request that differs from the last one is loaded; undefined loads nothing. */
  request: () => ApiRequest | undefined;
  /** Checks the parsed body; a body it rejects becomes an ApiError with the code `invalid_response`. */
  check: (body: unknown) => body is T;
  /** Milliseconds before a request is given up with an ApiTimeoutError; read for each request, 10 s by default. */
  timeout?: () => number;
  /**
   * The answer to the first request, already at hand: what the server rendered the host with (see `readServerData`).
   * When `check` accepts it, it is the value from the start and the first request is not made. On the server, where
   * nothing is fetched, it is the only value.
   */
  initial?: () => unknown;
  /** Called once a value has loaded and the host has been asked to re-render (`updateComplete` then includes it). */
  onLoad?: (value: T) => void;
  /** Called when a request fails, after the host has been asked to re-render, with the error it now shows. */
  onError?: (error: ApiError) => void;
}

/**
 * Loads JSON for a widget (with core's `fetchJson`, as the API client does) and re-renders the host as the request goes: `loading`
 * while it runs, then `value` or `error`. A new request aborts the one still running, so a stale answer
 * never replaces a newer one. A request still running when the host leaves the page is aborted too, and
 * made again when the host comes back.
 */
export class ApiResourceController<T> implements ReactiveController {
  /** The last value loaded (or the initial one); kept while a newer request runs and after a failed one. */
  get value(): T | undefined {
    return this.loaded ?? (this.key === undefined ? this.initial() : undefined);
  }
  /** Why the last request failed; cleared when a new one starts. */
  error: ApiError | undefined;
  loading = false;

  private loaded: T | undefined;
  private key: string | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ApiResourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.key === undefined) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const request = this.options.request();
    const key = request && JSON.stringify(request);
    if (key !== this.key) {
      const initial = this.key === undefined ? this.initial() : undefined;
      this.key = key;
      if (initial !== undefined) this.loaded = initial;
      else void this.load(request);
    }
  }

  hostDisconnected(): void {
    if (this.loading) {
      this.abort!.abort();
      this.loading = false;
      this.key = undefined;
    }
  }

  /** Loads the current request again (a "Retry" button). */
  reload(): Promise<void> {
    return this.load(this.options.request());
  }

  /** The initial answer when there is one and `check` accepts it. */
  private initial(): T | undefined {
    const initial = this.options.initial?.();
    return initial !== undefined && this.options.check(initial) ? initial : undefined;
  }

  private async load(request: ApiRequest | undefined): Promise<void> {
    this.abort?.abort();
    // Nothing is fetched on the server: a widget rendered there shows its initial value or its empty state.
    this.loading = Boolean(request) && !isServer;
    if (!request || isServer) return;
    const abort = (this.abort = new AbortController());
    this.error = undefined;
    this.host.requestUpdate();
    let body: unknown;
    let error: ApiError | undefined;
    try {
      const url = new URL(request.url, document.baseURI);
      body = await fetchJson(url, { query: request.query, signal: abort.signal, timeout: this.options.timeout?.() });
      if (!abort.signal.aborted && !this.options.check(body)) {
        throw new ApiError(200, 'invalid_response', `${url.href} answered with an unexpected shape.`);
      }
    } catch (thrown) {
      // Only a URL that cannot be parsed throws something other than an ApiError (or an abort, dropped below).
      error = thrown instanceof ApiError ? thrown : new ApiError(0, 'invalid_url', String(thrown));
    }
    // A newer request, or leaving the page, aborted this one: its answer is stale.
    if (abort.signal.aborted) return;
    this.loading = false;
    this.error = error;
    if (!error) this.loaded = body as T;
    this.host.requestUpdate();
    if (error) this.options.onError?.(error);
    else this.options.onLoad?.(body as T);
  }
}
