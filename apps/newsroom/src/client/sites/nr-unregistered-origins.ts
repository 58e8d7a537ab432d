import { html, LitElement, nothing } from 'lit';
import { formatNumber, LocalizeController } from '@agency-portal/core';
import { formStyles } from '../forms.styles.js';
import { STRINGS } from '../strings.js';
import { formatTime } from '../time.js';
import { NewsroomApi, type MemberSite } from '../api.js';
import { SitesApi, type UnregisteredOrigin } from './usage-api.js';
import { describeProblem } from './usage-problems.js';
import { originsStyles } from './usage.styles.js';
import { USAGE_STRINGS } from './usage-strings.js';

/** Fired (bubbling out of shadow roots) when an origin was added to a site: a list of sites shows its new origins. */
export class NrOriginApprovedEvent extends Event {
  static readonly eventName = 'nr-origin-approved';
  constructor(
    readonly origin: string,
    readonly site: string,
  ) {
    super(NrOriginApprovedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nr-origin-approved': NrOriginApprovedEvent;
  }
}

/**
 * The origins that loaded the portal's widgets in the last 30 days without being registered, for admins: for each, what
 * it loaded, how often and when, a select of the member sites (the site its hits named first, when there is one) with
 * "Approve" (the origin joins that site's origins) and "Ignore". The outcome is said in a live region; a refusal is said
 * by its error code, and when the lists changed meanwhile they are read again.
 */
export class NrUnregisteredOrigins extends LitElement {
  static override styles = [formStyles, originsStyles];

  static override properties = {
    api: {},
    origins: { state: true },
    sites: { state: true },
    outcome: { state: true },
    problem: { state: true },
    busy: { state: true },
  };

  api = '/api/v1/';
  protected origins: UnregisteredOrigin[] | undefined;
  protected sites: MemberSite[] = [];
  /** What the last action did, said by the live region. */
  protected outcome = '';
  protected problem = '';
  protected busy = false;
  /** The site chosen for each origin, once someone changed the select. */
  private readonly chosen = new Map<string, string>();

  private readonly i18n = new LocalizeController(this, USAGE_STRINGS);
  private readonly shared = new LocalizeController(this, STRINGS);
  private client = new SitesApi(this.api);
  private newsroom = new NewsroomApi(this.api);

  override connectedCallback(): void {
    super.connectedCallback();
    this.client = new SitesApi(this.api);
    this.newsroom = new NewsroomApi(this.api);
    void this.load();
  }

  /** Reads the origins and the sites (their versions, for approving) again. */
  async load(): Promise<void> {
    try {
      [this.origins, this.sites] = await Promise.all([this.client.origins('new'), this.newsroom.sites()]);
      this.problem = '';
    } catch (error) {
      this.problem = describeProblem(error, this.i18n.strings, this.shared.strings).message;
    }
  }

  private siteOf(origin: UnregisteredOrigin): string {
    return this.chosen.get(origin.origin) ?? origin.siteHint ?? '';
  }

  private async approve(origin: UnregisteredOrigin): Promise<void> {
    const t = this.i18n.strings;
    const site = this.sites.find((candidate) => candidate.id === this.siteOf(origin));
    if (site === undefined) {
      this.outcome = '';
      this.problem = t.chooseSiteFirst(origin.origin);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLSelectElement>(`select[data-origin="${CSS.escape(origin.origin)}"]`)?.focus();
      return;
    }
    await this.act(async () => {
      await this.client.approve(origin.origin, site.id, site.version);
      this.dispatchEvent(new NrOriginApprovedEvent(origin.origin, site.id));
      return t.approved(origin.origin, site.name);
    });
  }

  /** Runs an action, says its outcome (or its refusal, reloading the lists when they changed) and focuses it. */
  private async act(action: () => Promise<string>): Promise<void> {
    this.busy = true;
    this.problem = '';
    this.outcome = '';
    try {
      const said = await action();
      await this.load();
      // Said once the list shows what it did.
      this.outcome = said;
    } catch (error) {
      const { message, stale } = describeProblem(error, this.i18n.strings, this.shared.strings);
      if (stale) await this.load();
      this.problem = message;
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    // The row is gone or the list was read again: focus goes to what happened.
    this.renderRoot.querySelector<HTMLElement>(this.problem ? '.problem' : '.outcome')?.focus();
  }

  protected override render() {
    const t = this.i18n.strings;
    return html`<h2>${t.originsTitle}</h2>
      <p class="intro">${t.originsIntro}</p>
      <p class="notice outcome" role="status" tabindex="-1">${this.outcome}</p>
      ${
        this.problem
          ? html`<div class="problem" role="alert" tabindex="-1">
            <p>${this.problem}</p>
            ${this.origins === undefined ? html`<button type="button" @click=${() => this.load()}>${t.retry}</button>` : nothing}
          </div>`
          : nothing
      }
      ${
        this.origins === undefined
          ? this.problem
            ? nothing
            : html`<p role="status">${t.loading}</p>`
          : this.origins.length === 0
            ? html`<p class="muted">${t.noOrigins}</p>`
            : html`<table>
              <thead>
                <tr>
                  <th scope="col">${t.origin}</th>
                  <th scope="col">${t.seen}</th>
                  <th scope="col">${t.loadsHeader}</th>
                  <th scope="col">${t.when}</th>
                  <th scope="col">${t.site}</th>
                  <th scope="col"><span class="hint">${t.actions}</span></th>
                </tr>
              </thead>
              <tbody>
                ${this.origins.map((origin) => this.renderOrigin(origin))}
              </tbody>
            </table>`
      }`;
  }

  private renderOrigin(origin: UnregisteredOrigin) {
    const t = this.i18n.strings;
    const locale = this.i18n.locale;
    const chosen = this.siteOf(origin);
    const label = (site: MemberSite) =>
      site.id === origin.siteHint ? t.suggested(site.name) : site.disabled ? t.disabledSite(site.name) : site.name;
    return html`<tr>
      <th scope="row" class="origin">${origin.origin}</th>
      <td>${origin.widgets.map((widget) => t.widgets[widget] ?? widget).join(', ')}</td>
      <td>${formatNumber(origin.loads, locale)}</td>
      <td>${t.firstLast(formatTime(origin.firstSeen, locale), formatTime(origin.lastSeen, locale))}</td>
      <td>
        <select
          data-origin=${origin.origin}
          aria-label=${t.siteFor(origin.origin)}
          ?disabled=${this.busy}
          @change=${(event: Event) => this.chosen.set(origin.origin, (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${chosen === ''}>${t.chooseSite}</option>
          ${this.sites.map((site) => html`<option value=${site.id} ?selected=${site.id === chosen}>${label(site)}</option>`)}
        </select>
      </td>
      <td>
        <div class="actions">
          <button type="button" class="primary" ?disabled=${this.busy} aria-label=${t.approveOf(origin.origin)} @click=${() => this.approve(origin)}>
            ${t.approve}
          </button>
          <button
            type="button"
            ?disabled=${this.busy}
            aria-label=${t.ignoreOf(origin.origin)}
            @click=${() =>
              this.act(async () => {
                await this.client.setIgnored(origin.origin, true);
                return t.ignored(origin.origin);
              })}
          >
            ${t.ignore}
          </button>
        </div>
      </td>
    </tr>`;
  }
}
