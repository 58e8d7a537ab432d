import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RedisShared } from '../src/shared/redis.js';
import { freePort } from './auth-support.js';
import { redisPrefix, redisSkip, TEST_REDIS_URL } from './redis-support.js';

const skip = await redisSkip();

const GAP = 30 * 60_000;
const WINDOW = 5 * 60_000;
const T0 = Date.UTC(2026, 10, 27, 3, 0, 0);

describe('Redis shared by several instances', { skip, timeout: 30_000 }, () => {
  const keys = redisPrefix();
  let a: RedisShared;
  let b: RedisShared;
  before(async () => {
    [a, b] = await Promise.all([RedisShared.connect(TEST_REDIS_URL, keys.prefix), RedisShared.connect(TEST_REDIS_URL, keys.prefix)]);
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await keys.clear();
  });

  const touch = (shared: RedisShared, visitor: string, at: number, extra: { previous?: string; heartbeat?: boolean; site?: string } = {}) =>
    shared.touch({
      site: extra.site ?? 'portal',
      visitor,
      previous: extra.previous,
      at,
      heartbeat: extra.heartbeat ?? false,
      gapMs: GAP,
      windowMs: WINDOW,
    });

  test('a visit starts with the first hit, goes on within the gap and starts again after it, whichever instance sees it', async () => {
    assert.deepEqual(await touch(a, 'v1', T0), { visit: true, online: true });
    assert.deepEqual(await touch(b, 'v1', T0 + 60_000), { visit: false, online: false });
    assert.deepEqual(await touch(a, 'v1', T0 + 60_000 + GAP - 1), { visit: false, online: true });
    assert.deepEqual(await touch(b, 'v1', T0 + 60_000 + 2 * GAP), { visit: true, online: true });
  });

  test('fifty hits of one new visitor at once on two instances start exactly one visit', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => touch(i % 2 ? a : b, 'burst', T0)));
    assert.equal(results.filter((result) => result.visit).length, 1);
    assert.equal(results.filter((result) => result.online).length, 1);
  });

  test('a heartbeat keeps a visitor online without starting a visit; online counts per site over the window', async () => {
    assert.deepEqual(await touch(a, 'h1', T0, { heartbeat: true, site: 'so-gd' }), { visit: false, online: true });
    assert.deepEqual(await touch(b, 'h1', T0 + 1000, { heartbeat: true, site: 'so-gd' }), { visit: false, online: false });
    assert.deepEqual(await touch(b, 'h1', T0 + 2000, { site: 'so-gd' }), { visit: true, online: false });
    await touch(a, 'h2', T0 + 3000, { site: 'so-gd' });
    const counts = await b.onlineCounts(['so-gd', 'nowhere'], T0 + 2500);
    assert.deepEqual(
      [...counts],
      [
        ['so-gd', 1],
        ['nowhere', 0],
      ],
    );
    assert.equal((await a.onlineCounts(['so-gd'], T0 - 1)).get('so-gd'), 2);
  });

  test("yesterday's hash carries the visit and the presence over to today's", async () => {
    await touch(a, 'yesterday', T0);
    assert.deepEqual(await touch(b, 'today', T0 + 60_000, { previous: 'yesterday' }), { visit: false, online: false });
    assert.equal((await a.onlineCounts(['portal'], T0 - 1)).get('portal'), 3, 'v1, burst and today: yesterday was replaced');
  });

  test('exclusive work under one key never overlaps across instances; other keys go on', async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const work = (id: number) => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(id);
      running--;
      return id;
    };
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).exclusive('account:an', work(i))));
    assert.deepEqual(
      results,
      Array.from({ length: 12 }, (_, i) => i),
    );
    assert.equal(most, 1);
    assert.equal(order.length, 12);
    const failing = a.exclusive('account:an', async () => {
      throw new Error('no');
    });
    await assert.rejects(failing, /no/);
    assert.equal(await b.exclusive('account:an', async () => 'free again'), 'free again');
  });

  test('a claim is given to one instance until it lapses', async () => {
    // A claim that outlasts the test, so that the second claim is refused however late it reaches Redis.
    const claims = await Promise.all([a.claim('feed:so-tttt', 60_000), b.claim('feed:so-tttt', 60_000), a.claim('feed:other', 60_000)]);
    assert.deepEqual(claims, [true, false, true]);
    // A short claim lapses, and then the other instance gets it: wait for that rather than for a fixed time.
    assert.equal(await a.claim('feed:short', 50), true);
    while (!(await b.claim('feed:short', 60_000))) await new Promise((resolve) => setTimeout(resolve, 20));
  });

  test('what one instance publishes reaches every subscribed instance', async () => {
    const seen: string[][] = [];
    await Promise.all([a.subscribe((sites) => seen.push(sites)), b.subscribe((sites) => seen.push(sites))]);
    await a.publish(['portal', 'so-gd']);
    for (let i = 0; i < 100 && seen.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(seen, [
      ['portal', 'so-gd'],
      ['portal', 'so-gd'],
    ]);
  });
});

test('connecting to an unreachable Redis fails with the URL (password masked) and what to do', async () => {
  const port = await freePort();
  await assert.rejects(
    RedisShared.connect(`redis://user:secret@127.0.0.1:${port}`, 'ap:'),
    (error: Error) =>
      error.message.startsWith(`Could not reach Redis at redis://***@127.0.0.1:${port} (REDIS_URL):`) &&
      error.message.includes('unset REDIS_URL') &&
      !error.message.includes('secret'),
  );
});
