import { formatDate, formatNumber } from '@agency-portal/core/formatters.js';
import { pageHref, pageItems } from '@agency-portal/pagination/page-items.js';
import { html, SafeHtml } from './html.js';
import type { Article, ArticleImage, ArticleSummary, Assets, Category } from './types.js';

export type * from './types.js';

export const SITE_NAME = 'Agency Portal';
export const SITE_DESCRIPTION = 'Tin tức, hoạt động và thông báo mới nhất của cơ quan.';
/** Articles per page of the home and category lists. */
export const PAGE_SIZE = 10;
const PAGINATION_LABEL = 'Phân trang tin tức';
const PAGE_HREF_TEMPLATE = '?page={page}';

/** The feeds every page announces with `<link rel="alternate">`. */
export const FEEDS = [
  { path: '/feeds/articles.rss', type: 'application/rss+xml', title: 'RSS' },
  { path: '/feeds/articles.atom', type: 'application/atom+xml', title: 'Atom' },
  { path: '/feeds/articles.json', type: 'application/feed+json', title: 'JSON Feed' },
] as const;

export const articlePath = (slug: string) => `/bai-viet/${encodeURIComponent(slug)}`;
export const categoryPath = (slug: string) => `/chuyen-muc/${encodeURIComponent(slug)}`;

/** What every page of the site shares: the base URL, the categories of the navigation, the built assets. */
export interface Site {
  publicUrl: string;
  categories: readonly Category[];
  assets: Assets;
}

interface Layout {
  title: string;
  description: string;
  /** Error pages have only the assets: they get no canonical link, Open Graph tags or category links. */
  site: Site | { assets: Assets; categories?: undefined; publicUrl?: undefined };
  /** Canonical path (with its query), made absolute with PUBLIC_URL. */
  path?: string;
  /** The article an article page shows, for its Open Graph tags. */
  article?: Article;
  /** Path of the navigation link marked as the current page: `/` or a category's path. */
  navCurrent?: string;
  main: SafeHtml;
  aside?: SafeHtml;
}

function layout({ title, description, site, path, article, navCurrent, main, aside }: Layout): string {
  const navLinks = [
    { href: '/', name: 'Trang chủ' },
    ...(site.categories ?? []).map(({ slug, name }) => ({ href: categoryPath(slug), name })),
  ];
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
${site.publicUrl !== undefined && path !== undefined && seoHead(site.publicUrl + path, site.publicUrl, title, description, article)}
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${site.assets.styles.map((href) => html`<link rel="stylesheet" href="${href}">\n`)}${site.assets.scripts.map((src) => html`<script type="module" src="${src}"></script>\n`)}</head>
<body>
<a class="skip-link" href="#main">Bỏ qua đến nội dung chính</a>
<header class="site-header">
<div class="banner">
<a class="site-name" href="/">${SITE_NAME}</a>
<p class="site-tagline">Cổng thông tin điện tử</p>
</div>
<nav class="site-nav" aria-label="Chuyên mục">
<ul>
${navLinks.map(({ href, name }) => html`<li><a href="${href}"${href === navCurrent && html` aria-current="page"`}>${name}</a></li>\n`)}</ul>
</nav>
</header>
<div class="page${aside !== undefined && ' page-with-aside'}">
<main id="main" tabindex="-1">
${main}
</main>
${aside}
</div>
<footer class="site-footer">
<p>${SITE_NAME}: bộ thành phần web cho cổng thông tin điện tử.</p>
<p>Theo dõi tin mới: ${FEEDS.map((feed, i) => html`${i > 0 && ', '}<a href="${feed.path}">${feed.title}</a>`)}.</p>
</footer>
</body>
</html>
`.value;
}

/** Canonical link, feed links and Open Graph tags (of an article when there is one). */
function seoHead(url: string, publicUrl: string, title: string, description: string, article: Article | undefined): SafeHtml {
  const image = article?.image;
  return html`<link rel="canonical" href="${url}">
${FEEDS.map((feed) => html`<link rel="alternate" type="${feed.type}" title="${`${SITE_NAME} (${feed.title})`}" href="${publicUrl + feed.path}">\n`)}<meta property="og:type" content="${article ? 'article' : 'website'}">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:locale" content="vi_VN">
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
  page: number;
  totalPages: number;
  articles: readonly ArticleSummary[];
}

/**
 * The home page or a category page: one page of articles and numbered pagination, as the light DOM of
 * <ap-article-list> and <ap-pagination>, so the list reads the same without JavaScript. With it, the list
 * (`sync-url`) starts from the same `?page=` and keeps it in the URL.
 */
export function listPage({ site, category, page, totalPages, articles }: ListPage): string {
  const heading = category?.name ?? 'Tin tức';
  const basePath = category ? categoryPath(category.slug) : '/';
  return layout({
    title: `${heading}${page > 1 ? ` – Trang ${page}` : ''} | ${SITE_NAME}`,
    description: category ? `Tin bài chuyên mục ${category.name}: ${SITE_DESCRIPTION}` : SITE_DESCRIPTION,
    site,
    path: page === 1 ? basePath : basePath + pageHref(PAGE_HREF_TEMPLATE, page),
    navCurrent: basePath,
    main: html`<h1 class="list-heading">${heading}</h1>
<ap-article-list src="${`${site.publicUrl}/api/v1/articles`}" page-size="${PAGE_SIZE}"${category && html` category="${category.slug}"`} layout="grid" heading-level="2" sync-url label="${heading}">
${
  articles.length > 0
    ? html`<ul class="article-list">
${articles.map(articleCard)}</ul>`
    : html`<p class="empty">Chưa có bài viết.</p>`
}
${totalPages > 1 && pagination(page, totalPages)}
</ap-article-list>`,
  });
}

function articleCard(article: ArticleSummary): SafeHtml {
  return html`<li class="article-card">
${article.image && image(article.image, true)}
<div class="article-card-text">
<h2 class="article-card-title"><a href="${articlePath(article.slug)}">${article.title}</a></h2>
${meta(article, false)}
<p class="article-card-summary">${article.summary}</p>
</div>
</li>
`;
}

function image({ path, alt, width, height }: ArticleImage, lazy: boolean): SafeHtml {
  return html`<img src="${path}" width="${width}" height="${height}" alt="${alt}"${lazy ? html` loading="lazy"` : html` fetchpriority="high"`}>`;
}

/** Date (with the time on article pages) and view count, formatted as the widgets format them. */
function meta(article: ArticleSummary, time: boolean): SafeHtml {
  return html`<p class="article-meta"><time datetime="${article.publishedAt.toISOString()}">${formatDate(article.publishedAt, 'vi', { time })}</time>
<span class="views">Lượt xem: ${formatNumber(article.views)}</span></p>`;
}

function pagination(current: number, total: number): SafeHtml {
  const href = (page: number) => pageHref(PAGE_HREF_TEMPLATE, page);
  const items = pageItems(current, total).map((item) =>
    item.type === 'ellipsis'
      ? html`<li aria-hidden="true">…</li>`
      : html`<li><a href="${href(item.page)}"${item.current && html` aria-current="page"`}>${item.page}</a></li>`,
  );
  return html`<ap-pagination total-pages="${total}" current="${current}" href-template="${PAGE_HREF_TEMPLATE}" label="${PAGINATION_LABEL}">
<nav aria-label="${PAGINATION_LABEL}"><ul>
${current > 1 && html`<li><a href="${href(current - 1)}" rel="prev">Trang trước</a></li>`}
${items}
${current < total && html`<li><a href="${href(current + 1)}" rel="next">Trang sau</a></li>`}
</ul></nav>
</ap-pagination>`;
}

export interface ArticlePage {
  site: Site;
  article: Article;
  /** Newest articles for the sidebar, without this one. */
  latest: readonly ArticleSummary[];
}

/** An article: category, title, date, view count, the stored (already sanitized) body, author; newest articles aside. */
export function articlePage({ site, article, latest }: ArticlePage): string {
  return layout({
    title: `${article.title} | ${SITE_NAME}`,
    description: article.summary,
    site,
    path: articlePath(article.slug),
    article,
    main: html`<article class="article">
<p class="article-category"><a href="${categoryPath(article.category.slug)}">${article.category.name}</a></p>
<h1>${article.title}</h1>
${meta(article, true)}
<p class="article-summary">${article.summary}</p>
${article.image && html`<figure class="article-image">${image(article.image, false)}</figure>`}
<div class="article-body">
${new SafeHtml(article.body)}
</div>
<p class="article-author">${article.author}</p>
</article>`,
    aside: html`<aside class="sidebar" aria-labelledby="latest-heading">
<h2 id="latest-heading">Tin mới nhất</h2>
<ul class="latest-list">
${latest.map(
  (item) =>
    html`<li><a href="${articlePath(item.slug)}">${item.title}</a> <time datetime="${item.publishedAt.toISOString()}">${formatDate(item.publishedAt)}</time></li>\n`,
)}</ul>
</aside>`,
  });
}

/** The HTML page for an error status: 404, another 4xx or a server error, without details. */
export function errorPage(status: number, assets: Assets): string {
  const [heading, message] =
    status === 404
      ? ['Không tìm thấy trang', 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.']
      : status < 500
        ? ['Yêu cầu không hợp lệ', 'Máy chủ không thể xử lý yêu cầu này.']
        : ['Lỗi máy chủ', 'Đã có lỗi xảy ra. Vui lòng thử lại sau.'];
  return layout({
    title: `${heading} | ${SITE_NAME}`,
    description: message,
    site: { assets },
    main: html`<h1>${heading}</h1>
<p>${message}</p>
<p><a href="/">Về trang chủ</a></p>`,
  });
}
