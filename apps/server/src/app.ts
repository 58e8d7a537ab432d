import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import { DEMO_HEADLINES, HEADLINES_PER_PAGE } from './demo-news.js';
import { errorPage, homePage } from './pages.js';

/** Stylesheet and favicon of the server's own pages (same relative path from src/ and dist/). */
const ASSETS_DIR = fileURLToPath(new URL('../public', import.meta.url));

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

export function buildApp(config: Config): FastifyInstance {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: 64 * 1024,
    frameworkErrors: handleError,
  });

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

  app.get<{ Querystring: { page?: unknown } }>('/', (request, reply) => {
    const totalPages = Math.ceil(DEMO_HEADLINES.length / HEADLINES_PER_PAGE);
    const page = parsePage(request.query.page, totalPages);
    if (page === undefined) return sendHtml(reply, 404, errorPage(404));
    const start = (page - 1) * HEADLINES_PER_PAGE;
    const headlines = DEMO_HEADLINES.slice(start, start + HEADLINES_PER_PAGE);
    return sendHtml(reply, 200, homePage({ publicUrl: config.publicUrl, page, totalPages, headlines }));
  });

  app.get('/robots.txt', (_request, reply) => {
    reply.type('text/plain; charset=utf-8');
    return 'User-agent: *\nAllow: /\n';
  });

  app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', maxAge: '5m' });

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

/** The page number in `?page=`: 1 when absent, undefined unless a whole number from 1 to `total`. */
function parsePage(value: unknown, total: number): number | undefined {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d*$/.test(value)) return undefined;
  const page = Number(value);
  return page <= total ? page : undefined;
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
