import { html, LitElement } from 'lit';
import { embedStyles } from './nr-embed.styles.js';

/**
 * The live preview: the server's preview page (`/embed/preview?…`) in an iframe sandboxed with `allow-scripts` only.
 * Without `allow-same-origin` its document has an opaque origin, as a member site's page has another origin: it gets
 * no cookie, so nobody is signed in there, and it reaches the API only as any other site would.
 */
export class NrEmbedPreview extends LitElement {
  static override styles = embedStyles;

  static override properties = {
    src: {},
    label: {},
  };

  /** The preview page's address. */
  src = '';
  /** The frame's accessible name. */
  label = '';

  protected override render() {
    return html`<iframe class="preview" sandbox="allow-scripts" src=${this.src} title=${this.label}></iframe>`;
  }
}
