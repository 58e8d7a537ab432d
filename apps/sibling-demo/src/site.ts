// The member organisation's own script: a header element built with Lit 2, as a site built before the
// portal kit would have. The kit's widgets, with their Lit 3, must live beside it.
import { LitElement, css, html } from 'lit-2';

class SiteHeader extends LitElement {
  static override properties = { name: {} };
  static override styles = css`
    :host {
      display: block;
      padding: 1rem;
      color: #fff;
      background: #0b4f6c;
    }
    p {
      margin: 0;
      font-size: 1.5rem;
      font-weight: 700;
    }
  `;

  declare name: string;

  override render() {
    return html`<p>${this.name}</p><slot></slot>`;
  }
}

customElements.define('so-site-header', SiteHeader);
