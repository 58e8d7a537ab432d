import type { FastifyRequest } from 'fastify';
import { PORTAL_SITE } from './stats/engine.js';
import type { Store } from './store/types.js';

/** The portal's days start and end in this time zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The site id in visitor hashes: article views are counted for the portal itself. */
const SITE_ID = PORTAL_SITE;

const DAY_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day of `date` in the portal's time zone, as YYYY-MM-DD. */
export function portalDay(date: Date): string {
  const parts = Object.fromEntries(DAY_FORMAT.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Counts a view of the article `slug` by the visitor making `request`, at most once per visitor, article and
 * day (the day of `request.server.now()` in Asia/Ho_Chi_Minh), and returns the article's view count
 * afterwards; undefined when there is no such article. Bots and requests without a User-Agent are not
 * counted: they get the current count.
 *
 * The visitor is sha256(daily secret salt, site id, client IP, user agent): no cookie, no raw IP stored,
 * and hashes cannot be linked across days once the salt is deleted. The statistics engine makes the hash
 * and tells bots apart, for article views as for visits.
 */
export async function countArticleView(store: Store, request: FastifyRequest, slug: string): Promise<number | undefined> {
  const { stats } = request.server;
  const userAgent = request.headers['user-agent'];
  const now = request.server.now();
  if (!userAgent || stats.isBot(userAgent)) return (await store.getArticle(slug, now))?.views;
  const at = now.getTime();
  const { visitor } = await stats.visitor(SITE_ID, request.ip, userAgent, at);
  return store.recordArticleView(slug, visitor, stats.portalDay(at), now);
}
