import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { UNMATCHED_ROUTE, type Metrics } from './metrics.js';

export const METRICS_PATH = '/metrics';

/**
 * The request metrics of every route, and `/metrics` where METRICS_TOKEN and METRICS_PORT put it: on the main
 * listener for a request with `Authorization: Bearer <METRICS_TOKEN>` (401 with another or none; 404 when no token
 * is configured), and alone on a listener of its own at METRICS_HOST:METRICS_PORT (an address the public proxy does
 * not forward to). Call it on the root instance: its hook is global.
 */
export function registerMetrics(app: FastifyInstance, config: Config, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    // The route's pattern, never the URL: every 404 would be a series of its own.
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    metrics.request(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });

  const { metricsToken, metricsListen } = config;
  const authorized = (header: string | undefined) => metricsToken === undefined || sameSecret(bearer(header), metricsToken);

  if (metricsToken !== undefined) {
    app.get(METRICS_PATH, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      if (!authorized(request.headers.authorization)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        return reply.code(401).send({ error: { code: 'unauthorized', message: 'The metrics need the bearer token of METRICS_TOKEN.' } });
      }
      const { contentType, body } = await metrics.exposition();
      return reply.type(contentType).send(body);
    });
  }

  if (metricsListen !== undefined) {
    const server = createServer((request, response) => void answerMetrics(request, response, metrics, authorized));
    app.addHook('onReady', async () => {
      await listen(server, metricsListen.port, metricsListen.host);
      app.log.info({ host: metricsListen.host, port: metricsListen.port }, 'metrics listener ready');
    });
    app.addHook('onClose', () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())));
  }
}

/** The metrics listener: GET /metrics and nothing else. */
async function answerMetrics(
  request: IncomingMessage,
  response: ServerResponse,
  metrics: Metrics,
  authorized: (header: string | undefined) => boolean,
): Promise<void> {
  const send = (status: number, type: string, body: string) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  const path = (request.url ?? '').split('?')[0];
  if (path !== METRICS_PATH || (request.method !== 'GET' && request.method !== 'HEAD')) {
    return send(404, 'text/plain; charset=utf-8', 'Not found: this listener serves GET /metrics only.\n');
  }
  if (!authorized(request.headers.authorization)) return send(401, 'text/plain; charset=utf-8', 'Unauthorized.\n');
  try {
    const { contentType, body } = await metrics.exposition();
    send(200, contentType, body);
  } catch {
    send(500, 'text/plain; charset=utf-8', 'The metrics could not be collected.\n');
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Compares in constant time (digests of equal length), so the answer's timing tells nothing of the token. */
function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
