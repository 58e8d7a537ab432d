import { html, LitElement } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { LocalizeController } from '@agency-portal/core';
import './define.js';
import type { NrArticleSavedEvent } from './nr-article-editor.js';
import { STRINGS } from './strings.js';

/** What an address under the newsroom's base shows. */
export type Route = { view: 'list' } | { view: 'editor'; id?: number } | { view: 'missing' };

/** The route of `path` (a location's pathname) under `base`. */
export function route(path: string, base: string): Route {
  const rest = path.startsWith(base) ? path.slice(base.length).replace(/\/+$/, '') : undefined;
  if (rest === '' || rest === 'bai-viet') return { view: 'list' };
  if (rest === 'bai-viet/moi') return { view: 'editor' };
  const match = rest === undefined ? null : /^bai-viet\/([1-9]\d{0,9})$/.exec(rest);
  return match ? { view: 'editor', id: Number(match[1]) } : { view: 'missing' };
}

/**
 * The newsroom's main area: the article list or the editor, by the address. Links to other newsroom addresses
 * change the view without reloading the page (the back and forward buttons work too); the editor's code is
 * loaded the first time an article is opened. The server answers every newsroom address with the same page, so
 * a reload or a shared link shows the same view.
 */
export class NrApp extends LitElement {
  static override properties = {
    base: {},
    api: {},
    route: { state: true },
    editorReady: { state: true },
  };

  /** The newsroom's base path, `/quan-tri/` or `/admin/`. */
  base = '/quan-tri/';
  /** The JSON API's base URL. */
  api = '/api/v1/';
  protected route: Route = { view: 'list' };
  protected editorReady = false;

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
    // Links in the server-rendered header too.
    document.addEventListener('click', this.onClick);
    void this.navigate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    document.removeEventListener('click', this.onClick);
  }

  private async navigate(moved = false): Promise<void> {
    this.route = route(location.pathname, this.base);
    if (this.route.view === 'editor' && !this.editorReady) {
      await import('./define-editor.js');
      this.editorReady = true;
    }
    // After a move, focus goes to the new view's heading, as after a page load it would start at the top.
    if (moved) {
      await this.updateComplete;
      await this.focusHeading();
    }
  }

  private async focusHeading(): Promise<void> {
    const view = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('nr-article-list, nr-article-editor');
    await view?.updateComplete;
    const heading = view?.shadowRoot?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  protected override render() {
    const t = this.i18n.strings;
    const { route } = this;
    if (route.view === 'list') return html`<nr-article-list .api=${this.api} .base=${this.base}></nr-article-list>`;
    if (route.view === 'missing') return html`<p role="alert">${t.notFound}</p><p><a href=${this.base}>${t.backToList}</a></p>`;
    if (!this.editorReady) return html`<p role="status">${t.loading}</p>`;
    // A new element for each article, so that nothing of one article's state carries over to the next.
    return keyed(
      route.id ?? 'new',
      html`<nr-article-editor
        .api=${this.api}
        .base=${this.base}
        .articleId=${route.id}
        @nr-article-saved=${this.onSaved}
      ></nr-article-editor>`,
    );
  }
}
