// The newsroom's carousel banners and partners on the real server, on SQLite and on PostgreSQL: created with an
// uploaded image, edited, reordered, scheduled on the server's clock and deleted, each with its audit entry, and
// the public lists following; refused requests (no session, another site, bad input, unknown ids) change nothing;
// the banners' and partners' clicks and impressions per day.
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { storeBackends, describeStore } from './pg-support.js';
import { startNewsroomServer, type NewsroomServer, assertForgedWritesRefused } from './newsroom-support.js';
import { FIREFOX } from './helpers.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const picture = (background: string) =>
  sharp({ create: { width: 800, height: 300, channels: 3, background } })
    .png()
    .toBuffer();

for (const backend of await storeBackends()) {
  describeStore(backend, 'newsroom banners and partners API', ({ test, before, after }) => {
    let server: NewsroomServer;
    let mediaId: number;
    let otherMediaId: number;
    before(async () => {
      server = await startNewsroomServer(backend);
      const upload = async (colour: string) => {
        const answer = await server.call('editor', 'POST', '/api/v1/media', await picture(colour), { 'content-type': 'image/png' });
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
        return answer.body.id as number;
      };
      mediaId = await upload('#336699');
      otherMediaId = await upload('#993333');
    });
    after(() => server.close());

    const publicList = async (path: string) => {
      const response = await fetch(server.url(path));
      assert.equal(response.status, 200);
      return ((await response.json()) as { items: { id: number; title?: string; name?: string }[] }).items;
    };
    const audit = async (action: string) => (await server.store.listAudit({ offset: 0, limit: 50, action })).items;
    /** Everything a refused request must leave as it was. */
    const snapshot = async () => ({
      banners: await server.store.listAllBanners(),
      partners: await server.store.listAllPartners(),
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });
    const createBanner = (body: Record<string, unknown>) =>
      server.call('editor', 'POST', '/api/v1/newsroom/banners', { image: { mediaId, alt: 'Ảnh băng rôn' }, ...body });
    const createPartner = (body: Record<string, unknown>) =>
      server.call('editor', 'POST', '/api/v1/newsroom/partners', {
        image: { mediaId, alt: 'Biểu trưng đối tác' },
        url: 'https://doitac.example',
        placement: 'sidebar',
        ...body,
      });

    test('banners: create with an uploaded image, edit, reorder, schedule and delete, each audited, the public list following', async () => {
      const first = await createBanner({ title: 'Kỷ niệm Quốc khánh 2/9', url: '/chuyen-muc/tin-hoat-dong', interval: 6000 });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.headers.get('location'), `/api/v1/newsroom/banners/${first.body.id}`);
      assert.equal(first.body.key, 'ky-niem-quoc-khanh-2-9');
      assert.deepEqual(first.body.image.mediaId, mediaId);
      // The largest rendition is the picture itself (800 x 300).
      assert.match(first.body.image.url, new RegExp(`^${server.origin}/media/u/[0-9a-f]{16}-800\\.jpg$`));
      assert.deepEqual([first.body.image.width, first.body.image.height, first.body.image.alt], [800, 300, 'Ảnh băng rôn']);
      assert.equal(first.body.state, 'shown');
      assert.equal(first.body.position, 0);
      assert.equal((await fetch(first.body.image.url)).status, 200, 'the image is served');
      // Every width of the upload, for srcset, in the newsroom's answer and in the public list.
      const hash = /\/media\/u\/([0-9a-f]{16})-800\.jpg$/.exec(first.body.image.url)![1];
      const widths = (extension: string) =>
        [320, 640, 800].map((width) => `${server.origin}/media/u/${hash}-${width}.${extension} ${width}w`).join(', ');
      assert.deepEqual(first.body.image.srcset, { webp: widths('webp'), jpeg: widths('jpg') });
      const publicBanners = (await (await fetch(server.url('/api/v1/banners'))).json()) as { items: { id: number; image: unknown }[] };
      assert.deepEqual(publicBanners.items.find((item) => item.id === first.body.id)?.image, {
        url: first.body.image.url,
        alt: 'Ảnh băng rôn',
        width: 800,
        height: 300,
        srcset: first.body.image.srcset,
      });

      const second = await createBanner({ title: '  Kỷ niệm Quốc khánh 2/9  ' });
      assert.equal(second.status, 201);
      assert.equal(second.body.key, 'ky-niem-quoc-khanh-2-9-2', 'the key is unique');
      assert.equal(second.body.title, 'Kỷ niệm Quốc khánh 2/9');
      assert.equal(second.body.position, 1);
      assert.deepEqual(
        (await publicList('/api/v1/banners')).map((item) => item.id),
        [first.body.id, second.body.id],
      );
      const [created] = (await audit('banner.create')).filter((entry) => entry.target.id === String(first.body.id));
      assert.equal(created.actor.username, 'bientap');
      assert.deepEqual(created.changes.title, { before: null, after: 'Kỷ niệm Quốc khánh 2/9' });

      // Edit: a new title and image; the key stays; null clears the link.
      const edited = await server.call('admin', 'PATCH', `/api/v1/newsroom/banners/${second.body.id}`, {
        title: 'Chào mừng Đại hội',
        image: { mediaId: otherMediaId, alt: 'Hội trường' },
        url: 'https://dangcongsan.example/dai-hoi',
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      assert.equal(edited.body.key, 'ky-niem-quoc-khanh-2-9-2');
      assert.equal(edited.body.image.mediaId, otherMediaId);
      const [update] = await audit('banner.update');
      assert.equal(update.actor.username, 'quantri');
      assert.deepEqual(update.changes.title, { before: 'Kỷ niệm Quốc khánh 2/9', after: 'Chào mừng Đại hội' });
      assert.deepEqual(Object.keys(update.changes).sort(), ['image', 'title', 'url']);
      const cleared = await server.call('editor', 'PATCH', `/api/v1/newsroom/banners/${first.body.id}`, { url: null, interval: null });
      assert.equal(cleared.status, 200);
      assert.deepEqual([cleared.body.url, cleared.body.interval], [null, null]);

      // Reorder.
      const order = await server.call('editor', 'PUT', '/api/v1/newsroom/banners/order', { ids: [second.body.id, first.body.id] });
      assert.equal(order.status, 200, JSON.stringify(order.body));
      assert.deepEqual(
        order.body.items.map((item: { id: number }) => item.id),
        [second.body.id, first.body.id],
      );
      assert.deepEqual(
        (await publicList('/api/v1/banners')).map((item) => item.title),
        ['Chào mừng Đại hội', 'Kỷ niệm Quốc khánh 2/9'],
      );
      const [reorder] = await audit('banner.reorder');
      assert.deepEqual(reorder.changes.order, { before: [first.body.id, second.body.id], after: [second.body.id, first.body.id] });

      // Schedule on the server's clock: shown from tomorrow until the day after.
      const now = server.clock.now().getTime();
      const scheduled = await server.call('editor', 'PATCH', `/api/v1/newsroom/banners/${first.body.id}`, {
        startsAt: new Date(now + DAY).toISOString().replace('Z', '+00:00'),
        endsAt: new Date(now + 2 * DAY).toISOString(),
      });
      assert.equal(scheduled.status, 200, JSON.stringify(scheduled.body));
      assert.equal(scheduled.body.state, 'scheduled');
      assert.deepEqual(
        (await publicList('/api/v1/banners')).map((item) => item.id),
        [second.body.id],
      );
      server.advance(DAY + HOUR);
      assert.deepEqual(
        (await publicList('/api/v1/banners')).map((item) => item.id),
        [second.body.id, first.body.id],
      );
      const listed = await server.call('editor', 'GET', '/api/v1/newsroom/banners');
      assert.deepEqual(
        listed.body.items.map((item: { state: string }) => item.state),
        ['shown', 'shown'],
      );
      server.advance(DAY);
      assert.deepEqual(
        (await publicList('/api/v1/banners')).map((item) => item.id),
        [second.body.id],
      );
      const ended = await server.call('editor', 'GET', '/api/v1/newsroom/banners');
      assert.deepEqual(
        ended.body.items.map((item: { id: number; state: string }) => [item.id, item.state]),
        [
          [second.body.id, 'shown'],
          [first.body.id, 'ended'],
        ],
        'the newsroom lists every banner, shown or not',
      );

      // Delete.
      const deleted = await server.call('editor', 'DELETE', `/api/v1/newsroom/banners/${first.body.id}`);
      assert.equal(deleted.status, 204);
      assert.equal((await server.call('editor', 'DELETE', `/api/v1/newsroom/banners/${first.body.id}`)).status, 404);
      assert.deepEqual(
        (await server.call('editor', 'GET', '/api/v1/newsroom/banners')).body.items.map((item: { id: number }) => item.id),
        [second.body.id],
      );
      const [removed] = await audit('banner.delete');
      assert.equal(removed.target.id, String(first.body.id));
      assert.equal(removed.summary, 'Kỷ niệm Quốc khánh 2/9');
    });

    test('partners: pin, paid, schedule and order show on the public strip; counts per day over time', async () => {
      const a = (await createPartner({ name: 'Cổng Dịch vụ công' })).body;
      const b = (await createPartner({ name: 'Báo Nhân Dân', url: 'https://nhandan.example/', paid: true })).body;
      const c = (await createPartner({ name: 'Chân trang', placement: 'footer' })).body;
      assert.deepEqual([a.key, b.key, c.key], ['cong-dich-vu-cong', 'bao-nhan-dan', 'chan-trang']);
      assert.deepEqual([b.paid, b.pinned, a.paid], [true, false, false]);
      // The logo's every width, for srcset, in the newsroom's list and in the public strip.
      assert.match(a.image.srcset.webp, new RegExp(`^${server.origin}/media/u/[0-9a-f]{16}-320\\.webp 320w, .*-800\\.webp 800w$`));
      const staffList = await server.call('editor', 'GET', '/api/v1/newsroom/partners');
      assert.deepEqual(staffList.body.items.find((item: { id: number }) => item.id === a.id).image.srcset, a.image.srcset);
      const strip0 = (await publicList('/api/v1/partners?placement=sidebar')) as { id: number; image: { srcset?: unknown } }[];
      assert.deepEqual(strip0.find((item) => item.id === a.id)?.image.srcset, a.image.srcset);
      const sidebar = async () =>
        (await publicList('/api/v1/partners?placement=sidebar')) as { id: number; paid: boolean; pinned: boolean }[];
      assert.deepEqual(
        (await sidebar()).map((item) => item.id),
        [a.id, b.id],
      );

      const reordered = await server.call('editor', 'PUT', '/api/v1/newsroom/partners/order', { ids: [c.id, b.id, a.id] });
      assert.equal(reordered.status, 200, JSON.stringify(reordered.body));
      assert.deepEqual(
        (await sidebar()).map((item) => item.id),
        [b.id, a.id],
      );
      const pinned = await server.call('editor', 'PATCH', `/api/v1/newsroom/partners/${a.id}`, { pinned: true, paid: true });
      assert.equal(pinned.status, 200);
      const strip = await sidebar();
      assert.deepEqual(
        strip.map((item) => [item.id, item.pinned, item.paid]),
        [
          [a.id, true, true],
          [b.id, false, true],
        ],
        'pinned first',
      );
      assert.deepEqual(
        (await server.call('editor', 'GET', '/api/v1/newsroom/partners')).body.items.map((item: { id: number }) => item.id),
        [a.id, c.id, b.id],
      );
      const later = await server.call('editor', 'PATCH', `/api/v1/newsroom/partners/${b.id}`, {
        startsAt: new Date(server.clock.now().getTime() + HOUR).toISOString(),
      });
      assert.equal(later.body.state, 'scheduled');
      assert.deepEqual(
        (await sidebar()).map((item) => item.id),
        [a.id],
      );
      await server.call('editor', 'PATCH', `/api/v1/newsroom/partners/${b.id}`, { startsAt: null });
      const [partnerUpdate] = await audit('partner.update');
      assert.equal(partnerUpdate.target.id, String(b.id));

      // Counts, through the public routes, on two days.
      const click = (id: number) =>
        fetch(server.url(`/api/v1/partners/${id}/click`), { redirect: 'manual', headers: { 'user-agent': FIREFOX } });
      const seen = (ids: number[]) =>
        fetch(server.url('/api/v1/partners/impressions'), {
          method: 'POST',
          headers: { 'user-agent': FIREFOX, 'content-type': 'application/json' },
          body: JSON.stringify({ ids }),
        });
      const firstDay = (await server.call('editor', 'GET', '/api/v1/newsroom/partners/counts')).body.to as string;
      assert.equal((await seen([a.id, b.id])).status, 204);
      assert.equal((await click(a.id)).status, 302);
      server.advance(DAY);
      assert.equal((await seen([a.id])).status, 204);
      assert.equal((await seen([a.id])).status, 204);
      assert.equal((await click(a.id)).status, 302);
      assert.equal((await click(a.id)).status, 302);

      const all = await server.call('editor', 'GET', '/api/v1/newsroom/partners/counts');
      assert.equal(all.status, 200, JSON.stringify(all.body));
      assert.equal(all.body.items.length, 3);
      const secondDay = all.body.to;
      assert.ok(secondDay > firstDay);
      const ofA = all.body.items.find((item: { id: number }) => item.id === a.id);
      assert.equal(ofA.days.length, 30, 'the last 30 days by default');
      assert.deepEqual(ofA.days.slice(-2), [
        { day: firstDay, clicks: 1, impressions: 1 },
        { day: secondDay, clicks: 2, impressions: 2 },
      ]);
      assert.deepEqual([ofA.clicks, ofA.impressions], [3, 3]);
      const one = await server.call('admin', 'GET', `/api/v1/newsroom/partners/${b.id}/counts?from=${firstDay}&to=${secondDay}`);
      assert.equal(one.status, 200);
      assert.deepEqual(one.body.items, [
        {
          id: b.id,
          name: 'Báo Nhân Dân',
          placement: 'sidebar',
          clicks: 0,
          impressions: 1,
          days: [
            { day: firstDay, clicks: 0, impressions: 1 },
            { day: secondDay, clicks: 0, impressions: 0 },
          ],
        },
      ]);
      assert.equal((await server.call('editor', 'GET', `/api/v1/newsroom/partners/counts?from=${secondDay}&to=${firstDay}`)).status, 400);
      assert.equal((await server.call('editor', 'GET', '/api/v1/newsroom/partners/counts?from=2020-01-01&to=2026-12-31')).status, 400);
      assert.equal((await server.call('editor', 'GET', '/api/v1/newsroom/partners/counts?from=yesterday')).status, 400);
      assert.equal((await server.call('editor', 'GET', '/api/v1/newsroom/partners/999999/counts')).status, 404);

      // Deleting a partner takes its counts with it.
      assert.equal((await server.call('editor', 'DELETE', `/api/v1/newsroom/partners/${c.id}`)).status, 204);
      assert.equal((await audit('partner.delete'))[0].target.id, String(c.id));
      assert.equal((await server.call('editor', 'GET', `/api/v1/newsroom/partners/${c.id}/counts`)).status, 404);
      assert.equal((await fetch(server.url(`/api/v1/partners/${c.id}/click`), { redirect: 'manual' })).status, 404);
    });

    test('simultaneous additions with one title each get their own key', async () => {
      const before = new Set((await server.store.listAllPartners()).map((partner) => partner.key));
      const answers = await Promise.all(Array.from({ length: 6 }, () => createPartner({ name: 'Báo Nhân Dân điện tử' })));
      assert.deepEqual(
        answers.map((answer) => answer.status),
        [201, 201, 201, 201, 201, 201],
        JSON.stringify(answers.map((answer) => answer.body)),
      );
      const keys = answers.map((answer) => answer.body.key as string);
      assert.equal(new Set(keys).size, 6, `distinct keys: ${keys.join(', ')}`);
      for (const key of keys) assert.ok(!before.has(key) && /^bao-nhan-dan-dien-tu(?:-\d+)?$/.test(key), key);
      for (const answer of answers) {
        assert.equal((await server.call('editor', 'DELETE', `/api/v1/newsroom/partners/${answer.body.id}`)).status, 204);
      }
    });

    test('banners: clicks and impressions per day over time, in the partners’ answer shape with the title; deleting takes them', async () => {
      const a = (await createBanner({ title: 'Chào mừng Đại hội', url: '/chuyen-muc/tin-hoat-dong' })).body;
      const b = (await createBanner({ title: 'Chuyển đổi số', url: 'https://chuyendoiso.example/' })).body;
      const c = (await createBanner({ title: 'Không có liên kết' })).body;
      const listed = (await publicList('/api/v1/banners')) as { id: number; clickUrl: string | null }[];
      const clickUrl = (id: number) => listed.find((item) => item.id === id)!.clickUrl;
      assert.equal(clickUrl(a.id), server.url(`/api/v1/banners/${a.id}/click`));
      assert.equal(clickUrl(c.id), null);

      const click = (id: number) =>
        fetch(server.url(`/api/v1/banners/${id}/click`), { redirect: 'manual', headers: { 'user-agent': FIREFOX } });
      const seen = (ids: number[]) =>
        fetch(server.url('/api/v1/banners/impressions'), {
          method: 'POST',
          headers: { 'user-agent': FIREFOX, 'content-type': 'text/plain' },
          body: JSON.stringify({ ids }),
        });
      const firstDay = (await server.call('editor', 'GET', '/api/v1/newsroom/banners/counts')).body.to as string;
      assert.equal((await seen([a.id, b.id, c.id])).status, 204);
      const first = await click(a.id);
      assert.equal(first.status, 302);
      assert.equal(first.headers.get('location'), server.url('/chuyen-muc/tin-hoat-dong'));
      server.advance(DAY);
      assert.equal((await seen([b.id])).status, 204);
      assert.equal((await click(b.id)).headers.get('location'), 'https://chuyendoiso.example/');
      assert.equal((await click(b.id)).status, 302);
      assert.equal((await click(c.id)).status, 404, 'a banner without a link has nothing to click');

      const all = await server.call('editor', 'GET', '/api/v1/newsroom/banners/counts');
      assert.equal(all.status, 200, JSON.stringify(all.body));
      const secondDay = all.body.to as string;
      assert.ok(secondDay > firstDay);
      assert.deepEqual(Object.keys(all.body).sort(), ['from', 'items', 'to']);
      const ids = all.body.items.map((item: { id: number }) => item.id) as number[];
      assert.deepEqual(ids.slice(-3), [a.id, b.id, c.id], 'every banner, in display order');
      const ofB = all.body.items.find((item: { id: number }) => item.id === b.id);
      assert.deepEqual(Object.keys(ofB), ['id', 'title', 'clicks', 'impressions', 'days']);
      assert.equal(ofB.days.length, 30, 'the last 30 days by default');
      assert.deepEqual(ofB.days.slice(-2), [
        { day: firstDay, clicks: 0, impressions: 1 },
        { day: secondDay, clicks: 2, impressions: 1 },
      ]);
      assert.deepEqual([ofB.title, ofB.clicks, ofB.impressions], ['Chuyển đổi số', 2, 2]);

      const one = await server.call('admin', 'GET', `/api/v1/newsroom/banners/${a.id}/counts?from=${firstDay}&to=${secondDay}`);
      assert.equal(one.status, 200, JSON.stringify(one.body));
      assert.deepEqual(one.body, {
        from: firstDay,
        to: secondDay,
        items: [
          {
            id: a.id,
            title: 'Chào mừng Đại hội',
            clicks: 1,
            impressions: 1,
            days: [
              { day: firstDay, clicks: 1, impressions: 1 },
              { day: secondDay, clicks: 0, impressions: 0 },
            ],
          },
        ],
      });
      // The same shape as the partners' answer, with `title` in place of `name` and no placement.
      const partnerShape = await server.call('editor', 'GET', `/api/v1/newsroom/partners/counts?from=${firstDay}&to=${secondDay}`);
      assert.equal(partnerShape.status, 200);
      for (const item of partnerShape.body.items) {
        assert.deepEqual(Object.keys(item), ['id', 'name', 'placement', 'clicks', 'impressions', 'days']);
      }
      const earlier = await server.call('editor', 'GET', `/api/v1/newsroom/banners/${a.id}/counts?from=2026-01-01&to=2026-01-31`);
      assert.equal(earlier.status, 200);
      assert.deepEqual([earlier.body.items[0].clicks, earlier.body.items[0].days.length], [0, 31]);

      for (const query of [`from=${secondDay}&to=${firstDay}`, 'from=2020-01-01&to=2026-12-31', 'from=yesterday', 'to=2026-1-1', 'day=1']) {
        const answer = await server.call('editor', 'GET', `/api/v1/newsroom/banners/counts?${query}`);
        assert.equal(answer.status, 400, query);
        assert.match(answer.body.error.code, /^(validation_failed|invalid_parameter)$/, query);
      }
      for (const path of ['/api/v1/newsroom/banners/999999/counts', '/api/v1/newsroom/banners/abc/counts']) {
        const answer = await server.call('editor', 'GET', path);
        assert.equal(answer.status, path.includes('abc') ? 400 : 404, path);
      }

      // Deleting a banner takes its counts with it.
      assert.equal((await server.call('editor', 'DELETE', `/api/v1/newsroom/banners/${b.id}`)).status, 204);
      assert.equal((await server.call('editor', 'GET', `/api/v1/newsroom/banners/${b.id}/counts`)).status, 404);
      assert.deepEqual(await server.store.bannerDailyCounts({ from: firstDay, to: secondDay, id: b.id }), []);
      assert.equal((await click(b.id)).status, 404);
      assert.equal((await seen([b.id])).status, 404);
      assert.equal((await server.store.bannerDailyCounts({ from: firstDay, to: secondDay, id: a.id })).length, 1, 'the others stay');
    });

    test('refused: 401 without a session, 403 from another site, 404 unknown ids, 400 bad input; nothing changes', async () => {
      const banner = (await createBanner({ title: 'Băng rôn để thử' })).body;
      const partner = (await createPartner({ name: 'Đối tác để thử' })).body;
      const ids = async (path: string) =>
        (await server.call('editor', 'GET', path)).body.items.map((item: { id: number }) => item.id) as number[];
      const bannerIds = await ids('/api/v1/newsroom/banners');
      const partnerIds = await ids('/api/v1/newsroom/partners');
      const before = await snapshot();

      const routes: [string, string, unknown?][] = [
        ['GET', '/api/v1/newsroom/banners'],
        ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId, alt: 'x' } }],
        ['PATCH', `/api/v1/newsroom/banners/${banner.id}`, { title: 'y' }],
        ['DELETE', `/api/v1/newsroom/banners/${banner.id}`],
        ['PUT', '/api/v1/newsroom/banners/order', { ids: bannerIds }],
        ['GET', '/api/v1/newsroom/partners'],
        ['POST', '/api/v1/newsroom/partners', { name: 'x', image: { mediaId, alt: 'x' }, url: 'https://x.example', placement: 'sidebar' }],
        ['PATCH', `/api/v1/newsroom/partners/${partner.id}`, { pinned: true }],
        ['DELETE', `/api/v1/newsroom/partners/${partner.id}`],
        ['PUT', '/api/v1/newsroom/partners/order', { ids: partnerIds }],
        ['GET', '/api/v1/newsroom/partners/counts'],
        ['GET', `/api/v1/newsroom/partners/${partner.id}/counts`],
        ['GET', '/api/v1/newsroom/banners/counts'],
        ['GET', `/api/v1/newsroom/banners/${banner.id}/counts`],
      ];
      for (const [method, path, body] of routes) {
        const answer = await server.call('anonymous', method, path, body);
        assert.equal(answer.status, 401, `${method} ${path}`);
        assert.equal(answer.body.error.code, 'unauthenticated');
        if (method !== 'GET') await assertForgedWritesRefused(server, [[method, path, body]]);
      }
      assert.deepEqual(await snapshot(), before);

      const bad: [string, string, unknown, RegExp][] = [
        ['POST', '/api/v1/newsroom/banners', { image: { mediaId, alt: 'x' } }, /required property 'title'/],
        ['POST', '/api/v1/newsroom/banners', { title: 12, image: { mediaId, alt: 'x' } }, /title must be string/],
        ['POST', '/api/v1/newsroom/banners', { title: '   ', image: { mediaId, alt: 'x' } }, /title must match pattern/],
        ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId, alt: '' } }, /alt/],
        ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId } }, /required property 'alt'/],
        ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId: 999999, alt: 'x' } }, /No uploaded image 999999/],
        ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId, alt: 'x' }, owner: 'me' }, /additional properties/],
        ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId, alt: 'x', path: '/etc' } }, /additional properties/],
        ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId, alt: 'x' }, url: 'javascript:alert(1)' }, /url/],
        ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId, alt: 'x' }, url: '//evil.example' }, /url/],
        ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId, alt: 'x' }, interval: '5000' }, /interval/],
        ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId, alt: 'x' }, startsAt: '2026-12-05T07:00:00' }, /startsAt/],
        [
          'POST',
          '/api/v1/newsroom/banners',
          { title: 'x', image: { mediaId, alt: 'x' }, startsAt: '2026-12-05T07:00:00Z', endsAt: '2026-12-05T07:00:00+07:00' },
          /endsAt must be after startsAt/,
        ],
        ['PATCH', `/api/v1/newsroom/banners/${banner.id}`, {}, /fewer than 1 properties/],
        ['PATCH', `/api/v1/newsroom/banners/${banner.id}`, { key: 'khac' }, /additional properties/],
        ['PATCH', '/api/v1/newsroom/banners/abc', { title: 'x' }, /id must be integer/],
        ['PUT', '/api/v1/newsroom/banners/order', { ids: bannerIds.slice(1) }, /every banner/],
        ['PUT', '/api/v1/newsroom/banners/order', { ids: [...bannerIds, bannerIds[0]] }, /every banner/],
        ['PUT', '/api/v1/newsroom/banners/order', { ids: [...bannerIds.slice(1), 999999] }, /every banner/],
        ['PUT', '/api/v1/newsroom/banners/order', { ids: bannerIds.map(String) }, /must be integer/],
        ['POST', '/api/v1/newsroom/partners', { name: 'x', image: { mediaId, alt: 'x' }, placement: 'sidebar' }, /required property 'url'/],
        [
          'POST',
          '/api/v1/newsroom/partners',
          { name: 'x', image: { mediaId, alt: 'x' }, url: '/duong-dan', placement: 'sidebar' },
          /url must match pattern/,
        ],
        [
          'POST',
          '/api/v1/newsroom/partners',
          { name: 'x', image: { mediaId, alt: 'x' }, url: 'https://x.example', placement: 'Side Bar' },
          /placement/,
        ],
        ['PATCH', `/api/v1/newsroom/banners/${banner.id}`, { image: { mediaId: 999999, alt: 'x' } }, /No uploaded image 999999/],
        ['PATCH', `/api/v1/newsroom/banners/${banner.id}`, { image: { mediaId: 0, alt: 'x' } }, /mediaId must be >= 1/],
        [
          'POST',
          '/api/v1/newsroom/partners',
          { name: 'x', image: { mediaId: 999999, alt: 'x' }, url: 'https://x.example', placement: 'sidebar' },
          /No uploaded image 999999/,
        ],
        [
          'POST',
          '/api/v1/newsroom/partners',
          { name: 'x', image: { mediaId: '1', alt: 'x' }, url: 'https://x.example', placement: 'sidebar' },
          /mediaId must be integer/,
        ],
        ['PATCH', `/api/v1/newsroom/partners/${partner.id}`, { image: { mediaId: 2 ** 31, alt: 'x' } }, /mediaId must be <= 2147483647/],
        ['PATCH', `/api/v1/newsroom/partners/${partner.id}`, { image: { mediaId: 999999, alt: 'x' } }, /No uploaded image 999999/],
        ['PATCH', `/api/v1/newsroom/partners/${partner.id}`, { pinned: 'yes' }, /pinned must be boolean/],
        ['PATCH', `/api/v1/newsroom/partners/${partner.id}`, { endsAt: '2000-01-01T00:00:00Z' }, /endsAt must be after startsAt/],
        ['PUT', '/api/v1/newsroom/partners/order', { ids: partnerIds.slice(0, -1) }, /every partner/],
      ];
      // A partner with a start, so that an end before it is refused.
      await server.call('editor', 'PATCH', `/api/v1/newsroom/partners/${partner.id}`, { startsAt: '2026-01-01T00:00:00Z' });
      const withStart = await snapshot();
      for (const [method, path, body, message] of bad) {
        const answer = await server.call('editor', method, path, body);
        assert.equal(answer.status, 400, `${method} ${path} ${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, 'validation_failed', JSON.stringify(answer.body));
        assert.match(answer.body.error.message, message, `${JSON.stringify(body)}: ${answer.body.error.message}`);
      }
      assert.deepEqual(await snapshot(), withStart);

      for (const [method, path, body] of [
        ['PATCH', '/api/v1/newsroom/banners/999999', { title: 'x' }],
        ['DELETE', '/api/v1/newsroom/banners/999999'],
        ['PATCH', '/api/v1/newsroom/partners/999999', { pinned: true }],
        ['DELETE', '/api/v1/newsroom/partners/999999'],
      ] as [string, string, unknown?][]) {
        const answer = await server.call('admin', method, path, body);
        assert.equal(answer.status, 404, `${method} ${path}`);
        assert.equal(answer.body.error.code, 'not_found');
      }
      assert.deepEqual(await snapshot(), withStart);
    });
  });
}
