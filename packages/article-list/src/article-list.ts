import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextConsumer } from '@lit/context';
import {
  clearServerMarkup,
  ApiResourceController,
  LocalizeController,
  formatDate,
  formatNumber,
  portalConfigContext,
  readServerData,
  widgetStyles,
  liveRegionStyles,
} from '@agency-portal/core';
import type { ApPageChangeEvent } from '@agency-portal/pagination';
// The list renders <ap-pagination>: importing the class registers that tag too.
import '@agency-portal/pagination/define.js';
import { isArticlePage, type Article } from './articles.js';
import { ApArticleListErrorEvent, ApArticleListLoadEvent } from './events.js';
import { articleListStrings, type ArticleListStrings } from './strings.js';
import { styles } from './article-list.styles.js';
import { VERSION } from './version.js';

export type ArticleListLayout = 'list' | 'grid' | 'compact';

/** The feed's member site is disabled: the server answers 410 `site_disabled`, as it does for the site's statistics. */
const isUnavailable = (error: { status: number; code: string } | undefined) => error?.status === 410 && error.code === 'site_disabled';

const LAYOUTS: readonly string[] = ['list', 'grid', 'compact'];

/** The largest `page-size` the articles API accepts. */
export const MAX_PAGE_SIZE = 50;

/**
 * The portal's news list: articles from the articles API (title, date, thumbnail, summary, view count)
 * as a list, a grid or a compact list, with loading, empty and error states and numbered pagination.
 * With `feed`, the items of a sibling site's feed that the portal server fetches, linking to the source
 * articles, with a discreet notice when the server could not refresh the feed lately, and a quiet "unavailable" line
 * while the feed's member site is disabled.
 * Links rendered by the server inside the element stay on screen until the first page has loaded.
 *
 * Server rendering (Lit SSR): give the element `initialData`, the first page as the API answers it, and `lang`; it
 * renders that page and its pagination at once, and in the browser shows (hydrates) it without asking the API again.
 *
 * @summary A paged list of news articles from the portal's API.
 * @tagname ap-article-list
 *
 * @event {ApArticleListLoadEvent} ap-article-list-load - A page of articles has loaded; `detail` is `{ page, total, totalPages }`. Not fired for `initialData`, which is not loaded.
 * @event {ApArticleListErrorEvent} ap-article-list-error - The articles could not be loaded; `detail.error` is the ApiError (status 410, code `site_disabled`, for a disabled member site's feed, which warns nothing). Cancel it to keep the console quiet.
 * @event {ApPageChangeEvent} ap-page-change - From the inner pagination: the user picked a page; `detail` is `{ page, previousPage }`.
 *
 * @slot - Fallback content, such as the server-rendered list and pagination links, shown until the first page has loaded.
 *
 * @csspart region - The labelled region around the list; it takes focus after a page change.
 * @csspart list - The list of articles (also the loading skeleton).
 * @csspart item - Each article.
 * @csspart image - Each thumbnail.
 * @csspart body - The text of each article: title, meta and summary.
 * @csspart title - Each article's heading.
 * @csspart link - Each article's title link.
 * @csspart meta - The date and view count.
 * @csspart summary - Each article's summary (not in the compact layout).
 * @csspart empty - The message shown when there are no articles.
 * @csspart stale - With `feed`: the notice that the feed's items may be out of date.
 * @csspart unavailable - With `feed`: the muted line shown instead of the items while the feed's member site is disabled.
 * @csspart error - The error message and its retry button.
 * @csspart retry - The retry button.
 * @csspart pagination - The inner `<ap-pagination>`; style it further with its `--ap-pagination-*` properties.
 *
 * @cssprop [--ap-article-list-color=var(--ap-color-text, #1f2328)] - Text colour.
 * @cssprop [--ap-article-list-border-color=var(--ap-color-border, #c9ced6)] - Lines between and around articles.
 * @cssprop [--ap-article-list-link-color=var(--ap-color-primary, #b3131b)] - Title links.
 * @cssprop [--ap-article-list-gap=calc(2 * var(--ap-space, 0.5rem))] - Space between articles.
 * @cssprop [--ap-article-list-radius=var(--ap-radius, 4px)] - Corners of grid cards, thumbnails and the retry button.
 * @cssprop [--ap-article-list-thumbnail-width=10rem] - Width of the thumbnails in the list layout.
 * @cssprop [--ap-article-list-column-width=16rem] - Smallest column of the grid layout.
 */
export class ApArticleList extends LitElement {
  /** The version of the package: `define()` compares it when the tag is already registered. */
  static readonly version = VERSION;

  static override styles = [widgetStyles, liveRegionStyles, styles];

  // Declared without decorators: the decorator helpers would cost every embed page about 0.7 KB gzip.
  static override properties: PropertyDeclarations = {
    src: {},
    feed: {},
    pageSize: { type: Number, attribute: 'page-size' },
    category: {},
    layout: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    urlParam: { attribute: 'url-param' },
    hrefTemplate: { attribute: 'href-template' },
    label: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    strings: { attribute: false },
    initialData: { attribute: false },
  };

  /** The articles API; by default `articles` under the `api` of the enclosing `<ap-portal>`, else `/api/v1/articles`. */
  src?: string;

  /**
   * The id of a sibling site's feed that the portal server is configured to fetch (such as `so-tttt`): the list
   * then shows that feed's items, from `feeds/{feed}/items` under the API. No widget or endpoint takes a feed URL.
   */
  feed?: string;

  /** Articles per page, from 1 to 50. */
  pageSize = 10;

  /** Only the articles of this category (its slug, such as `tin-hoat-dong`). */
  category?: string;

  /** `list` (thumbnail beside the text), `grid` (cards in as many columns as fit) or `compact` (title and date). */
  layout: ArticleListLayout = 'list';

  /** Keeps the page in the URL's query (`?page=2`), with back and forward; off so a widget leaves the host page's URL alone. */
  syncUrl = false;

  /** The query parameter `sync-url` uses. */
  urlParam = 'page';

  /**
   * Makes the pages of the inner pagination links: `{page}` is replaced by the page number, as in `?page={page}`.
   * They work without JavaScript (a server-rendered list); with `sync-url` a click still changes the page in place,
   * without it the link is followed.
   */
  hrefTemplate?: string;

  /** Accessible name of the list region; give two lists on one page different labels. */
  label?: string;

  /** Outline level of each article's title, from 1 to 6: one below the heading the list sits under. */
  headingLevel = 3;

  /** Milliseconds to wait for the API before showing the error state. */
  timeout = 10_000;

  /** Overrides for any of the localised texts. */
  strings?: Partial<ArticleListStrings>;

  /**
   * The answer of the widget's first API request (the API's JSON shape), as a server rendered the widget with: shown
   * at once, not fetched again. In the browser it is also read from a `<script type="application/json">` child.
   * The list starts on its `page`; with `sync-url`, a different page in the URL is loaded instead. Data that does not
   * have the API's shape is ignored (the first page is then loaded). No `ap-article-list-load` event is fired for it.
   */
  initialData?: unknown;

  /** The page to show: `initialData`'s, the URL's with `sync-url`, then the one picked in the pagination. */
  private page = 1;

  private readonly localize = new LocalizeController(this, articleListStrings, () => this.strings);

  /** The configuration of the enclosing `<ap-portal>`, if any, kept up to date (each change renders again). */
  private readonly portal = new ContextConsumer(this, { context: portalConfigContext, subscribe: true });

  private readonly resource = new ApiResourceController(this, {
    request: () => ({
      url:
        this.src ||
        `${(this.portal.value?.api ?? '/api/v1/').replace(/\/?$/, '/')}${this.feed ? `feeds/${encodeURIComponent(this.feed)}/items` : 'articles'}`,
      query: { page: this.page, pageSize: this.size, category: this.category || undefined },
    }),
    check: isArticlePage,
    // The initial answer only stands for the page it is: another one in the URL is loaded.
    initial: () => (isArticlePage(this.initialData) && this.initialData.page === this.page ? this.initialData : undefined),
    timeout: () => this.whole('timeout', this.timeout, 120_000, 10_000),
    onLoad: ({ page, total, totalPages }) => {
      this.dispatchEvent(new ApArticleListLoadEvent({ page, total, totalPages }));
      if (this.focusOnLoad) void this.focusRegion();
    },
    onError: (error) => {
      this.focusOnLoad = false;
      // A disabled member site's feed is a state the list shows, not a fault to warn about.
      if (this.dispatchEvent(new ApArticleListErrorEvent({ error })) && !isUnavailable(error))
        console.warn(`<ap-article-list> could not load the articles: ${error.message}`);
    },
  });

  /** The page size and layout actually used, after checking the attributes. */
  private size = 10;
  private shownLayout: ArticleListLayout = 'list';
  private level = 3;
  private focusOnLoad = false;
  private readonly warnings = new Set<string>();

  // Typed so that it overrides Lit 2.8's declaration too (an element or a shadow root), for apps on Lit 2.
  protected override createRenderRoot(): HTMLElement | ShadowRoot {
    // Server-rendered on a page that does not hydrate (a member site's embed): render over the server's copy.
    clearServerMarkup(this);
    return super.createRenderRoot() as HTMLElement | ShadowRoot;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.initialData ??= readServerData(this);
    if (!this.hasUpdated && isArticlePage(this.initialData)) this.page = this.initialData.page;
    if (this.syncUrl) {
      const fromUrl = Number(new URL(location.href).searchParams.get(this.urlParam));
      if (Number.isInteger(fromUrl) && fromUrl > 0) this.page = fromUrl;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server calls no connectedCallback: it renders the page it is given.
    if (isServer && isArticlePage(this.initialData)) this.page = this.initialData.page;
    if (this.hasUpdated && (changed.has('src') || changed.has('feed') || changed.has('category') || changed.has('pageSize'))) this.page = 1;
    this.size = this.whole('page-size', this.pageSize, MAX_PAGE_SIZE, 10);
    this.level = this.whole('heading-level', this.headingLevel, 6, 3);
    this.shownLayout = LAYOUTS.includes(this.layout) ? this.layout : 'list';
    if (this.shownLayout !== this.layout) this.warn(`layout="${this.layout}" is not list, grid or compact; using list.`);
  }

  protected override render() {
    const strings = this.localize.strings;
    const { value, error } = this.resource;
    // A server fetches nothing: without data it renders what the browser's first render shows while the first page loads.
    const loading = this.resource.loading || (isServer && !value);
    const full = this.shownLayout !== 'compact';
    let status = '';
    let content;
    if (!value && this.hasFallback) {
      content = html`<slot></slot>`;
    } else if (loading) {
      status = strings.loading;
      // Grey blocks in the shape of the articles to come, hidden from assistive technology.
      content = html`<ul part="list" class="${this.shownLayout} skeleton" aria-hidden="true">${Array.from(
        { length: this.size },
        () =>
          html`<li part="item">${full ? html`<span part="image"></span>` : nothing}<span part="body"><span></span><span></span></span></li>`,
      )}</ul>`;
    } else if (isUnavailable(error)) {
      // Quiet: a short muted line, no alarm and no retry (the site comes back when an admin enables it).
      status = strings.unavailable;
      content = html`<p part="unavailable">${strings.unavailable}</p>`;
    } else if (error) {
      status = strings.error;
      content = html`<p part="error">${strings.error}<br /><button part="retry" type="button" @click=${this.retry}>${strings.retry}</button></p>`;
    } else if (value?.items.length) {
      status = strings.loaded(value.page, value.totalPages);
      content = html`<ul part="list" class=${this.shownLayout} role="list">${value.items.map((article) => this.renderArticle(article, full))}</ul>`;
    } else {
      status = strings.empty;
      content = html`<p part="empty">${strings.empty}</p>`;
    }
    return html`<div role="status" aria-live="polite">${status}</div><section part="region" aria-label=${this.label || strings.label} aria-busy=${loading} tabindex="-1">${value?.stale ? html`<p part="stale">${strings.stale}</p>` : nothing}${content}</section>${
      // Only with pages to pick: an empty pagination would still hold its place (it is a size container).
      value && value.totalPages > 1
        ? html`<ap-pagination part="pagination" lang=${this.localize.locale} .totalPages=${value.totalPages} .current=${this.page} .label=${this.label && strings.pagination(this.label)} .hrefTemplate=${this.hrefTemplate || undefined} .syncUrl=${this.syncUrl} .urlParam=${this.urlParam} @ap-page-change=${this.handlePageChange}></ap-pagination>`
        : nothing
    }`;
  }

  /** Whether the page put fallback content (not the server's data) inside the element; a server does not see children. */
  private get hasFallback(): boolean {
    return !isServer && [...this.children].some((child) => !child.matches('script[type="application/json"]'));
  }

  private renderArticle({ image, url, title, publishedAt, views, summary }: Article, full: boolean) {
    const locale = this.localize.locale;
    return html`
      <li part="item">
        ${full && image ? this.renderCover(image) : nothing}
        <div part="body">
          <div part="title" role="heading" aria-level=${this.level}><a part="link" href=${url}>${title}</a></div>
          <p part="meta">
            ${publishedAt ? html`<time datetime=${publishedAt}>${formatDate(publishedAt, locale)}</time>` : nothing}
            ${full && views !== null ? html`<span>${this.localize.strings.views(formatNumber(views, locale))}</span>` : nothing}
          </p>
          ${full ? html`<p part="summary">${summary}</p>` : nothing}
        </div>
      </li>
    `;
  }

  /**
   * An uploaded cover comes in several widths, in WebP and JPEG: the browser takes the format it can show and the
   * width the thumbnail needs, about 10rem wide in a list and at most about 24rem in a grid (a grid column is wider
   * only in a container too narrow for two).
   */
  private renderCover(image: NonNullable<Article['image']>) {
    const sizes = `${this.shownLayout == 'grid' ? 24 : 10}rem`;
    const img = html`<img
      part="image"
      src=${image.url}
      srcset=${ifDefined(image.srcset?.jpeg)}
      sizes=${sizes}
      alt=${image.alt}
      width=${ifDefined(image.width ?? undefined)}
      height=${ifDefined(image.height ?? undefined)}
      loading="lazy"
      decoding="async"
    />`;
    return image.srcset?.webp
      ? html`<picture><source type="image/webp" srcset=${image.srcset.webp} sizes=${sizes} />${img}</picture>`
      : img;
  }

  private async handlePageChange(event: ApPageChangeEvent): Promise<void> {
    // Listeners outside the widget run after this one and may still cancel the change.
    await null;
    // A link without sync-url is followed: the next page is the server's.
    if (event.defaultPrevented || (this.hrefTemplate && !this.syncUrl)) return;
    this.page = event.detail.page;
    this.focusOnLoad = true;
    this.requestUpdate();
  }

  private retry(): void {
    // The button goes away while the list reloads: keep focus in the widget.
    this.region.focus();
    void this.resource.reload();
  }

  /** Puts keyboard and screen reader users at the top of the new page of articles. */
  private async focusRegion(): Promise<void> {
    this.focusOnLoad = false;
    await this.updateComplete;
    this.region.focus({ preventScroll: true });
    if (this.region.getBoundingClientRect().top < 0) this.region.scrollIntoView();
  }

  private get region(): HTMLElement {
    return this.renderRoot.querySelector('section')!;
  }

  /** `value` when it is a whole number from 1 to `max`; otherwise `fallback`, with one warning. */
  private whole(name: string, value: number, max: number, fallback: number): number {
    const result = Number.isInteger(value) && value > 0 ? Math.min(value, max) : fallback;
    // An attribute such as page-size="abc" arrives as NaN: quote what the page wrote.
    if (result !== value)
      this.warn(
        `${name}="${Number.isNaN(value) ? this.getAttribute(name) : value}" is not a whole number from 1 to ${max}; using ${result}.`,
      );
    return result;
  }

  private warn(message: string): void {
    if (!this.warnings.has(message)) {
      this.warnings.add(message);
      console.warn(`<ap-article-list> ${message}`);
    }
  }
}
