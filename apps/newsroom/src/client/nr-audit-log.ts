import { html, LitElement, nothing } from 'lit';
import { LocalizeController } from '@agency-portal/core';
import type { ApPageChangeEvent } from '@agency-portal/pagination';
import '@agency-portal/pagination/define.js';
import { NewsroomApi, type AuditPage } from './api.js';
import { formStyles } from './forms.styles.js';
import { describeProblem } from './problems.js';
import { STRINGS } from './strings.js';
import { formatTime } from './time.js';

const PAGE_SIZE = 50;

/** A changed value as the log shows it: text as it is, anything else as JSON; null as a dash. */
const shown = (value: unknown) => (value === null || value === undefined ? '–' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The audit log, for admins: who changed what and when, newest first, with each changed field before and after;
 * filtered by username and by action (`article.publish`) or kind (`article`, `user`).
 */
export class NrAuditLog extends LitElement {
  static override styles = formStyles;

  static override properties = {
    api: {},
    result: { state: true },
    problem: { state: true },
  };

  api = '/api/v1/';
  protected result: AuditPage | undefined;
  protected problem = '';

  private readonly i18n = new LocalizeController(this, STRINGS);
  private filters = { actor: '', action: '', page: 1 };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    const { actor, action, page } = this.filters;
    this.problem = '';
    try {
      this.result = await new NewsroomApi(this.api).audit({
        actor: actor || undefined,
        action: action || undefined,
        page,
        pageSize: PAGE_SIZE,
      });
    } catch (error) {
      this.problem = describeProblem(error, this.i18n.strings);
    }
  }

  private filter(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.filters = { actor: String(data.get('actor') ?? '').trim(), action: String(data.get('action') ?? ''), page: 1 };
    void this.load();
  }

  private onPage(event: ApPageChangeEvent): void {
    event.preventDefault();
    this.filters = { ...this.filters, page: event.detail.page };
    void this.load();
  }

  protected override render() {
    const t = this.i18n.strings;
    const result = this.result;
    return html`<h2>${t.auditLog}</h2>
      <form @submit=${this.filter} role="search">
        <label>${t.username}<input name="actor" maxlength="64" autocapitalize="none" /></label>
        <label
          >${t.auditAction}
          <select name="action">
            <option value="">${t.allActions}</option>
            ${Object.entries(t.auditKinds).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
          </select>
        </label>
        <button class="primary">${t.filter}</button>
      </form>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <p class="hint" role="status">${result ? t.entries(result.total) : t.loading}</p>
      ${
        result && result.items.length > 0
          ? html`<table>
              <thead>
                <tr>
                  <th scope="col">${t.when}</th>
                  <th scope="col">${t.who}</th>
                  <th scope="col">${t.auditAction}</th>
                  <th scope="col">${t.what}</th>
                  <th scope="col">${t.changes}</th>
                </tr>
              </thead>
              <tbody>
                ${result.items.map(
                  (entry) =>
                    html`<tr>
                      <td><time datetime=${entry.at}>${formatTime(entry.at, this.i18n.locale)}</time></td>
                      <td>${entry.actor.username}</td>
                      <td>${t.actionName(entry.action)}</td>
                      <td>${entry.summary}</td>
                      <td>
                        <ul>
                          ${Object.entries(entry.changes).map(
                            ([field, { before, after }]) => html`<li><strong>${field}</strong>: ${shown(before)} → ${shown(after)}</li>`,
                          )}
                        </ul>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
            ${
              result.totalPages > 1
                ? html`<ap-pagination .totalPages=${result.totalPages} .current=${result.page} @ap-page-change=${this.onPage}></ap-pagination>`
                : nothing
            }`
          : nothing
      }`;
  }
}
