/** Why a list could not be loaded: `status` is 0 without a response, `code` the server's (or `timeout`, `network_error`, `invalid_response`). */
export interface LoadError {
  status: number;
  code: string;
  message: string;
}

/**
 * GETs JSON from `url` and checks its shape; rejects with a LoadError. Small on purpose, for the widgets that load
 * one list (banner carousel, partner strip): `fetchJson` and `ApiResourceController` do more (any method, a
 * timeout with a caller's abort, error classes) and cost more.
 */
export async function loadJson<T>(url: string, check: (body: unknown) => body is T, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI), {
      headers: { accept: 'application/json' },
      signal: signal ?? AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const timeout = (error as Error).name === 'TimeoutError';
    throw {
      status: 0,
      code: timeout ? 'timeout' : 'network_error',
      message: `${timeout ? 'No answer from' : 'Could not reach'} ${url}.`,
    } satisfies LoadError;
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    throw {
      status: response.status,
      code: typeof error?.code === 'string' ? error.code : 'http_error',
      message: typeof error?.message === 'string' ? error.message : `${url} answered ${response.status}.`,
    } satisfies LoadError;
  }
  if (!check(body))
    throw { status: response.status, code: 'invalid_response', message: `${url} answered with an unexpected shape.` } satisfies LoadError;
  return body;
}

/** The detail of a list widget's load event: how many items it shows. */
export interface ListLoadDetail {
  count: number;
}

/** The detail of a list widget's error event. */
export interface ListErrorDetail {
  error: LoadError;
}

/**
 * The load event of a widget that loads one list with loadJson (the banner carousel, the partner strip), fired when
 * the list from its `src` has loaded. Each widget subclasses it under its own event name
 * (`ap-banner-carousel-load`, `ap-ad-strip-load`): an event name belongs to exactly one event type.
 */
export class ApListLoadEvent extends CustomEvent<ListLoadDetail> {
  constructor(type: string, detail: ListLoadDetail) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/**
 * The error event of such a widget, fired when its list could not be loaded; what was slotted stays. Cancel it to
 * keep the console quiet. Each widget subclasses it under its own event name (`ap-banner-carousel-error`,
 * `ap-ad-strip-error`).
 */
export class ApListErrorEvent extends CustomEvent<ListErrorDetail> {
  constructor(type: string, detail: ListErrorDetail) {
    super(type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}
