import { portalConfigContext, sessionContext, type PortalConfig, type Session } from '@agency-portal/core';

// The context protocol (the `context-request` event that the Lit context package also uses), by hand: its
// controllers would cost every page with the box about 1 KB gzip more. Consumers made with that package get the
// session from here as from any provider.

type Callback<T> = (value: T, unsubscribe?: () => void) => void;
type Request<T> = Event & { context: unknown; callback: Callback<T>; subscribe?: boolean };

/** Gives the session to every `context-request` for it from inside `host`, and to subscribers on each change. */
export class SessionProvider {
  value: Session | undefined;
  private readonly subscribers = new Set<Callback<Session | undefined>>();

  constructor(host: Element) {
    host.addEventListener('context-request', (event) => {
      const { context, callback, subscribe } = event as Request<Session | undefined>;
      if (context !== sessionContext) return;
      event.stopPropagation();
      if (subscribe) this.subscribers.add(callback);
      callback(this.value, () => this.subscribers.delete(callback));
    });
  }

  set(value: Session): void {
    this.value = value;
    for (const callback of this.subscribers) callback(value, () => this.subscribers.delete(callback));
  }
}

/** The portal configuration from the nearest provider (`<ap-portal>`) around `element`, once. */
export function portalConfig(element: Element): PortalConfig | undefined {
  let config: PortalConfig | undefined;
  const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context: portalConfigContext,
    contextTarget: element,
    callback: (value: PortalConfig | undefined) => (config = value),
  });
  element.dispatchEvent(request);
  return config;
}
