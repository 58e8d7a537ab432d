import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizeController } from '@agency-portal/core';
import { NewsroomApi, type MemberSite } from '../api.js';
import { STRINGS } from '../strings.js';
import { formatTime } from '../time.js';
import './define-form.js';
import './define-usage.js';
import { PORTAL_SITE } from './input.js';
import type { NrSiteSavedEvent } from './nr-site-form.js';
import { sitesStyles } from './nr-sites.styles.js';
import { describeProblem, type Problem } from './problems.js';
import { SITE_STRINGS } from './strings.js';
import { SitesApi, type SiteUsage } from './usage-api.js';

/**
 * The member sites screen (`/quan-tri/trang-thanh-vien`). An admin sees every site of the network (a table on a wide
 * screen, a card per site on a phone): name, id, home page, origins, feed, contact, state and last change, with a
 * details area per site (a disclosure button) holding its full settings. An admin registers a site, edits one
 * (`<nr-site-form>`) and disables or enables one after a confirmation (an APG alert dialog); the portal's own site
 * cannot be disabled. Each site's row shows where its widgets were seen over the last 30 days (`<nr-site-usage>`), and
 * below the list are the origins that load the widgets without being registered (`<nr-unregistered-origins>`), to
 * approve into a site or ignore. A site editor (`userRole` 'site-editor') gets only their own site from the server, and sees
 * it with its edit form open, nothing else. Every outcome is said in a live region; refusals by their error code.
 */
/** The period of the usage the list shows, in days. */
const USAGE_DAYS = 30;

export class NrSites extends LitElement {
  static override styles = sitesStyles;

  static override properties = {
    api: {},
    userRole: {},
    sites: { state: true },
    usage: { state: true },
    editing: { state: true },
    expanded: { state: true },
    confirming: { state: true },
    problem: { state: true },
    status: { state: true },
    loadFailed: { state: true },
    busy: { state: true },
  };

  api = '/api/v1/';
  /** The signed-in user's role, from `<nr-app>`: an admin manages every site, a site editor edits their own. */
  userRole = 'admin';
  protected sites: MemberSite[] | undefined;
  /** Where each site's widgets were seen over the last USAGE_DAYS days (admins only), by site id. */
  protected usage = new Map<string, SiteUsage>();
  /** The site whose form is open, 'new' for a new one. */
  protected editing: MemberSite | 'new' | undefined;
  /** Sites whose details are open. */
  protected expanded = new Set<string>();
  /** The site the disable or enable confirmation asks about. */
  protected confirming: MemberSite | undefined;
  protected problem: Problem | undefined;
  /** Said in the live region. */
  protected status = '';
  protected loadFailed = false;
  protected busy = false;

  private readonly i18n = new LocalizeController(this, SITE_STRINGS);
  private client = new NewsroomApi(this.api);
  private sitesApi = new SitesApi(this.api);
  /** Where focus goes back to when the form or the confirmation closes. */
  private opener: HTMLElement | null = null;

  private get admin(): boolean {
    return this.userRole === 'admin';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.client = new NewsroomApi(this.api);
    this.sitesApi = new SitesApi(this.api);
    void this.load();
  }

  /** Loads the sites as stored now; resolves once they show. */
  async load(): Promise<void> {
    this.loadFailed = false;
    try {
      const [sites, usage] = await Promise.all([this.client.sites(), this.admin ? this.sitesApi.usage(USAGE_DAYS) : undefined]);
      this.sites = sites;
      if (usage) this.usage = new Map(usage.items.map((item) => [item.site, item]));
    } catch (error) {
      this.loadFailed = true;
      this.problem = describeProblem(error, this.i18n.strings, STRINGS[this.i18n.locale]);
    }
  }

  private async openForm(site: MemberSite | 'new', opener: HTMLElement): Promise<void> {
    this.editing = site;
    this.opener = opener;
    this.problem = undefined;
    await this.updateComplete;
    await this.renderRoot.querySelector('nr-site-form')?.focusFirst();
  }

  private closeForm(): void {
    this.editing = undefined;
    void this.restoreFocus();
  }

  private async restoreFocus(): Promise<void> {
    const opener = this.opener;
    this.opener = null;
    await this.updateComplete;
    (opener?.isConnected ? opener : this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

  private async saved(event: NrSiteSavedEvent): Promise<void> {
    const t = this.i18n.strings;
    const { site, created } = event;
    this.problem = undefined;
    this.editing = undefined;
    await this.load();
    this.status = created ? t.created(site.name) : t.saved(site.name);
    // A new site's row did not exist when the form opened: focus goes to its edit button.
    if (created) this.opener = this.renderRoot.querySelector<HTMLElement>(`[data-id="${site.id}"] button.edit`);
    await this.restoreFocus();
  }

  private async confirm(site: MemberSite, opener: HTMLElement): Promise<void> {
    this.confirming = site;
    this.opener = opener;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm');
    dialog?.showModal();
    // The APG alert dialog: focus starts on the least destructive action.
    dialog?.querySelector<HTMLButtonElement>('button.cancel')?.focus();
  }

  private closeConfirm(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm');
    if (dialog?.open) dialog.close();
  }

  /** Closed by a button or by the browser (Escape): focus goes back to where it was. */
  private readonly onConfirmClosed = () => {
    this.confirming = undefined;
    void this.restoreFocus();
  };

  private async toggleDisabled(): Promise<void> {
    const site = this.confirming;
    if (!site) return;
    const t = this.i18n.strings;
    this.busy = true;
    this.problem = undefined;
    this.status = '';
    try {
      const stored = await this.client.setSiteDisabled(site.id, !site.disabled);
      await this.load();
      this.status = stored.disabled ? t.disabledNow(stored.name) : t.enabledNow(stored.name);
      // The button now says the opposite; it is the same element, so focus goes back to it.
    } catch (error) {
      this.problem = describeProblem(error, t, STRINGS[this.i18n.locale]);
    } finally {
      this.busy = false;
      this.closeConfirm();
    }
  }

  private toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  protected override render() {
    const t = this.i18n.strings;
    const editing = this.editing;
    // A site editor's screen is their site's form.
    const own = !this.admin && this.sites?.length === 1 ? this.sites[0] : undefined;
    return html`<h2 tabindex="-1">${t.title}</h2>
      <p class="hint">${this.admin ? t.intro : t.ownIntro}</p>
      <p class="status" role="status">${this.status}</p>
      ${this.problem ? html`<div class="problem" role="alert"><p>${this.problem.message}</p>${this.problem.detail ? html`<p class="detail">${t.detail} <span lang="en">${this.problem.detail}</span></p>` : nothing}</div>` : nothing}
      ${
        this.admin && !editing
          ? html`<p><button type="button" class="primary new" @click=${(event: Event) => this.openForm('new', event.currentTarget as HTMLElement)}>
            + ${t.newSite}
          </button></p>`
          : nothing
      }
      ${
        editing || own
          ? html`<nr-site-form
            .api=${this.api}
            .site=${editing === 'new' ? undefined : (editing ?? own)}
            .cancellable=${this.admin}
            @nr-site-saved=${this.saved}
            @nr-site-cancel=${() => this.closeForm()}
          ></nr-site-form>`
          : nothing
      }
      ${this.renderList()}
      ${this.admin ? html`<nr-unregistered-origins .api=${this.api} @nr-origin-approved=${() => this.load()}></nr-unregistered-origins>` : nothing}
      <dialog class="confirm" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-what" @close=${this.onConfirmClosed}>
        ${this.confirming ? this.renderConfirm(this.confirming) : nothing}
      </dialog>`;
  }

  private renderConfirm(site: MemberSite) {
    const t = this.i18n.strings;
    const disable = !site.disabled;
    return html`<h3 id="confirm-title">${disable ? t.confirmDisable(site.name) : t.confirmEnable(site.name)}</h3>
      <p id="confirm-what">${disable ? t.confirmDisableWhat : t.confirmEnableWhat}</p>
      <div class="actions">
        <button type="button" class=${disable ? 'danger confirm-action' : 'primary confirm-action'} ?disabled=${this.busy} @click=${() => this.toggleDisabled()}>
          ${disable ? t.disable : t.enable}
        </button>
        <button type="button" class="cancel" @click=${() => this.closeConfirm()}>${t.cancel}</button>
      </div>`;
  }

  private renderList() {
    const t = this.i18n.strings;
    if (this.loadFailed) return html`<p><button type="button" @click=${() => this.load()}>${t.reload}</button></p>`;
    if (!this.sites) return html`<p>${t.loading}</p>`;
    if (this.sites.length === 0) return html`<p>${t.empty}</p>`;
    // Only the site editor's own site: its form is open above and its settings are the form.
    if (!this.admin && this.sites.length === 1) return nothing;
    return html`<table class="sites">
      <caption class="visually-hidden">${t.title}</caption>
      <thead>
        <tr>
          <th scope="col">${t.name}</th>
          <th scope="col">${t.id}</th>
          <th scope="col">${t.homeUrl}</th>
          <th scope="col">${t.origins}</th>
          <th scope="col">${t.feedUrl}</th>
          <th scope="col">${t.contact}</th>
          <th scope="col">${t.state}</th>
          <th scope="col">${t.lastChange}</th>
          <th scope="col">${t.seen(USAGE_DAYS)}</th>
          <th scope="col">${t.actions}</th>
        </tr>
      </thead>
      ${repeat(
        this.sites,
        (site) => site.id,
        (site) => this.renderSite(site),
      )}
    </table>`;
  }

  /** A site's row and its details row, in a `<tbody>` of their own (on a phone, the card). */
  private renderSite(site: MemberSite) {
    const t = this.i18n.strings;
    const open = this.expanded.has(site.id);
    const details = `details-${site.id}`;
    const none = html`<span class="hint">${t.none}</span>`;
    const contact = [site.contact.name, site.contact.email].filter(Boolean).join(', ');
    return html`<tbody data-id=${site.id} class=${site.disabled ? 'disabled' : ''}>
      <tr>
        <th scope="row" data-label=${t.name}>${site.name}</th>
        <td data-label=${t.id}><code>${site.id}</code></td>
        <td data-label=${t.homeUrl}>${site.homeUrl ? html`<a href=${site.homeUrl} target="_blank" rel="noopener">${site.homeUrl}</a>` : none}</td>
        <td data-label=${t.origins}>
          ${site.origins.length ? html`<ul class="plain">${site.origins.map((origin) => html`<li>${origin}</li>`)}</ul>` : none}
        </td>
        <td data-label=${t.feedUrl}>${site.feedUrl ?? none}</td>
        <td data-label=${t.contact}>${contact || none}</td>
        <td data-label=${t.state}><span class="state ${site.disabled ? 'off' : 'on'}">${site.disabled ? t.disabledState : t.enabled}</span></td>
        <td data-label=${t.lastChange}>${formatTime(site.updatedAt, this.i18n.locale)}</td>
        <td data-label=${t.seen(USAGE_DAYS)}><nr-site-usage .usage=${this.usage.get(site.id)} .days=${USAGE_DAYS}></nr-site-usage></td>
        <td>
          <div class="actions">
            <button type="button" class="edit" aria-label=${t.editOf(site.name)} @click=${(event: Event) => this.openForm(site, event.currentTarget as HTMLElement)}>
              ${t.edit}
            </button>
            ${
              site.id === PORTAL_SITE
                ? html`<span class="hint portal">${t.portalSite}</span>`
                : html`<button
                  type="button"
                  class=${site.disabled ? 'enable' : 'danger disable'}
                  aria-label=${site.disabled ? t.enableOf(site.name) : t.disableOf(site.name)}
                  @click=${(event: Event) => this.confirm(site, event.currentTarget as HTMLElement)}
                >
                  ${site.disabled ? t.enable : t.disable}
                </button>`
            }
            <button type="button" class="details" aria-expanded=${open ? 'true' : 'false'} aria-controls=${details} aria-label=${t.detailsOf(site.name)} @click=${() => this.toggle(site.id)}>
              ${t.details}
            </button>
          </div>
        </td>
      </tr>
      <tr class="details-row" id=${details} ?hidden=${!open}>
        <td colspan="10">${open ? this.renderDetails(site) : nothing}</td>
      </tr>
    </tbody>`;
  }

  /** A site's full settings. */
  private renderDetails(site: MemberSite) {
    const t = this.i18n.strings;
    const time = (iso: string) => formatTime(iso, this.i18n.locale);
    return html`<h3>${t.settingsOf(site.name)}</h3>
      <dl class="settings">
        <div><dt>${t.id}</dt><dd><code>${site.id}</code></dd></div>
        <div><dt>${t.timeZone}</dt><dd>${site.timeZone}</dd></div>
        <div><dt>${t.origins}</dt><dd>${site.origins.join(', ') || t.none}</dd></div>
        <div><dt>${t.feedUrl}</dt><dd>${site.feedUrl ?? t.none}</dd></div>
        <div><dt>${t.contactName}</dt><dd>${site.contact.name ?? t.none}</dd></div>
        <div>
          <dt>${t.contactEmail}</dt>
          <dd>${site.contact.email ? html`<a href="mailto:${site.contact.email}">${site.contact.email}</a>` : t.none}</dd>
        </div>
        <div><dt>${t.createdAt}</dt><dd>${time(site.createdAt)}</dd></div>
        <div><dt>${t.lastChange}</dt><dd>${time(site.updatedAt)}</dd></div>
        ${site.disabledAt ? html`<div><dt>${t.disabledAt}</dt><dd>${time(site.disabledAt)}</dd></div>` : nothing}
        <div><dt>${t.version}</dt><dd>${site.version}</dd></div>
      </dl>`;
  }
}
