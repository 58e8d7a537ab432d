import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { DEMO_BANNERS, DEMO_PARTNERS, seedBanners } from '../src/seed/banners.js';
import { MEDIA_DIR } from '../src/seed/images.js';
import { DemoUploads } from '../src/seed/media.js';
import { bannerRoutes } from '../src/routes/banners.js';
import { portalDay } from '../src/views.js';
import { login, PASSWORD, startAuthServer } from './auth-support.js';
import { FIREFOX, startServer, type TestServer } from './helpers.js';

const PUBLIC_URL = 'https://tintuc.example.gov.vn';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const HEADLESS = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36';
const NOW = new Date('2026-03-10T03:00:00Z');

interface ImageItem {
  url: string;
  alt: string;
  width: number;
  height: number;
  srcset?: { webp: string; jpeg: string };
}
interface PartnerItem {
  id: number;
  name: string;
  image: ImageItem;
  url: string;
  clickUrl: string;
  placement: string;
  pinned: boolean;
  paid: boolean;
  startsAt: string | null;
  endsAt: string | null;
}
interface BannerItem {
  id: number;
  title: string;
  image: ImageItem;
  url: string | null;
  clickUrl: string | null;
  interval: number | null;
}
interface ApiError {
  error: { code: string; message: string };
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

describe('demo banners and partners', () => {
  test('every image exists, is small, and the seed data is consistent', () => {
    for (const { image } of [...DEMO_BANNERS, ...DEMO_PARTNERS]) {
      const file = join(MEDIA_DIR, image.path.replace(/^\/media\//, ''));
      assert.ok(existsSync(file), file);
      assert.ok(statSync(file).size < 30_000, `${file} is over 30 KB`);
      assert.ok(image.alt.length > 3);
    }
    assert.equal(new Set(DEMO_PARTNERS.map((p) => p.key)).size, DEMO_PARTNERS.length);
    assert.ok(DEMO_PARTNERS.every((p) => new URL(p.url).hostname.endsWith('.example')));
  });
});

describe('banners and partners API', () => {
  let server: TestServer;
  let partners: PartnerItem[];
  before(async () => {
    server = await startServer({ PUBLIC_URL }, { now: () => NOW });
    partners = (await json<{ items: PartnerItem[] }>(await fetch(server.url('/api/v1/partners?placement=sidebar')))).items;
  });
  after(() => server.close());

  const counts = async () =>
    Object.fromEntries((await server.store.partnerCounts()).map((c) => [c.id, { clicks: c.clicks, impressions: c.impressions }]));
  /** Every banner's counts today (NOW's day), by id: zeros for none. */
  const bannerCounts = async () => {
    const today = portalDay(NOW);
    const rows = await server.store.bannerDailyCounts({ from: today, to: today });
    return Object.fromEntries(
      (await server.store.listAllBanners()).map((b) => {
        const row = rows.find((r) => r.id === b.id);
        return [b.id, { clicks: row?.clicks ?? 0, impressions: row?.impressions ?? 0 }];
      }),
    );
  };
  const bannerList = async () => (await json<{ items: BannerItem[] }>(await fetch(server.url('/api/v1/banners')))).items;

  test('GET /api/v1/banners lists the slides in order with absolute image URLs, per-slide intervals and click URLs', async () => {
    const response = await fetch(server.url('/api/v1/banners'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=60');
    const { items, impressionsUrl } = await json<{ items: BannerItem[]; impressionsUrl: string }>(response);
    assert.deepEqual(
      items.map((b) => [b.title, b.image.alt, b.url, b.interval]),
      DEMO_BANNERS.map((b) => [b.title, b.image.alt, b.url && PUBLIC_URL + b.url, b.interval]),
    );
    // The demo banners are uploads: the largest JPEG as the image, and every width as srcset, absolute.
    for (const { image } of items) {
      const hash = /^https:\/\/tintuc\.example\.gov\.vn\/media\/u\/([0-9a-f]{16})-1200\.jpg$/.exec(image.url)?.[1];
      assert.ok(hash, image.url);
      assert.deepEqual([image.width, image.height], [1200, 360]);
      const widths = (extension: string) =>
        [320, 640, 960, 1200].map((width) => `${PUBLIC_URL}/media/u/${hash}-${width}.${extension} ${width}w`).join(', ');
      assert.deepEqual(image.srcset, { webp: widths('webp'), jpeg: widths('jpg') });
    }
    // Only a slide with a link has a click URL.
    assert.deepEqual(
      items.map((b) => b.clickUrl),
      items.map((b) => (b.url === null ? null : `${PUBLIC_URL}/api/v1/banners/${b.id}/click`)),
    );
    assert.ok(items.some((b) => b.clickUrl === null));
    assert.equal(impressionsUrl, `${PUBLIC_URL}/api/v1/banners/impressions`);
  });

  test('a second seed inserts nothing', async () => {
    assert.equal(await seedBanners(server.store, new DemoUploads(server.store, server.config.mediaDir)), 0);
  });

  test('GET /api/v1/partners lists shown partners, pinned first, with the click URL; ended ones are left out', async () => {
    assert.equal(partners.length, 10);
    assert.equal(partners[0].name, 'Cổng Dịch vụ công tỉnh');
    assert.equal(partners[0].pinned, true);
    assert.ok(!partners.some((p) => p.name.includes('trang cũ')));
    assert.deepEqual(
      partners.filter((p) => p.paid).map((p) => p.name),
      ['Báo điện tử của tỉnh', 'Đài Phát thanh và Truyền hình tỉnh'],
    );
    for (const p of partners) {
      assert.equal(p.clickUrl, `${PUBLIC_URL}/api/v1/partners/${p.id}/click`);
      // An uploaded logo of one width: still a WebP and a JPEG of it.
      const hash = new RegExp(`^${PUBLIC_URL}/media/u/([0-9a-f]{16})-240\\.jpg$`).exec(p.image.url)?.[1];
      assert.ok(hash, p.image.url);
      assert.deepEqual([p.image.width, p.image.height], [240, 80]);
      assert.deepEqual(p.image.srcset, { webp: `${PUBLIC_URL}/media/u/${hash}-240.webp 240w`, jpeg: `${p.image.url} 240w` });
    }
    const other = await json<{ items: unknown[] }>(await fetch(server.url('/api/v1/partners?placement=footer')));
    assert.deepEqual(other.items, []);
  });

  test('a partner whose start is in the future is not listed until it starts', async () => {
    const later = new Date(NOW.getTime() + 86_400_000);
    assert.equal(
      await server.store.insertPartner({ ...DEMO_PARTNERS[1], key: 'sap-toi', name: 'Sắp tới', startsAt: later, position: 0 }),
      true,
    );
    assert.ok(!(await server.store.listPartners(NOW, 'sidebar')).some((p) => p.key === 'sap-toi'));
    assert.ok((await server.store.listPartners(later, 'sidebar')).some((p) => p.key === 'sap-toi'));
  });

  test('an image of one file (not an upload) is given without srcset', async () => {
    const { image } = DEMO_PARTNERS[1];
    assert.equal(await server.store.insertPartner({ ...DEMO_PARTNERS[1], key: 'mot-tep', placement: 'footer', position: 0 }), true);
    const { items } = await json<{ items: PartnerItem[] }>(await fetch(server.url('/api/v1/partners?placement=footer')));
    assert.deepEqual(items[0].image, { url: PUBLIC_URL + image.path, alt: image.alt, width: 240, height: 80 });
  });

  test('a bad placement gets 400', async () => {
    for (const query of ['placement=Side%20Bar', 'placement=a&placement=b', `placement=${'a'.repeat(40)}`]) {
      const response = await fetch(server.url(`/api/v1/partners?${query}`));
      assert.equal(response.status, 400, query);
      assert.equal((await json<ApiError>(response)).error.code, 'invalid_parameter');
    }
  });

  test('a click redirects (302) to the stored URL only, and counts once per person, never for bots', async () => {
    const [first] = partners;
    const before = (await counts())[first.id];
    const response = await fetch(server.url(`/api/v1/partners/${first.id}/click?url=https://evil.example/`), {
      redirect: 'manual',
      headers: { 'user-agent': FIREFOX },
    });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), first.url);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    for (const agent of [GOOGLEBOT, HEADLESS, '']) {
      const bot = await fetch(server.url(`/api/v1/partners/${first.id}/click`), { redirect: 'manual', headers: { 'user-agent': agent } });
      assert.equal(bot.status, 302);
      assert.equal(bot.headers.get('location'), first.url);
    }
    assert.deepEqual((await counts())[first.id], { clicks: before.clicks + 1, impressions: before.impressions });
  });

  test('a click on an unknown or malformed id gets a JSON 404 or 400 and counts nothing', async () => {
    const before = await counts();
    for (const [path, status] of [
      ['/api/v1/partners/9999/click', 404],
      ['/api/v1/partners/abc/click', 400],
      ['/api/v1/partners/0/click', 400],
      ['/api/v1/partners/1e3/click', 400],
    ] as const) {
      const response = await fetch(server.url(path), { redirect: 'manual', headers: { 'user-agent': FIREFOX } });
      assert.equal(response.status, status, path);
      assert.equal(response.headers.get('location'), null);
      assert.ok((await json<ApiError>(response)).error.message);
    }
    assert.deepEqual(await counts(), before);
  });

  test('impressions arrive in batches (JSON or text), count one each, and never for bots', async () => {
    const ids = partners.slice(0, 3).map((p) => p.id);
    const before = await counts();
    const send = (body: string, type: string, agent = FIREFOX) =>
      fetch(server.url('/api/v1/partners/impressions'), { method: 'POST', body, headers: { 'content-type': type, 'user-agent': agent } });
    const asText = await send(JSON.stringify({ ids }), 'text/plain;charset=UTF-8');
    assert.equal(asText.status, 204);
    assert.equal(asText.headers.get('access-control-allow-origin'), '*');
    assert.equal((await send(JSON.stringify({ ids: [ids[0]] }), 'application/json')).status, 204);
    assert.equal((await send(JSON.stringify({ ids }), 'text/plain', GOOGLEBOT)).status, 204);
    assert.equal((await send(JSON.stringify({ ids }), 'text/plain', HEADLESS)).status, 204);
    const after = await counts();
    assert.deepEqual(
      ids.map((id) => after[id].impressions - before[id].impressions),
      [2, 1, 1],
    );
    const rows = await server.store.partnerCounts({ from: portalDay(NOW), to: portalDay(NOW) });
    assert.ok(rows.find((r) => r.id === ids[0])!.impressions >= 2);
  });

  test('a bad impressions batch gets 4xx and counts nothing', async () => {
    const before = await counts();
    const send = (body: string, type = 'text/plain') =>
      fetch(server.url('/api/v1/partners/impressions'), { method: 'POST', body, headers: { 'content-type': type, 'user-agent': FIREFOX } });
    const known = partners[0].id;
    for (const [body, status, code] of [
      ['not json', 400, 'invalid_body'],
      ['{"ids":[]}', 400, 'invalid_body'],
      ['{"ids":"1"}', 400, 'invalid_body'],
      [`{"ids":[${known},${known}]}`, 400, 'invalid_body'],
      [`{"ids":[${known},1.5]}`, 400, 'invalid_body'],
      [JSON.stringify({ ids: Array.from({ length: 51 }, (_, i) => i + 1) }), 400, 'invalid_body'],
      [`{"ids":[${known},9999]}`, 404, 'not_found'],
      [JSON.stringify({ ids: [known], pad: 'x'.repeat(2000) }), 413, 'payload_too_large'],
    ] as const) {
      const response = await send(body);
      assert.equal(response.status, status, body.slice(0, 40));
      assert.equal((await json<ApiError>(response)).error.code, code, body.slice(0, 40));
    }
    assert.deepEqual(await counts(), before);
  });

  test('a banner click redirects (302) to the banner’s own link only, and counts once per person, never for bots', async () => {
    const [first] = await bannerList();
    assert.equal(first.url, `${PUBLIC_URL}/chuyen-muc/tin-hoat-dong`);
    const before = (await bannerCounts())[first.id];
    for (const query of ['', '?url=https://evil.example/', '?next=//evil.example']) {
      const response = await fetch(server.url(`/api/v1/banners/${first.id}/click${query}`), {
        redirect: 'manual',
        headers: { 'user-agent': FIREFOX },
      });
      assert.equal(response.status, 302, query);
      assert.equal(response.headers.get('location'), first.url, query);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
    }
    for (const agent of [GOOGLEBOT, HEADLESS, '']) {
      const bot = await fetch(server.url(`/api/v1/banners/${first.id}/click`), { redirect: 'manual', headers: { 'user-agent': agent } });
      assert.equal(bot.status, 302);
      assert.equal(bot.headers.get('location'), first.url);
    }
    assert.deepEqual((await bannerCounts())[first.id], { clicks: before.clicks + 3, impressions: before.impressions });
  });

  test('a banner click goes only to an http(s) address: a path stays on the portal, other stored values get 404', async () => {
    // Ended yesterday: not in the list any more, but a page cached before still links to them.
    const base = { ...DEMO_BANNERS[0], interval: null, position: 10, endsAt: new Date(NOW.getTime() - 86_400_000) };
    const stored = [
      ['path-backslash', '/\\evil.example/x'],
      ['path-vietnamese', '/chuyên-mục/tin tức'],
      ['script', 'javascript:alert(1)'],
      ['data', 'data:text/html,hi'],
    ] as const;
    for (const [key, url] of stored) assert.equal(await server.store.insertBanner({ ...base, key, title: key, url }), true);
    const ids = Object.fromEntries((await server.store.listAllBanners()).map((b) => [b.key, b.id]));
    const before = await bannerCounts();
    const click = (id: number) =>
      fetch(server.url(`/api/v1/banners/${id}/click`), { redirect: 'manual', headers: { 'user-agent': FIREFOX } });

    const backslash = await click(ids['path-backslash']);
    assert.equal(backslash.status, 302);
    assert.equal(new URL(backslash.headers.get('location')!).origin, PUBLIC_URL, 'never another site');
    const vietnamese = await click(ids['path-vietnamese']);
    assert.equal(vietnamese.status, 302);
    assert.equal(vietnamese.headers.get('location'), new URL(`${PUBLIC_URL}/chuyên-mục/tin tức`).href, 'percent-encoded');
    for (const key of ['script', 'data']) {
      const response = await click(ids[key]);
      assert.equal(response.status, 404, key);
      assert.equal(response.headers.get('location'), null);
      assert.equal((await json<ApiError>(response)).error.code, 'not_found');
    }
    const after = await bannerCounts();
    assert.equal(after[ids['path-backslash']].clicks, before[ids['path-backslash']].clicks + 1);
    assert.equal(after[ids.script].clicks, 0);
    assert.equal(after[ids.data].clicks, 0);
  });

  test('a banner click on an unknown, malformed or linkless banner gets a JSON 404 or 400 and counts nothing', async () => {
    const linkless = (await bannerList()).find((b) => b.url === null)!;
    const before = await bannerCounts();
    for (const [path, status] of [
      ['/api/v1/banners/9999/click', 404],
      [`/api/v1/banners/${linkless.id}/click`, 404],
      ['/api/v1/banners/abc/click', 400],
      ['/api/v1/banners/0/click', 400],
      ['/api/v1/banners/-1/click', 400],
      ['/api/v1/banners/1e3/click', 400],
      ['/api/v1/banners/99999999999999999999/click', 400],
    ] as const) {
      const response = await fetch(server.url(path), { redirect: 'manual', headers: { 'user-agent': FIREFOX } });
      assert.equal(response.status, status, path);
      assert.equal(response.headers.get('location'), null);
      assert.ok((await json<ApiError>(response)).error.message, path);
    }
    assert.deepEqual(await bannerCounts(), before);
  });

  test('banner impressions arrive in batches (JSON or text), count one each, and never for bots', async () => {
    const ids = (await bannerList()).slice(0, 3).map((b) => b.id);
    const before = await bannerCounts();
    const send = (body: string, type: string, agent = FIREFOX) =>
      fetch(server.url('/api/v1/banners/impressions'), { method: 'POST', body, headers: { 'content-type': type, 'user-agent': agent } });
    const asText = await send(JSON.stringify({ ids }), 'text/plain;charset=UTF-8');
    assert.equal(asText.status, 204);
    assert.equal(asText.headers.get('access-control-allow-origin'), '*');
    assert.equal(asText.headers.get('cache-control'), 'no-store');
    assert.equal((await send(JSON.stringify({ ids: [ids[0]] }), 'application/json')).status, 204);
    assert.equal((await send(JSON.stringify({ ids }), 'text/plain', GOOGLEBOT)).status, 204);
    assert.equal((await send(JSON.stringify({ ids }), 'text/plain', HEADLESS)).status, 204);
    assert.equal((await send(JSON.stringify({ ids }), 'text/plain', '')).status, 204);
    const after = await bannerCounts();
    assert.deepEqual(
      ids.map((id) => after[id].impressions - before[id].impressions),
      [2, 1, 1],
    );
    assert.deepEqual(
      ids.map((id) => after[id].clicks - before[id].clicks),
      [0, 0, 0],
    );
  });

  test('a bad banner impressions batch gets 4xx and counts nothing', async () => {
    const before = await bannerCounts();
    const partnersBefore = await counts();
    const send = (body: string, type = 'text/plain') =>
      fetch(server.url('/api/v1/banners/impressions'), { method: 'POST', body, headers: { 'content-type': type, 'user-agent': FIREFOX } });
    const known = (await bannerList())[0].id;
    for (const [body, status, code, message] of [
      ['not json', 400, 'invalid_body', /banner ids/],
      ['{"ids":[]}', 400, 'invalid_body', /1 to 50 banner ids/],
      ['{"ids":"1"}', 400, 'invalid_body', /banner ids/],
      [`{"ids":[${known},${known}]}`, 400, 'invalid_body', /Each banner id/],
      [`{"ids":[${known},1.5]}`, 400, 'invalid_body', /banner ids/],
      [`{"ids":[${known},0]}`, 400, 'invalid_body', /banner ids/],
      [JSON.stringify({ ids: Array.from({ length: 51 }, (_, i) => i + 1) }), 400, 'invalid_body', /1 to 50/],
      [`{"ids":[${known},9999]}`, 404, 'not_found', /banner ids do not exist; nothing was counted/],
      // A partner's id is no banner's.
      [`{"ids":[${known},${partners.at(-1)!.id + 100}]}`, 404, 'not_found', /nothing was counted/],
      [JSON.stringify({ ids: [known], pad: 'x'.repeat(2000) }), 413, 'payload_too_large', /./],
    ] as const) {
      const response = await send(body);
      assert.equal(response.status, status, body.slice(0, 40));
      const { error } = await json<ApiError>(response);
      assert.equal(error.code, code, body.slice(0, 40));
      assert.match(error.message, message, body.slice(0, 40));
    }
    assert.equal((await send(`{"ids":[${known}]}`, 'application/xml')).status, 415);
    assert.deepEqual(await bannerCounts(), before);
    assert.deepEqual(await counts(), partnersBefore);
  });

  test('GET /api/v1/partners/stats refuses (401) without a signed-in editor', async () => {
    const response = await fetch(server.url('/api/v1/partners/stats'));
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal((await json<ApiError>(response)).error.code, 'unauthorized');
    const forged = await fetch(server.url('/api/v1/partners/stats'), { headers: { cookie: 'ap_session=not-a-session' } });
    assert.equal(forged.status, 401);
  });

  test('a signed-in editor reads the partner counts; after sign-out, no longer', async () => {
    const auth = await startAuthServer();
    try {
      const { session } = await login(auth, 'bien-tap', PASSWORD);
      assert.ok(session);
      const cookie = `ap_session=${session}`;
      const response = await fetch(auth.url('/api/v1/partners/stats'), { headers: { cookie } });
      assert.equal(response.status, 200);
      const body = (await response.json()) as { items: unknown[] };
      assert.deepEqual(Object.keys(body).sort(), ['from', 'items', 'to']);
      assert.ok(Array.isArray(body.items));
      await fetch(auth.url('/api/v1/auth/logout'), { method: 'POST', headers: { cookie, origin: auth.origin } });
      assert.equal((await fetch(auth.url('/api/v1/partners/stats'), { headers: { cookie } })).status, 401);
    } finally {
      await auth.close();
    }
  });
});

describe('partner counts for editors', () => {
  let server: TestServer;
  let editorApp: FastifyInstance;
  before(async () => {
    server = await startServer({ PUBLIC_URL }, { now: () => NOW });
    // The same routes on the same store with an editor check, as sign-in will provide: a header stands in for the session.
    editorApp = Fastify();
    editorApp.decorate('now', () => NOW);
    await editorApp.register(bannerRoutes, {
      prefix: '/api/v1',
      config: server.config,
      store: server.store,
      isEditor: (request: FastifyRequest) => request.headers['x-test-editor'] === 'yes',
    });
    await editorApp.ready();
  });
  after(async () => {
    await editorApp.close();
    await server.close();
  });

  test('an editor reads clicks and impressions per partner, for a range of days; others get 401', async () => {
    const [first] = await server.store.listPartners(NOW, 'sidebar');
    await fetch(server.url(`/api/v1/partners/${first.id}/click`), { redirect: 'manual', headers: { 'user-agent': FIREFOX } });
    await fetch(server.url('/api/v1/partners/impressions'), {
      method: 'POST',
      body: JSON.stringify({ ids: [first.id] }),
      headers: { 'content-type': 'text/plain', 'user-agent': FIREFOX },
    });
    const refused = await editorApp.inject({ url: '/api/v1/partners/stats' });
    assert.equal(refused.statusCode, 401);
    const today = portalDay(NOW);
    const response = await editorApp.inject({
      url: `/api/v1/partners/stats?from=${today}&to=${today}`,
      headers: { 'x-test-editor': 'yes' },
    });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'private, no-store');
    const body = response.json<{ from: string; to: string; items: { id: number; name: string; clicks: number; impressions: number }[] }>();
    assert.equal(body.from, today);
    assert.equal(body.items.length, DEMO_PARTNERS.length);
    assert.deepEqual(
      body.items.find((item) => item.id === first.id),
      {
        id: first.id,
        name: first.name,
        placement: 'sidebar',
        clicks: 1,
        impressions: 1,
      },
    );
    const earlier = await editorApp.inject({ url: '/api/v1/partners/stats?to=2020-01-01', headers: { 'x-test-editor': 'yes' } });
    assert.ok(earlier.json<{ items: { clicks: number }[] }>().items.every((item) => item.clicks === 0));
    for (const query of ['from=2026-13-45', 'from=yesterday', 'from=2026-03-10&to=2026-03-01']) {
      const bad = await editorApp.inject({ url: `/api/v1/partners/stats?${query}`, headers: { 'x-test-editor': 'yes' } });
      assert.equal(bad.statusCode, 400, query);
    }
  });
});
