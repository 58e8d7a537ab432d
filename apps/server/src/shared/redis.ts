import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { LocalLocks, type Locks } from './locks.js';

/** What several server instances share about visitors, through Redis (see StatsEngine). */
export interface SharedStats {
  /**
   * Records that `visitor` was seen at `at` (`previous`: the same person under yesterday's salt). Unless it is a
   * heartbeat, also records the hit: `visit` is true when it starts a visit (no hit in the last `gapMs`).
   * `online` is true when the visitor was not online (no hit or heartbeat since `at - windowMs`).
   */
  touch(input: {
    site: string;
    visitor: string;
    previous: string | undefined;
    at: number;
    heartbeat: boolean;
    gapMs: number;
    windowMs: number;
  }): Promise<{ visit: boolean; online: boolean }>;
  /** Visitors seen since `since` (ms), per site. */
  onlineCounts(sites: readonly string[], since: number): Promise<Map<string, number>>;
  /** Tells every instance, this one included, that the counters of `sites` changed. */
  publish(sites: readonly string[]): Promise<void>;
  /** Calls `listener` whenever any instance publishes. */
  subscribe(listener: (sites: string[]) => void): Promise<void>;
  /** Tells every instance, this one included, that the site registry changed. */
  publishSitesChanged(): Promise<void>;
  /** Calls `listener` whenever any instance says the site registry changed. */
  onSitesChanged(listener: () => void): Promise<void>;
}

/** How long a lock is held at most if its holder dies; sign-ins finish long before. */
const LOCK_MS = 10_000;
/** How long exclusive() waits for a lock before it gives up. */
const LOCK_WAIT_MS = 15_000;
/** How long to wait for Redis at start. */
const CONNECT_TIMEOUT_MS = 5_000;

// KEYS: visitor's last hit, the previous hash's last hit, the site's online set.
// ARGV: at, visit gap (ms), visitor, previous visitor ('' for none), start of the online window, heartbeat (1/0).
// A visitor's last hit expires with the visit gap, so "no key" means "a new visit"; one script, so two
// instances cannot both count the first hit of the same visitor.
const TOUCH = `
local online = redis.call('ZSCORE', KEYS[3], ARGV[3])
if not online and ARGV[4] ~= '' then online = redis.call('ZSCORE', KEYS[3], ARGV[4]) end
if ARGV[4] ~= '' then redis.call('ZREM', KEYS[3], ARGV[4]) end
redis.call('ZADD', KEYS[3], ARGV[1], ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[5])
redis.call('PEXPIRE', KEYS[3], ARGV[2])
local newOnline = (not online or tonumber(online) < tonumber(ARGV[5])) and 1 or 0
if ARGV[6] == '1' then return {0, newOnline} end
local last = redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'GET')
if not last and ARGV[4] ~= '' then
  last = redis.call('GET', KEYS[2])
  redis.call('DEL', KEYS[2])
end
local visit = (not last or tonumber(ARGV[1]) - tonumber(last) >= tonumber(ARGV[2])) and 1 or 0
return {visit, newOnline}
`;

// KEYS: the lock. ARGV: the holder's token. Deletes the lock only if this holder still has it.
const UNLOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

interface Scripts {
  touch(...args: (string | number)[]): Promise<[number, number]>;
  unlock(key: string, token: string): Promise<number>;
}

/**
 * Redis for several server instances (REDIS_URL): who is online, who started a visit, locks across instances
 * and the fan-out of "statistics changed" to every instance's live updates. Keys and the channel start with
 * `prefix`, so several portals can share one Redis. Nothing here must outlive a Redis restart: visitors seen
 * before it count as new visits afterwards, and the counters themselves live in the database.
 */
export class RedisShared implements SharedStats, Locks {
  private readonly local = new LocalLocks();
  private subscriber: Redis | undefined;

  private constructor(
    private readonly redis: Redis & Scripts,
    private readonly prefix: string,
  ) {}

  /** Connects and checks that Redis answers; throws a clear error (password masked) when it does not. */
  static async connect(url: string, prefix: string): Promise<RedisShared> {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: CONNECT_TIMEOUT_MS });
    redis.on('error', () => {}); // Reconnects by itself; commands fail meanwhile and their callers report it.
    try {
      await redis.connect();
      await redis.ping();
    } catch (error) {
      redis.disconnect();
      throw new Error(
        `Could not reach Redis at ${url.replace(/\/\/[^/@]*@/, '//***@')} (REDIS_URL): ${(error as Error).message}. ` +
          'Start Redis or unset REDIS_URL to run a single instance without it.',
      );
    }
    redis.defineCommand('touch', { numberOfKeys: 3, lua: TOUCH });
    redis.defineCommand('unlock', { numberOfKeys: 1, lua: UNLOCK });
    return new RedisShared(redis as Redis & Scripts, prefix);
  }

  async touch({ site, visitor, previous, at, heartbeat, gapMs, windowMs }: Parameters<SharedStats['touch']>[0]) {
    const visitors = `${this.prefix}stats:visitor:${site}:`;
    const [visit, online] = await this.redis.touch(
      visitors + visitor,
      visitors + (previous ?? visitor),
      this.onlineKey(site),
      at,
      gapMs,
      visitor,
      previous ?? '',
      at - windowMs,
      heartbeat ? 1 : 0,
    );
    return { visit: visit === 1, online: online === 1 };
  }

  async onlineCounts(sites: readonly string[], since: number): Promise<Map<string, number>> {
    const pipeline = this.redis.pipeline();
    for (const site of sites) pipeline.zcount(this.onlineKey(site), since, '+inf');
    const results = (await pipeline.exec()) ?? [];
    return new Map(
      sites.map((site, index) => {
        const [error, count] = results[index];
        if (error) throw error;
        return [site, Number(count)];
      }),
    );
  }

  async publish(sites: readonly string[]): Promise<void> {
    if (sites.length > 0) await this.redis.publish(this.channel(), JSON.stringify(sites));
  }

  async subscribe(listener: (sites: string[]) => void): Promise<void> {
    await this.listen(this.channel(), (message) => {
      try {
        const sites = JSON.parse(message) as unknown;
        if (Array.isArray(sites)) listener(sites.filter((site): site is string => typeof site === 'string'));
      } catch {
        // Not ours: ignore.
      }
    });
  }

  async publishSitesChanged(): Promise<void> {
    await this.redis.publish(this.sitesChannel(), '1');
  }

  async onSitesChanged(listener: () => void): Promise<void> {
    await this.listen(this.sitesChannel(), () => listener());
  }

  /** Calls `listener` with each message on `channel`, over the one subscriber connection. */
  private async listen(channel: string, listener: (message: string) => void): Promise<void> {
    if (!this.subscriber) {
      this.subscriber = this.redis.duplicate();
      this.subscriber.on('error', () => {});
    }
    await this.subscriber.subscribe(channel);
    this.subscriber.on('message', (from, message) => {
      if (from === channel) listener(message);
    });
  }

  /** One at a time in this process (no busy waiting here), then one at a time across instances. */
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.local.exclusive(key, async () => {
      const lock = `${this.prefix}lock:${key}`;
      const token = randomBytes(16).toString('base64url');
      const giveUp = Date.now() + LOCK_WAIT_MS;
      while ((await this.redis.set(lock, token, 'PX', LOCK_MS, 'NX')) !== 'OK') {
        if (Date.now() > giveUp) throw new Error(`Timed out waiting for the lock "${key}" held by another server instance.`);
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
      }
      try {
        return await work();
      } finally {
        await this.redis.unlock(lock, token).catch(() => {});
      }
    });
  }

  /** True when this instance may do the job `key` now: no instance claimed it in the last `ms` milliseconds. */
  async claim(key: string, ms: number): Promise<boolean> {
    return (await this.redis.set(`${this.prefix}claim:${key}`, '1', 'PX', ms, 'NX')) === 'OK';
  }

  /** Resolves once Redis answers a PING (the readiness check). */
  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber?.quit(), this.redis.quit()]);
  }

  private onlineKey(site: string): string {
    return `${this.prefix}stats:online:${site}`;
  }

  private channel(): string {
    return `${this.prefix}stats:changed`;
  }

  private sitesChannel(): string {
    return `${this.prefix}sites:changed`;
  }
}
