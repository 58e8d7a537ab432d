import { html, LitElement, nothing } from 'lit';
import { LocalizeController } from '@agency-portal/core';
import type { ApPageChangeEvent } from '@agency-portal/pagination';
import '@agency-portal/pagination/define.js';
import { NewsroomApi, type ArticlePage, type ArticleState, type Category } from './api.js';
import { articleListStyles } from './nr-article-list.styles.js';
import { formStyles } from './forms.styles.js';
import { STRINGS } from './strings.js';
import { formatTime } from './time.js';

const STATES: ArticleState[] = ['draft', 'scheduled', 'published', 'deleted'];
const PAGE_SIZE = 20;
/** How long typing in the search box pauses before the list is asked for. */
const SEARCH_DELAY = 300;

interface Filters {
  q: string;
  category: string;
  state: string;
  page: number;
}

/** The filters in the page's address (`?q=&category=&state=&page=`), so that reload, back and links keep them. */
function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    category: params.get('category') ?? '',
    state: STATES.includes(params.get('state') as ArticleState) ? (params.get('state') as string) : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function writeFilters({ q, category, state, page }: Filters): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (category) params.set('category', category);
  if (state) params.set('state', state);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The newsroom's article list: every article in every state, most recently changed first, searchable by title
 * (diacritics optional), filtered by category and state, 20 a page with `<ap-pagination>`. The filters live in
 * the address. Each title links to its editor at `${base}bai-viet/{id}`; "EN" after it marks an article with an
 * English version.
 */
export class NrArticleList extends LitElement {
  static override styles = [formStyles, articleListStyles];

  static override properties = {
    api: {},
    base: {},
    filters: { state: true },
    result: { state: true },
    categories: { state: true },
    failed: { state: true },
  };

  /** The JSON API's base URL. */
  api = '/api/v1/';
  /** The newsroom's base path (`/quan-tri/`). */
  base = '/quan-tri/';
  protected filters: Filters = readFilters(location.search);
  protected result: ArticlePage | undefined;
  protected categories: Category[] = [];
  protected failed = false;

  private readonly i18n = new LocalizeController(this, STRINGS);
  private load: AbortController | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onPopState = () => {
    this.filters = readFilters(location.search);
    void this.fetchPage();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    const client = new NewsroomApi(this.api);
    void client.categories().then(
      (categories) => (this.categories = categories),
      () => {},
    );
    void this.fetchPage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    this.load?.abort();
    clearTimeout(this.searchTimer);
  }

  /** Loads the page the filters name (a newer request cancels an older one). */
  async fetchPage(): Promise<void> {
    this.load?.abort();
    const load = (this.load = new AbortController());
    const { q, category, state, page } = this.filters;
    this.failed = false;
    try {
      this.result = await new NewsroomApi(this.api).listArticles(
        {
          q: q || undefined,
          category: category || undefined,
          state: (state || undefined) as ArticleState | undefined,
          page,
          pageSize: PAGE_SIZE,
        },
        load.signal,
      );
    } catch (error) {
      if (load.signal.aborted) return;
      console.warn('The newsroom could not load the article list:', error);
      this.failed = true;
    }
  }

  private change(changes: Partial<Filters>): void {
    this.filters = { ...this.filters, page: 1, ...changes };
    history.replaceState(history.state, '', location.pathname + writeFilters(this.filters));
    void this.fetchPage();
  }

  private onSearch(event: InputEvent): void {
    const q = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.change({ q }), SEARCH_DELAY);
  }

  private onPage(event: ApPageChangeEvent): void {
    event.preventDefault();
    this.filters = { ...this.filters, page: event.detail.page };
    history.pushState(history.state, '', location.pathname + writeFilters(this.filters));
    void this.fetchPage().then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  protected override render() {
    const t = this.i18n.strings;
    const { q, category, state, page } = this.filters;
    const result = this.result;
    return html`<h2 tabindex="-1">${t.articles}</h2>
      <form class="bar" role="search" @submit=${(event: Event) => event.preventDefault()}>
        <label class="grow"
          >${t.search}
          <input type="search" name="q" .value=${q} @input=${this.onSearch} aria-describedby="search-hint" />
          <span class="hint" id="search-hint">${t.searchHint}</span>
        </label>
        <label
          >${t.category}
          <select name="category" @change=${(event: Event) => this.change({ category: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${category === ''}>${t.allCategories}</option>
            ${this.categories.map((c) => html`<option value=${c.slug} ?selected=${category === c.slug}>${c.name}</option>`)}
          </select>
        </label>
        <label
          >${t.state}
          <select name="state" @change=${(event: Event) => this.change({ state: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${state === ''}>${t.allStates}</option>
            ${STATES.map((s) => html`<option value=${s} ?selected=${state === s}>${t.states[s]}</option>`)}
          </select>
        </label>
        <a class="new" href="${this.base}bai-viet/moi">${t.newArticle}</a>
      </form>
      <p class="count" role="status">${this.failed ? '' : result ? t.count(result.total) : t.loading}</p>
      ${
        this.failed
          ? html`<p role="alert">${t.loadFailed} <button type="button" @click=${() => this.fetchPage()}>${t.retry}</button></p>`
          : nothing
      }
      ${result && result.items.length === 0 ? html`<p>${t.empty}</p>` : nothing}
      ${
        result && result.items.length > 0
          ? html`<table>
              <thead>
                <tr>
                  <th scope="col">${t.title}</th>
                  <th scope="col">${t.category}</th>
                  <th scope="col">${t.state}</th>
                  <th scope="col">${t.updated}</th>
                  <th scope="col">${t.author}</th>
                </tr>
              </thead>
              <tbody>
                ${result.items.map(
                  (article) =>
                    html`<tr>
                      <td>
                        <a href="${this.base}bai-viet/${article.id}">${article.title}</a>
                        ${article.english ? html`<span class="en" role="img" aria-label=${t.hasEnglish} title=${t.hasEnglish}>EN</span>` : nothing}
                      </td>
                      <td data-label=${t.category}>${article.category.name}</td>
                      <td data-label=${t.state}><span class="state state-${article.state}">${t.states[article.state]}</span></td>
                      <td data-label=${t.updated}><time datetime=${article.updatedAt}>${formatTime(article.updatedAt, this.i18n.locale)}</time></td>
                      <td data-label=${t.author}>${article.author}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            ${
              result.totalPages > 1
                ? html`<ap-pagination .totalPages=${result.totalPages} .current=${page} @ap-page-change=${this.onPage}></ap-pagination>`
                : nothing
            }`
          : nothing
      }`;
  }
}
