import { html, LitElement, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ApiError, LocalizeController } from '@agency-portal/core';
import { NewsroomApi, type MemberSite, type SiteInput } from '../api.js';
import { STRINGS } from '../strings.js';
import { formatTime } from '../time.js';
import { DEFAULT_SITE_TIME_ZONE, isEmail, isWebAddress, SITE_ID, TIME_ZONES, toOrigin } from './input.js';
import { checkLookDraft, describeLook, lookDraftOf, renderLook, type LookDraft } from './look.js';
import { siteFormStyles } from './nr-sites.styles.js';
import { describeProblem, type Problem } from './problems.js';
import { SITE_STRINGS } from './strings.js';

/** Fired (bubbling, composed) when the form has saved a site, with the site as stored. */
export class NrSiteSavedEvent extends Event {
  static readonly eventName = 'nr-site-saved';
  constructor(
    readonly site: MemberSite,
    readonly created: boolean,
  ) {
    super(NrSiteSavedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nr-site-saved': NrSiteSavedEvent;
  }
}

/** What the fields hold, as typed. Origins carry a key so that a row keeps its input (and focus) when another is removed. */
interface Draft {
  id: string;
  name: string;
  homeUrl: string;
  origins: { key: number; value: string }[];
  feedUrl: string;
  contactName: string;
  contactEmail: string;
  timeZone: string;
  look: LookDraft;
}

let nextKey = 0;
const row = (value = '') => ({ key: nextKey++, value });

function draftOf(site: MemberSite | undefined): Draft {
  return {
    id: site?.id ?? '',
    name: site?.name ?? '',
    homeUrl: site?.homeUrl ?? '',
    // A new site starts with one empty row: it needs at least one origin.
    origins: site ? site.origins.map((origin) => row(origin)) : [row()],
    feedUrl: site?.feedUrl ?? '',
    contactName: site?.contact.name ?? '',
    contactEmail: site?.contact.email ?? '',
    timeZone: site?.timeZone ?? DEFAULT_SITE_TIME_ZONE,
    look: lookDraftOf(site?.look),
  };
}

/**
 * The form that registers a member site or edits one (then without the id, which never changes): name, home page,
 * the origins allowed to embed the widgets and send visits (a list of rows, added and removed with buttons), feed,
 * contact, time zone and the site's own look (./look.ts). Every field is checked before anything is sent, and each says what is wrong. An edit is
 * saved with the version it was opened on: when someone saved the site in between, nothing is written, the form keeps
 * what was typed and shows the current values on the server; a second save then replaces them.
 *
 * @fires nr-site-saved - After a save, with the stored site.
 * @fires nr-site-cancel - When Cancel is pressed.
 */
export class NrSiteForm extends LitElement {
  static override styles = siteFormStyles;

  static override properties = {
    api: {},
    site: { attribute: false },
    cancellable: { type: Boolean },
    draft: { state: true },
    errors: { state: true },
    problem: { state: true },
    current: { state: true },
    busy: { state: true },
    announcement: { state: true },
  };

  api = '/api/v1/';
  /** The site being edited; undefined for a new one. */
  site: MemberSite | undefined;
  /** Whether the form has a Cancel button (a site editor's form of their own site has none). */
  cancellable = true;
  protected draft: Draft = draftOf(undefined);
  /** What is wrong, by field name (`origin-<key>` for an origin row). */
  protected errors: Record<string, string> = {};
  protected problem: Problem | undefined;
  /** The site as stored now, after a version conflict. */
  protected current: MemberSite | undefined;
  protected busy = false;
  /** Said in the form's live region (origin rows added and removed). */
  protected announcement = '';
  /** The version the next save is made on. */
  private version = 0;

  private readonly i18n = new LocalizeController(this, SITE_STRINGS);

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('site')) {
      this.draft = draftOf(this.site);
      this.version = this.site?.version ?? 0;
      this.errors = {};
      this.problem = undefined;
      this.current = undefined;
    }
  }

  /** Puts focus in the first field (the form is named by its heading, which a screen reader says with it). */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  }

  private set<K extends keyof Draft>(name: K, value: Draft[K]): void {
    this.draft = { ...this.draft, [name]: value };
  }

  private readonly text = (name: Exclude<keyof Draft, 'origins' | 'look'>) => (event: Event) =>
    this.set(name, (event.target as HTMLInputElement).value);

  private async addOrigin(): Promise<void> {
    const added = row();
    this.set('origins', [...this.draft.origins, added]);
    this.announcement = this.i18n.strings.originAdded(this.draft.origins.length);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#origin-${added.key}`)?.focus();
  }

  /** Removes a row; focus goes to the row that takes its place, else the one before, else the Add button. */
  private async removeOrigin(key: number): Promise<void> {
    const origins = this.draft.origins;
    const index = origins.findIndex((origin) => origin.key === key);
    const removed = origins[index];
    const rest = origins.filter((origin) => origin.key !== key);
    this.set('origins', rest);
    const { [`origin-${key}`]: _gone, ...errors } = this.errors;
    this.errors = errors;
    this.announcement = this.i18n.strings.originRemoved(removed.value.trim());
    await this.updateComplete;
    const next = rest[index] ?? rest[index - 1];
    (next
      ? this.renderRoot.querySelector<HTMLElement>(`#origin-${next.key}`)
      : this.renderRoot.querySelector<HTMLElement>('button.add-origin')
    )?.focus();
  }

  /** The fields as the API takes them, or what is wrong with them by field. */
  private check(): { input: SiteInput & { id: string }; errors: Record<string, string> } {
    const t = this.i18n.strings;
    const d = this.draft;
    const errors: Record<string, string> = {};
    const id = d.id.trim();
    if (!this.site && !SITE_ID.test(id)) errors.id = t.idBad;
    const name = d.name.trim();
    if (!name) errors.name = t.nameRequired;
    const homeUrl = d.homeUrl.trim();
    // A site registered with the command line has no home page yet: it may stay without one.
    if ((homeUrl || !this.site || this.site.homeUrl) && !isWebAddress(homeUrl)) errors.homeUrl = t.urlBad;
    const origins: string[] = [];
    for (const { key, value } of d.origins) {
      if (!value.trim()) continue;
      const origin = toOrigin(value.trim());
      if (origin) origins.push(origin);
      else errors[`origin-${key}`] = t.originBad(value.trim());
    }
    if (!this.site && origins.length === 0 && !Object.keys(errors).some((name) => name.startsWith('origin-'))) {
      errors.origins = t.originsRequired;
    }
    const feedUrl = d.feedUrl.trim();
    if (feedUrl && !isWebAddress(feedUrl)) errors.feedUrl = t.urlBad;
    const email = d.contactEmail.trim();
    if (email && !isEmail(email)) errors.contactEmail = t.emailBad;
    const contactName = d.contactName.trim();
    const look = checkLookDraft(d.look, t);
    Object.assign(errors, look.errors);
    const input = {
      id,
      name,
      homeUrl,
      origins: [...new Set(origins)],
      feedUrl: feedUrl || null,
      contact: { name: contactName || null, email: email || null },
      timeZone: d.timeZone,
      look: look.look,
    };
    return { input, errors };
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.i18n.strings;
    const { input, errors } = this.check();
    this.errors = errors;
    const invalid = Object.keys(errors);
    if (invalid.length > 0) {
      this.problem = { message: t.fixFields(invalid.length), detail: '' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    const client = new NewsroomApi(this.api);
    this.busy = true;
    this.problem = undefined;
    try {
      let saved: MemberSite;
      if (this.site) {
        const { id: _id, ...changes } = input;
        // A site without a home page keeps none until one is given (the API cannot clear it).
        const fields: Partial<SiteInput> = changes.homeUrl ? changes : { ...changes, homeUrl: undefined };
        saved = await client.updateSite(this.site.id, this.version, fields);
      } else {
        saved = await client.createSite(input);
      }
      this.current = undefined;
      this.dispatchEvent(new NrSiteSavedEvent(saved, !this.site));
    } catch (error) {
      await this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  private async failed(error: unknown): Promise<void> {
    const t = this.i18n.strings;
    const current =
      error instanceof ApiError && error.code === 'version_conflict' ? (error.details.current as MemberSite | undefined) : undefined;
    if (current) {
      // The next save is made on what is stored now; what was typed stays.
      this.current = current;
      this.version = current.version;
      this.problem = { message: t.conflict(formatTime(current.updatedAt, this.i18n.locale)), detail: '' };
    } else {
      this.problem = describeProblem(error, t, STRINGS[this.i18n.locale]);
      if (error instanceof ApiError && error.code === 'site_exists') this.errors = { id: this.problem.message };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.problem')?.focus();
  }

  protected override render() {
    const t = this.i18n.strings;
    const d = this.draft;
    const zones = TIME_ZONES.includes(d.timeZone) ? TIME_ZONES : [d.timeZone, ...TIME_ZONES];
    return html`<form novalidate @submit=${this.submit} aria-labelledby="form-title">
      <h3 id="form-title">${this.site ? t.editTitle(this.site.name) : t.newTitle}</h3>
      ${
        this.site
          ? nothing
          : this.field(
              'id',
              t.id,
              html`<input
            id="id"
            name="id"
            required
            maxlength="32"
            autocomplete="off"
            autocapitalize="none"
            spellcheck="false"
            .value=${live(d.id)}
            @input=${this.text('id')}
            aria-invalid=${this.invalid('id')}
            aria-describedby="id-hint id-error"
          />`,
              t.idHint,
            )
      }
      ${this.field('name', t.name, html`<input id="name" name="name" required maxlength="200" autocomplete="off" .value=${live(d.name)} @input=${this.text('name')} aria-invalid=${this.invalid('name')} aria-describedby="name-error" />`)}
      ${this.field('homeUrl', t.homeUrl, html`<input id="homeUrl" name="homeUrl" type="url" inputmode="url" maxlength="2048" ?required=${!this.site || !!this.site.homeUrl} .value=${live(d.homeUrl)} @input=${this.text('homeUrl')} aria-invalid=${this.invalid('homeUrl')} aria-describedby="homeUrl-hint homeUrl-error" />`, t.homeUrlHint)}
      <fieldset class="origins" aria-describedby="origins-hint origins-error">
        <legend>${t.origins}</legend>
        <p class="hint" id="origins-hint">${t.originsHint}</p>
        <ul>
          ${repeat(
            d.origins,
            (origin) => origin.key,
            (origin, index) => html`<li>
              <div class="origin-row">
                <input
                  id="origin-${origin.key}"
                  name="origin"
                  type="url"
                  inputmode="url"
                  maxlength="2048"
                  autocapitalize="none"
                  spellcheck="false"
                  placeholder="https://"
                  aria-label=${t.originLabel(index + 1)}
                  aria-invalid=${this.invalid(`origin-${origin.key}`)}
                  aria-describedby="origin-${origin.key}-error"
                  .value=${live(origin.value)}
                  @input=${(event: Event) =>
                    this.set(
                      'origins',
                      d.origins.map((o) => (o.key === origin.key ? { ...o, value: (event.target as HTMLInputElement).value } : o)),
                    )}
                />
                <button type="button" class="remove-origin" aria-label=${t.removeOrigin(index + 1)} @click=${() => this.removeOrigin(origin.key)}>
                  ✕
                </button>
              </div>
              <span class="error" id="origin-${origin.key}-error">${this.errors[`origin-${origin.key}`] ?? ''}</span>
            </li>`,
          )}
        </ul>
        <p><button type="button" class="add-origin" @click=${() => this.addOrigin()}>+ ${t.addOrigin}</button></p>
        <span class="error" id="origins-error">${this.errors.origins ?? ''}</span>
      </fieldset>
      ${this.field('feedUrl', t.feedUrl, html`<input id="feedUrl" name="feedUrl" type="url" inputmode="url" maxlength="2048" .value=${live(d.feedUrl)} @input=${this.text('feedUrl')} aria-invalid=${this.invalid('feedUrl')} aria-describedby="feedUrl-hint feedUrl-error" />`, t.feedUrlHint)}
      <div class="row">
        ${this.field('contactName', t.contactName, html`<input id="contactName" name="contactName" maxlength="200" autocomplete="off" .value=${live(d.contactName)} @input=${this.text('contactName')} aria-describedby="contactName-error" />`)}
        ${this.field('contactEmail', t.contactEmail, html`<input id="contactEmail" name="contactEmail" type="email" maxlength="254" autocomplete="off" .value=${live(d.contactEmail)} @input=${this.text('contactEmail')} aria-invalid=${this.invalid('contactEmail')} aria-describedby="contactEmail-error" />`)}
      </div>
      ${this.field(
        'timeZone',
        t.timeZone,
        html`<select id="timeZone" name="timeZone" aria-describedby="timeZone-hint timeZone-error" @change=${this.text('timeZone')}>
          ${zones.map((zone) => html`<option value=${zone} ?selected=${zone === d.timeZone}>${zone}</option>`)}
        </select>`,
        t.timeZoneHint,
      )}
      ${renderLook(
        d.look,
        t,
        (look) => this.set('look', look),
        (field) => this.errors[field] ?? '',
      )}
      ${this.problem ? this.renderProblem() : nothing}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
        ${this.cancellable ? html`<button type="button" @click=${() => this.dispatchEvent(new Event('nr-site-cancel', { bubbles: true, composed: true }))}>${t.cancel}</button>` : nothing}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </form>`;
  }

  private invalid(name: string): 'true' | 'false' {
    return this.errors[name] ? 'true' : 'false';
  }

  /** A labelled field with its hint and its error (the error's element is always there, so that describedby resolves). */
  private field(name: string, label: string, control: unknown, hint?: string) {
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${control} ${hint ? html`<span class="hint" id="${name}-hint">${hint}</span>` : nothing}
      <span class="error" id="${name}-error">${this.errors[name] ?? ''}</span>
    </div>`;
  }

  private renderProblem() {
    const t = this.i18n.strings;
    const problem = this.problem!;
    const current = this.current;
    return html`<div class="problem" role="alert" tabindex="-1">
      <p>${problem.message}</p>
      ${problem.detail ? html`<p class="detail">${t.detail} <span lang="en">${problem.detail}</span></p>` : nothing}
      ${
        current
          ? html`<h4>${t.currentValues}</h4>
            <dl class="current">
              <div><dt>${t.name}</dt><dd>${current.name}</dd></div>
              <div><dt>${t.homeUrl}</dt><dd>${current.homeUrl ?? t.none}</dd></div>
              <div><dt>${t.origins}</dt><dd>${current.origins.length ? current.origins.join(', ') : t.none}</dd></div>
              <div><dt>${t.feedUrl}</dt><dd>${current.feedUrl ?? t.none}</dd></div>
              <div>
                <dt>${t.contact}</dt>
                <dd>${[current.contact.name, current.contact.email].filter(Boolean).join(', ') || t.none}</dd>
              </div>
              <div><dt>${t.timeZone}</dt><dd>${current.timeZone}</dd></div>
              <div><dt>${t.look}</dt><dd>${current.look ? describeLook(current.look) : t.none}</dd></div>
            </dl>`
          : nothing
      }
    </div>`;
  }
}
