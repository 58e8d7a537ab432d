import type { FastifyInstance } from 'fastify';
import type { RedisShared } from '../shared/redis.js';
import type { Store } from '../store/types.js';

/** How long one readiness check may take before it counts as failed. */
export const READY_TIMEOUT_MS = 2_000;

export interface HealthOptions {
  store: Store;
  shared?: RedisShared;
}

type Check = { status: 'ok'; [detail: string]: unknown } | { status: 'failed'; error: string };

/**
 * `/healthz`: the process is alive and answering (no I/O), for process managers. `/readyz`: it can serve, for load
 * balancers: the database answers and is migrated to this server's schema, and Redis answers when REDIS_URL is set.
 * 200 with `{ "status": "ok", "checks": … }`, or 503 with `"status": "unavailable"` and the failed check's error.
 */
export function registerHealth(app: FastifyInstance, { store, shared }: HealthOptions): void {
  app.get('/healthz', (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });

  app.get('/readyz', async (request, reply) => {
    const checks: Record<string, Check> = {
      database: await check(async () => {
        const { current, latest } = await store.schemaVersions();
        if (current !== latest) throw new Error(`schema version ${current}, this server needs ${latest}: migrations have not run`);
        return { schemaVersion: current };
      }),
    };
    if (shared) checks.redis = await check(() => shared.ping().then(() => ({})));
    const ready = Object.values(checks).every((result) => result.status === 'ok');
    if (!ready) request.log.warn({ checks }, 'not ready');
    reply.header('cache-control', 'no-store');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', checks });
  });
}

/** Runs one check with its own timeout. */
async function check(run: () => Promise<Record<string, unknown>>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
  });
  try {
    return { status: 'ok', ...(await Promise.race([run(), timeout])) };
  } catch (error) {
    return { status: 'failed', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
