import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { LocalizeController } from '@agency-portal/core';
import { lookCss, type SiteLook } from '@agency-portal/portal/site-look.js';
import { copyOrSelect } from './copy.js';
import { embedStyles } from './nr-embed.styles.js';
import { EMBED_STRINGS } from './strings.js';

/**
 * For a site with its own look, the CSS the site puts in its own stylesheet so that the widgets take its colours,
 * font and corners (the design tokens on `:root`, inherited into every widget), with a Copy button as the snippet's.
 * Renders nothing for a site in the portal's look.
 */
export class NrEmbedLook extends LitElement {
  static override styles = embedStyles;

  static override properties = {
    look: { attribute: false },
    said: { state: true },
  };

  look: SiteLook | null = null;
  /** What the live region says after a copy. */
  protected said = '';

  private readonly i18n = new LocalizeController(this, EMBED_STRINGS);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('look')) this.said = '';
  }

  async copy(): Promise<void> {
    const t = this.i18n.strings;
    if (!this.look) return;
    const done = await copyOrSelect(lookCss(this.look), this.renderRoot.querySelector('textarea')!);
    this.said = done === 'copied' ? t.lookCopied : t.lookCopySelected;
  }

  protected override render() {
    const t = this.i18n.strings;
    if (!this.look) return nothing;
    const css = lookCss(this.look);
    return html`<h3 id="look-heading">${t.lookCss}</h3>
      <p class="hint" id="look-hint">${t.lookCssHint}</p>
      <textarea
        class="code"
        readonly
        rows=${css.split('\n').length}
        spellcheck="false"
        aria-labelledby="look-heading"
        aria-describedby="look-hint"
        .value=${css}
      ></textarea>
      <p class="actions">
        <button type="button" @click=${() => this.copy()}>${t.lookCopy}</button>
        <span class="said" role="status">${this.said}</span>
      </p>`;
  }
}
