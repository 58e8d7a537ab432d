// Where the widgets live: the recorder, fed by the requests the member sites' pages make, and its admin routes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Store } from '../store/types.js';
import { requestOrigin, UsageRecorder, type Widget } from './recorder.js';
import { usageRoutes } from './routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts which origins load which widgets (see src/usage/recorder.ts). */
    usage: UsageRecorder;
  }
}

/** The embed bundles' entry names; the partner strip's bundle is the ad-strip widget. */
const BUNDLES: Record<string, Widget> = {
  'article-list': 'article-list',
  'banner-carousel': 'banner-carousel',
  'partner-strip': 'ad-strip',
  'visit-counter': 'visit-counter',
  pagination: 'pagination',
  'login-box': 'login-box',
};
/** `/embed/<entry>.js` (version `latest`) and `/embed/v<version>/<entry>.js` (a pinned release). */
const BUNDLE_PATH = /^\/embed\/(?:v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\/)?([a-z-]+)\.js$/;

/** The routes a widget calls from a member site's page (data and server-rendered embeds), by route, and the widget. */
const WIDGET_ROUTES: Record<string, Widget> = {
  '/embed/render/article-list': 'article-list',
  '/embed/render/banner-carousel': 'banner-carousel',
  '/embed/render/partner-strip': 'ad-strip',
  '/embed/render/visit-counter': 'visit-counter',
  '/api/v1/articles': 'article-list',
  '/api/v1/feeds/:feedId/items': 'article-list',
  '/api/v1/banners': 'banner-carousel',
  '/api/v1/partners': 'ad-strip',
  '/api/v1/stats/summary': 'visit-counter',
};

const originOf = (request: FastifyRequest) => requestOrigin(request.headers.origin, request.headers.referer);

/**
 * Adds the recorder (`app.usage`: flushed every few seconds and when the server closes) and its routes under /api/v1.
 * Every answered request for a bundle or a widget route is counted by the origin of the page that made it; hits are
 * counted by the statistics routes (`app.usage.hit`), refused ones included, as they show an origin to approve.
 */
export function registerUsage(app: FastifyInstance, { config, store }: { config: Config; store: Store }): void {
  const usage = new UsageRecorder(store, {
    now: () => app.now(),
    portalOrigin: new URL(config.publicUrl).origin,
    warn: (message) => app.log.warn(message),
  });
  app.decorate('usage', usage);
  app.addHook('onReady', () => usage.start());
  // Before the store closes.
  app.addHook('preClose', () => usage.stop());
  // Counted as the answer goes out (onSend), not after (onResponse): a flush that follows the answer then holds it.
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 && request.method === 'GET') record(request);
    return payload;
  });
  function record(request: FastifyRequest): void {
    const route = WIDGET_ROUTES[request.routeOptions.url ?? ''];
    if (route !== undefined) return usage.record(originOf(request), route);
    const bundle = BUNDLE_PATH.exec(request.url.split('?', 1)[0]!);
    const widget = bundle && BUNDLES[bundle[2]!];
    if (widget) usage.record(originOf(request), widget, bundle[1] ?? 'latest');
  }
  app.register(usageRoutes, { prefix: '/api/v1', config, store });
}

/** A page-view hit naming `site` from the page with these headers: counted as `hit`, with the site as a hint. */
export function recordHit(app: FastifyInstance, headers: FastifyRequest['headers'], site: string): void {
  app.usage.record(requestOrigin(headers.origin, headers.referer), 'hit', null, site);
}
