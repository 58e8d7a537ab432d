import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Config } from '../config.js';
import {
  ARTICLE_LANG,
  articlePage,
  articlePath,
  EMBED_GUIDE_PATH,
  embeddingGuidePage,
  categoryPath,
  LANG_PREFIX,
  LANGS,
  listPage,
  localePath,
  MAX_SEARCH_LENGTH,
  OPENSEARCH_PATH,
  PAGE_SIZE,
  SEARCH_PATH,
  searchPage,
  SIDEBAR_PLACEMENT,
  SITE_NAME,
  splitLocalePath,
  type Lang,
  type SearchResult,
  type SearchState,
  type Site,
  untranslatedArticlePage,
} from '@agency-portal/portal/templates.js';
import type { FastifyRequest } from 'fastify';
import { mediaSources } from '../media/sources.js';
import type { ArticleSummary, Category, Store } from '../store/types.js';
import { countArticleView } from '../views.js';
import { cookieSettings, readCookie, sessionUser } from '../auth/sessions.js';
import { isContentStaff } from '../auth/guard.js';
import { NEWSROOM_BASE } from '@agency-portal/newsroom/shell.js';
import { signInUrl } from './auth.js';
import { bannerList, partnerList } from './banners.js';
import { siteSummary } from './stats.js';
import { PORTAL_SITE } from '../stats/engine.js';
import { xml } from './feeds.js';
import { articleListJson } from './api.js';
import { searchItem, SEARCH_PAGE_SIZE } from '../search/routes.js';
import { parseQuery } from '../search/text.js';
import type { SearchHit } from '../store/types.js';
import type { EmbedCatalog } from '@agency-portal/portal/embed-catalog.js';

/**
 * What a shared cache (nginx, a CDN) may keep of a list or search page: a minute, as the articles API; browsers ask
 * again every time (so an editor sees a new article at once). The page depends on its URL alone, so the only `Vary` is
 * the compression's `accept-encoding`.
 */
const SHARED_CACHE = 'public, max-age=0, s-maxage=60';
/** An article page counts a view with each reading, so every request must reach the server. */
const ARTICLE_CACHE = 'no-cache';

export interface PageRoutesOptions {
  config: Config;
  store: Store;
  /** The embed catalog, for the embedding guide. */
  catalog: EmbedCatalog;
}

/** OpenSearch's ShortName: 16 characters at most. */
const OPENSEARCH_SHORT_NAME = 'Đảng ủy Khối';
/** The OpenSearch description's own words in each language. */
const OPENSEARCH_DESCRIPTION: Record<Lang, string> = {
  vi: `Tìm tin bài trên cổng thông tin ${SITE_NAME}, gõ có dấu hoặc không dấu.`,
  en: `Search the news of the ${SITE_NAME} portal, with or without Vietnamese diacritics.`,
};

/** Articles in the sidebar of an article page. */
const LATEST_COUNT = 5;
/** The most URLs one sitemap file may list (each page is listed once per language). */
const SITEMAP_MAX_URLS = 50_000;

/** An article with the widths of its uploaded cover as `srcset` (paths of this site), for the templates. */
function withSrcset<T extends ArticleSummary>(article: T): T {
  const { image } = article;
  return image?.media ? { ...article, image: { ...image, srcset: mediaSources(image.media, '').srcset } } : article;
}

/**
 * The server-rendered pages (home, categories, articles, search) in each language, the sitemap and robots.txt.
 * Vietnamese lives at the root and English under `/en/` with the same structure (`localePath`); the address alone
 * says the language.
 */
export const pageRoutes: FastifyPluginAsync<PageRoutesOptions> = async (app, { config, store, catalog }) => {
  const { publicUrl } = config;
  const site = async (lang: Lang): Promise<Site> => ({
    publicUrl,
    categories: await store.listCategories(),
    assets: app.assets,
    lang,
    // The same lists as the public API answers, built by the same code: the widgets get them as their first answer.
    banners: bannerList(publicUrl, await store.listBanners(app.now())),
    partners: partnerList(publicUrl, await store.listPartners(app.now(), SIDEBAR_PLACEMENT)),
    // The statistics box's numbers of this moment, as the summary API gives them (a cached page's are refreshed
    // by the box's live stream once it runs).
    stats: await siteSummary(app.stats, PORTAL_SITE),
  });

  /**
   * One page of the home or a category list; the 404 page for a `?page=` that is not a page of the list. The list
   * widget is rendered with the articles API's answer for that page, made by the API's own code.
   */
  async function sendList(lang: Lang, reply: FastifyReply, pageQuery: unknown, category?: Category) {
    const page = parsePage(pageQuery);
    if (page === undefined) return reply.callNotFound();
    const data = await articleListJson(store, publicUrl, app.now(), { page, pageSize: PAGE_SIZE, category: category?.slug, lang });
    if (page > Math.max(1, data.totalPages)) return reply.callNotFound();
    reply.header('cache-control', SHARED_CACHE);
    return sendHtml(reply, listPage({ site: await site(lang), category, data, languages: await listLanguages(page, category) }));
  }

  /** The languages whose list (the home's, or a category's) has page `page`: the English lists hold fewer articles. */
  async function listLanguages(page: number, category: Category | undefined): Promise<Lang[]> {
    if (page === 1) return [...LANGS];
    const now = app.now();
    const totals = await Promise.all(LANGS.map((lang) => store.listArticles({ offset: 0, limit: 0, category: category?.slug, now, lang })));
    return LANGS.filter((_lang, i) => page <= Math.ceil(totals[i].total / PAGE_SIZE));
  }

  for (const lang of LANGS) {
    const prefix = LANG_PREFIX[lang];
    app.get<{ Querystring: { page?: unknown } }>(`${prefix}/`, (request, reply) => sendList(lang, reply, request.query.page));

    app.get<{ Params: { slug: string }; Querystring: { page?: unknown } }>(`${prefix}/chuyen-muc/:slug`, async (request, reply) => {
      const category = await store.getCategory(request.params.slug);
      if (!category) return reply.callNotFound();
      return sendList(lang, reply, request.query.page, category);
    });

    // An article in the address's language: the English address shows its English version, and answers 404 with a
    // link to the Vietnamese page when it has none (see the server's README, Languages).
    app.get<{ Params: { slug: string } }>(`${prefix}/bai-viet/:slug`, async (request, reply) => {
      const { slug } = request.params;
      const now = app.now();
      const article = await store.getArticle(slug, now, lang);
      if (!article) {
        if (lang !== ARTICLE_LANG && (await store.getArticle(slug, now)) !== undefined) {
          return sendUntranslated(reply, lang, articlePath(slug));
        }
        // An article whose address changed: its old address stays good.
        const renamed = await store.renamedSlug(slug, now);
        return renamed === undefined ? reply.callNotFound() : reply.redirect(localePath(lang, articlePath(renamed)), 301);
      }
      // A HEAD request (link checkers, previews) reads no article: it is not a view.
      const views = request.method === 'GET' ? await countArticleView(store, request, slug) : undefined;
      const latest = await store.listArticles({ offset: 0, limit: LATEST_COUNT + 1, now, lang });
      reply.header('cache-control', ARTICLE_CACHE);
      return sendHtml(
        reply,
        articlePage({
          site: await site(lang),
          article: withSrcset({ ...article, views: views ?? article.views }),
          latest: latest.items.filter((item) => item.slug !== slug).slice(0, LATEST_COUNT),
        }),
      );
    });
  }

  // The embedding guide, from the catalog the newsroom's embed builder uses: it changes with a deployment.
  for (const lang of LANGS) {
    app.get(localePath(lang, EMBED_GUIDE_PATH), async (_request, reply) => {
      reply.header('cache-control', SHARED_CACHE);
      return sendHtml(reply, embeddingGuidePage({ site: await site(lang), catalog }));
    });
  }

  // The English home without its slash, and the English search under its Vietnamese name, go to their addresses.
  app.get('/en', (request, reply) => reply.redirect(`/en/${queryOf(request.url)}`, 301));
  app.get('/en/tim-kiem', (request, reply) => reply.redirect(localePath('en', SEARCH_PATH) + queryOf(request.url), 301));

  /** The 404 page of an article in Vietnamese only at its address in `lang`, linking `path`, its Vietnamese page. */
  function sendUntranslated(reply: FastifyReply, lang: Lang, path: string) {
    return sendHtml(reply.code(404), untranslatedArticlePage({ assets: app.assets, lang }, path));
  }

  // The newsroom's preview: an article in any state as readers will see it, for signed-in staff only; in English, its
  // English version, or the readers' 404 page (linking the Vietnamese preview) when it has none.
  const sessionCookie = cookieSettings(config).name;
  for (const lang of LANGS) {
    app.get<{ Params: { id: string } }>(`${NEWSROOM_BASE[lang]}xem-truoc/:id`, (request, reply) => preview(lang, request, reply));
  }
  async function preview(lang: Lang, request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
    const user = await sessionUser(store, readCookie(request.headers.cookie, sessionCookie), app.now());
    if (user === undefined) return reply.redirect(signInUrl(lang, publicUrl + request.url), 303);
    // A member site's editor has no business with the portal's articles: the preview is not there for them.
    if (!isContentStaff(user)) return reply.callNotFound();
    const id = /^[1-9]\d{0,9}$/.test(request.params.id) ? Number(request.params.id) : undefined;
    const article = id === undefined ? undefined : await store.getStaffArticle(id);
    if (!article) return reply.callNotFound();
    if (lang !== ARTICLE_LANG && article.english === null) return sendUntranslated(reply, lang, `${NEWSROOM_BASE.vi}xem-truoc/${id}`);
    const shown = lang === ARTICLE_LANG || article.english === null ? article : { ...article, ...article.english };
    const latest = await store.listArticles({ offset: 0, limit: LATEST_COUNT, now: app.now(), lang });
    return sendHtml(
      reply,
      articlePage({
        site: await site(lang),
        article: withSrcset(shown),
        latest: latest.items.filter((item) => item.id !== article.id),
      }),
    );
  }

  // The search page: server-rendered, readable without JavaScript, never indexed; /tim-kiem and /en/search.
  for (const lang of LANGS) {
    app.get<{ Querystring: { q?: unknown; page?: unknown } }>(localePath(lang, SEARCH_PATH), async (request, reply) => {
      reply.header('x-robots-tag', 'noindex');
      const page = parsePage(request.query.page);
      if (page === undefined) return reply.callNotFound();
      const query = (typeof request.query.q === 'string' ? request.query.q : '').trim();
      const send = async (state: SearchState, status = 200) => {
        if (status === 200) reply.header('cache-control', SHARED_CACHE);
        return sendHtml(reply.code(status), searchPage({ site: await site(lang), query, state }));
      };
      if (query === '') return send({ kind: 'prompt' });
      if (query.length > MAX_SEARCH_LENGTH) return send({ kind: 'too-long' }, 400);
      const parsed = parseQuery(query);
      let found: { items: SearchHit[]; total: number };
      try {
        found = await store.search({
          query: parsed,
          source: 'all',
          offset: (page - 1) * SEARCH_PAGE_SIZE,
          limit: SEARCH_PAGE_SIZE,
          now: app.now(),
        });
      } catch (error) {
        // The reader keeps the search box and a plain message; the cause goes to the log only.
        request.log.error({ err: error }, 'search failed');
        return send({ kind: 'failed' }, 500);
      }
      const totalPages = Math.max(1, Math.ceil(found.total / SEARCH_PAGE_SIZE));
      if (page > totalPages) return reply.callNotFound();
      const results = found.items.map((hit) => searchResult(lang, hit, parsed));
      return send({ kind: 'results', results, total: found.total, page, totalPages });
    });
  }

  /**
   * A hit as the search page shows it: the API's highlights, the article's own image; a feed item's picture lives on
   * another site (CSP). An article links its page in the search page's language when it has a version in it, its
   * Vietnamese page otherwise (the index holds the Vietnamese text).
   */
  function searchResult(lang: Lang, hit: SearchHit, query: ReturnType<typeof parseQuery>): SearchResult {
    const item = searchItem(publicUrl, hit, query);
    const pageLang = hit.type === 'article' && hit.article.languages.includes(lang) ? lang : ARTICLE_LANG;
    return {
      url: hit.type === 'article' ? localePath(pageLang, articlePath(hit.article.slug)) : item.url,
      ...(pageLang !== lang && hit.type === 'article' && { hreflang: pageLang }),
      titleHtml: item.highlight.title,
      snippetHtml: item.highlight.snippet,
      publishedAt: item.publishedAt === null ? null : new Date(item.publishedAt),
      source: item.category.name,
      external: hit.type === 'feed-item',
      image: hit.type === 'article' ? withSrcset(hit.article).image : null,
      views: item.views,
    };
  }

  // The English search's address of the cookie days: the English search page, with its query.
  app.get('/search', (request, reply) => reply.redirect(localePath('en', SEARCH_PATH) + queryOf(request.url), 301));

  // OpenSearch: browsers offer the portal's search in their address bar (every page links its language's with rel="search").
  for (const lang of LANGS) {
    const self = publicUrl + localePath(lang, OPENSEARCH_PATH);
    app.get(localePath(lang, OPENSEARCH_PATH), (_request, reply) => {
      reply.type('application/opensearchdescription+xml; charset=utf-8').header('cache-control', 'public, max-age=86400');
      return xml`<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
<ShortName>${OPENSEARCH_SHORT_NAME}</ShortName>
<LongName>${SITE_NAME}</LongName>
<Description>${OPENSEARCH_DESCRIPTION[lang]}</Description>
<InputEncoding>UTF-8</InputEncoding>
<Language>${lang}</Language>
<Image width="64" height="64" type="image/svg+xml">${publicUrl}/assets/favicon.svg</Image>
<Url type="text/html" method="get" template="${publicUrl + localePath(lang, SEARCH_PATH)}?q={searchTerms}"/>
<Url type="application/opensearchdescription+xml" rel="self" template="${self}"/>
</OpenSearchDescription>
`.value;
    });
  }

  app.get('/sitemap.xml', async (_request, reply) => {
    const categories = await store.listCategories();
    const pages = Math.floor(SITEMAP_MAX_URLS / LANGS.length);
    const { items } = await store.listArticles({ offset: 0, limit: pages - 1 - categories.length, now: app.now() });
    /** Newest change among `articles`; none for an empty list. */
    const lastmod = (articles: typeof items) => {
      const newest = Math.max(...articles.map((article) => article.updatedAt.getTime()));
      return Number.isFinite(newest) ? new Date(newest) : undefined;
    };
    // Each page in each language it is in (an article: Vietnamese, and English when translated), with the address in
    // each of those languages (and Vietnamese as x-default), as the pages' hreflang.
    const alternates = (path: string, languages: readonly Lang[]) =>
      xml`${languages.map((lang) => xml`<xhtml:link rel="alternate" hreflang="${lang}" href="${publicUrl + localePath(lang, path)}"/>`)}<xhtml:link rel="alternate" hreflang="x-default" href="${publicUrl + path}"/>`;
    const url = (path: string, modified: Date | undefined, languages: readonly Lang[] = LANGS) =>
      languages.map(
        (lang) =>
          xml`<url><loc>${publicUrl + localePath(lang, path)}</loc>${modified && xml`<lastmod>${modified.toISOString()}</lastmod>`}${alternates(path, languages)}</url>\n`,
      );
    reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=300');
    return xml`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${url('/', lastmod(items))}${url(EMBED_GUIDE_PATH, undefined)}${categories.map((category) =>
      url(categoryPath(category.slug), lastmod(items.filter((article) => article.category.slug === category.slug))),
    )}${items.map((article) => url(articlePath(article.slug), article.updatedAt, article.languages))}</urlset>
`.value;
  });

  // The language switch of the cookie days (`/ngon-ngu/en?next=/x`): old links go to the page in that language
  // (`/en/x`), a path of this site only (no open redirect). No cookie: the address is the language.
  app.get<{ Params: { lang: string }; Querystring: { next?: unknown } }>('/ngon-ngu/:lang', (request, reply) => {
    const lang = LANGS.find((known) => known === request.params.lang);
    if (!lang) return reply.callNotFound();
    const { next } = request.query;
    const path = typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
    return reply.redirect(localePath(lang, splitLocalePath(path).path), 302);
  });

  app.get('/robots.txt', (_request, reply) => {
    reply.type('text/plain; charset=utf-8');
    return `User-agent: *\nAllow: /\nSitemap: ${publicUrl}/sitemap.xml\n`;
  });
};

/** The page number in `?page=`: 1 when absent, undefined unless a whole number from 1 up. */
function parsePage(value: unknown): number | undefined {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,8}$/.test(value)) return undefined;
  return Number(value);
}

/** The query of `url`, with its `?` (empty when there is none). */
function queryOf(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at);
}

function sendHtml(reply: FastifyReply, body: string) {
  // The page depends on its address only (the language is in the path): no `Vary` beyond the compression's.
  return reply.type('text/html; charset=utf-8').send(body);
}
