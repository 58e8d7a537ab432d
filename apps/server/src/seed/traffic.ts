import { articlePath, categoryPath } from '@agency-portal/portal/templates.js';
import { addDays, dayIn, DEFAULT_TIME_ZONE } from '../stats/clock.js';
import { PORTAL_SITE } from '../stats/engine.js';
import type { StatsHit, Store } from '../store/types.js';
import { DEMO_CATEGORIES, demoArticles } from './index.js';

/** A site of the demo history: its visits per day a year ago and today (a weekday's average), and its pages. */
export interface DemoSite {
  id: string;
  /** Visits on an average day 364 days ago... */
  firstDay: number;
  /** ...and today: the days between grow steadily (exponentially) from one to the other. */
  lastDay: number;
}

/**
 * The portal and three member sites. The portal's numbers are those of a real provincial portal: about 90,000
 * visits in the year, 500 to 600 a working day at the end of it.
 */
export const DEMO_SITES: readonly DemoSite[] = [
  { id: PORTAL_SITE, firstDay: 90, lastDay: 540 },
  { id: 'so-gd', firstDay: 30, lastDay: 120 },
  { id: 'so-yte', firstDay: 20, lastDay: 80 },
  { id: 'so-tttt', firstDay: 10, lastDay: 45 },
];

/** Days of history, today included. */
export const DEMO_DAYS = 365;
/** The event day (a congress opening, say): this many days before today, with this many times the usual visits. */
export const EVENT_DAYS_AGO = 47;
export const EVENT_FACTOR = 3.5;
/** Monday to Sunday: working days well above the weekend. */
const WEEKDAY_FACTOR = [1.18, 1.15, 1.12, 1.12, 1.05, 0.68, 0.7];
/** Share of a day's visits that start in each hour (local time): office hours, a lunch dip, an evening bump. */
const HOURS = normalize([3, 1.5, 1, 1, 1.5, 3, 6, 11, 20, 22, 20, 15, 8, 10, 18, 20, 16, 10, 7, 8, 10, 10, 7, 4]);
/** Where visitors come from besides typing the address (null): the referring page's host. */
const REFERRERS: [host: string | null, weight: number][] = [
  [null, 55],
  ['www.google.com', 25],
  ['www.facebook.com', 12],
  ['zalo.me', 5],
  ['coccoc.com', 3],
];
/** Hits in one commit of the seed. */
const BATCH = 20_000;
const SEED = 0x5eed_2026;

export interface DemoTrafficOptions {
  /** The end of the history: the seed's clock (the real time by default). */
  now?: Date;
}

/**
 * Writes a year of demo visits (up to `now`) for DEMO_SITES through the store's commit of hits, which writes the hit
 * log, the visitors and the daily rollups exactly as the statistics engine does: the visit counter shows a portal's
 * usual numbers and the newsroom's traffic chart has a year to draw. Working days above weekends, office hours above
 * the night, steady growth, one event day's spike; a visit is one to a dozen page views minutes apart. Deterministic
 * for a given `now` (a seeded generator). Sites not registered yet are added without origins (the member sites' are
 * added with `npm run site:add`); registered ones are left as they are. Writes nothing when any of these sites has a
 * visit already, so a second run changes nothing. Returns the number of hits written.
 */
export async function seedDemoTraffic(
  store: Store,
  log: (line: string) => void,
  { now = new Date() }: DemoTrafficOptions = {},
): Promise<number> {
  const started = performance.now();
  const registered = await store.listStatsSites();
  const ids = new Set(DEMO_SITES.map((site) => site.id));
  if ((await store.statsTotals()).some((row) => ids.has(row.site) && row.hits > 0)) {
    log('Demo visits: the statistics have visits already; none added.');
    return 0;
  }
  for (const { id } of DEMO_SITES) {
    if (!registered.some((site) => site.id === id)) await store.upsertStatsSite({ id, origins: [], timeZone: DEFAULT_TIME_ZONE });
  }

  const random = mulberry32(SEED);
  const end = now.getTime();
  const today = dayIn(DEFAULT_TIME_ZONE, end);
  const portalPaths = weighted([
    ['/', 30],
    ...DEMO_CATEGORIES.map(({ slug }): [string, number] => [categoryPath(slug), 4]),
    // Newer articles are read more: weights fall with age.
    ...demoArticles()
      .reverse()
      .map(({ slug }, index): [string, number] => [articlePath(slug), 12 / (1 + index / 4)]),
  ]);
  const memberPaths = weighted([
    ['/', 40],
    ...Array.from({ length: 30 }, (_, i): [string, number] => [`/tin-tuc/${i + 1}`, 10 / (1 + i / 3)]),
  ]);
  const referrer = weighted(REFERRERS);

  let batch: StatsHit[] = [];
  let written = 0;
  let visits = 0;
  const flush = async () => {
    await store.commitStatsHits(batch);
    written += batch.length;
    batch = [];
  };
  for (let back = DEMO_DAYS - 1; back >= 0; back--) {
    const day = addDays(today, -back);
    const midnight = localMidnight(day);
    const nextMidnight = localMidnight(addDays(day, 1));
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
    const grown = (DEMO_DAYS - 1 - back) / (DEMO_DAYS - 1);
    for (const site of DEMO_SITES) {
      const base = site.firstDay * (site.lastDay / site.firstDay) ** grown;
      const noise = 0.9 + 0.2 * random();
      const event = back === EVENT_DAYS_AGO ? EVENT_FACTOR : 1;
      const count = Math.round(base * WEEKDAY_FACTOR[weekday] * noise * event);
      const paths = site.id === PORTAL_SITE ? portalPaths : memberPaths;
      for (let v = 0; v < count; v++) {
        let at = midnight + (pick(HOURS, random()) + random()) * 3_600_000;
        if (at > end) continue;
        const visitor = hex(random);
        const from = referrer(random());
        visits++;
        // One to a dozen page views (two on average), each read for half a minute to nine minutes.
        for (let hit = 0; hit === 0 || (hit < 12 && random() < 0.5); hit++) {
          if (hit > 0) at += 30_000 + random() * 510_000;
          if (at > end) break;
          batch.push({
            site: site.id,
            at: Math.floor(at),
            day: at < nextMidnight ? day : addDays(day, 1),
            path: paths(random()),
            referrer: hit === 0 ? from : null,
            visitor,
            newVisit: hit === 0,
          });
        }
        if (batch.length >= BATCH) await flush();
      }
    }
  }
  await flush();
  const seconds = (performance.now() - started) / 1000;
  log(
    `Demo visits: ${visits} visits (${written} page views) over ${DEMO_DAYS} days on ${DEMO_SITES.length} sites, in ${seconds.toFixed(1)} s.`,
  );
  return written;
}

/** The instant `day` starts in the portal's time zone. */
function localMidnight(day: string): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // The zone's offset at that instant: its wall-clock day and time, read as if they were UTC, minus the instant.
  const wall = new Date(utcMidnight).toLocaleString('sv-SE', { timeZone: DEFAULT_TIME_ZONE }).replace(' ', 'T') + 'Z';
  return utcMidnight - (Date.parse(wall) - utcMidnight);
}

/** The index that `u` (0 to 1) falls in, by the cumulative weights (summing to 1). */
function pick(weights: readonly number[], u: number): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i];
    if (u < sum) return i;
  }
  return weights.length - 1;
}

/** A function from `u` (0 to 1) to one of the values, as often as its weight says. */
function weighted<T>(entries: readonly [T, number][]): (u: number) => T {
  const weights = normalize(entries.map(([, weight]) => weight));
  return (u) => entries[pick(weights, u)][0];
}

function normalize(weights: number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

/** A visitor id that looks like the engine's (64 hex digits), from the seeded generator. */
function hex(random: () => number): string {
  const bytes = Buffer.alloc(32);
  for (let i = 0; i < 32; i += 4) bytes.writeUInt32LE(Math.floor(random() * 2 ** 32), i);
  return bytes.toString('hex');
}

/** Mulberry32: a small seeded generator of numbers from 0 to 1; the same seed gives the same history. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
