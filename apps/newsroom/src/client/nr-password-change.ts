import { html, LitElement, nothing } from 'lit';
import { ApiError, LocalizeController } from '@agency-portal/core';
import { NewsroomApi } from './api.js';
import { formStyles } from './forms.styles.js';
import { describeProblem } from './problems.js';
import { STRINGS } from './strings.js';

/** Fired (bubbling, composed) once the new password is set. */
export class NrPasswordChangedEvent extends Event {
  static readonly eventName = 'nr-password-changed';
  constructor() {
    super(NrPasswordChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nr-password-changed': NrPasswordChangedEvent;
  }
}

/**
 * Sets a new password: the current one, the new one twice. Shown by `<nr-app>` before anything else to a user
 * who signed in with a temporary password (an admin made the account or reset its password).
 *
 * @fires nr-password-changed - The new password is set.
 */
export class NrPasswordChange extends LitElement {
  static override styles = formStyles;

  static override properties = {
    api: {},
    problem: { state: true },
    busy: { state: true },
  };

  api = '/api/v1/';
  protected problem = '';
  protected busy = false;

  private readonly i18n = new LocalizeController(this, STRINGS);

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.i18n.strings;
    const data = new FormData(event.target as HTMLFormElement);
    const current = String(data.get('current') ?? '');
    const next = String(data.get('next') ?? '');
    if (next !== String(data.get('repeat') ?? '')) {
      this.problem = t.passwordsDiffer;
      return;
    }
    this.busy = true;
    this.problem = '';
    try {
      await new NewsroomApi(this.api).changePassword(current, next);
      this.dispatchEvent(new NrPasswordChangedEvent());
    } catch (error) {
      this.problem = error instanceof ApiError && error.code === 'wrong_password' ? t.wrongPassword : describeProblem(error, t);
    } finally {
      this.busy = false;
    }
    if (this.problem) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.problem')?.focus();
    }
  }

  protected override render() {
    const t = this.i18n.strings;
    return html`<h2>${t.newPassword}</h2>
      <p>${t.newPasswordWhy}</p>
      ${this.problem ? html`<p class="problem" role="alert" tabindex="-1">${this.problem}</p>` : nothing}
      <form class="column" @submit=${this.submit}>
        <label>${t.currentPassword}<input name="current" type="password" autocomplete="current-password" required /></label>
        <label
          >${t.newPasswordField}<input name="next" type="password" autocomplete="new-password" required minlength="12" aria-describedby="rule" />
          <span class="hint" id="rule">${t.passwordRule}</span>
        </label>
        <label>${t.repeatPassword}<input name="repeat" type="password" autocomplete="new-password" required /></label>
        <button class="primary" ?disabled=${this.busy}>${t.setPassword}</button>
      </form>`;
  }
}
