import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_SITE_ID_LENGTH, SITE_ID, StatsError, type StatsEngine, type Summary } from '../stats/engine.js';

export interface StatsRoutesOptions {
  stats: StatsEngine;
  /** Told of every well-formed page-view hit before it is checked, refused ones too (where the widgets live). */
  onHit?: (request: FastifyRequest, site: string) => void;
}

/** A beacon body is a few hundred bytes; anything much bigger is not ours. */
export const HIT_BODY_LIMIT = 4096;
export const MAX_PATH_LENGTH = 2048;
/** A live stream sends a site's counters at most this often. */
export const STREAM_INTERVAL_MS = 1000;
/** ...and at least this often (online visitors leave without a request), with a keep-alive. */
export const STREAM_REFRESH_MS = 20_000;

interface HitBody {
  site: string;
  path: string;
  referrer: string | null;
  heartbeat: boolean;
}

/**
 * Visit statistics under /api/v1/stats: `POST /hit` (a page view or heartbeat, from navigator.sendBeacon:
 * a text/plain JSON body, so no CORS preflight), `GET /summary?site=`, `GET /network` and the live
 * `GET /stream?site=` (Server-Sent Events). The counters may be read from any origin; hits only from the
 * site's registered origins. A disabled site's hits are refused as an unknown site's, and its counters answer 410.
 */
export const statsRoutes: FastifyPluginAsync<StatsRoutesOptions> = async (app, { stats, onHit }) => {
  const streams = new Set<FastifyReply>();
  app.addHook('preClose', async () => {
    for (const reply of streams) reply.raw.end();
  });

  app.post('/hit', { bodyLimit: HIT_BODY_LIMIT }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const origin = request.headers.origin;
    const body = parseHit(request.body);
    if (typeof body === 'string') return sendError(reply, 400, 'invalid_body', body);
    if (!body.heartbeat) onHit?.(request, body.site);
    try {
      const result = await stats.hit({
        ...body,
        origin,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      // Only now, with the origin checked: the page that sent it may read the answer.
      reply.header('access-control-allow-origin', origin).header('vary', 'origin');
      return result;
    } catch (error) {
      if (error instanceof StatsError) return sendError(reply, error.status, error.code, error.message);
      throw error;
    }
  });

  // A beacon needs no preflight; a fetch with a JSON content type does.
  app.options('/hit', async (request, reply) => {
    reply.header('vary', 'origin');
    const origin = request.headers.origin;
    if (origin === undefined) return sendError(reply, 400, 'origin_required', 'A preflight request needs an Origin header.');
    reply
      .header('access-control-allow-origin', origin)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '86400');
    return reply.code(204).send();
  });

  app.get<{ Querystring: { site?: unknown } }>('/summary', async (request, reply) => {
    reply.header('access-control-allow-origin', '*').header('cache-control', 'no-cache');
    const site = parseSite(request.query.site);
    if (site.id === undefined) return sendError(reply, 400, 'invalid_parameter', site.error);
    const refused = await stats.unavailable(site.id);
    if (refused) return sendError(reply, refused.status, refused.code, refused.message);
    return stats.summary(site.id);
  });

  app.get('/network', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*').header('cache-control', 'no-cache');
    return stats.network();
  });

  app.get<{ Querystring: { site?: unknown } }>('/stream', async (request, reply) => {
    reply.header('access-control-allow-origin', '*');
    const site = parseSite(request.query.site);
    if (site.id === undefined) return sendError(reply, 400, 'invalid_parameter', site.error);
    const refused = await stats.unavailable(site.id);
    if (refused) return sendError(reply, refused.status, refused.code, refused.message);

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    streams.add(reply);
    let last = '';
    let sentAt = 0;
    let timer: NodeJS.Timeout | undefined;
    const send = (force = false) => {
      timer = undefined;
      sentAt = Date.now();
      const summary = stats.summary(site.id);
      // The site was disabled: the stream ends, and the widget's reconnection gets the 410.
      if (summary === undefined) return void raw.end();
      const { updatedAt, ...counts } = summary;
      const key = JSON.stringify(counts);
      if (key === last && !force) {
        raw.write(': keep-alive\n\n');
        return;
      }
      last = key;
      raw.write(`event: summary\ndata: ${JSON.stringify({ ...counts, updatedAt })}\n\n`);
    };
    const changed = (changedSite: string) => {
      if (changedSite !== site.id || timer) return;
      const wait = STREAM_INTERVAL_MS - (Date.now() - sentAt);
      if (wait <= 0) send();
      else timer = setTimeout(send, wait);
    };
    const unsubscribe = stats.subscribe(changed);
    const refresh = setInterval(send, STREAM_REFRESH_MS);
    raw.write(`retry: 5000\n\n`);
    send(true);
    raw.on('close', () => {
      streams.delete(reply);
      unsubscribe();
      clearInterval(refresh);
      clearTimeout(timer);
    });
  });
};

/**
 * What `GET /summary?site=` answers for a site (undefined when it is not registered): the API's route and the portal's
 * pages, which render the statistics box with it, both take it from here, so the two cannot differ.
 */
export async function siteSummary(stats: StatsEngine, id: string): Promise<Summary | undefined> {
  return (await stats.hasSite(id)) ? stats.summary(id) : undefined;
}

function parseSite(value: unknown): { id: string; error?: undefined } | { id?: undefined; error: string } {
  if (typeof value === 'string' && value.length <= MAX_SITE_ID_LENGTH && SITE_ID.test(value)) return { id: value };
  if (Array.isArray(value)) return { error: 'site must be given once.' };
  if (value === undefined) return { error: 'site is required: the id of a registered site, such as "portal".' };
  return { error: `site must be a site id (lowercase letters and digits in words joined by hyphens); got ${JSON.stringify(value)}.` };
}

/** The hit from a text/plain (sendBeacon) or application/json body, or what is wrong with it. */
function parseHit(raw: unknown): HitBody | string {
  let body = raw;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw);
    } catch {
      return 'The body must be JSON: {"site": "...", "path": "/...", "referrer": "..."}.';
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The body must be a JSON object with site and path.';
  const { site, path, referrer, type } = body as Record<string, unknown>;
  const siteId = parseSite(site);
  if (siteId.id === undefined) return siteId.error;
  if (typeof path !== 'string' || !path.startsWith('/') || path.length > MAX_PATH_LENGTH) {
    return `path must be the page's path, starting with "/", at most ${MAX_PATH_LENGTH} characters.`;
  }
  if (referrer !== undefined && referrer !== null && (typeof referrer !== 'string' || referrer.length > MAX_PATH_LENGTH)) {
    return `referrer must be a URL of at most ${MAX_PATH_LENGTH} characters, or empty.`;
  }
  if (type !== undefined && type !== 'pageview' && type !== 'heartbeat') return 'type must be "pageview" or "heartbeat".';
  return { site: siteId.id, path, referrer: referrerHost(referrer), heartbeat: type === 'heartbeat' };
}

/** Only the host of the referring page is kept: its path and query may identify someone. */
function referrerHost(referrer: unknown): string | null {
  if (typeof referrer !== 'string' || !URL.canParse(referrer)) return null;
  const url = new URL(referrer);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : null;
}

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}
