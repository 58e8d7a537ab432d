import { html, LitElement, nothing } from 'lit';
import { LocalizeController } from '@agency-portal/core';
import { NewsroomApi, type Account, type AccountWithPassword, type Role } from './api.js';
import { formStyles } from './forms.styles.js';
import { describeProblem } from './problems.js';
import { STRINGS } from './strings.js';

/**
 * The accounts, for admins: create one (the server makes a temporary password, shown here once), change its name
 * or role, disable it (its sessions end at once) or enable it again, and reset its password. The portal always
 * keeps an enabled admin: the server refuses what would leave none, and this screen says so.
 */
export class NrUserList extends LitElement {
  static override styles = formStyles;

  static override properties = {
    api: {},
    accounts: { state: true },
    problem: { state: true },
    handover: { state: true },
    busy: { state: true },
  };

  api = '/api/v1/';
  protected accounts: Account[] | undefined;
  protected problem = '';
  /** A temporary password to hand over, with whose it is. */
  protected handover: { username: string; password: string } | undefined;
  protected busy = false;

  private readonly i18n = new LocalizeController(this, STRINGS);
  private client = new NewsroomApi(this.api);

  override connectedCallback(): void {
    super.connectedCallback();
    this.client = new NewsroomApi(this.api);
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.accounts = await this.client.accounts();
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
        role: String(data.get('role')) as Role,
      }),
    ).then(() => this.problem || form.reset());
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
          <select name="role">
            <option value="editor">${t.roles.editor}</option>
            <option value="admin">${t.roles.admin}</option>
          </select>
        </label>
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
    const { id, username, displayName, role, disabledAt } = account;
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
        </select>
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
