// The demo visit history on both stores: the numbers a visitor of a fresh portal sees, the shape of the year.
import assert from 'node:assert/strict';
import { addDays } from '../src/stats/clock.js';
import { StatsEngine } from '../src/stats/engine.js';
import { DEMO_DAYS, DEMO_SITES, EVENT_DAYS_AGO, seedDemoTraffic } from '../src/seed/traffic.js';
import type { StatsDay, Store } from '../src/store/types.js';
import { describeStore, storeBackends } from './pg-support.js';

/** Friday 31 July 2026, 15:30 in Hà Nội: a working afternoon at the end of a month. */
const NOW = new Date('2026-07-31T08:30:00Z');
const TODAY = '2026-07-31';
const MEMBER_ORIGIN = 'http://127.0.0.1:8081';

/** A real provincial portal shows online 16, today 531, week 4 235, month 14 800, total 93 308: these are its order. */
const RANGES = {
  online: [5, 40],
  today: [250, 900],
  week: [2_000, 6_000],
  month: [9_000, 22_000],
  total: [60_000, 130_000],
} as const;

for (const backend of await storeBackends()) {
  describeStore(backend, 'demo visits', ({ test, before, after }) => {
    let store: Store;
    let written: number;
    const lines: string[] = [];
    let days: StatsDay[];

    before(async () => {
      store = await backend.open();
      // A member site registered before the seed (as `npm start` registers the sibling demo) keeps its origins.
      await store.upsertStatsSite({ id: 'so-gd', origins: [MEMBER_ORIGIN], timeZone: 'Asia/Ho_Chi_Minh' });
      written = await seedDemoTraffic(store, (line) => lines.push(line), { now: NOW });
      days = await store.listStatsDays(addDays(TODAY, -(DEMO_DAYS + 1)));
    });
    after(() => store.close());

    test('the portal shows a real portal’s numbers, through the statistics engine', async () => {
      const engine = new StatsEngine(store, { now: () => NOW, portalOrigin: 'https://portal.example' });
      await engine.start();
      try {
        const summary = engine.summary('portal')!;
        for (const [key, [low, high]] of Object.entries(RANGES)) {
          const value = summary[key as keyof typeof RANGES];
          assert.ok(value >= low && value <= high, `${key} ${value} is not within ${low} to ${high}`);
        }
        // The member sites have smaller numbers of their own.
        for (const { id } of DEMO_SITES.slice(1)) {
          const member = engine.summary(id)!;
          assert.ok(member.total > 1_000 && member.total < summary.total, `${id}: ${member.total}`);
        }
      } finally {
        await engine.stop();
      }
    });

    test('registers the member sites, leaving one registered before as it was', async () => {
      const sites = await store.listStatsSites();
      assert.deepEqual(sites.map(({ id }) => id).sort(), DEMO_SITES.map(({ id }) => id).sort());
      assert.deepEqual(sites.find(({ id }) => id === 'so-gd')!.origins, [MEMBER_ORIGIN]);
    });

    test('writes a year up to now, reports it, and the hit log and the rollups agree', async () => {
      const portal = days.filter((row) => row.site === 'portal');
      assert.equal(portal.length, DEMO_DAYS);
      assert.equal(portal[0].day, addDays(TODAY, 1 - DEMO_DAYS));
      assert.equal(portal.at(-1)!.day, TODAY);
      const hits = days.reduce((sum, row) => sum + row.hits, 0);
      assert.equal(hits, written);
      const [logged] = await backend.rows(store, 'SELECT COUNT(*) AS n, MAX(at) AS last FROM stats_hits');
      assert.equal(Number(logged.n), written);
      assert.ok(new Date(logged.last as string | Date).getTime() <= NOW.getTime(), 'no hit after now');
      assert.equal(lines.length, 1);
      assert.match(
        lines[0],
        new RegExp(`^Demo visits: \\d+ visits \\(${written} page views\\) over 365 days on 4 sites, in \\d+\\.\\d s\\.$`),
      );
    });

    test('working days are above weekends, the year grows, and the event day stands out', () => {
      const portal = days.filter((row) => row.site === 'portal' && row.day < TODAY);
      const eventDay = addDays(TODAY, -EVENT_DAYS_AGO);
      const byWeekday = Array.from({ length: 7 }, () => [] as number[]);
      for (const row of portal.slice(-12 * 7).filter(({ day }) => day !== eventDay))
        byWeekday[(new Date(`${row.day}T00:00:00Z`).getUTCDay() + 6) % 7].push(row.visits);
      const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
      const weekdays = byWeekday.slice(0, 5).map(average);
      const weekend = byWeekday.slice(5).map(average);
      assert.ok(Math.min(...weekdays) > 1.3 * Math.max(...weekend), `weekdays ${weekdays} and weekend ${weekend}`);

      const firstMonth = average(portal.slice(0, 28).map((row) => row.visits));
      const lastMonth = average(portal.slice(-28).map((row) => row.visits));
      assert.ok(lastMonth > 3 * firstMonth, `${firstMonth} a day a year ago, ${lastMonth} now`);

      const index = portal.findIndex((row) => row.day === eventDay);
      const event = portal[index].visits;
      const sameWeekdays = [-14, -7, 7, 14].map((offset) => portal[index + offset].visits);
      assert.ok(event > 2.5 * Math.max(...sameWeekdays), `event day ${event}, the same weekday around it ${sameWeekdays}`);
    });

    test('a second run writes nothing', async () => {
      const before = await store.statsTotals();
      const again: string[] = [];
      assert.equal(await seedDemoTraffic(store, (line) => again.push(line), { now: NOW }), 0);
      assert.deepEqual(again, ['Demo visits: the statistics have visits already; none added.']);
      assert.deepEqual(await store.statsTotals(), before);
    });

    if (backend.name === 'SQLite') {
      test('is the same history for the same clock', async () => {
        const other = await backend.open();
        try {
          await seedDemoTraffic(other, () => {}, { now: NOW });
          assert.deepEqual(await other.listStatsDays(addDays(TODAY, -(DEMO_DAYS + 1))), days);
        } finally {
          await other.close();
        }
      });
    }
  });
}
