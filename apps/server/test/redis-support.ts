import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { sayOnce } from './say-once.js';

/** The Redis the scale-out tests use (TEST_REDIS_URL, or the one these machines run). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let available: Promise<boolean> | undefined;

/** Whether TEST_REDIS_URL answers a PING within 2 s (asked once). */
export function redisAvailable(): Promise<boolean> {
  available ??= (async () => {
    const redis = new Redis(TEST_REDIS_URL, {
      lazyConnect: true,
      connectTimeout: 2000,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    redis.on('error', () => {});
    try {
      await redis.connect();
      return (await redis.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      redis.disconnect();
    }
  })();
  return available;
}

let skipReason: Promise<string | undefined> | undefined;

/**
 * Why the tests that need Redis are skipped (TEST_REDIS_URL's server is not reachable), or undefined when they
 * run. The first call in a test run prints one line saying so.
 */
export function redisSkip(): Promise<string | undefined> {
  skipReason ??= redisAvailable().then((up) => {
    if (up) return undefined;
    const reason = `Redis at ${TEST_REDIS_URL} is not reachable: the tests of several instances sharing Redis are skipped`;
    sayOnce('redis', `${reason} (set TEST_REDIS_URL to use another server)`);
    return reason;
  });
  return skipReason;
}

/** A fresh REDIS_PREFIX for one test, and a way to delete every key made under it. */
export function redisPrefix(): { prefix: string; clear(): Promise<void> } {
  const prefix = `ap-test-${randomBytes(6).toString('hex')}:`;
  return {
    prefix,
    async clear() {
      const redis = new Redis(TEST_REDIS_URL);
      try {
        for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
          if (keys.length > 0) await redis.del(...keys);
        }
      } finally {
        redis.disconnect();
      }
    },
  };
}
