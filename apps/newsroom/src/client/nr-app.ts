import { css, html, LitElement, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { LocalizeController } from '@agency-portal/core';
import './define.js';
import type { NrArticleSavedEvent } from './nr-article-editor.js';
import { NewsroomApi, NrSessionEndedEvent, type StaffUser } from './api.js';
import { STRINGS } from './strings.js';

/** The views a site editor may open (any other address shows their traffic). */
const SITE_EDITOR_VIEWS: ReadonlySet<Route['view']> = new Set(['traffic', 'sites', 'embed', 'missing']);

/** How often an open newsroom asks whether its session is still good. */
const SESSION_CHECK_INTERVAL = 60_000;

const appStyles = css`
  :host {
    display: block;
  }
  .ended {
    border: 2px solid #a40e14;
    border-radius: 4px;
    padding: 0 1rem;
    margin-bottom: 1rem;
  }
`;

/** What an address under the newsroom's base shows. */
export type Route =
  | { view: 'list' }
  | { view: 'editor'; id?: number }
  | { view: 'users' }
  | { view: 'audit' }
  | { view: 'traffic' }
  | { view: 'banners' }
  | { view: 'sites' }
  | { view: 'embed' }
  | { view: 'missing' };

/** The route of `path` (a location's pathname) under `base`. */
export function route(path: string, base: string): Route {
  const rest = path.startsWith(base) ? path.slice(base.length).replace(/\/+$/, '') : undefined;
  if (rest === '' || rest === 'bai-viet') return { view: 'list' };
  if (rest === 'bai-viet/moi') return { view: 'editor' };
  if (rest === 'tai-khoan') return { view: 'users' };
  if (rest === 'nhat-ky') return { view: 'audit' };
  if (rest === 'truy-cap') return { view: 'traffic' };
  if (rest === 'quang-cao') return { view: 'banners' };
  if (rest === 'trang-thanh-vien') return { view: 'sites' };
  if (rest === 'ma-nhung') return { view: 'embed' };
  const match = rest === undefined ? null : /^bai-viet\/([1-9]\d{0,9})$/.exec(rest);
  return match ? { view: 'editor', id: Number(match[1]) } : { view: 'missing' };
}

/**
 * The newsroom's main area: the article list, the editor, the accounts, the audit log, the banners, the member sites or
 * the embed builder, by the address. Links to other newsroom addresses
 * change the view without reloading the page (the back and forward buttons work too); the editor's code is
 * loaded the first time an article is opened, and the banners, member sites and embed screens' the first time each is. The server answers every newsroom address with the same page, so
 * a reload or a shared link shows the same view.
 */
export class NrApp extends LitElement {
  static override styles = appStyles;

  static override properties = {
    base: {},
    api: {},
    route: { state: true },
    editorReady: { state: true },
    bannersReady: { state: true },
    sitesReady: { state: true },
    embedReady: { state: true },
    sessionEnded: { state: true },
    userRole: { attribute: 'user-role' },
    userSite: { attribute: 'user-site' },
    mustChangePassword: { state: true },
  };

  /** The newsroom's base path, `/quan-tri/` or `/admin/`. */
  base = '/quan-tri/';
  /** The JSON API's base URL. */
  api = '/api/v1/';
  protected route: Route = { view: 'list' };
  protected editorReady = false;
  protected bannersReady = false;
  protected sitesReady = false;
  protected embedReady = false;
  /** The session ended while the page was open: shown, with a way to sign in again, over whatever view is open. */
  protected sessionEnded = false;
  /**
   * The signed-in user's role (the server-rendered page gives it, the session check keeps it current): some actions
   * (restoring a deleted article) are an admin's, and a site editor sees their site's traffic and settings only.
   */
  userRole: StaffUser['role'] = 'editor';
  /** A site editor's member site. */
  userSite: string | null = null;
  /** Signed in with a temporary password: a new one is asked for before anything else. */
  protected mustChangePassword = false;
  private sessionTimer: ReturnType<typeof setInterval> | undefined;
  private readonly onSessionEnded = () => (this.sessionEnded = true);
  /** Asks whether the session is still good; a disabled account's open newsroom notices within a minute. */
  private readonly checkSession = () => {
    if (this.sessionEnded || document.visibilityState === 'hidden') return;
    new NewsroomApi(this.api).me().then(
      (user) => {
        if (!user) {
          this.sessionEnded = true;
          return;
        }
        this.userRole = user.role;
        this.userSite = user.siteId ?? null;
        this.mustChangePassword = user.mustChangePassword;
      },
      () => {},
    );
  };

  private readonly i18n = new LocalizeController(this, STRINGS);
  private readonly onPopState = () => void this.navigate();
  private readonly onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || link.target || link.origin !== location.origin || !link.pathname.startsWith(this.base)) return;
    if (route(link.pathname, this.base).view === 'missing') return;
    event.preventDefault();
    if (link.href !== location.href) history.pushState(null, '', link.href);
    void this.navigate(true);
  };

  /**
   * A new article's first save gives it an address: the page's address becomes it, and the editor, which has the
   * article now, stays as it is (a reload then opens the same article).
   */
  private readonly onSaved = (event: NrArticleSavedEvent) => {
    if (event.created) history.replaceState(null, '', `${this.base}bai-viet/${event.article.id}`);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    addEventListener(NrSessionEndedEvent.eventName, this.onSessionEnded);
    addEventListener('focus', this.checkSession);
    this.sessionTimer = setInterval(this.checkSession, SESSION_CHECK_INTERVAL);
    this.checkSession();
    // Links in the server-rendered header too.
    document.addEventListener('click', this.onClick);
    void this.navigate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    removeEventListener(NrSessionEndedEvent.eventName, this.onSessionEnded);
    removeEventListener('focus', this.checkSession);
    clearInterval(this.sessionTimer);
    document.removeEventListener('click', this.onClick);
  }

  private async navigate(moved = false): Promise<void> {
    this.route = route(location.pathname, this.base);
    // A site editor has no articles, banners or accounts: the newsroom opens on their site's traffic.
    if (this.userRole === 'site-editor' && !SITE_EDITOR_VIEWS.has(this.route.view)) {
      history.replaceState(null, '', `${this.base}truy-cap`);
      this.route = { view: 'traffic' };
    }
    if (this.route.view === 'editor' && !this.editorReady) {
      await import('./define-editor.js');
      this.editorReady = true;
    }
    if (this.route.view === 'banners' && !this.bannersReady) {
      await import('./banners/define.js');
      this.bannersReady = true;
    }
    if (this.route.view === 'sites' && !this.sitesReady) {
      await import('./sites/define.js');
      this.sitesReady = true;
    }
    if (this.route.view === 'embed' && !this.embedReady) {
      await import('./embed/define.js');
      this.embedReady = true;
    }
    // After a move, focus goes to the new view's heading, as after a page load it would start at the top.
    if (moved) {
      await this.updateComplete;
      await this.focusHeading();
    }
  }

  private async focusHeading(): Promise<void> {
    const view = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
      'nr-article-list, nr-article-editor, nr-user-list, nr-audit-log, nr-traffic, nr-banners, nr-sites, nr-embed-builder, nr-password-change',
    );
    await view?.updateComplete;
    const heading = view?.shadowRoot?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  protected override render() {
    return html`${
      this.sessionEnded
        ? html`<div class="ended" role="alert">
          <p>${this.i18n.strings.sessionEnded}</p>
          <p><a href="${this.i18n.locale === 'en' ? '/en' : ''}/dang-nhap?return=${encodeURIComponent(location.href)}" target="_blank">${this.i18n.strings.signInAgain}</a></p>
        </div>`
        : nothing
    }${this.renderView()}`;
  }

  private renderView() {
    const t = this.i18n.strings;
    const { route } = this;
    if (this.mustChangePassword) {
      return html`<nr-password-change .api=${this.api} @nr-password-changed=${() => (this.mustChangePassword = false)}></nr-password-change>`;
    }
    if (route.view === 'users') return html`<nr-user-list .api=${this.api}></nr-user-list>`;
    if (route.view === 'audit') return html`<nr-audit-log .api=${this.api}></nr-audit-log>`;
    if (route.view === 'traffic') return html`<nr-traffic .api=${this.api} .ownSite=${this.userSite}></nr-traffic>`;
    if (route.view === 'list') return html`<nr-article-list .api=${this.api} .base=${this.base}></nr-article-list>`;
    if (route.view === 'missing') return html`<p role="alert">${t.notFound}</p><p><a href=${this.base}>${t.backToList}</a></p>`;
    if (route.view === 'banners') {
      return this.bannersReady ? html`<nr-banners .api=${this.api}></nr-banners>` : html`<p role="status">${t.loading}</p>`;
    }
    if (route.view === 'sites') {
      return this.sitesReady
        ? html`<nr-sites .api=${this.api} .userRole=${this.userRole}></nr-sites>`
        : html`<p role="status">${t.loading}</p>`;
    }
    if (route.view === 'embed') {
      return this.embedReady
        ? html`<nr-embed-builder .api=${this.api} .userRole=${this.userRole} .siteId=${this.userSite ?? undefined}></nr-embed-builder>`
        : html`<p role="status">${t.loading}</p>`;
    }
    if (!this.editorReady) return html`<p role="status">${t.loading}</p>`;
    // A new element for each article, so that nothing of one article's state carries over to the next.
    return keyed(
      route.id ?? 'new',
      html`<nr-article-editor
        .api=${this.api}
        .base=${this.base}
        .articleId=${route.id}
        .userRole=${this.userRole}
        @nr-article-saved=${this.onSaved}
      ></nr-article-editor>`,
    );
  }
}
