import { html, LitElement, nothing } from 'lit';
import { LocalizeController } from '@agency-portal/core';
import { HOME_BANNER_SET, NewsroomApi, type Media, type StaffBanner, type StaffPartner } from '../api.js';
import { bannerFormStyles } from './nr-banners.styles.js';
import { describeProblem, type Problem } from './problems.js';
import { STRINGS } from '../strings.js';
import { BANNER_STRINGS } from './strings.js';
import { fromLocalInput, toLocalInput } from '../time.js';

export type ItemKind = 'banner' | 'partner';
export type Item = StaffBanner | StaffPartner;

/** Fired (bubbling, composed) when the form has saved an item, with the item as stored. */
export class NrItemSavedEvent extends Event {
  static readonly eventName = 'nr-item-saved';
  constructor(
    readonly item: Item,
    readonly created: boolean,
  ) {
    super(NrItemSavedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nr-item-saved': NrItemSavedEvent;
  }
}

/** The partners' strip on the home page; a new partner goes there unless the form says otherwise. */
export const DEFAULT_PLACEMENT = 'sidebar';
/** The same rules as the server's (src/banners/schemas.ts), for the browser to say what is wrong before sending. */
const BANNER_LINK = String.raw`https?://[^\s\/]+\S*|\/(?!\/)\S*`;
const PARTNER_URL = String.raw`https?://[^\s\/]+\S*`;
const PLACEMENT = String.raw`[a-z0-9]+(-[a-z0-9]+)*`;
/** A banner set, as the server takes it. */
const BANNER_SET = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isBannerSet = (value: string) => value.length <= 32 && BANNER_SET.test(value);

/**
 * The form that adds or edits a carousel banner or a partner, in a modal dialog (the native `<dialog>`: focus stays
 * in it, Escape closes it, focus then goes back to the button that opened it). The picture is uploaded as soon as
 * it is chosen (`POST /api/v1/media`: checked, turned upright and resized by the server) and shown; its description
 * is required. Times are Vietnam time. A banner's set is picked from the sets in use or typed (a new one), and a name
 * the server would refuse is said under the field before anything is sent. What the server refuses is said in the
 * dialog, next to the fields.
 *
 * @fires nr-item-saved - After a save, with the stored item.
 */
export class NrBannerForm extends LitElement {
  static override styles = bannerFormStyles;

  static override properties = {
    api: {},
    kind: {},
    sets: { attribute: false },
    defaultSet: { attribute: false },
    item: { state: true },
    setError: { state: true },
    uploaded: { state: true },
    uploading: { state: true },
    busy: { state: true },
    problem: { state: true },
    invalidField: { state: true },
  };

  api = '/api/v1/';
  kind: ItemKind = 'banner';
  /** The banner sets in use, offered in the set field. */
  sets: string[] = [HOME_BANNER_SET];
  /** The set of a new banner, unless the field says otherwise (the set shown in the list). */
  defaultSet = HOME_BANNER_SET;
  /** What is wrong with the set field; empty when nothing is. */
  protected setError = '';
  /** The item being edited; undefined for a new one. */
  protected item: Item | undefined;
  /** The picture uploaded in this form. */
  protected uploaded: Media | undefined;
  protected uploading = false;
  protected busy = false;
  protected problem: Problem | undefined;
  /** The field the problem is about. */
  protected invalidField = '';

  private readonly i18n = new LocalizeController(this, BANNER_STRINGS);
  private opener: HTMLElement | null = null;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the form on `item` (or empty for a new one); focus goes back to `opener` when it closes. */
  async open(item?: Item, opener?: HTMLElement | null): Promise<void> {
    this.item = item;
    this.uploaded = undefined;
    this.problem = undefined;
    this.invalidField = '';
    this.setError = '';
    this.opener = opener ?? null;
    await this.updateComplete;
    const form = this.renderRoot.querySelector('form');
    form?.reset();
    this.fill();
    this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input[name=title], input[name=name]')?.focus();
  }

  /** Closes the form without saving. */
  close(): void {
    if (!this.dialog?.open) return;
    this.dialog.close();
    this.restoreFocus();
  }

  /** Puts the item's values in the fields (after a reset, which brings back the `value` attributes). */
  private fill(): void {
    const form = this.renderRoot.querySelector('form');
    if (!form) return;
    const set = (name: string, value: string) => {
      const input = form.elements.namedItem(name) as HTMLInputElement | null;
      if (input) input.value = value;
    };
    const check = (name: string, value: boolean) => {
      const input = form.elements.namedItem(name) as HTMLInputElement | null;
      if (input) input.checked = value;
    };
    const item = this.item;
    set('alt', item?.image.alt ?? '');
    set('startsAt', item?.startsAt ? toLocalInput(item.startsAt) : '');
    set('endsAt', item?.endsAt ? toLocalInput(item.endsAt) : '');
    if (this.kind === 'banner') {
      const banner = item as StaffBanner | undefined;
      set('title', banner?.title ?? '');
      set('url', banner?.url ?? '');
      set('interval', banner?.interval ? String(banner.interval / 1000) : '');
      set('set', banner?.set ?? this.defaultSet);
    } else {
      const partner = item as StaffPartner | undefined;
      set('name', partner?.name ?? '');
      set('url', partner?.url ?? '');
      set('placement', partner?.placement ?? DEFAULT_PLACEMENT);
      check('pinned', partner?.pinned ?? false);
      check('paid', partner?.paid ?? false);
    }
  }

  /** Closed by the browser (Escape): focus goes back to the opener. The event comes a moment after a close, when the form may be open again. */
  private readonly onClose = () => {
    if (!this.dialog?.open) this.restoreFocus();
  };

  private restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  /** Uploads the chosen picture at once, so that it shows and a refusal is said before the form is sent. */
  private async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    this.uploaded = undefined;
    if (!file) return;
    this.uploading = true;
    this.problem = undefined;
    this.invalidField = '';
    try {
      this.uploaded = await new NewsroomApi(this.api).uploadImage(file);
    } catch (error) {
      input.value = '';
      await this.showProblem(describeProblem(error, this.i18n.strings, STRINGS[this.i18n.locale]), 'file');
    } finally {
      this.uploading = false;
    }
  }

  private async showProblem(problem: Problem, field = ''): Promise<void> {
    this.problem = problem;
    this.invalidField = field;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.problem')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.i18n.strings;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const item = this.item;
    const alt = text('alt');
    const mediaId = this.uploaded?.id ?? item?.image.mediaId ?? undefined;
    // A new picture, or a new description of the stored one (the server takes both together).
    const imageChanged = this.uploaded !== undefined || alt !== item?.image.alt;
    if (imageChanged && mediaId === undefined) return this.showProblem({ message: t.imageRequired, detail: '' }, 'file');
    const image = imageChanged && mediaId !== undefined ? { image: { mediaId, alt } } : {};
    const time = (name: string) => fromLocalInput(text(name)) ?? null;
    const schedule = { startsAt: time('startsAt'), endsAt: time('endsAt') };
    if (this.kind === 'banner' && !this.checkSet(form)) return;
    const client = new NewsroomApi(this.api);
    this.busy = true;
    this.problem = undefined;
    this.invalidField = '';
    try {
      let saved: Item;
      if (this.kind === 'banner') {
        const interval = text('interval');
        const fields = {
          title: text('title'),
          url: text('url') || null,
          interval: interval ? Math.round(Number(interval) * 1000) : null,
          set: text('set'),
          ...schedule,
        };
        saved = item
          ? await client.updateBanner(item.id, { ...fields, ...image })
          : await client.createBanner({ ...fields, image: { mediaId: mediaId!, alt } });
      } else {
        const fields = {
          name: text('name'),
          url: text('url'),
          placement: text('placement') || DEFAULT_PLACEMENT,
          pinned: data.get('pinned') === 'on',
          paid: data.get('paid') === 'on',
          ...schedule,
        };
        saved = item
          ? await client.updatePartner(item.id, { ...fields, ...image })
          : await client.createPartner({ ...fields, image: { mediaId: mediaId!, alt } });
      }
      this.dispatchEvent(new NrItemSavedEvent(saved, item === undefined));
      this.close();
    } catch (error) {
      const problem = describeProblem(error, t, STRINGS[this.i18n.locale]);
      await this.showProblem(problem, problem.message === t.endsBeforeStarts ? 'endsAt' : '');
    } finally {
      this.busy = false;
    }
  }

  /** Whether the set field holds a set the server takes; if not, says why under it and focuses it. */
  private checkSet(form: HTMLFormElement): boolean {
    const input = form.elements.namedItem('set') as HTMLInputElement | null;
    const value = input?.value.trim() ?? '';
    this.setError = isBannerSet(value) ? '' : this.i18n.strings.setBad;
    if (this.setError) void this.updateComplete.then(() => input?.focus());
    return !this.setError;
  }

  protected override render() {
    const t = this.i18n.strings;
    const banner = this.kind === 'banner';
    const item = this.item;
    const heading = banner ? (item ? t.editBanner : t.addBanner) : item ? t.editPartner : t.addPartner;
    const preview = this.uploaded
      ? { url: this.uploaded.url, width: this.uploaded.width, height: this.uploaded.height }
      : item
        ? item.image
        : undefined;
    const invalid = (name: string) => (this.invalidField === name ? 'true' : 'false');
    return html`<dialog aria-labelledby="form-title" @close=${this.onClose}>
      <h3 id="form-title">${heading}</h3>
      <form @submit=${this.submit}>
        ${
          banner
            ? html`<label>${t.titleField}<input name="title" required maxlength="200" autocomplete="off" /></label>`
            : html`<label>${t.name}<input name="name" required maxlength="200" autocomplete="off" /></label>`
        }
        <fieldset>
          <legend>${t.image}</legend>
          ${
            preview
              ? html`<figure class="preview">
                <img src=${preview.url} alt="" width=${preview.width} height=${preview.height} />
                <figcaption class="hint">${this.uploaded ? t.uploaded : t.currentImage}</figcaption>
              </figure>`
              : nothing
          }
          <label
            >${t.upload}
            <input
              name="file"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              ?required=${!item}
              aria-invalid=${invalid('file')}
              aria-describedby="upload-status"
              @change=${this.upload}
            />
            <span class="hint" id="upload-status" role="status"
              >${this.uploading ? t.uploading : banner ? t.bannerImageHint : t.partnerImageHint}</span
            >
          </label>
          <label>${t.alt}<input name="alt" required maxlength="300" autocomplete="off" /></label>
        </fieldset>
        ${
          banner
            ? html`<label
                >${t.link}
                <input name="url" type="text" inputmode="url" maxlength="2000" pattern=${BANNER_LINK} title=${t.linkBad} aria-describedby="url-hint" />
                <span class="hint" id="url-hint">${t.linkHint}</span>
              </label>
              <label
                >${t.interval}
                <input name="interval" type="number" min="1" max="120" step="1" inputmode="numeric" aria-describedby="interval-hint" />
                <span class="hint" id="interval-hint">${t.intervalHint}</span>
              </label>
              <label
                >${t.setField}
                <input
                  name="set"
                  maxlength="32"
                  list="set-options"
                  autocomplete="off"
                  autocapitalize="none"
                  spellcheck="false"
                  aria-invalid=${this.setError ? 'true' : 'false'}
                  aria-describedby="set-hint set-error"
                  @change=${(event: Event) => this.setError && this.checkSet((event.target as HTMLInputElement).form!)}
                />
                <datalist id="set-options">${this.sets.map((set) => html`<option value=${set}></option>`)}</datalist>
                <span class="hint" id="set-hint">${t.setFieldHint}</span>
                <span class="error" id="set-error">${this.setError}</span>
              </label>`
            : html`<label
                >${t.partnerUrl}
                <input
                  name="url"
                  type="text"
                  inputmode="url"
                  required
                  maxlength="2000"
                  pattern=${PARTNER_URL}
                  title=${t.partnerUrlBad}
                  aria-describedby="url-hint"
                />
                <span class="hint" id="url-hint">${t.partnerUrlHint}</span>
              </label>
              <label
                >${t.placement}
                <input name="placement" required maxlength="32" pattern=${PLACEMENT} autocapitalize="none" aria-describedby="placement-hint" />
                <span class="hint" id="placement-hint">${t.placementHint}</span>
              </label>
              <div class="check">
                <input id="pinned" name="pinned" type="checkbox" aria-describedby="pinned-hint" />
                <label for="pinned">${t.pinnedLabel}</label>
                <span class="hint" id="pinned-hint">${t.pinnedHint}</span>
              </div>
              <div class="check">
                <input id="paid" name="paid" type="checkbox" aria-describedby="paid-hint" />
                <label for="paid">${t.paidLabel}</label>
                <span class="hint" id="paid-hint">${t.paidHint}</span>
              </div>`
        }
        <div class="row">
          <label
            >${t.startsAt}
            <input name="startsAt" type="datetime-local" aria-describedby="starts-hint" />
            <span class="hint" id="starts-hint">${t.startsAtHint}</span>
          </label>
          <label
            >${t.endsAt}
            <input name="endsAt" type="datetime-local" aria-invalid=${invalid('endsAt')} aria-describedby="ends-hint" />
            <span class="hint" id="ends-hint">${t.endsAtHint}</span>
          </label>
        </div>
        ${
          this.problem
            ? html`<div class="problem" role="alert" tabindex="-1">
              <p>${this.problem.message}</p>
              ${this.problem.detail ? html`<p class="detail">${t.detail} <span lang="en">${this.problem.detail}</span></p>` : nothing}
            </div>`
            : nothing
        }
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy || this.uploading}>${t.save}</button>
          <button type="button" @click=${() => this.close()}>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }
}
