import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController } from '@agency-portal/core';
import { NewsroomApi, type ArticleImage } from './api.js';
import { coverPictureStyles } from './nr-cover-picture.styles.js';
import { describeProblem } from './problems.js';
import { STRINGS } from './strings.js';

/** Fired (bubbling, composed) when the cover changes: a picture uploaded, its alt text typed, or the picture removed. */
export class NrCoverChangeEvent extends Event {
  static readonly eventName = 'nr-cover-change';
  constructor(readonly value: ArticleImage | null) {
    super(NrCoverChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nr-cover-change': NrCoverChangeEvent;
  }
}

/** The most characters of alt text the API takes. */
const MAX_ALT = 300;

/**
 * An article's cover picture in the editor: a thumbnail of the picture, a file chooser that uploads the chosen file
 * at once (JPEG, PNG or WebP; the server checks it and makes its widths), the alt text, required while a picture is
 * set, and a button that removes the picture. It holds no article: the editor sets `value` and saves what the
 * `nr-cover-change` events give it. A picture of the demo content (not uploaded) is shown, replaced or removed, but
 * its alt text cannot be changed (the API takes an alt text only with an upload).
 *
 * @fires nr-cover-change - The cover changed; `value` is the new one (null for none).
 */
export class NrCoverPicture extends LitElement {
  static override styles = coverPictureStyles;

  static override properties = {
    api: {},
    value: { attribute: false },
    invalid: { type: Boolean },
    uploading: { state: true },
    problem: { state: true },
    notice: { state: true },
  };

  /** The JSON API's base URL, where pictures are uploaded. */
  api = '/api/v1/';
  /** The cover as the editor has it (saved or not); null for none. */
  value: ArticleImage | null = null;
  /** Set by the editor when a save was refused for a missing alt text: the field says so. */
  invalid = false;
  protected uploading = false;
  /** Why the last upload was refused. */
  protected problem = '';
  /** What the last action did, for the status line (announced politely). */
  protected notice = '';

  private readonly i18n = new LocalizeController(this, STRINGS);
  /** The value this field last gave the editor: one set from outside differs from it. */
  private emitted: ArticleImage | null | undefined;

  /** Moves focus to the alt text (when a picture is set) or the file chooser. */
  override focus(): void {
    const target =
      this.renderRoot.querySelector<HTMLInputElement>('[name=cover-alt]:not([readonly])') ??
      this.renderRoot.querySelector<HTMLInputElement>('[name=cover-file]');
    target?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another article, or the saved one reloaded: what was said about an earlier picture no longer holds.
    const old = changed.get('value') as ArticleImage | null | undefined;
    const fromOutside = this.value !== this.emitted;
    if (changed.has('value') && fromOutside && old !== undefined && old?.mediaId !== this.value?.mediaId) {
      this.notice = '';
      this.problem = '';
    }
  }

  private change(value: ArticleImage | null): void {
    this.emitted = value;
    this.value = value;
    this.dispatchEvent(new NrCoverChangeEvent(value));
  }

  /** Uploads the chosen file; the picture becomes the cover, and its description is asked for next. */
  private async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.uploading = true;
    this.problem = '';
    this.notice = '';
    try {
      const media = await new NewsroomApi(this.api).uploadImage(file);
      const alt = this.value?.mediaId === media.id ? this.value.alt : '';
      this.change({
        mediaId: media.id,
        url: media.url,
        alt,
        width: media.width,
        height: media.height,
        srcset: media.srcset,
        sizes: media.sizes,
      });
      this.notice = this.i18n.strings.coverUploaded;
      await this.updateComplete;
      this.focus();
    } catch (error) {
      this.problem = describeProblem(error, this.i18n.strings);
    } finally {
      this.uploading = false;
      // The same file can be chosen again (after a refusal, or to undo a removal).
      input.value = '';
    }
  }

  private async removeCover(): Promise<void> {
    this.change(null);
    this.problem = '';
    this.notice = this.i18n.strings.coverRemoved;
    await this.updateComplete;
    this.focus();
  }

  private typeAlt(event: Event): void {
    if (!this.value) return;
    this.change({ ...this.value, alt: (event.target as HTMLInputElement).value });
  }

  protected override render() {
    const t = this.i18n.strings;
    const cover = this.value;
    const demo = cover !== null && cover.mediaId === null;
    const missingAlt = this.invalid && cover !== null && !demo && cover.alt.trim() === '';
    const status = this.uploading ? t.uploading : this.notice || t.pictureUploadHint;
    return html`<fieldset aria-describedby="cover-hint">
      <legend>${t.cover}</legend>
      <p class="hint" id="cover-hint">${t.coverHint}</p>
      <div class="body">
        ${
          cover
            ? html`<img
                class="thumb"
                src=${cover.url}
                srcset=${ifDefined(cover.srcset?.jpeg)}
                sizes=${ifDefined(cover.srcset ? '12rem' : undefined)}
                width=${cover.width}
                height=${cover.height}
                alt=${cover.alt}
              />`
            : html`<p class="none">${t.coverNone}</p>`
        }
        <div class="controls">
          <label
            >${cover ? t.coverReplace : t.coverChoose}
            <input
              name="cover-file"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              aria-describedby="cover-status"
              ?disabled=${this.uploading}
              @change=${this.upload}
            />
          </label>
          <span class="hint" id="cover-status" role="status">${status}</span>
          ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
          ${cover ? html`<button type="button" ?disabled=${this.uploading} @click=${this.removeCover}>${t.coverRemove}</button>` : nothing}
        </div>
      </div>
      ${
        cover
          ? html`<label class="alt"
              >${t.coverAlt}
              <input
                name="cover-alt"
                maxlength=${MAX_ALT}
                .value=${cover.alt}
                ?required=${!demo}
                ?readonly=${demo}
                aria-invalid=${missingAlt ? 'true' : 'false'}
                aria-describedby=${missingAlt ? 'cover-alt-problem cover-alt-hint' : 'cover-alt-hint'}
                @input=${this.typeAlt}
              />
              ${missingAlt ? html`<span class="problem" id="cover-alt-problem">${t.coverAltRequired}</span>` : nothing}
              <span class="hint" id="cover-alt-hint">${demo ? t.coverDemo : t.coverAltHint}</span>
            </label>`
          : nothing
      }
    </fieldset>`;
  }
}
