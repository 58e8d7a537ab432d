import { existsSync, mkdirSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { relative, sep } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import { CLIENT_DIR, HASHED_DIR, loadAssets } from '@agency-portal/portal/assets.js';
import { styleSource, widgetStyleSources } from '@agency-portal/portal/ssr.js';
import { errorPage, type Assets } from '@agency-portal/portal/templates.js';
import { urlLang } from './lang.js';
import { apiRoutes } from './routes/api.js';
import { registerOpenApi } from './api/openapi.js';
import { articleRoutes } from './articles/routes.js';
import { auditRoutes } from './audit/routes.js';
import { userRoutes } from './users/routes.js';
import { siteRoutes } from './sites/routes.js';
import { mediaRoutes } from './media/routes.js';
import { newsroomBannerRoutes } from './banners/routes.js';
import { trafficRoutes } from './traffic/routes.js';
import { recordHit, registerUsage } from './usage/index.js';
import { MEDIA_PREFIX } from './media/sources.js';
import { cookieSettings, readCookie, sessionUser } from './auth/sessions.js';
import { isContentStaff } from './auth/guard.js';
import { registerAuth } from './routes/auth.js';
import { bannerRoutes } from './routes/banners.js';
import { MEDIA_DIR } from './seed/images.js';
import { feedRoutes } from './routes/feeds.js';
import { feedSourceRoutes } from './routes/feed-sources.js';
import { embedRenderRoutes } from './routes/embed-render.js';
import { loadEmbedVersions, registerEmbedVersions } from './embed/versions.js';
import { embedCatalog } from './embed/catalog.js';
import { embedCatalogRoutes } from './embed/routes.js';
import { pageRoutes } from './routes/pages.js';
import { searchRoutes } from './search/routes.js';
import { newsroomRoutes } from './routes/newsroom.js';
import { statsRoutes } from './routes/stats.js';
import { registerHealth } from './health/routes.js';
import { Metrics } from './metrics/metrics.js';
import { registerMetrics } from './metrics/routes.js';
import { REQUEST_ID_HEADER, requestIds } from './request-id.js';
import { LocalLocks } from './shared/locks.js';
import type { RedisShared } from './shared/redis.js';
import { StatsEngine } from './stats/engine.js';
import type { Store } from './store/types.js';

const WIDGET_STYLES = widgetStyleSources();
const policies = new WeakMap<Assets, Record<string, string>>();

/**
 * The headers of every answer. Inline styles only as the pages' own stylesheet, which they carry in their head, and
 * the widgets' stylesheets, which they carry in their server-rendered shadow roots: each allowed by its hash.
 */
function securityHeaders(assets: Assets): Record<string, string> {
  let headers = policies.get(assets);
  if (!headers) {
    const styles = [...assets.css.map(styleSource), ...WIDGET_STYLES].join(' ');
    headers = {
      'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' ${styles}; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'`,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    };
    policies.set(assets, headers);
  }
  return headers;
}

export interface AppOptions {
  /** The clock: the day that view counting uses comes from it. Tests set it; the default is the real time. */
  now?: () => Date;
  /** Where the log goes instead of standard output (tests read it). */
  logStream?: { write(line: string): void };
  /** Redis, when several instances share the database (REDIS_URL); the app closes it when it closes. */
  shared?: RedisShared;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's clock (AppOptions.now). */
    now(): Date;
    /** The portal shell's built stylesheet and script, which every page inlines and links. */
    assets: Assets;
    /** The visit statistics engine (hits, visits, online visitors; article views use its visitor hash). */
    stats: StatsEngine;
    /** This app's Prometheus metrics (a registry of its own). */
    metrics: Metrics;
  }
}

/** The server; it closes `store` when it closes. */
export function buildApp(config: Config, store: Store, { now = () => new Date(), logStream, shared }: AppOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // No client IP in the logs: visitors are identified only by a salted daily hash (DESIGN.md).
      serializers: { req: (request) => ({ method: request.method, url: request.url }) },
      ...(logStream ? { stream: logStream } : {}),
    },
    // Every log line of a request carries its id, which the answer's X-Request-Id header gives back.
    genReqId: requestIds(config.trustProxy),
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    bodyLimit: 64 * 1024,
    // Behind a load balancer: the client's address from X-Forwarded-For, but only when a trusted proxy sent it.
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    frameworkErrors: handleError,
  });
  app.decorate('now', now);
  app.decorate('assets', portalAssets(app));
  const metrics = new Metrics();
  app.decorate('metrics', metrics);
  const stats = new StatsEngine(store, {
    now,
    portalOrigin: new URL(config.publicUrl).origin,
    shared,
    onCommit: (hits, seconds, failed) => metrics.commit(hits, seconds, failed),
  });
  app.decorate('stats', stats);
  app.addHook('onReady', () => stats.start());
  // Before the store closes: hits still waiting for their commit are written.
  app.addHook('preClose', () => stats.stop());
  app.addHook('onClose', async () => {
    await store.close();
    await shared?.close();
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    // A route with a policy of its own (the sandboxed embed preview) keeps it.
    for (const [name, value] of Object.entries(securityHeaders(app.assets))) if (!reply.hasHeader(name)) reply.header(name, value);
    done(null, payload);
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    if (isApi(request.url)) {
      return sendApiError(reply, 404, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`);
    }
    return sendHtml(reply, 404, errorPage(404, { assets: app.assets, lang: urlLang(request.url) }));
  });

  // Pages, JSON and the scripts and styles go out compressed (Brotli at a fast level, or gzip); images are left alone.
  app.register(fastifyCompress, { encodings: ['br', 'gzip'] });

  registerHealth(app, { store, shared });
  registerMetrics(app, config, metrics);

  // Before the routes: it collects their schemas as they are added.
  registerOpenApi(app, config.publicUrl);
  // The embed bundles pinned to a version (this build's and the earlier releases kept beside it), with their hashes,
  // and the catalog of widgets the embed builder and the embedding guide are made from.
  const embedVersions = loadEmbedVersions(config.embedDir, config.embedVersionsDir);
  const catalog = embedCatalog(config.publicUrl, embedVersions);
  // Before the routes: its hook counts the widgets' requests on every route registered after it.
  registerUsage(app, { config, store });
  app.register(pageRoutes, { config, store, catalog });
  app.register(feedRoutes, { config, store });
  app.register(fastifyStatic, {
    root: CLIENT_DIR,
    prefix: '/assets/',
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders(response, path) {
      // Vite names the files under v/ by their content; the favicon keeps its name and must expire.
      const hashed = relative(CLIENT_DIR, path).startsWith(`${HASHED_DIR}${sep}`);
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    },
  });
  // An image's file never changes: a new image gets a new name.
  app.register(fastifyStatic, { root: MEDIA_DIR, prefix: '/media/', decorateReply: false, maxAge: '365d', immutable: true });
  // Uploaded images: named by the hash of the upload and their width, so a name never gets other content.
  mkdirSync(config.mediaDir, { recursive: true });
  app.register(fastifyStatic, {
    root: config.mediaDir,
    prefix: MEDIA_PREFIX,
    decorateReply: false,
    dotfiles: 'ignore',
    index: false,
    list: false,
    cacheControl: false,
    setHeaders(response) {
      response.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  app.register(apiRoutes, { prefix: '/api/v1', config, store });
  app.register(statsRoutes, { prefix: '/api/v1/stats', stats, onHit: (request, site) => recordHit(app, request.headers, site) });
  registerAuth(app, { config, store, locks: shared ?? new LocalLocks() });
  app.register(feedSourceRoutes, { prefix: '/api/v1', store });
  app.register(articleRoutes, { prefix: '/api/v1', config, store });
  app.register(newsroomRoutes, { config, store });
  app.register(userRoutes, { prefix: '/api/v1', config, store });
  app.register(siteRoutes, { prefix: '/api/v1', config, store });
  app.register(auditRoutes, { prefix: '/api/v1', config, store });
  app.register(mediaRoutes, { prefix: '/api/v1', config, store });
  app.register(newsroomBannerRoutes, { prefix: '/api/v1', config, store });
  app.register(trafficRoutes, { prefix: '/api/v1', config, store });
  app.register(searchRoutes, { prefix: '/api/v1', config, store });
  // Partner click and impression counts are for signed-in editors and admins (not a member site's editor).
  const sessionCookie = cookieSettings(config).name;
  const isStaff = async (request: FastifyRequest) =>
    isContentStaff(await sessionUser(store, readCookie(request.headers.cookie, sessionCookie), app.now()));
  app.register(bannerRoutes, { prefix: '/api/v1', config, store, isEditor: isStaff });
  // Server-rendered widgets for the member sites' pages; the files under /embed/ are the script-tag bundles.
  app.register(embedRenderRoutes, { config, store, stats: app.stats });

  if (!existsSync(config.embedDir)) {
    app.log.warn(
      `Embed bundles not found at ${config.embedDir}: /embed/ answers 404 until they are built (npm run build -w @agency-portal/embed).`,
    );
  }
  registerEmbedVersions(app, embedVersions);
  app.register(embedCatalogRoutes, { catalog, store });
  app.register(fastifyStatic, {
    root: config.embedDir,
    prefix: '/embed/',
    decorateReply: false,
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders(response, path) {
      // Chunk names carry a content hash, so they never change; entry names are stable, so they must expire.
      const hashed = relative(config.embedDir, path).startsWith(`chunks${sep}`);
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
      // Sibling sites load the bundles with <script type="module">, which is a CORS request.
      response.setHeader('access-control-allow-origin', '*');
    },
  });

  return app;
}

/** The shell's assets; without its build the pages still render, unstyled and without widgets, and the log says why. */
function portalAssets(app: FastifyInstance): Assets {
  try {
    return loadAssets();
  } catch (error) {
    app.log.warn((error as Error).message);
    return { css: [], scripts: [] };
  }
}

/** The API, and the server-rendered embeds, whose callers are programs: they get the JSON error shape. */
function isApi(url: string): boolean {
  return /^\/(api|embed\/(render|preview))(\/|\?|$)/.test(url);
}

/** Answers `{ "error": { "code", "message" } }` under /api/ and an HTML error page elsewhere; 5xx details stay in the log. */
function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ err: error }, 'request rejected');
  // Framework errors (such as a malformed URL) are answered without running the onRequest and onSend hooks.
  reply.headers(securityHeaders(request.server.assets));
  reply.header(REQUEST_ID_HEADER, request.id);

  if (!isApi(request.url)) return sendHtml(reply, status, errorPage(status, { assets: request.server.assets, lang: urlLang(request.url) }));
  if (status >= 500) return sendApiError(reply, status, 'internal_error', 'Internal server error.');
  const code = error.validation ? 'validation_failed' : errorCode(status);
  return sendApiError(reply, status, code, error.message);
}

/** `payload_too_large` for 413: the standard reason phrase in snake case. */
function errorCode(status: number): string {
  return (STATUS_CODES[status] ?? 'error').toLowerCase().replace(/[^a-z]+/g, '_');
}

function sendApiError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}

function sendHtml(reply: FastifyReply, status: number, body: string) {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}
