import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import { errorPage } from './pages.js';
import { apiRoutes } from './routes/api.js';
import { bannerRoutes } from './routes/banners.js';
import { MEDIA_DIR } from './seed/images.js';
import { feedRoutes } from './routes/feeds.js';
import { pageRoutes } from './routes/pages.js';
import type { Store } from './store/types.js';

/** Stylesheet and favicon of the server's own pages (same relative path from src/ and dist/). */
const ASSETS_DIR = fileURLToPath(new URL('../public', import.meta.url));

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

export interface AppOptions {
  /** The clock: the day that view counting uses comes from it. Tests set it; the default is the real time. */
  now?: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's clock (AppOptions.now). */
    now(): Date;
  }
}

/** The server; it closes `store` when it closes. */
export function buildApp(config: Config, store: Store, { now = () => new Date() }: AppOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // No client IP in the logs: visitors are identified only by a salted daily hash (DESIGN.md).
      serializers: { req: (request) => ({ method: request.method, url: request.url }) },
    },
    bodyLimit: 64 * 1024,
    frameworkErrors: handleError,
  });
  app.decorate('now', now);
  app.addHook('onClose', () => store.close());

  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.headers(SECURITY_HEADERS);
    done(null, payload);
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    if (isApi(request.url)) {
      return sendApiError(reply, 404, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`);
    }
    return sendHtml(reply, 404, errorPage(404));
  });

  app.get('/healthz', (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });

  app.register(pageRoutes, { config, store });
  app.register(feedRoutes, { config, store });
  app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', maxAge: '5m' });
  // An image's file never changes: a new image gets a new name.
  app.register(fastifyStatic, { root: MEDIA_DIR, prefix: '/media/', decorateReply: false, maxAge: '365d', immutable: true });
  app.register(apiRoutes, { prefix: '/api/v1', config, store });
  app.register(bannerRoutes, { prefix: '/api/v1', config, store });

  if (!existsSync(config.embedDir)) {
    app.log.warn(
      `Embed bundles not found at ${config.embedDir}: /embed/ answers 404 until they are built (npm run build -w @agency-portal/embed).`,
    );
  }
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

function isApi(url: string): boolean {
  return /^\/api(\/|\?|$)/.test(url);
}

/** Answers `{ "error": { "code", "message" } }` under /api/ and an HTML error page elsewhere; 5xx details stay in the log. */
function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ err: error }, 'request rejected');
  // Framework errors (such as a malformed URL) are answered without running the onSend hook.
  reply.headers(SECURITY_HEADERS);

  if (!isApi(request.url)) return sendHtml(reply, status, errorPage(status));
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
