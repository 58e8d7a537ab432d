import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { portalConfigContext, type PortalConfig } from './context.js';
import { VERSION } from './version.js';

/**
 * Gives every widget inside it the portal's configuration (API base, site id, language) through the
 * Lit context package, so widgets on the portal need no attributes of their own. A lone widget on a
 * sibling site takes the same attributes itself and needs no provider.
 *
 * @summary Provides `{ api, site, lang }` to the widgets inside it.
 * @slot - The page content with the widgets.
 */
export class ApPortal extends LitElement {
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the portal's JSON API. */
  @property() api = '/api/v1/';

  /** The site id statistics and feeds are recorded for. */
  @property() site = '';

  /** The portal's language; the standard `lang` attribute. */
  @property({ attribute: 'lang' }) locale = '';

  @provide({ context: portalConfigContext })
  protected config?: PortalConfig;

  protected override willUpdate(): void {
    this.config = { api: this.api, site: this.site, ...(this.locale ? { lang: this.locale } : {}) };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
