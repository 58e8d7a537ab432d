import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { portalConfigContext, type PortalConfig } from '@agency-portal/core';

/**
 * The configuration of the enclosing `<ap-portal>`, kept up to date: the context protocol (the `context-request`
 * event the Lit context package uses) by hand, as the login box does. Its ContextConsumer and event class would
 * cost the list's embed bundle about 0.4 KB gzip; providers made with that package answer this request the same.
 */
export class PortalConfigController implements ReactiveController {
  value: PortalConfig | undefined;
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: portalConfigContext,
        contextTarget: this.host,
        subscribe: true,
        callback: (value: PortalConfig | undefined, unsubscribe?: () => void) => {
          // A different provider answering drops the subscription to the one before it.
          if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
          this.unsubscribe = unsubscribe;
          this.value = value;
          this.host.requestUpdate();
        },
      }),
    );
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
