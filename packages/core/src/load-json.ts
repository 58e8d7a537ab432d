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

/**
 * Fired by a widget that loads one list with loadJson (the banner carousel, the partner strip) when the list from
 * its `src` has loaded; `detail.count` is how many items it shows. The widgets export it as their `ApLoadEvent`.
 */
export class ApListLoadEvent extends CustomEvent<{ count: number }> {
  static readonly eventName = 'ap-load';

  constructor(detail: { count: number }) {
    super(ApListLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/**
 * Fired by such a widget when its list could not be loaded; what was slotted stays. Cancel it to keep the console
 * quiet. The widgets export it as their `ApErrorEvent`.
 */
export class ApListErrorEvent extends CustomEvent<{ error: LoadError }> {
  static readonly eventName = 'ap-error';

  constructor(detail: { error: LoadError }) {
    super(ApListErrorEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}
