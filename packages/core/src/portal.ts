import { LitElement, html, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { portalConfigContext } from './context.js';
import { styles } from './portal.styles.js';
import { VERSION } from './version.js';

/**
 * Gives every widget inside it the portal's configuration (API base, site id, language) through the
 * Lit context package, so widgets on the portal need no attributes of their own. A lone widget on a
 * sibling site takes the same attributes itself and needs no provider.
 *
 * @summary Provides `{ api, site, lang }` to the widgets inside it.
 * @tagname ap-portal
 * @slot - The page content with the widgets.
 */
export class ApPortal extends LitElement {
  /** The version of the package: `define()` compares it when the tag is already registered. */
  static readonly version = VERSION;

  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    site: {},
    locale: { attribute: 'lang' },
  };

  /** Base URL of the portal's JSON API. */
  api = '/api/v1/';

  /** The site id statistics and feeds are recorded for. */
  site = '';

  /** The portal's language; the standard `lang` attribute. */
  locale = '';

  private readonly provider = new ContextProvider(this, { context: portalConfigContext });

  override connectedCallback(): void {
    // The attributes are read by now, and the widgets inside connect (and ask) after this: give them the
    // configuration at once rather than after the first render, or a widget that reads it when it connects
    // (the login box's first request) would miss it.
    this.provide();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.provide();
  }

  private provide(): void {
    this.provider.setValue({ api: this.api, site: this.site, ...(this.locale ? { lang: this.locale } : {}) });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
