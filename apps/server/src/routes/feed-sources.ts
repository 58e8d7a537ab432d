import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { FEED_ID, isStale, MAX_FEED_ID_LENGTH } from '../feeds-in/sources.js';
import type { FeedItem, FeedSourceStatus, Store } from '../store/types.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE } from './api.js';

export interface FeedSourceRoutesOptions {
  store: Store;
}

interface ListQuery {
  page?: unknown;
  pageSize?: unknown;
}

/** A stored feed item in the articles API's item shape. */
const toItem = (item: FeedItem, source: FeedSourceStatus) => ({
  id: item.id,
  slug: null,
  title: item.title,
  summary: item.summary,
  image: item.image && { url: item.image.url, alt: item.image.alt, width: null, height: null },
  category: { slug: source.id, name: source.name },
  author: item.author,
  publishedAt: item.publishedAt?.toISOString() ?? null,
  views: null,
  // An item without a link of its own links to the source site (the widget always has somewhere to go).
  url: item.url ?? source.siteUrl ?? source.url,
  html: item.html,
});

/** Why a feed's items cannot be shown, as the API answers it. */
export interface FeedRefusal {
  refused: { status: 404 | 410; code: string; message: string };
}

/**
 * One page of a sibling feed's stored items, as `GET /api/v1/feeds/{feedId}/items` answers it (and as a server-rendered
 * article list in feed mode starts from); a refusal when there is no such feed (404) or its member site is disabled
 * (410 `site_disabled`, as the site's statistics answer).
 */
export async function feedItemsJson(store: Store, now: Date, feedId: string, page: number, pageSize: number) {
  const source = await store.getFeedSource(feedId);
  if (source === undefined) return { refused: { status: 404, code: 'not_found', message: `No feed "${feedId}".` } } as FeedRefusal;
  if (source.siteDisabled) {
    return {
      refused: { status: 410, code: 'site_disabled', message: `The site "${feedId}" is disabled: its feed is not available.` },
    } as FeedRefusal;
  }
  const { items, total } = await store.listFeedItems(feedId, { offset: (page - 1) * pageSize, limit: pageSize });
  return {
    feed: { id: source.id, name: source.name, siteUrl: source.siteUrl },
    items: items.map((item) => toItem(item, source)),
    page,
    pageSize,
    total,
    totalPages: Math.ceil(total / pageSize),
    // Why a source fails stays in the server's log and CLI; readers only learn that the items may be old.
    stale: isStale(source, now),
    fetchedAt: source.fetchedAt?.toISOString() ?? null,
  };
}

/**
 * `GET /api/v1/feeds/{feedId}/items`: the stored items of a configured sibling feed, in the articles API's item
 * shape, with `stale` and `fetchedAt`. Nothing here fetches: the scheduler does, and only configured URLs.
 */
export const feedSourceRoutes: FastifyPluginAsync<FeedSourceRoutesOptions> = async (app, { store }) => {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD') reply.header('access-control-allow-origin', '*');
  });

  app.get<{ Params: { feedId: string }; Querystring: ListQuery }>('/feeds/:feedId/items', async (request, reply) => {
    const { feedId } = request.params;
    if (!(feedId.length <= MAX_FEED_ID_LENGTH && FEED_ID.test(feedId))) {
      return sendError(
        reply,
        400,
        'invalid_parameter',
        `feedId must be a feed id: lowercase letters a-z and digits in words joined by single hyphens, at most ${MAX_FEED_ID_LENGTH} characters.`,
      );
    }
    const page = wholeNumber('page', request.query.page, MAX_PAGE, 1);
    if (typeof page !== 'number') return sendError(reply, 400, 'invalid_parameter', page.error);
    const pageSize = wholeNumber('pageSize', request.query.pageSize, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
    if (typeof pageSize !== 'number') return sendError(reply, 400, 'invalid_parameter', pageSize.error);

    const answer = await feedItemsJson(store, app.now(), feedId, page, pageSize);
    if ('refused' in answer) return sendError(reply, answer.refused.status, answer.refused.code, answer.refused.message);
    reply.header('cache-control', 'public, max-age=60');
    return answer;
  });
};

function wholeNumber(name: string, value: unknown, max: number, fallback: number): number | { error: string } {
  if (value === undefined) return fallback;
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (number >= 1 && number <= max) return number;
  const shown = Array.isArray(value) ? `got ${value.length} values (give it once)` : `got "${String(value).slice(0, 80)}"`;
  return { error: `${name} must be a whole number from 1 to ${max}; ${shown}.` };
}

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}
