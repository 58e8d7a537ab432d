// Stores visit statistics for the newsroom's traffic view tests (run by scripts/test-portal-server.mjs before it
// starts the portal server on the same DATA_DIR), through the store's own commit of hits, which writes the hit log
// and the daily rollups as the statistics engine does. Two sites of their own, so no other test's counts move:
//
//   so-thu-nghiem  visits on each of the 120 days before today (Hà Nội time), none today: 1 to 23 a day
//   so-chua-co     registered, no visits at all
//
// Neither has an origin, so no page can send them hits. The portal site and today's counts are left alone.
import { loadConfig } from '../dist/config.js';
import { addDays, dayIn } from '../dist/stats/clock.js';
import { openStore } from '../dist/store/index.js';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const DAYS = 120;
const today = dayIn(TIME_ZONE, Date.now());

const store = await openStore(loadConfig());
try {
  for (const id of ['so-thu-nghiem', 'so-chua-co']) await store.upsertStatsSite({ id, origins: [], timeZone: TIME_ZONE });
  const hits = [];
  for (let back = 1; back <= DAYS; back++) {
    const day = addDays(today, -back);
    // Noon in Hà Nội on that day.
    const at = Date.parse(`${day}T05:00:00Z`);
    const visits = ((back * 7) % 23) + 1;
    for (let v = 0; v < visits; v++) {
      hits.push({ site: 'so-thu-nghiem', at: at + v * 1000, day, path: '/', referrer: null, visitor: `seed-${back}-${v}`, newVisit: true });
    }
  }
  await store.commitStatsHits(hits);
} finally {
  await store.close();
}
