import { html as lit } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ArticlePage as ArticleListData } from '@agency-portal/article-list';
import { formatDate, formatNumber } from '@agency-portal/core/formatters.js';
import { pageHref } from '@agency-portal/pagination/page-items.js';
import { html, SafeHtml } from './html.js';
import { renderWidget, serverDataScript } from './ssr.js';
import { EMBED_GUIDE_PATH, LANGS, localePath, SEARCH_PATH, SITE_NAME, STRINGS, type Lang, type Strings } from './strings.js';
import { defaultValues, snippet, type CatalogOption, type EmbedCatalog } from './embed-catalog.js';
import type { Article, ArticleImage, ArticleSummary, Assets, BannerList, Category, PartnerList, SearchResult } from './types.js';
import type { VisitSummary } from '@agency-portal/visit-counter';

export type * from './types.js';
export { EMBED_GUIDE_PATH, LANG_PREFIX, LANGS, localePath, SEARCH_PATH, SITE_NAME, splitLocalePath, type Lang } from './strings.js';

export const SITE_DESCRIPTION = STRINGS.vi.description;
/** The portal's description in `lang` (feeds, OpenSearch). */
export const siteDescription = (lang: Lang) => STRINGS[lang].description;
/** Articles per page of the home and category lists. */
export const PAGE_SIZE = 10;
const PAGE_HREF_TEMPLATE = '?page={page}';

/** The feeds every page announces with `<link rel="alternate">` (Vietnamese paths: English ones are under `/en/`). */
export const FEEDS = [
  { path: '/feeds/articles.rss', type: 'application/rss+xml', title: 'RSS' },
  { path: '/feeds/articles.atom', type: 'application/atom+xml', title: 'Atom' },
  { path: '/feeds/articles.json', type: 'application/feed+json', title: 'JSON Feed' },
] as const;

/** The OpenSearch description every page names with `<link rel="search">` (each language has its own). */
export const OPENSEARCH_PATH = '/opensearch.xml';
/** Most characters of a search query (the API's limit too). */
export const MAX_SEARCH_LENGTH = 200;

export const articlePath = (slug: string) => `/bai-viet/${encodeURIComponent(slug)}`;
export const categoryPath = (slug: string) => `/chuyen-muc/${encodeURIComponent(slug)}`;
/**
 * The language every article is written in. An article may also have an English version (written in the newsroom),
 * which the English pages show; what it does not translate (the category's name, the cover's alt text, the author
 * line) stays in this language.
 */
export const ARTICLE_LANG: Lang = 'vi';

/** What every page of the site shares: the base URL, the categories of the navigation, the built assets, the language. */
export interface Site {
  publicUrl: string;
  categories: readonly Category[];
  assets: Assets;
  lang: Lang;
  /**
   * The header carousel's slides and the sidebar's partner banners, as the store has them now: the answers of the
   * banners API and of the partners API for `SIDEBAR_PLACEMENT`, which the widgets render with and would ask for.
   */
  banners: BannerList;
  partners: PartnerList;
  /** The portal's visit statistics now, as `GET /api/v1/stats/summary?site=portal` answers; undefined when unknown. */
  stats: VisitSummary | undefined;
}

/** The placement of the partners the sidebar's strip shows. */
export const SIDEBAR_PLACEMENT = 'sidebar';

/** What an error page knows of the site: no canonical link, Open Graph tags or category links. */
export type ErrorSite = Pick<Site, 'assets' | 'lang'> & {
  categories?: undefined;
  publicUrl?: undefined;
  banners?: undefined;
  partners?: undefined;
  stats?: undefined;
};

interface Layout {
  title: string;
  description: string;
  site: Site | ErrorSite;
  /**
   * The page's Vietnamese path (with its query): its address in the page's language (`localePath`) is the canonical
   * URL, made absolute with PUBLIC_URL; the hreflang alternates and the language switch give it in each language.
   */
  path?: string;
  /** The article an article page shows, for its Open Graph tags. */
  article?: Article;
  /**
   * The languages the page is in (every one when absent: an article, or a later page of a list, may not be in
   * English): its hreflang alternates and `og:locale:alternate`; the switch goes to the other language's home when
   * the page is not in it, rather than to a 404.
   */
  languages?: readonly Lang[];
  /** Vietnamese path of the navigation link marked as the current page: `/` or a category's path. */
  navCurrent?: string;
  main: SafeHtml;
  /** Boxes of this page at the top of the sidebar, above the widgets every page has there. */
  aside?: SafeHtml;
  /** What the header's search box holds (the query of a search page). */
  searchQuery?: string;
  /** Keep search engines from indexing the page (`<meta name="robots" content="noindex">`). */
  noindex?: boolean;
}

function layout({
  title,
  description,
  site,
  path,
  article,
  languages = LANGS,
  navCurrent,
  main,
  aside,
  searchQuery,
  noindex,
}: Layout): string {
  const t = STRINGS[site.lang];
  const at = (vietnamesePath: string) => localePath(site.lang, vietnamesePath);
  const navLinks = [{ href: '/', name: t.home }, ...(site.categories ?? []).map(({ slug, name }) => ({ href: categoryPath(slug), name }))];
  const other = t.other.lang;
  const switchPath = languages.includes(other) ? (path ?? '/') : '/';
  const body = html`<a class="skip-link" href="#main">${t.skip}</a>
<header class="site-header">
<div class="banner">
<a class="site-name" href="${at('/')}">${SITE_NAME}</a>
<p class="site-tagline">${t.tagline}</p>
${searchBox(site.lang, searchQuery)}
<a class="language" href="${localePath(other, switchPath)}" lang="${other}" hreflang="${other}">${t.other.label}</a>
</div>
<nav class="site-nav" aria-label="${t.nav}">
<ul>
${navLinks.map(({ href, name }) => html`<li><a href="${at(href)}"${href === navCurrent && html` aria-current="page"`}>${name}</a></li>\n`)}</ul>
</nav>
${site.banners !== undefined && site.banners.items.length > 0 && highlights(t, site.lang, site.banners)}</header>
<div class="page${site.publicUrl !== undefined && ' page-with-aside'}">
<main id="main" tabindex="-1">
${main}
</main>
${site.partners !== undefined && sidebar(t, site.lang, site.partners, site.stats, aside)}
</div>
<footer class="site-footer">
<p class="site-footer-name">${SITE_NAME}</p>
<address>${t.address}<br>${t.phone}: <a href="tel:+842383000000">0238 3000 000</a> · Email: <a href="mailto:lienhe@dangbokhoi.example.vn">lienhe@dangbokhoi.example.vn</a></address>
<p>${t.follow}: ${FEEDS.map((feed, i) => html`${i > 0 && ', '}<a href="${at(feed.path)}">${feed.title}</a>`)}.</p>
<p><a href="${at(EMBED_GUIDE_PATH)}">${t.guide.title}</a></p>
</footer>
`;
  return html`<!doctype html>
<html lang="${site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
${noindex && html`<meta name="robots" content="noindex">\n`}<link rel="search" type="application/opensearchdescription+xml" title="${SITE_NAME}" href="${at(OPENSEARCH_PATH)}">
${site.publicUrl !== undefined && path !== undefined && seoHead(site.lang, path, site.publicUrl, title, description, article, languages)}
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${site.assets.css.map((css) => html`<style>${new SafeHtml(css)}</style>\n`)}${site.assets.scripts.map((src) => html`<script type="module" src="${src}"></script>\n`)}${preloadsOf(site.assets, body.value).map((href) => html`<link rel="modulepreload" href="${href}">\n`)}</head>
<body>
${body}</body>
</html>
`.value;
}

/** The chunks to preload for the widgets a page's body holds (each file once, in order). */
function preloadsOf(assets: Site['assets'], body: string): string[] {
  const files = new Set<string>();
  for (const [tag, chunks] of Object.entries(assets.preloads ?? {}))
    if (tag === '*' || body.includes(`<${tag}`)) chunks.forEach((file) => files.add(file));
  return [...files];
}

/**
 * The header's search box: a plain GET form to the search page (so it works without JavaScript), a search landmark
 * with a label for screen readers, and room for the whole query.
 */
function searchBox(lang: Lang, query: string | undefined): SafeHtml {
  const t = STRINGS[lang];
  return html`<form class="site-search" role="search" action="${localePath(lang, SEARCH_PATH)}" method="get">
<label class="visually-hidden" for="site-search-q">${t.searchLabel}</label>
<input id="site-search-q" type="search" name="q" value="${query ?? ''}" maxlength="${MAX_SEARCH_LENGTH}" autocomplete="off" enterkeyhint="search" spellcheck="false">
<button type="submit">${t.searchButton}</button>
</form>`;
}

/** How wide the header carousel shows (site.css: `.highlights`, the page's width less its padding, at most 72rem). */
const HIGHLIGHTS_SIZES = '(min-width: 72rem) 70rem, calc(100vw - 2rem)';
/** How wide a partner logo shows (site.css: a sidebar box's width less its margins, 20rem beside the main column from 60rem). */
const PARTNER_SIZES = '(min-width: 60rem) 18rem, calc(100vw - 4rem)';

/**
 * The header carousel, rendered on the server with its slides (the banners API's answer) in its shadow root, so the
 * first shows without JavaScript and the script takes over without asking the API again. Links go through the click
 * counter and each slide's views are counted, as the API's list says.
 */
function highlights(t: Strings, lang: Lang, banners: BannerList): SafeHtml {
  return html`<div class="highlights">
${renderWidget(
  lit`<ap-banner-carousel lang=${lang} src="/api/v1/banners" autoplay picker label=${t.highlights} sizes=${HIGHLIGHTS_SIZES} .initialData=${banners}>${unsafeHTML(serverDataScript(banners))}</ap-banner-carousel>`,
)}
</div>
`;
}

/**
 * The sidebar of the site's pages: the page's own boxes, then the sign-in box; the partner strip, rendered on the
 * server with its links (through the click counter) from the partners API's answer; the visit statistics, which count
 * this page view (`track`) for the portal's own site. A widget's box is no landmark of its own: the widget's region is.
 *
 * The sign-in box and the statistics are rendered here too (Lit SSR into Declarative Shadow DOM) in the page's
 * language: the box signed out, with its form (pages are cached for every reader alike: the box asks for the session
 * itself), and the statistics with the numbers of this moment, which the widget shows without asking the API again.
 */
function sidebar(t: Strings, lang: Lang, partners: PartnerList, stats: VisitSummary | undefined, boxes: SafeHtml | undefined): SafeHtml {
  return html`<aside class="sidebar" aria-label="${t.sidebar}">
${boxes}<div class="sidebar-box">
<h2>${t.signIn}</h2>
${renderWidget(lit`<ap-login-box lang=${lang} api="/api/v1/"></ap-login-box>`)}
</div>
<div class="sidebar-box">
<h2>${t.partners}</h2>
${renderWidget(
  lit`<ap-ad-strip lang=${lang} src="/api/v1/partners" placement=${SIDEBAR_PLACEMENT} label=${t.partners} sizes=${PARTNER_SIZES} .initialData=${partners}>${unsafeHTML(serverDataScript(partners))}</ap-ad-strip>`,
)}
</div>
<div class="sidebar-box">
<h2>${t.stats}</h2>
${renderWidget(
  lit`<ap-visit-counter lang=${lang} site="portal" api="/api/v1/" track label=${t.stats} .initialData=${stats}>${stats && unsafeHTML(serverDataScript(stats))}</ap-visit-counter>`,
)}
</div>
</aside>
`;
}

/**
 * The canonical link (the page's address in its language), the page in every language it is in (`hreflang`, with
 * Vietnamese as `x-default`), this language's feeds and the Open Graph tags (of an article when there is one).
 */
function seoHead(
  lang: Lang,
  path: string,
  publicUrl: string,
  title: string,
  description: string,
  article: Article | undefined,
  languages: readonly Lang[],
): SafeHtml {
  const image = article?.image;
  const url = publicUrl + localePath(lang, path);
  const alternates = [
    ...languages.map((hreflang) => ({ hreflang, href: publicUrl + localePath(hreflang, path) })),
    { hreflang: 'x-default', href: publicUrl + path },
  ];
  return html`<link rel="canonical" href="${url}">
${alternates.map(({ hreflang, href }) => html`<link rel="alternate" hreflang="${hreflang}" href="${href}">\n`)}${FEEDS.map((feed) => html`<link rel="alternate" type="${feed.type}" title="${`${SITE_NAME} (${feed.title})`}" href="${publicUrl + localePath(lang, feed.path)}">\n`)}<meta property="og:type" content="${article ? 'article' : 'website'}">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:locale" content="${STRINGS[lang].locale}">
${languages.filter((other) => other !== lang).map((other) => html`<meta property="og:locale:alternate" content="${STRINGS[other].locale}">\n`)}
<meta property="og:title" content="${article?.title ?? title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
${
  image &&
  html`<meta property="og:image" content="${publicUrl + image.path}">
<meta property="og:image:type" content="${image.type}">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${image.alt}">
`
}${
    article &&
    html`<meta property="article:published_time" content="${article.publishedAt.toISOString()}">
<meta property="article:modified_time" content="${article.updatedAt.toISOString()}">
<meta property="article:section" content="${article.category.name}">
`
  }`;
}

export interface ListPage {
  site: Site;
  /** Undefined for the home page. */
  category?: Category;
  /**
   * The page of articles shown, exactly as the articles API answers its request (`page`, `pageSize` PAGE_SIZE, the
   * category, the page's `lang`): the list widget renders it and takes it over in the browser without asking again.
   */
  data: ArticleListData;
  /** The languages whose list has this page (the English lists hold fewer articles); every one when absent. */
  languages?: readonly Lang[];
}

/**
 * The home page or a category page: <ap-article-list> rendered on the server (Lit SSR into Declarative Shadow DOM)
 * with one page of articles and its numbered pagination, so the page is complete without JavaScript. With it, the
 * list hydrates from the same data (its JSON child), keeps the page in the URL (`sync-url`) and loads other pages.
 */
export function listPage({ site, category, data, languages }: ListPage): string {
  const t = STRINGS[site.lang];
  const heading = category?.name ?? t.news;
  const basePath = category ? categoryPath(category.slug) : '/';
  const { page } = data;
  const src = `${site.publicUrl}/api/v1/articles${site.lang === ARTICLE_LANG ? '' : `?lang=${site.lang}`}`;
  return layout({
    title: `${heading}${page > 1 ? ` – ${t.page(page)}` : ''} | ${SITE_NAME}`,
    description: category ? `${t.categoryDescription(category.name)}: ${t.description}` : t.description,
    site,
    path: page === 1 ? basePath : basePath + pageHref(PAGE_HREF_TEMPLATE, page),
    languages,
    navCurrent: basePath,
    main: html`<h1 class="list-heading">${heading}</h1>
${renderWidget(
  lit`<ap-article-list lang=${site.lang} src=${src} page-size=${PAGE_SIZE} category=${ifDefined(category?.slug)} layout="grid" heading-level="2" sync-url href-template=${PAGE_HREF_TEMPLATE} label=${heading} .initialData=${data}>${unsafeHTML(serverDataScript(data))}</ap-article-list>`,
)}`,
  });
}

/** How wide a card's picture shows (site.css: one column on phones, two or three from 40rem, beside the sidebar from 60rem). */
const CARD_SIZES = '(min-width: 60rem) 24rem, (min-width: 40rem) 50vw, 100vw';
/** How wide an article page's picture shows: its column (at most 48rem beside the sidebar). */
const ARTICLE_SIZES = '(min-width: 60rem) 48rem, 100vw';

/** A picture; one with several widths as `<picture>` (WebP, then JPEG) with `srcset` and `sizes`. */
function image({ path, alt, width, height, srcset }: ArticleImage, sizes: string, lazy: boolean): SafeHtml {
  const img = html`<img src="${path}"${srcset && html` srcset="${srcset.jpeg}" sizes="${sizes}"`} width="${width}" height="${height}" alt="${alt}"${lazy ? html` loading="lazy"` : html` fetchpriority="high"`}>`;
  return srcset ? html`<picture><source type="image/webp" srcset="${srcset.webp}" sizes="${sizes}">${img}</picture>` : img;
}

/** Date (with the time on article pages) and view count, formatted as the widgets format them. */
function meta(article: ArticleSummary, lang: Lang, time: boolean): SafeHtml {
  return html`<p class="article-meta"><time datetime="${article.publishedAt.toISOString()}">${formatDate(article.publishedAt, lang, { time })}</time>
<span class="views">${STRINGS[lang].views}: ${formatNumber(article.views, lang)}</span></p>`;
}

/** <ap-pagination> rendered on the server: links to every page that work without JavaScript, hydrated with it. */
function pagination(lang: Lang, current: number, total: number, template: string, label: string): SafeHtml {
  return renderWidget(
    lit`<ap-pagination lang=${lang} total-pages=${total} current=${current} href-template=${template} label=${label}></ap-pagination>`,
  );
}

export interface ArticlePage {
  site: Site;
  /** In the page's language: its English version on an English page. */
  article: Article;
  /** Newest articles for the sidebar, without this one. */
  latest: readonly ArticleSummary[];
}

/** An article: category, title, date, view count, the stored (already sanitized) body, author; newest articles aside. */
export function articlePage({ site, article, latest }: ArticlePage): string {
  const t = STRINGS[site.lang];
  const at = (vietnamesePath: string) => localePath(site.lang, vietnamesePath);
  // What a version in another language does not translate keeps its language, for screen readers and translators.
  const untranslated = site.lang === ARTICLE_LANG ? '' : html` lang="${ARTICLE_LANG}"`;
  return layout({
    title: `${article.title} | ${SITE_NAME}`,
    description: article.summary,
    site,
    path: articlePath(article.slug),
    article,
    languages: article.languages,
    main: html`<article class="article">
<p class="article-category"><a href="${at(categoryPath(article.category.slug))}"${untranslated}>${article.category.name}</a></p>
<h1>${article.title}</h1>
${meta(article, site.lang, true)}
<p class="article-summary">${article.summary}</p>
${article.image && html`<figure class="article-image"${untranslated}>${image(article.image, ARTICLE_SIZES, false)}</figure>`}
<div class="article-body">
${new SafeHtml(article.body)}
</div>
<p class="article-author"${untranslated}>${article.author}</p>
</article>`,
    aside: html`<section class="sidebar-box" aria-labelledby="latest-heading">
<h2 id="latest-heading">${t.latest}</h2>
<ul class="latest-list">
${latest.map(
  (item) =>
    html`<li><a href="${at(articlePath(item.slug))}">${item.title}</a> <time datetime="${item.publishedAt.toISOString()}">${formatDate(item.publishedAt, site.lang)}</time></li>\n`,
)}</ul>
</section>
`,
  });
}

/** What a search page shows: the prompt (no query yet), results (maybe none), or why there are none. */
export type SearchState =
  | { kind: 'prompt' }
  | { kind: 'results'; results: readonly SearchResult[]; total: number; page: number; totalPages: number }
  | { kind: 'too-long' }
  | { kind: 'failed' };

export interface SearchPage {
  site: Site;
  /** The query as typed (empty for the prompt). */
  query: string;
  state: SearchState;
}

/** The search page's Vietnamese path for `query` (and a page after the first); `localePath` gives its English one. */
export function searchPath(query: string, page = 1): string {
  return `${SEARCH_PATH}?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`;
}

/**
 * The search page: the query in the title and in the header's box, the results as the article list's cards (title and
 * snippet with the matched words marked), numbered pages; the prompt, "nothing found" and error states. Never indexed.
 */
export function searchPage({ site, query, state }: SearchPage): string {
  const t = STRINGS[site.lang];
  const page = state.kind === 'results' ? state.page : 1;
  const shownQuery = query.length > 80 ? `${query.slice(0, 80)}…` : query;
  return layout({
    title: `${query === '' ? t.search : t.searchTitle(shownQuery)}${page > 1 ? ` – ${t.page(page)}` : ''} | ${SITE_NAME}`,
    description: t.searchDescription,
    site,
    path: query === '' ? SEARCH_PATH : searchPath(query, page),
    searchQuery: query,
    noindex: true,
    main: html`<h1 class="list-heading">${t.search}</h1>
${searchBody(t, site.lang, query, state)}`,
  });
}

function searchBody(t: Strings, lang: Lang, query: string, state: SearchState): SafeHtml {
  const quoted = html`“<strong class="search-query">${query}</strong>”`;
  switch (state.kind) {
    case 'prompt':
      return html`<p class="empty">${t.searchPrompt}</p>`;
    case 'too-long':
      return html`<p class="empty search-error">${t.searchTooLong(MAX_SEARCH_LENGTH)}</p>`;
    case 'failed':
      return html`<p class="empty search-error">${t.searchFailed}</p>`;
    case 'results':
      if (state.total === 0) return html`<p class="empty">${t.searchNoResults} ${quoted}. ${t.searchTips}</p>`;
      return html`<p class="search-summary">${t.searchFound(state.total, formatNumber(state.total, lang))} ${quoted}.</p>
<ul class="article-list search-results">
${state.results.map((result) => searchCard(result, lang, t))}</ul>
${state.totalPages > 1 && pagination(lang, state.page, state.totalPages, `${localePath(lang, SEARCH_PATH)}?q=${encodeURIComponent(query)}&page={page}`, t.searchPagination)}`;
  }
}

/** A result as the article list's card; the title and snippet come marked and escaped from the server. */
function searchCard(result: SearchResult, lang: Lang, t: Strings): SafeHtml {
  return html`<li class="article-card">
${result.image && image(result.image, CARD_SIZES, true)}
<div class="article-card-text">
<h2 class="article-card-title"><a href="${result.url}"${result.hreflang && html` hreflang="${result.hreflang}"`}>${new SafeHtml(result.titleHtml)}</a></h2>
<p class="article-meta">${result.publishedAt && html`<time datetime="${result.publishedAt.toISOString()}">${formatDate(result.publishedAt, lang)}</time>`}
<span>${result.external ? `${t.searchFrom}: ${result.source}` : result.source}</span>${
    result.views !== null &&
    html`
<span class="views">${t.views}: ${formatNumber(result.views, lang)}</span>`
  }</p>
<p class="article-card-summary">${new SafeHtml(result.snippetHtml)}</p>
</div>
</li>
`;
}

/** The HTML page for an error status: 404, another 4xx or a server error, without details. */
export function errorPage(status: number, site: ErrorSite): string {
  const t = STRINGS[site.lang];
  const [heading, message] = status === 404 ? t.notFound : status < 500 ? t.badRequest : t.serverError;
  return errorLayout(site, heading, message, html`${message}`);
}

/**
 * The 404 page of an article's address in a language it has no version in (`/en/bai-viet/<slug>`): an English URL
 * shows English, so the page says that the article is in Vietnamese only and links `path`, its Vietnamese page (the
 * readers' one, or the newsroom's preview). Its language switch goes there too.
 */
export function untranslatedArticlePage(site: ErrorSite, path: string): string {
  const t = STRINGS[site.lang];
  return errorLayout(
    site,
    t.notFound[0],
    t.articleLanguage,
    html`${t.articleLanguage} <a href="${localePath(ARTICLE_LANG, path)}" hreflang="${ARTICLE_LANG}">${t.articleLanguageLink}</a>.`,
    path,
  );
}

/** An error page: its heading, a message and a link home; `path` (Vietnamese) is what the language switch links to. */
function errorLayout(site: ErrorSite, heading: string, description: string, message: SafeHtml, path?: string): string {
  const t = STRINGS[site.lang];
  return layout({
    title: `${heading} | ${SITE_NAME}`,
    description,
    site,
    path,
    main: html`<h1>${heading}</h1>
<p>${message}</p>
<p><a href="${localePath(site.lang, '/')}">${t.backHome}</a></p>`,
  });
}

export interface EmbeddingGuidePage {
  site: Site;
  catalog: EmbedCatalog;
}

/**
 * The embedding guide (`/huong-dan-nhung`, `/en/embedding-guide`), made from the embed catalog that the newsroom's
 * builder uses: each widget, its options, the snippet pinned to the latest version with its integrity, and its npm usage.
 */
export function embeddingGuidePage({ site, catalog }: EmbeddingGuidePage): string {
  const t = STRINGS[site.lang];
  const g = t.guide;
  const version = catalog.latest;
  const origin = new URL(catalog.publicUrl).origin;
  const values = (option: CatalogOption) =>
    option.values?.join(', ') ??
    (option.source === 'categories'
      ? `${g.sources.categories}: ${site.categories.map((category) => category.slug).join(', ')}`
      : option.source
        ? g.sources[option.source]
        : option.type === 'boolean'
          ? g.onOff
          : option.min !== undefined && option.max !== undefined
            ? g.range(option.min, option.max)
            : '');
  const widget = (id: string) => {
    const entry = catalog.widgets.find((known) => known.id === id)!;
    const pinned = version === null ? undefined : snippet(catalog, { widget: id, lang: site.lang, version, values: defaultValues(entry) });
    return html`<section class="guide-widget" aria-labelledby="guide-${id}">
<h2 id="guide-${id}">${entry.name[site.lang]} <code>&lt;${entry.tag}&gt;</code></h2>
<p>${entry.description[site.lang]}</p>
<div class="guide-table" role="region" aria-labelledby="guide-${id}-options" tabindex="0">
<table>
<caption id="guide-${id}-options">${g.options}: ${entry.name[site.lang]}</caption>
<thead><tr><th scope="col">${g.attribute}</th><th scope="col">${g.meaning}</th><th scope="col">${g.values}</th><th scope="col">${g.defaultValue}</th></tr></thead>
<tbody>
${entry.options.map(
  (option) =>
    html`<tr><th scope="row"><code>${option.query ? `src="…?${option.attribute}="` : option.attribute}</code></th><td>${option.label[site.lang]}: ${option.help[site.lang]}</td><td>${values(option)}</td><td>${option.default === null ? g.none : String(option.default)}</td></tr>
`,
)}<tr><th scope="row"><code>lang</code></th><td>${g.language}</td><td>${LANGS.join(', ')}</td><td>vi</td></tr>
</tbody>
</table>
</div>
${
  pinned &&
  html`<h3>${g.snippet(version!)}</h3>
<pre class="guide-code" tabindex="0" data-snippet="${id}"><code>${pinned.html}</code></pre>
<h3>${g.npm}</h3>
<pre class="guide-code" tabindex="0"><code>${pinned.npmInstall}

${pinned.npmUsage}</code></pre>`
}
</section>
`;
  };
  return layout({
    title: `${g.title} | ${SITE_NAME}`,
    description: g.description,
    site,
    path: EMBED_GUIDE_PATH,
    main: html`<div class="guide">
<h1>${g.title}</h1>
<p>${g.intro}</p>
<p>${version === null ? g.noVersion : g.versionNote(version)}</p>
<p>${g.csp(origin)}</p>
<p>${g.builder}</p>
${catalog.widgets.map((entry) => widget(entry.id))}</div>`,
  });
}
