import { html, LitElement, nothing } from 'lit';
import { LocalizeController } from '@agency-portal/core';
import { NewsroomApi, type Account, type AccountWithPassword, type MemberSite, type Role } from './api.js';
import { formStyles } from './forms.styles.js';
import { describeProblem } from './problems.js';
import { STRINGS } from './strings.js';

/** The portal's own statistics site: no site editor works on it. */
const PORTAL_SITE = 'portal';

/**
 * The accounts, for admins: create one (the server makes a temporary password, shown here once), change its name
 * or role, disable it (its sessions end at once) or enable it again, and reset its password. The portal always
 * keeps an enabled admin: the server refuses what would leave none, and this screen says so. A site editor (the
 * webmaster of one member site) is created with their site, picked from the enabled member sites, and can be moved
 * to another; an editor or admin becomes one by a new account, since the role alone would leave them without a site.
 */
export class NrUserList extends LitElement {
  static override styles = formStyles;

  static override properties = {
    api: {},
    accounts: { state: true },
    problem: { state: true },
    handover: { state: true },
    busy: { state: true },
    sites: { state: true },
    newRole: { state: true },
  };

  api = '/api/v1/';
  protected accounts: Account[] | undefined;
  protected problem = '';
  /** A temporary password to hand over, with whose it is. */
  protected handover: { username: string; password: string } | undefined;
  protected busy = false;
  /** The member sites, for the site editors' picker and the list's site column. */
  protected sites: MemberSite[] = [];
  /** The role chosen in the new account's form: a site editor's shows the site picker. */
  protected newRole: Role = 'editor';

  private readonly i18n = new LocalizeController(this, STRINGS);
  private client = new NewsroomApi(this.api);

  override connectedCallback(): void {
    super.connectedCallback();
    this.client = new NewsroomApi(this.api);
    void this.load();
  }

  async load(): Promise<void> {
    try {
      [this.accounts, this.sites] = await Promise.all([this.client.accounts(), this.client.sites()]);
    } catch (error) {
      this.problem = describeProblem(error, this.i18n.strings);
    }
  }

  /** Runs a change, then shows the accounts as they are now; a refusal is shown and focused. */
  private async act(change: () => Promise<Account | AccountWithPassword>): Promise<void> {
    this.busy = true;
    this.problem = '';
    this.handover = undefined;
    try {
      const result = await change();
      if ('temporaryPassword' in result && result.temporaryPassword) {
        this.handover = { username: result.user.username, password: result.temporaryPassword };
      }
      await this.load();
    } catch (error) {
      this.problem = describeProblem(error, this.i18n.strings);
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.problem, .notice')?.focus();
  }

  private create(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    void this.act(() =>
      this.client.createAccount({
        username: String(data.get('username') ?? '').trim(),
        displayName: String(data.get('displayName') ?? '').trim(),
        role: this.newRole,
        ...(this.newRole === 'site-editor' ? { siteId: String(data.get('siteId')) } : {}),
      }),
    ).then(() => {
      if (this.problem) return;
      form.reset();
      this.newRole = 'editor';
    });
  }

  /** The enabled member sites, plus `current` (a site editor's site, even when disabled since). */
  private siteChoices(current?: string | null): MemberSite[] {
    return this.sites.filter((site) => site.id !== PORTAL_SITE && (!site.disabled || site.id === current));
  }

  private siteName(id: string): string {
    return this.sites.find((site) => site.id === id)?.name ?? id;
  }

  protected override render() {
    const t = this.i18n.strings;
    return html`<h2>${t.accounts}</h2>
      ${this.problem ? html`<p class="problem" role="alert" tabindex="-1">${this.problem}</p>` : nothing}
      ${
        this.handover
          ? html`<div class="notice" role="status" tabindex="-1">
            <p>${t.temporaryPassword(this.handover.username)}</p>
            <p class="secret">${this.handover.password}</p>
          </div>`
          : nothing
      }
      <h3>${t.newAccount}</h3>
      <form @submit=${this.create}>
        <label>${t.username}<input name="username" required minlength="3" maxlength="64" autocomplete="off" autocapitalize="none" /></label>
        <label>${t.displayName}<input name="displayName" required maxlength="100" /></label>
        <label
          >${t.role}
          <select name="role" @change=${(event: Event) => (this.newRole = (event.target as HTMLSelectElement).value as Role)}>
            <option value="editor">${t.roles.editor}</option>
            <option value="admin">${t.roles.admin}</option>
            <option value="site-editor">${t.roles['site-editor']}</option>
          </select>
        </label>
        ${
          this.newRole === 'site-editor'
            ? html`<label
                >${t.memberSite}
                <select name="siteId" required>
                  ${this.siteChoices().map((site) => html`<option value=${site.id}>${site.name}</option>`)}
                </select>
              </label>`
            : nothing
        }
        <button class="primary" ?disabled=${this.busy}>${t.createAccount}</button>
      </form>
      ${
        this.accounts === undefined
          ? html`<p role="status">${t.loading}</p>`
          : html`<table>
            <thead>
              <tr>
                <th scope="col">${t.username}</th>
                <th scope="col">${t.displayName}</th>
                <th scope="col">${t.role}</th>
                <th scope="col">${t.memberSite}</th>
                <th scope="col">${t.state}</th>
                <th scope="col"><span class="hint">${t.actions}</span></th>
              </tr>
            </thead>
            <tbody>
              ${this.accounts.map((account) => this.renderAccount(account))}
            </tbody>
          </table>`
      }`;
  }

  private renderAccount(account: Account) {
    const t = this.i18n.strings;
    const { id, username, displayName, role, siteId, disabledAt } = account;
    return html`<tr>
      <td>${username}</td>
      <td>${displayName}</td>
      <td>
        <select
          aria-label=${t.roleOf(username)}
          ?disabled=${this.busy}
          @change=${(event: Event) => this.act(() => this.client.updateAccount(id, { role: (event.target as HTMLSelectElement).value as Role }))}
        >
          <option value="editor" ?selected=${role === 'editor'}>${t.roles.editor}</option>
          <option value="admin" ?selected=${role === 'admin'}>${t.roles.admin}</option>
          ${role === 'site-editor' ? html`<option value="site-editor" selected>${t.roles['site-editor']}</option>` : nothing}
        </select>
      </td>
      <td>
        ${
          siteId === null
            ? t.noMemberSite
            : html`<select
                aria-label=${t.memberSiteOf(username)}
                ?disabled=${this.busy}
                @change=${(event: Event) => this.act(() => this.client.updateAccount(id, { siteId: (event.target as HTMLSelectElement).value }))}
              >
                ${this.siteChoices(siteId).map(
                  (site) => html`<option value=${site.id} ?selected=${site.id === siteId}>${this.siteName(site.id)}</option>`,
                )}
              </select>`
        }
      </td>
      <td>${disabledAt ? t.disabled : account.mustChangePassword ? t.mustChange : t.active}</td>
      <td>
        <div class="actions">
          <button
            type="button"
            ?disabled=${this.busy}
            aria-label=${disabledAt ? t.enableOf(username) : t.disableOf(username)}
            @click=${() => this.act(() => this.client.updateAccount(id, { disabled: !disabledAt }))}
          >
            ${disabledAt ? t.enable : t.disable}
          </button>
          <button type="button" ?disabled=${this.busy} aria-label=${t.resetOf(username)} @click=${() => this.act(() => this.client.resetPassword(id))}>
            ${t.resetPassword}
          </button>
        </div>
      </td>
    </tr>`;
  }
}
