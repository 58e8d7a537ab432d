// Site editors (the webmaster of one member site) on the real server, on SQLite and on PostgreSQL. Every route of the
// OpenAPI document is classified here, so a new route cannot be forgotten: the test fails until it says who may use
// it. Each staff route is walked as the site editor of site A, the site editor of site B, an editor, an admin and
// anonymous: a site editor reads and changes their own site and its traffic only, never the other's (both ways), and
// nothing else of the newsroom; every refusal is in the API's error shape and changes nothing.
import assert from 'node:assert/strict';
import { addDays } from '../src/stats/clock.js';
import { portalDay } from '../src/views.js';
import { startNewsroomServer, SITE_A, SITE_B, type NewsroomServer, type Who } from './newsroom-support.js';
import { describeStore, storeBackends } from './pg-support.js';

/**
 * Who may use a route: `public` everyone; `content` editors and admins; `admin` admins only; `site` admins, and a
 * site editor on their own site; `traffic` editors and admins, and a site editor for their own site.
 */
type Rule = 'public' | 'content' | 'admin' | 'site' | 'traffic';

/** Every operation of the OpenAPI document, with its rule and a request that passes validation (ids of nothing). */
const ROUTES: Record<string, { rule: Rule; path?: string; body?: unknown; headers?: Record<string, string> }> = {
  'GET /api/v1/newsroom/articles': { rule: 'content' },
  'GET /api/v1/newsroom/articles/{id}': { rule: 'content', path: '/api/v1/newsroom/articles/999999' },
  'POST /api/v1/articles': { rule: 'content', body: { title: 'x', category: 'tin-hoat-dong' } },
  'PATCH /api/v1/articles/{id}': { rule: 'content', path: '/api/v1/articles/999999', body: { version: 1, title: 'y' } },
  'DELETE /api/v1/articles/{id}': { rule: 'content', path: '/api/v1/articles/999999' },
  'POST /api/v1/articles/{id}/restore': { rule: 'admin', path: '/api/v1/articles/999999/restore' },
  'GET /api/v1/categories': { rule: 'public' },
  'GET /api/v1/users': { rule: 'admin' },
  'POST /api/v1/users': { rule: 'admin', body: { username: 'khong-ai', displayName: 'Không ai', role: 'editor' } },
  'PATCH /api/v1/users/{id}': { rule: 'admin', path: '/api/v1/users/999999', body: { displayName: 'y' } },
  'POST /api/v1/users/{id}/password-reset': { rule: 'admin', path: '/api/v1/users/999999/password-reset' },
  'GET /api/v1/newsroom/sites': { rule: 'site' },
  'POST /api/v1/newsroom/sites': {
    rule: 'admin',
    body: { id: 'site-c', name: 'C', homeUrl: 'https://site-c.example.vn', origins: ['https://site-c.example.vn'] },
  },
  'GET /api/v1/newsroom/sites/{id}': { rule: 'site' },
  'PATCH /api/v1/newsroom/sites/{id}': { rule: 'site', body: { version: 1000, name: 'Không lưu' } },
  'POST /api/v1/newsroom/sites/{id}/disable': { rule: 'admin', path: `/api/v1/newsroom/sites/${SITE_A}/disable` },
  'POST /api/v1/newsroom/sites/{id}/enable': { rule: 'admin', path: `/api/v1/newsroom/sites/${SITE_A}/enable` },
  'GET /api/v1/audit': { rule: 'admin' },
  'POST /api/v1/media': { rule: 'content', body: new Uint8Array([0x52, 0x49, 0x46, 0x46]), headers: { 'content-type': 'image/webp' } },
  'GET /api/v1/media': { rule: 'content' },
  'GET /api/v1/media/{id}': { rule: 'content', path: '/api/v1/media/999999' },
  'GET /api/v1/newsroom/banners': { rule: 'content' },
  'POST /api/v1/newsroom/banners': { rule: 'content', body: { title: 'x', image: { mediaId: 999999, alt: 'x' } } },
  'PUT /api/v1/newsroom/banners/order': { rule: 'content', body: { ids: [999999] } },
  'PATCH /api/v1/newsroom/banners/{id}': { rule: 'content', path: '/api/v1/newsroom/banners/999999', body: { title: 'y' } },
  'DELETE /api/v1/newsroom/banners/{id}': { rule: 'content', path: '/api/v1/newsroom/banners/999999' },
  'GET /api/v1/newsroom/partners': { rule: 'content' },
  'POST /api/v1/newsroom/partners': {
    rule: 'content',
    body: { name: 'x', image: { mediaId: 999999, alt: 'x' }, url: 'https://x.example', placement: 'sidebar' },
  },
  'PUT /api/v1/newsroom/partners/order': { rule: 'content', body: { ids: [999999] } },
  'PATCH /api/v1/newsroom/partners/{id}': { rule: 'content', path: '/api/v1/newsroom/partners/999999', body: { pinned: true } },
  'DELETE /api/v1/newsroom/partners/{id}': { rule: 'content', path: '/api/v1/newsroom/partners/999999' },
  'GET /api/v1/newsroom/partners/counts': { rule: 'content' },
  'GET /api/v1/newsroom/partners/{id}/counts': { rule: 'content', path: '/api/v1/newsroom/partners/999999/counts' },
  'GET /api/v1/newsroom/banners/counts': { rule: 'content' },
  'GET /api/v1/newsroom/banners/{id}/counts': { rule: 'content', path: '/api/v1/newsroom/banners/999999/counts' },
  'GET /api/v1/newsroom/traffic': { rule: 'traffic' },
  'GET /api/v1/search': { rule: 'public' },
  'GET /api/v1/banners': { rule: 'public' },
  'GET /api/v1/banners/sets': { rule: 'public' },
  'GET /api/v1/partners': { rule: 'public' },
  'GET /embed/render/article-list': { rule: 'public' },
  'GET /embed/render/banner-carousel': { rule: 'public' },
  'GET /embed/render/partner-strip': { rule: 'public' },
  'GET /embed/render/visit-counter': { rule: 'public' },
  'GET /api/v1/embed/catalog': { rule: 'public' },
  'GET /embed/preview': { rule: 'public' },
  'GET /api/v1/newsroom/sites/usage': { rule: 'admin' },
  'GET /api/v1/newsroom/origins': { rule: 'admin' },
  'POST /api/v1/newsroom/origins/approve': { rule: 'admin', body: { origin: 'https://la.example.vn', site: SITE_A, version: 1000 } },
  'POST /api/v1/newsroom/origins/ignore': { rule: 'admin', body: { origin: 'https://la.example.vn' } },
  'POST /api/v1/newsroom/origins/unignore': { rule: 'admin', body: { origin: 'https://la.example.vn' } },
};

const SITE_EDITORS = [
  { who: 'siteA', own: SITE_A, other: SITE_B },
  { who: 'siteB', own: SITE_B, other: SITE_A },
] as const;

for (const backend of await storeBackends()) {
  describeStore(backend, 'site editors', ({ test, before, after }) => {
    let server: NewsroomServer;
    before(async () => (server = await startNewsroomServer(backend, { siteEditors: true })));
    after(() => server.close());

    /** Everything a refused request must leave as it was. */
    const snapshot = async () => ({
      sites: await server.store.listSites(),
      users: await server.store.listStaffUsers(),
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });
    const assertRefused = (answer: { status: number; body: { error?: { code: string } } }, status: number, code: string, what: string) => {
      assert.equal(answer.status, status, `${what}: ${JSON.stringify(answer.body)}`);
      assert.equal(answer.body.error?.code, code, what);
    };

    test('every route of the OpenAPI document is classified, and each role gets what its rule allows', async () => {
      const doc = (await server.call('anonymous', 'GET', '/api/v1/openapi.json')).body as {
        paths: Record<string, Record<string, { security?: unknown[] }>>;
      };
      const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          key: `${method.toUpperCase()} ${path}`,
          staff: operation.security !== undefined,
        })),
      );
      assert.deepEqual(
        operations.map(({ key }) => key).sort(),
        Object.keys(ROUTES).sort(),
        'every documented route is classified here (and nothing else)',
      );
      for (const { key, staff } of operations) assert.equal(staff, ROUTES[key].rule !== 'public', `${key}: a session route iff not public`);

      const before = await snapshot();
      const staffRoutes = Object.entries(ROUTES).filter(([, { rule }]) => rule !== 'public');
      for (const [key, { rule, path: given, body, headers }] of staffRoutes) {
        const [method, template] = key.split(' ');
        const path = given ?? template.replace('{id}', SITE_A);
        const call = (who: Who) => server.call(who, method, path, body, headers);
        assertRefused(await call('anonymous'), 401, 'unauthenticated', `anonymous ${key}`);
        for (const { who } of SITE_EDITORS) {
          if (rule === 'content' || rule === 'admin') assertRefused(await call(who), 403, 'forbidden', `${who} ${key}`);
        }
        if (rule === 'admin' || rule === 'site') assertRefused(await call('editor'), 403, 'forbidden', `editor ${key}`);
        // Allowed reads answer (writes are the routes' own tests'); a missing id is a 404 past the guard.
        if (method === 'GET') {
          for (const who of ['admin', ...(rule === 'content' || rule === 'traffic' ? ['editor'] : [])] as Who[]) {
            const answer = await call(who);
            assert.ok([200, 404].includes(answer.status), `${who} ${key}: ${answer.status} ${JSON.stringify(answer.body)}`);
          }
        }
      }
      assert.deepEqual(await snapshot(), before, 'no refused request changed anything');
    });

    test('staff pages outside the API: the newsroom shows a site editor their screens only; previews and partner figures are closed', async () => {
      for (const { who } of SITE_EDITORS) {
        const cookie = await server.cookie(who);
        const page = await fetch(server.url('/quan-tri/'), { headers: { cookie } });
        assert.equal(page.status, 200);
        const nav = (await page.text()).match(/<nav[\s\S]*?<\/nav>/)?.[0] ?? '';
        assert.match(nav, /href="\/quan-tri\/truy-cap"/);
        assert.match(nav, /href="\/quan-tri\/trang-thanh-vien">Trang của tôi</);
        assert.match(nav, /href="\/quan-tri\/ma-nhung">Mã nhúng</, 'their embed code');
        assert.doesNotMatch(nav, /bai-viet|quang-cao|tai-khoan|nhat-ky/, 'no article, banner, account or audit link');
        const preview = await fetch(server.url('/quan-tri/xem-truoc/1'), { headers: { cookie }, redirect: 'manual' });
        assert.equal(preview.status, 404);
        const counts = await fetch(server.url('/api/v1/partners/stats'), { headers: { cookie } });
        assert.equal(counts.status, 401);
        assert.equal(((await counts.json()) as { error: { code: string } }).error.code, 'unauthorized');
      }
      const editorPage = await (await fetch(server.url('/quan-tri/'), { headers: { cookie: await server.cookie('editor') } })).text();
      assert.doesNotMatch(editorPage, /trang-thanh-vien/, 'an editor has no member site');
      assert.equal((await fetch(server.url('/api/v1/partners/stats'), { headers: { cookie: await server.cookie('editor') } })).status, 200);
    });

    test('sites: a site editor lists, reads and changes their own site only, never the other (both ways)', async () => {
      for (const { who, own, other } of SITE_EDITORS) {
        const list = await server.call(who, 'GET', '/api/v1/newsroom/sites');
        assert.equal(list.status, 200);
        assert.deepEqual(
          list.body.items.map((site: { id: string }) => site.id),
          [own],
        );
        assert.doesNotMatch(JSON.stringify(list.body), new RegExp(other));
        assert.equal((await server.call(who, 'GET', `/api/v1/newsroom/sites/${own}`)).body.id, own);

        const before = await snapshot();
        const otherBefore = await server.store.getSite(other);
        // Another site's id is answered exactly as a missing site's.
        const missing = await server.call(who, 'GET', '/api/v1/newsroom/sites/khong-co');
        for (const id of [other, 'portal']) {
          const answer = await server.call(who, 'GET', `/api/v1/newsroom/sites/${id}`);
          assertRefused(answer, 404, 'not_found', `${who} GET ${id}`);
          assert.equal(answer.body.error.message, missing.body.error.message.replace('khong-co', id));
          const change = await server.call(who, 'PATCH', `/api/v1/newsroom/sites/${id}`, { version: 1, name: 'Chiếm' });
          assertRefused(change, 404, 'not_found', `${who} PATCH ${id}`);
        }
        for (const action of ['disable', 'enable']) {
          assertRefused(await server.call(who, 'POST', `/api/v1/newsroom/sites/${own}/${action}`), 403, 'forbidden', `${who} ${action}`);
        }
        // Neither the id nor the state is a field of a change.
        for (const field of [{ id: 'moi' }, { disabled: true }]) {
          const answer = await server.call(who, 'PATCH', `/api/v1/newsroom/sites/${own}`, { version: 1, ...field });
          assertRefused(answer, 400, 'validation_failed', `${who} PATCH ${JSON.stringify(field)}`);
        }
        const bad = await server.call(who, 'PATCH', `/api/v1/newsroom/sites/${own}`, { version: 1, homeUrl: 'ftp://x' });
        assertRefused(bad, 400, 'validation_failed', 'a bad address');
        assert.deepEqual(await snapshot(), before, 'refusals changed nothing');

        const { version } = (await server.call(who, 'GET', `/api/v1/newsroom/sites/${own}`)).body;
        const change = {
          version,
          name: `Trang ${own}`,
          homeUrl: `https://${own}.example.vn/`,
          origins: [`https://${own}.example.vn`, `https://www.${own}.example.vn`],
          feedUrl: `https://${own}.example.vn/rss`,
          contact: { name: 'Webmaster', email: `web@${own}.example.vn` },
          timeZone: 'Asia/Bangkok',
        };
        const saved = await server.call(who, 'PATCH', `/api/v1/newsroom/sites/${own}`, change);
        assert.equal(saved.status, 200, JSON.stringify(saved.body));
        const { version: _version, ...fields } = change;
        assert.deepEqual({ ...saved.body, version: undefined }, { ...saved.body, ...fields, version: undefined });
        const [entry] = (await server.store.listAudit({ offset: 0, limit: 1, action: 'site.update', target: { type: 'site', id: own } }))
          .items;
        assert.equal(entry.actor?.username, who === 'siteA' ? 'trang-a' : 'trang-b');
        assert.deepEqual(await server.store.getSite(other), otherBefore, 'the other site is as it was');
      }
    });

    test('traffic: a site editor sees their site against the network, its most viewed pages, nothing of another site', async () => {
      const today = portalDay(server.clock.now());
      const at = server.clock.now().getTime();
      const hits = (site: string, path: string, count: number, day = today) =>
        Array.from({ length: count }, (_, i) => ({ site, at: at - i, day, path, referrer: null, visitor: `${site}-${i}`, newVisit: true }));
      await server.store.commitStatsHits([
        // Twelve pages of site A, /p1 most viewed; ties ordered by path.
        ...Array.from({ length: 12 }, (_, i) => hits(SITE_A, `/p${i + 1}`, i === 0 ? 9 : i < 3 ? 5 : 1)).flat(),
        // Forty days ago: outside a 30-day period, inside a 90-day one.
        ...hits(SITE_A, '/cu', 20, addDays(today, -40)),
        ...hits(SITE_B, '/bi-mat-cua-b', 7),
        ...hits('portal', '/', 3),
      ]);
      const a = await server.call('siteA', 'GET', '/api/v1/newsroom/traffic');
      assert.equal(a.status, 200, JSON.stringify(a.body));
      assert.deepEqual(
        a.body.sites.map((site: { id: string; total: number }) => [site.id, site.total]),
        [[SITE_A, 28]],
      );
      assert.equal(a.body.network.total, 28 + 7 + 3, 'the network counts every site');
      assert.equal(a.body.topArticles, undefined);
      assert.deepEqual(a.body.topPages, [
        { path: '/p1', views: 9 },
        { path: '/p2', views: 5 },
        { path: '/p3', views: 5 },
        { path: '/p10', views: 1 },
        { path: '/p11', views: 1 },
        { path: '/p12', views: 1 },
        { path: '/p4', views: 1 },
        { path: '/p5', views: 1 },
        { path: '/p6', views: 1 },
        { path: '/p7', views: 1 },
      ]);
      assert.doesNotMatch(JSON.stringify(a.body), /site-b|bi-mat|portal/, 'nothing of another site');
      assert.deepEqual((await server.call('siteA', 'GET', `/api/v1/newsroom/traffic?site=${SITE_A}`)).body, a.body);
      const longer = await server.call('siteA', 'GET', '/api/v1/newsroom/traffic?days=90');
      assert.deepEqual(longer.body.topPages[0], { path: '/cu', views: 20 });

      const b = await server.call('siteB', 'GET', '/api/v1/newsroom/traffic');
      assert.deepEqual(b.body.topPages, [{ path: '/bi-mat-cua-b', views: 7 }]);
      assert.doesNotMatch(JSON.stringify(b.body), /site-a|\/p1|portal/);

      for (const { who, own, other } of SITE_EDITORS) {
        for (const site of ['all', other, 'portal', 'khong-co']) {
          const answer = await server.call(who, 'GET', `/api/v1/newsroom/traffic?site=${site}`);
          assertRefused(answer, 403, 'forbidden', `${who} site=${site}`);
          assert.doesNotMatch(answer.body.error.message, new RegExp(other));
        }
        assertRefused(await server.call(who, 'GET', `/api/v1/newsroom/traffic?site=${own}&days=7`), 400, 'validation_failed', 'days=7');
      }

      // Editors and admins: one member site has topPages too; the portal and the whole network keep topArticles.
      const member = await server.call('editor', 'GET', `/api/v1/newsroom/traffic?site=${SITE_B}`);
      assert.deepEqual(member.body.topPages, b.body.topPages);
      assert.equal(member.body.topArticles, undefined);
      for (const site of ['portal', 'all']) {
        const answer = await server.call('admin', 'GET', `/api/v1/newsroom/traffic?site=${site}`);
        assert.ok(Array.isArray(answer.body.topArticles), site);
        assert.equal(answer.body.topPages, undefined, site);
      }
      assert.equal((await server.call('editor', 'GET', '/api/v1/newsroom/traffic')).body.sites.length, 3, 'all by default');
    });

    test('users: admins create, invite and move site editors; a missing, unknown, disabled or unwanted site is refused', async () => {
      const before = await snapshot();
      const create = (body: Record<string, unknown>) =>
        server.call('admin', 'POST', '/api/v1/users', { username: 'trang-c', displayName: 'Trang C', ...body });
      assertRefused(await create({ role: 'site-editor' }), 400, 'site_required', 'no site');
      assertRefused(await create({ role: 'editor', siteId: SITE_A }), 400, 'site_not_allowed', 'an editor with a site');
      assertRefused(await create({ role: 'admin', siteId: SITE_A }), 400, 'site_not_allowed', 'an admin with a site');
      assertRefused(await create({ role: 'site-editor', siteId: 'khong-co' }), 400, 'unknown_site', 'an unknown site');
      assertRefused(await create({ role: 'site-editor', siteId: 'portal' }), 400, 'unknown_site', 'the portal itself');
      assertRefused(await create({ role: 'site-editor', siteId: 'A B' }), 400, 'unknown_site', 'no such id');
      await server.store.upsertStatsSite({ id: 'site-tat', origins: ['https://tat.example.vn'], timeZone: 'UTC' });
      assert.equal((await server.call('admin', 'POST', '/api/v1/newsroom/sites/site-tat/disable')).status, 200);
      const afterDisable = await snapshot();
      assertRefused(await create({ role: 'site-editor', siteId: 'site-tat' }), 400, 'site_disabled', 'a disabled site');
      assert.deepEqual(await snapshot(), afterDisable, 'refusals changed nothing');
      assert.equal(before.users.length, afterDisable.users.length);

      // The invitation: no password given, a temporary one shown once.
      const invited = await create({ role: 'site-editor', siteId: SITE_A });
      assert.equal(invited.status, 201, JSON.stringify(invited.body));
      assert.equal(invited.body.user.siteId, SITE_A);
      assert.equal(invited.body.user.mustChangePassword, true);
      assert.match(invited.body.temporaryPassword, /^[\w-]{24}$/);
      const [created] = (await server.store.listAudit({ offset: 0, limit: 1, action: 'user.create' })).items;
      assert.deepEqual(created.changes.siteId, { before: null, after: SITE_A });
      const id = invited.body.user.id as number;
      const listed = (await server.call('admin', 'GET', '/api/v1/users')).body.items;
      assert.deepEqual(
        listed.map((user: { username: string; siteId: string | null }) => [user.username, user.siteId]),
        [
          ['bientap', null],
          ['bientap2', null],
          ['quantri', null],
          ['trang-a', SITE_A],
          ['trang-b', SITE_B],
          ['trang-c', SITE_A],
        ],
      );

      const patch = (body: Record<string, unknown>) => server.call('admin', 'PATCH', `/api/v1/users/${id}`, body);
      const beforeChanges = await snapshot();
      assertRefused(await patch({ siteId: null }), 400, 'site_required', 'a site editor without a site');
      assertRefused(await patch({ siteId: 'site-tat' }), 400, 'site_disabled', 'to a disabled site');
      assertRefused(await patch({ siteId: 'khong-co' }), 400, 'unknown_site', 'to an unknown site');
      assertRefused(await patch({ role: 'editor', siteId: SITE_B }), 400, 'site_not_allowed', 'an editor with a site');
      assert.deepEqual(await snapshot(), beforeChanges, 'refusals changed nothing');
      const moved = await patch({ siteId: SITE_B });
      assert.equal(moved.status, 200);
      assert.equal(moved.body.siteId, SITE_B);
      const [update] = (await server.store.listAudit({ offset: 0, limit: 1, action: 'user.update' })).items;
      assert.deepEqual(update.changes.siteId, { before: SITE_A, after: SITE_B });
      const editor = await patch({ role: 'editor' });
      assert.deepEqual([editor.body.role, editor.body.siteId], ['editor', null], 'another role leaves the site');
      assertRefused(await patch({ role: 'site-editor' }), 400, 'site_required', 'back to site editor without a site');
      const back = await patch({ role: 'site-editor', siteId: SITE_A });
      assert.deepEqual([back.body.role, back.body.siteId], ['site-editor', SITE_A]);

      // The session's user says which site.
      const me = await fetch(server.url('/api/v1/auth/me'), { headers: { cookie: await server.cookie('siteA') } });
      const { user } = (await me.json()) as { user: { role: string; siteId: string | null } };
      assert.deepEqual([user.role, user.siteId], ['site-editor', SITE_A]);
    });

    test('the database refuses a site editor without a site, a site for another role, and an unknown site', async () => {
      const user = (username: string, role: 'editor' | 'site-editor', siteId: string | null) =>
        server.store.createUser({ username, displayName: username, role, siteId, passwordHash: 'x', createdAt: server.clock.now() });
      await assert.rejects(user('khong-trang', 'site-editor', null));
      await assert.rejects(user('co-trang', 'editor', SITE_A));
      await assert.rejects(user('trang-la', 'site-editor', 'khong-co'));
      assert.equal((await server.store.getUserByUsername('khong-trang')) ?? (await server.store.getUserByUsername('co-trang')), undefined);
    });
  });
}
