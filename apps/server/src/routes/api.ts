import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Config } from '../config.js';
import { articlePath, LANGS, localePath, type Lang } from '@agency-portal/portal/templates.js';
import { mediaSources } from '../media/sources.js';
import type { ArticleSummary, Store } from '../store/types.js';
import { countArticleView } from '../views.js';

export interface ApiRoutesOptions {
  config: Config;
  store: Store;
}

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;
/** Far beyond any real archive; keeps offsets small whole numbers. */
export const MAX_PAGE = 10_000;
/** `POST .../views` takes no body; a beacon may still send a few bytes. */
export const VIEWS_BODY_LIMIT = 1024;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 64;

interface ListQuery {
  page?: unknown;
  pageSize?: unknown;
  category?: unknown;
  lang?: unknown;
}

/**
 * The public JSON API under /api/v1: the article list, one article, and view counting. GET answers may be
 * read from any origin (sibling sites embed the article list) and cached for a minute.
 */
export const apiRoutes: FastifyPluginAsync<ApiRoutesOptions> = async (app, { config, store }) => {
  const toItem = (article: ArticleSummary, lang: Lang = 'vi') => articleJson(config.publicUrl, article, lang);

  app.addHook('onRequest', async (request, reply) => {
    // On errors too, so that a widget on another site can read the message.
    if (request.method === 'GET' || request.method === 'HEAD') reply.header('access-control-allow-origin', '*');
  });

  app.get<{ Querystring: ListQuery }>('/articles', async (request, reply) => {
    const query = parseListQuery(request.query);
    if ('error' in query) return sendError(reply, 400, 'invalid_parameter', query.error);
    const { category } = query;
    if (category !== undefined && (await store.getCategory(category)) === undefined) {
      return sendError(reply, 404, 'not_found', `No category "${category}".`);
    }
    const body = await articleListJson(store, config.publicUrl, app.now(), query);
    reply.header('cache-control', 'public, max-age=60');
    return body;
  });

  app.get<{ Params: { slug: string } }>('/articles/:slug', async (request, reply) => {
    const article = await store.getArticle(request.params.slug, app.now());
    if (article === undefined) return sendError(reply, 404, 'not_found', `No article "${request.params.slug}".`);
    reply.header('cache-control', 'public, max-age=60');
    return { ...toItem(article), body: article.body };
  });

  app.post<{ Params: { slug: string } }>('/articles/:slug/views', { bodyLimit: VIEWS_BODY_LIMIT }, async (request, reply) => {
    const views = await countArticleView(store, request, request.params.slug);
    if (views === undefined) return sendError(reply, 404, 'not_found', `No article "${request.params.slug}".`);
    reply.header('cache-control', 'no-store');
    return { views };
  });
};

export interface ArticleListQuery {
  page: number;
  pageSize: number;
  /** A category's slug; undefined for every category. */
  category: string | undefined;
  /** The readers' language: in English only the articles with an English version, in it, linking to the English pages. */
  lang: Lang;
}

/**
 * One page of the public article list, as `GET /api/v1/articles` answers it: the JSON the article list widget reads.
 * The portal's list pages render the widget with it (its `initialData`), so what a page shows and what the widget
 * would load are made by the same code.
 */
export async function articleListJson(store: Store, publicUrl: string, now: Date, { page, pageSize, category, lang }: ArticleListQuery) {
  const { items, total } = await store.listArticles({ offset: (page - 1) * pageSize, limit: pageSize, category, now, lang });
  return {
    items: items.map((item) => articleJson(publicUrl, item, lang)),
    page,
    pageSize,
    total,
    totalPages: Math.ceil(total / pageSize),
  };
}

/**
 * An article as the public API gives it: absolute URLs made with `publicUrl` (PUBLIC_URL), `url` the article's page in
 * `lang` (Vietnamese at the root, English under /en/). An uploaded cover adds `image.srcset` (`webp`, `jpeg`) and
 * `image.sizes`.
 */
export function articleJson(publicUrl: string, article: ArticleSummary, lang: Lang = 'vi') {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    image: article.image && {
      url: publicUrl + article.image.path,
      alt: article.image.alt,
      width: article.image.width,
      height: article.image.height,
      // An uploaded cover: every width, so that a list or page takes the one it needs.
      ...(article.image.media && (({ srcset, sizes }) => ({ srcset, sizes }))(mediaSources(article.image.media, publicUrl))),
    },
    category: { slug: article.category.slug, name: article.category.name },
    author: article.author,
    publishedAt: article.publishedAt.toISOString(),
    views: article.views,
    url: publicUrl + localePath(lang, articlePath(article.slug)),
  };
}

type Invalid = { error: string };

/** `?page=&pageSize=&category=&lang=` with defaults, or the first problem found, as a message for the client. */
function parseListQuery(query: ListQuery): { page: number; pageSize: number; category: string | undefined; lang: Lang } | Invalid {
  const page = wholeNumber('page', query.page, MAX_PAGE, 1);
  if (typeof page !== 'number') return page;
  const pageSize = wholeNumber('pageSize', query.pageSize, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
  if (typeof pageSize !== 'number') return pageSize;
  const { category } = query;
  if (category !== undefined && !(typeof category === 'string' && category.length <= MAX_SLUG_LENGTH && SLUG.test(category))) {
    return {
      error: `category must be a category slug: lowercase letters a-z and digits in words joined by single hyphens, at most ${MAX_SLUG_LENGTH} characters; ${shown(category)}.`,
    };
  }
  const lang = query.lang === undefined ? 'vi' : LANGS.find((known) => known === query.lang);
  if (lang === undefined)
    return {
      error: `lang must be ${LANGS.join(' or ')} (the language of the articles and of the pages they link to); ${shown(query.lang)}.`,
    };
  return { page, pageSize, category, lang };
}

/** A query parameter that must be a whole number from 1 to `max`; `fallback` when absent. */
function wholeNumber(name: string, value: unknown, max: number, fallback: number): number | Invalid {
  if (value === undefined) return fallback;
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (number >= 1 && number <= max) return number;
  return { error: `${name} must be a whole number from 1 to ${max}; ${shown(value)}.` };
}

/** What the client sent, for an error message: `got "abc"`, or the count of a repeated parameter. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return `got ${value.length} values (give it once)`;
  const text = String(value);
  return `got "${text.length > 80 ? `${text.slice(0, 80)}…` : text}"`;
}

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}
