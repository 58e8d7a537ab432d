// Stores feed sources with items for the component tests of <ap-article-list feed="…"> (run by
// scripts/test-portal-server.mjs before it starts the portal server on the same DATA_DIR). The items come from
// the fixture corpus through the real reading pipeline (charset decoding, parsing, sanitizing); nothing is
// fetched, and every source is marked as not due for a year so the server's scheduler leaves them alone.
//
//   tin-so-tttt  3 fresh items (made/vn-portal.rss)
//   tin-cu       the same items, but the last fetch failed: stale
//   tin-xss      the XSS fixture (made/xss.rss), sanitized
//   chua-co      never fetched: no items, stale
//   tin-tam-dung a member site's feed (the site registered with its feed URL) with items, the site disabled: 410
import { readFileSync } from 'node:fs';
import { decodeFeed } from '../dist/feeds-in/charset.js';
import { parseFeed } from '../dist/feeds-in/parse.js';
import { loadConfig } from '../dist/config.js';
import { openStore } from '../dist/store/index.js';

const fixture = (path) => new URL(`./fixtures/feeds/${path}`, import.meta.url);
const now = new Date();
const later = new Date(now.getTime() + 365 * 24 * 60 * 60_000);

async function items(path, documentUrl) {
  return (await parseFeed(decodeFeed(readFileSync(fixture(path))).text, documentUrl)).items;
}

const store = await openStore(loadConfig());
try {
  const portal = await items('made/vn-portal.rss', 'https://stttt.example.gov.vn/rss');
  const sources = [
    { id: 'tin-so-tttt', name: 'Sở Thông tin và Truyền thông', url: 'https://stttt.example.gov.vn/rss', items: portal },
    { id: 'tin-cu', name: 'Nguồn đang lỗi', url: 'https://cu.example.gov.vn/rss', items: portal, failed: true },
    { id: 'tin-xss', name: 'XSS', url: 'https://xss.example/rss', items: await items('made/xss.rss', 'https://xss.example/rss') },
    { id: 'chua-co', name: 'Chưa lấy lần nào', url: 'https://moi.example.gov.vn/rss', items: null },
  ];
  // A member site's feed source is made by registering the site with its feed URL; it is disabled once its items are in.
  const context = { actor: { id: null, username: 'test seed' }, at: now };
  const memberSite = {
    id: 'tin-tam-dung',
    name: 'Đơn vị tạm dừng',
    homeUrl: 'https://tamdung.example.gov.vn/',
    origins: ['https://tamdung.example.gov.vn'],
    feedUrl: 'https://tamdung.example.gov.vn/rss',
    contact: { name: null, email: null },
    timeZone: 'Asia/Ho_Chi_Minh',
  };
  await store.createSite(memberSite, context);
  sources.push({ ...memberSite, url: memberSite.feedUrl, items: portal, member: true });
  for (const source of sources) {
    if (!source.member) await store.addFeedSource({ id: source.id, name: source.name, url: source.url, refreshMinutes: 30 }, now);
    if (source.items) {
      const siteUrl = new URL('/', source.url).href;
      await store.saveFeedFetch(source.id, {
        kind: 'updated',
        at: now,
        nextFetchAt: later,
        etag: null,
        lastModified: null,
        siteUrl,
        items: source.items,
      });
    }
    if (source.failed || !source.items) {
      await store.saveFeedFetch(source.id, {
        kind: 'failed',
        at: now,
        nextFetchAt: later,
        error: { code: 'network', message: 'Seeded for tests.' },
      });
    }
  }
  await store.updateSite(memberSite.id, undefined, { disabledAt: now }, 'site.disable', context);
} finally {
  await store.close();
}
