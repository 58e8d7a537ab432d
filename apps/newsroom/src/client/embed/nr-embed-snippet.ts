import { html, LitElement, type PropertyValues } from 'lit';
import { LocalizeController } from '@agency-portal/core';
import type { Snippet } from '@agency-portal/portal/embed-catalog.js';
import { copyOrSelect } from './copy.js';
import { embedStyles } from './nr-embed.styles.js';
import { EMBED_STRINGS } from './strings.js';

/**
 * The snippet as a site pastes it, in a read-only textarea, with a Copy button: the clipboard API where the browser
 * allows it, else the text is selected for the person to copy. A live region says which happened. Below it, the npm
 * usage for sites with a build.
 */
export class NrEmbedSnippet extends LitElement {
  static override styles = embedStyles;

  static override properties = {
    snippet: { attribute: false },
    said: { state: true },
  };

  snippet: Snippet | undefined;
  /** What the live region says after a copy. */
  protected said = '';

  private readonly i18n = new LocalizeController(this, EMBED_STRINGS);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new snippet has not been copied yet.
    if (changed.has('snippet')) this.said = '';
  }

  async copy(): Promise<void> {
    const t = this.i18n.strings;
    const done = await copyOrSelect(this.snippet?.html ?? '', this.renderRoot.querySelector('textarea')!);
    this.said = done === 'copied' ? t.copied : t.copySelected;
  }

  protected override render() {
    const t = this.i18n.strings;
    const snippet = this.snippet;
    return html`<h3 id="snippet-heading">${t.snippet}</h3>
      <p class="hint" id="snippet-hint">${t.snippetHint}</p>
      <textarea
        class="code"
        readonly
        rows="5"
        spellcheck="false"
        aria-labelledby="snippet-heading"
        aria-describedby="snippet-hint"
        .value=${snippet?.html ?? ''}
      ></textarea>
      <p class="actions">
        <button type="button" ?disabled=${!snippet} @click=${() => this.copy()}>${t.copy}</button>
        <span class="said" role="status">${this.said}</span>
      </p>
      <h3 id="npm-heading">${t.npm}</h3>
      <p class="hint">${t.npmHint}</p>
      <pre class="code" tabindex="0" aria-labelledby="npm-heading"><code>${snippet ? `${snippet.npmInstall}\n\n${snippet.npmUsage}` : ''}</code></pre>`;
  }
}
