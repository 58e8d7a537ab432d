import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Config } from '../config.js';
import {
  articlePage,
  articlePath,
  categoryPath,
  LANGS,
  listPage,
  MAX_SEARCH_LENGTH,
  OPENSEARCH_PATH,
  PAGE_SIZE,
  searchPage,
  SITE_NAME,
  type SearchResult,
  type SearchState,
  type Site,
} from '@agency-portal/portal/templates.js';
import type { FastifyRequest } from 'fastify';
import { LANG_COOKIE, requestLang } from '../lang.js';
import { mediaSources } from '../media/sources.js';
import type { ArticleSummary, Category, Store } from '../store/types.js';
import { countArticleView } from '../views.js';
import { cookieSettings, readCookie, sessionUser } from '../auth/sessions.js';
import { NEWSROOM_BASE } from '@agency-portal/newsroom/shell.js';
import { SIGN_IN_PATH } from './auth.js';
import { xml } from './feeds.js';
import { searchItem, SEARCH_PAGE_SIZE } from '../search/routes.js';
import { parseQuery } from '../search/text.js';
import type { SearchHit } from '../store/types.js';

/** The search page's addresses: Vietnamese and English (the language itself comes from the visitor's choice). */
const SEARCH_PATHS = ['/tim-kiem', '/search'];

export interface PageRoutesOptions {
  config: Config;
  store: Store;
}

/** OpenSearch's ShortName: 16 characters at most. */
const OPENSEARCH_SHORT_NAME = 'Đảng ủy Khối';

/** Articles in the sidebar of an article page. */
const LATEST_COUNT = 5;
/** The most URLs one sitemap file may list. */
const SITEMAP_MAX_URLS = 50_000;

/** An article with the widths of its uploaded cover as `srcset` (paths of this site), for the templates. */
function withSrcset<T extends ArticleSummary>(article: T): T {
  const { image } = article;
  return image?.media ? { ...article, image: { ...image, srcset: mediaSources(image.media, '').srcset } } : article;
}

/** The server-rendered pages (home, categories, articles), the sitemap and robots.txt. */
export const pageRoutes: FastifyPluginAsync<PageRoutesOptions> = async (app, { config, store }) => {
  const { publicUrl } = config;
  const site = async (request: FastifyRequest): Promise<Site> => ({
    publicUrl,
    categories: await store.listCategories(),
    assets: app.assets,
    lang: requestLang(request),
    banners: await store.listBanners(app.now()),
    partners: await store.listPartners(app.now(), 'sidebar'),
  });
  const secure = publicUrl.startsWith('https:') ? '; Secure' : '';

  /** One page of the home or a category list; the 404 page for a `?page=` that is not a page of the list. */
  async function sendList(request: FastifyRequest, reply: FastifyReply, pageQuery: unknown, category?: Category) {
    const page = parsePage(pageQuery);
    if (page === undefined) return reply.callNotFound();
    const { items, total } = await store.listArticles({
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
      category: category?.slug,
      now: app.now(),
    });
    const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (page > totalPages) return reply.callNotFound();
    return sendHtml(reply, listPage({ site: await site(request), category, page, totalPages, articles: items.map(withSrcset) }));
  }

  app.get<{ Querystring: { page?: unknown } }>('/', (request, reply) => sendList(request, reply, request.query.page));

  app.get<{ Params: { slug: string }; Querystring: { page?: unknown } }>('/chuyen-muc/:slug', async (request, reply) => {
    const category = await store.getCategory(request.params.slug);
    if (!category) return reply.callNotFound();
    return sendList(request, reply, request.query.page, category);
  });

  app.get<{ Params: { slug: string } }>('/bai-viet/:slug', async (request, reply) => {
    const { slug } = request.params;
    const article = await store.getArticle(slug, app.now());
    if (!article) {
      // An article whose address changed: its old address stays good.
      const renamed = await store.renamedSlug(slug, app.now());
      return renamed === undefined ? reply.callNotFound() : reply.redirect(articlePath(renamed), 301);
    }
    // A HEAD request (link checkers, previews) reads no article: it is not a view.
    const views = request.method === 'GET' ? await countArticleView(store, request, slug) : undefined;
    const latest = await store.listArticles({ offset: 0, limit: LATEST_COUNT + 1, now: app.now() });
    return sendHtml(
      reply,
      articlePage({
        site: await site(request),
        article: withSrcset({ ...article, views: views ?? article.views }),
        latest: latest.items.filter((item) => item.slug !== slug).slice(0, LATEST_COUNT),
      }),
    );
  });

  // The newsroom's preview: an article in any state as readers will see it, for signed-in staff only.
  const sessionCookie = cookieSettings(config).name;
  app.get<{ Params: { id: string } }>(`${NEWSROOM_BASE.vi}xem-truoc/:id`, preview);
  app.get<{ Params: { id: string } }>(`${NEWSROOM_BASE.en}xem-truoc/:id`, preview);
  async function preview(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
    if ((await sessionUser(store, readCookie(request.headers.cookie, sessionCookie), app.now())) === undefined) {
      return reply.redirect(`${SIGN_IN_PATH}?return=${encodeURIComponent(publicUrl + request.url)}`, 303);
    }
    const id = /^[1-9]\d{0,9}$/.test(request.params.id) ? Number(request.params.id) : undefined;
    const article = id === undefined ? undefined : await store.getStaffArticle(id);
    if (!article) return reply.callNotFound();
    const latest = await store.listArticles({ offset: 0, limit: LATEST_COUNT, now: app.now() });
    return sendHtml(
      reply,
      articlePage({
        site: await site(request),
        article: withSrcset(article),
        latest: latest.items.filter((item) => item.id !== article.id),
      }),
    );
  }

  // The search page: server-rendered, readable without JavaScript, never indexed.
  for (const path of SEARCH_PATHS) {
    app.get<{ Querystring: { q?: unknown; page?: unknown } }>(path, async (request, reply) => {
      reply.header('x-robots-tag', 'noindex');
      const page = parsePage(request.query.page);
      if (page === undefined) return reply.callNotFound();
      const query = (typeof request.query.q === 'string' ? request.query.q : '').trim();
      const send = async (state: SearchState, status = 200) =>
        sendHtml(reply.code(status), searchPage({ site: await site(request), query, state }));
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
      const results = found.items.map((hit) => searchResult(hit, parsed));
      return send({ kind: 'results', results, total: found.total, page, totalPages });
    });
  }

  /** A hit as the search page shows it: the API's highlights, the article's own image; a feed item's picture lives on another site (CSP). */
  function searchResult(hit: SearchHit, query: ReturnType<typeof parseQuery>): SearchResult {
    const item = searchItem(publicUrl, hit, query);
    return {
      url: hit.type === 'article' ? articlePath(hit.article.slug) : item.url,
      titleHtml: item.highlight.title,
      snippetHtml: item.highlight.snippet,
      publishedAt: item.publishedAt === null ? null : new Date(item.publishedAt),
      source: item.category.name,
      external: hit.type === 'feed-item',
      image: hit.type === 'article' ? withSrcset(hit.article).image : null,
      views: item.views,
    };
  }

  // OpenSearch: browsers offer the portal's search in their address bar (every page links it with rel="search").
  app.get(OPENSEARCH_PATH, (_request, reply) => {
    reply.type('application/opensearchdescription+xml; charset=utf-8').header('cache-control', 'public, max-age=86400');
    return xml`<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
<ShortName>${OPENSEARCH_SHORT_NAME}</ShortName>
<LongName>${SITE_NAME}</LongName>
<Description>Tìm tin bài trên cổng thông tin ${SITE_NAME}, gõ có dấu hoặc không dấu.</Description>
<InputEncoding>UTF-8</InputEncoding>
<Language>vi</Language>
<Image width="64" height="64" type="image/svg+xml">${publicUrl}/assets/favicon.svg</Image>
<Url type="text/html" method="get" template="${publicUrl}/tim-kiem?q={searchTerms}"/>
<Url type="application/opensearchdescription+xml" rel="self" template="${publicUrl + OPENSEARCH_PATH}"/>
</OpenSearchDescription>
`.value;
  });

  app.get('/sitemap.xml', async (_request, reply) => {
    const categories = await store.listCategories();
    const { items } = await store.listArticles({ offset: 0, limit: SITEMAP_MAX_URLS - 1 - categories.length, now: app.now() });
    /** Newest change among `articles`; none for an empty list. */
    const lastmod = (articles: typeof items) => {
      const newest = Math.max(...articles.map((article) => article.updatedAt.getTime()));
      return Number.isFinite(newest) ? new Date(newest) : undefined;
    };
    const url = (path: string, modified: Date | undefined) =>
      xml`<url><loc>${publicUrl + path}</loc>${modified && xml`<lastmod>${modified.toISOString()}</lastmod>`}</url>\n`;
    reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=300');
    return xml`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${url('/', lastmod(items))}${categories.map((category) =>
      url(categoryPath(category.slug), lastmod(items.filter((article) => article.category.slug === category.slug))),
    )}${items.map((article) => url(articlePath(article.slug), article.updatedAt))}</urlset>
`.value;
  });

  // The language switch: a preference cookie, then back to the page (only a path of this site: no open redirect).
  app.get<{ Params: { lang: string }; Querystring: { next?: unknown } }>('/ngon-ngu/:lang', (request, reply) => {
    const lang = LANGS.find((known) => known === request.params.lang);
    if (!lang) return reply.callNotFound();
    const { next } = request.query;
    const target = typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
    reply.header('set-cookie', `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`);
    reply.header('cache-control', 'no-store');
    return reply.redirect(target, 303);
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

function sendHtml(reply: FastifyReply, body: string) {
  // The page's language comes from the visitor's cookie.
  return reply.type('text/html; charset=utf-8').header('vary', 'cookie').send(body);
}
