import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextConsumer, ContextProvider } from '@lit/context';
import {
  LocalizeController,
  portalConfigContext,
  sessionContext,
  type SessionUser,
  widgetStyles,
  liveRegionStyles,
} from '@agency-portal/core';
import { ApLoginEvent, ApLogoutEvent } from './events.js';
import { loginBoxStrings, type LoginBoxStrings } from './strings.js';
import { styles } from './login-box.styles.js';
import { VERSION } from './version.js';

/**
 * `checking` the session; `signed-out` (the form); `busy` signing in; `signed-in`; `blocked`: the browser does not
 * send the portal's cookies from this page (another site), so sign-in happens in the portal's own window.
 */
export type LoginBoxState = 'checking' | 'signed-out' | 'busy' | 'signed-in' | 'blocked';

type Problem = 'failed' | 'throttled' | 'offline';

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  retryAfter: number;
}

/** The portal's sign-in page, relative to the API's origin (in English under /en/). */
const SIGN_IN_PATH = '/dang-nhap';
const SIGN_IN_PATH_EN = '/en/dang-nhap';
/** The message the portal's window sends back to the page that opened it. */
const MESSAGE_TYPE = 'ap-session';

// One session provider per element that provides (the nearest <ap-portal>, or the body), however many boxes a page has.
const providers = new WeakMap<HTMLElement, ContextProvider<typeof sessionContext>>();

const isUser = (value: unknown): value is SessionUser =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SessionUser).displayName === 'string' &&
  typeof (value as SessionUser).id === 'string';

/**
 * The staff sign-in box: username and password, a show-password toggle, a busy state, one generic error for a
 * wrong username or password, the wait after too many failures, and the signed-in state with the display name and
 * sign-out, and a link to the portal's newsroom. The session is given to every widget on the page through the session context (provided on the
 * nearest `<ap-portal>`, or on the body). On another site whose pages the portal's cookies cannot reach, it
 * offers sign-in in the portal's own window, which reports back to this page.
 *
 * Server rendering: the box renders without a browser (Lit SSR) in its signed-out state, the form, as a page that a
 * shared cache keeps must (the server cannot know the reader's session). Without JavaScript the form posts to the
 * portal's sign-in page (`/dang-nhap`, `/en/dang-nhap`), which signs in from a form; in the browser the box takes
 * the form over as it is, asks for the session, and changes only for a reader who is signed in.
 *
 * @summary Staff sign-in with the session shared through a context.
 * @tagname ap-login-box
 *
 * @event {ApLoginEvent} ap-login - The user signed in; `detail` is `{ user }`.
 * @event {ApLogoutEvent} ap-logout - The user signed out.
 *
 * @csspart title - The heading.
 * @csspart form - The sign-in form.
 * @csspart field - Each label and its input.
 * @csspart input - The username and password inputs.
 * @csspart toggle - The show-password button.
 * @csspart submit - The sign-in button.
 * @csspart error - The error or wait message.
 * @csspart greeting - The signed-in line with the display name.
 * @csspart newsroom - The signed-in state's link to the portal's newsroom (`/quan-tri/`, or `/admin/` in English).
 * @csspart signout - The sign-out button.
 * @csspart window - The button that opens the portal's sign-in window.
 *
 * @cssprop [--ap-login-box-color=var(--ap-color-text, #1f2328)] - Text colour.
 * @cssprop [--ap-login-box-background=var(--ap-color-surface, #fff)] - Background.
 * @cssprop [--ap-login-box-border-color=var(--ap-color-border, #c9ced6)] - Border of the box and inputs.
 * @cssprop [--ap-login-box-button-background=var(--ap-color-primary, #b3131b)] - Background of the buttons.
 * @cssprop [--ap-login-box-button-color=var(--ap-color-on-primary, #fff)] - Text of the buttons.
 * @cssprop [--ap-login-box-error-color=var(--ap-color-primary, #b3131b)] - The error message.
 */
export class ApLoginBox extends LitElement {
  /** The version of the package: `define()` compares it when the tag is already registered. */
  static readonly version = VERSION;

  static override styles = [widgetStyles, liveRegionStyles, styles];

  static override properties: PropertyDeclarations = {
    api: {},
    returnTo: { attribute: 'return-to' },
    strings: { attribute: false },
    state: { reflect: true },
    user: { attribute: false },
    problem: { state: true },
    wait: { state: true },
    reveal: { state: true },
  };

  /** Base URL of the portal's JSON API; the `<ap-portal>` context's, then `/api/v1/`, when empty. */
  api = '';

  /**
   * Set by the portal's sign-in page opened from another site: the page to report the session to (by a message
   * to the window that opened this one) or to return to.
   */
  returnTo?: string;

  /** Overrides for any of the localised texts. */
  strings?: Partial<LoginBoxStrings>;

  /** What the box shows (reflected to the `state` attribute); read-only. */
  state: LoginBoxState = 'checking';

  /** The signed-in user, or null; read-only. */
  user: SessionUser | null = null;

  private problem?: Problem;
  /** Minutes to wait after too many failures. */
  private wait = 0;
  private reveal = false;
  /** Sign-in goes through the portal's window (the cookies do not reach the portal from here). */
  private remote = false;
  private popup: Window | null = null;
  private intent = true;

  private readonly localize = new LocalizeController(this, loginBoxStrings, () => this.strings);
  private provider?: ContextProvider<typeof sessionContext>;
  /** The configuration of the enclosing `<ap-portal>`, if any. */
  private readonly portal = new ContextConsumer(this, { context: portalConfigContext, subscribe: true });

  /** The auth API's base URL, absolute. */
  private get base(): URL {
    return new URL(`${(this.api || this.portal.value?.api || '/api/v1/').replace(/\/?$/, '/')}auth/`, document.baseURI);
  }

  /**
   * Where the form posts when no script handles it (a server-rendered box before or without JavaScript): the portal's
   * sign-in page in the box's language, which signs in from a form too. Worked out without `document`, so that the
   * server and the browser render the same address: a path when the API is on the page's origin, else absolute.
   */
  private get signInAction(): string {
    const api = this.api || this.portal.value?.api || '/api/v1/';
    const page = this.localize.locale === 'en' ? SIGN_IN_PATH_EN : SIGN_IN_PATH;
    const absolute = /^[a-z][a-z\d+.-]*:/i.test(api);
    const url = new URL(page, absolute ? api : 'http://localhost');
    if (this.returnTo) url.searchParams.set('return', this.returnTo);
    return absolute ? url.href : url.pathname + url.search;
  }

  /** The portal's newsroom (on the API's origin), in the box's language. */
  private get newsroomUrl(): string {
    return new URL(this.localize.locale === 'en' ? '/admin/' : '/quan-tri/', this.base).href;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const host = this.closest<HTMLElement>('ap-portal') ?? document.body;
    this.provider = providers.get(host);
    if (!this.provider) providers.set(host, (this.provider = new ContextProvider(host, { context: sessionContext })));
    addEventListener('message', this.onMessage);
    void this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('message', this.onMessage);
  }

  private async call(path: string, body?: object): Promise<Answer> {
    const response = await fetch(new URL(path, this.base), {
      method: body ? 'POST' : 'GET',
      credentials: 'include',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body && JSON.stringify(body),
    });
    const data = await response.json().catch(() => null);
    return {
      status: response.status,
      body: data,
      retryAfter: Number(response.headers.get('retry-after') || data?.error?.retryAfter) || 60,
    };
  }

  /** The session as the portal sees it from this page; `cookies` false when the portal's cookies do not come back. */
  private async me(): Promise<{ user: SessionUser | null; cookies: boolean }> {
    let { body } = await this.call('me');
    // The first answer sets a probe cookie when none came: ask once more to see whether it comes back.
    if (!body?.cookies) ({ body } = await this.call('me'));
    return { user: isUser(body?.user) ? body.user : null, cookies: Boolean(body?.cookies) };
  }

  private async check(): Promise<void> {
    try {
      const { user, cookies } = await this.me();
      if (user) this.signedIn(user, false);
      else this.signedOut(false, !cookies);
    } catch {
      this.signedOut(false, false);
    }
    this.report(false);
  }

  private signedIn(user: SessionUser, act: boolean): void {
    this.user = user;
    this.state = 'signed-in';
    this.problem = undefined;
    this.provider?.setValue({ user });
    if (act) this.dispatchEvent(new ApLoginEvent({ user }));
  }

  private signedOut(act: boolean, remote = this.remote): void {
    this.remote = remote;
    this.user = null;
    this.state = remote ? 'blocked' : 'signed-out';
    this.provider?.setValue({ user: null });
    if (act) this.dispatchEvent(new ApLogoutEvent());
  }

  /** In the portal's window opened from another site: tell that page, or go back to it after an action. */
  private report(act: boolean): void {
    if (!this.returnTo) return;
    if (opener) (opener as Window).postMessage({ type: MESSAGE_TYPE, user: this.user }, new URL(this.returnTo).origin);
    else if (act) location.assign(this.returnTo);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const data = event.data as { type?: unknown; user?: unknown } | null;
    if (event.origin !== this.base.origin || data?.type !== MESSAGE_TYPE) return;
    const user = isUser(data.user) ? data.user : null;
    if (user && user.id !== this.user?.id) this.signedIn(user, true);
    if (!user && this.user) this.signedOut(true, true);
    if (this.popup && this.intent === Boolean(user)) {
      this.popup.close();
      this.popup = null;
    }
  };

  /** Opens the portal's sign-in page in a window of its own (or goes there when pop-ups are blocked). */
  private openWindow(signIn: boolean): void {
    const url = new URL(SIGN_IN_PATH, this.base);
    url.searchParams.set('return', location.href);
    this.intent = signIn;
    this.popup = open(url, 'ap-login', 'popup,width=480,height=640');
    if (!this.popup) location.assign(url);
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.state === 'busy') return;
    const form = event.target as HTMLFormElement;
    const { username, password } = Object.fromEntries(new FormData(form)) as Record<string, string>;
    this.state = 'busy';
    this.problem = undefined;
    let answer: Answer;
    try {
      answer = await this.call('login', { username, password });
      if (answer.status === 200 && isUser(answer.body?.user)) {
        // A cookie the browser did not keep (another site) shows here: the portal does not see the session.
        if (this.base.origin !== location.origin && !(await this.me()).user) {
          this.signedOut(false, true);
          return;
        }
        form.reset();
        this.signedIn(answer.body.user, true);
        this.report(true);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[part~=signout]')?.focus();
        return;
      }
    } catch {
      answer = { status: 0, body: null, retryAfter: 0 };
    }
    this.state = 'signed-out';
    this.problem = answer.status === 429 ? 'throttled' : answer.status === 401 ? 'failed' : 'offline';
    this.wait = Math.ceil(answer.retryAfter / 60);
  }

  private async signOut(): Promise<void> {
    if (this.remote) return this.openWindow(false);
    try {
      await this.call('logout', {});
    } catch {
      // The session ends on the server by itself; the box signs out all the same.
    }
    this.signedOut(true);
    this.report(true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  }

  protected override render() {
    const t = this.localize.strings;
    const busy = this.state === 'busy';
    const problem = this.problem;
    const message = problem === 'throttled' ? t.throttled(this.wait) : problem && t[problem];
    return html`<section aria-labelledby="t"><h2 id="t" part="title">${t.title}</h2>${
      this.state === 'signed-in'
        ? html`<p part="greeting">${t.greeting(this.user!.displayName)}</p><p><a part="newsroom" href=${this.newsroomUrl}>${t.newsroom}</a></p><button part="signout" @click=${this.signOut}>${t.signOut}</button>`
        : this.state === 'blocked'
          ? html`<p>${t.blocked}</p><button part="window" @click=${() => this.openWindow(true)}>${t.openWindow}</button>`
          : html`<form part="form" method="post" action=${this.signInAction} aria-busy=${busy} @submit=${this.submit}><div part="field"><label for="u">${t.username}</label><input id="u" part="input" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="100" aria-invalid=${ifDefined(problem === 'failed' ? 'true' : undefined)} aria-describedby=${ifDefined(problem ? 'e' : undefined)}></div><div part="field"><label for="p">${t.password}</label><input id="p" part="input" name="password" type=${this.reveal ? 'text' : 'password'} autocomplete="current-password" autocapitalize="none" spellcheck="false" required maxlength="1024" aria-invalid=${ifDefined(problem === 'failed' ? 'true' : undefined)} aria-describedby=${ifDefined(problem ? 'e' : undefined)}><button type="button" part="toggle" aria-controls="p" aria-pressed=${this.reveal} @click=${() => (this.reveal = !this.reveal)}>${t.showPassword}</button></div>${
              message ? html`<p id="e" part="error" role="alert">${message}</p>` : nothing
            }<button part="submit" aria-disabled=${ifDefined(busy ? 'true' : undefined)}>${t.submit}</button></form>`
    }<p role="status">${busy ? t.busy : ''}</p></section>`;
  }
}
