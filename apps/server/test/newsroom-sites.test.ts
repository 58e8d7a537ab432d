// The site registry on the real server, on SQLite and on PostgreSQL: every route for anonymous visitors, editors and
// admins; sites created, edited with the version check, disabled and enabled, each change in the audit log; refused
// requests (bad input, a stale version, another site's page) change nothing; a disabled site's visits are refused as an
// unknown site's and its statistics answer 410; the command line works on the same sites.
import assert from 'node:assert/strict';
import type { Store } from '../src/store/types.js';
import { FIREFOX, runCli } from './helpers.js';
import { assertAdminOnly, assertForgedWritesRefused, startNewsroomServer, type NewsroomServer } from './newsroom-support.js';
import { commandLineDatabase, describeStore, storeBackends } from './pg-support.js';

const MEMBER = 'https://sogd.example.vn';
const NEW_SITE = {
  id: 'so-gd',
  name: '  Sở Giáo dục và Đào tạo  ',
  homeUrl: 'https://sogd.example.vn',
  origins: [MEMBER, 'https://sogd.example.vn/', 'http://localhost:5173'],
};

for (const backend of await storeBackends()) {
  describeStore(backend, 'member sites API', ({ test, before, after }) => {
    let server: NewsroomServer;
    before(async () => (server = await startNewsroomServer(backend)));
    after(() => server.close());

    /** The audit entries of `action` on site so-gd (or `id`), newest first. */
    const audit = async (action: string, id = 'so-gd') =>
      (await server.store.listAudit({ offset: 0, limit: 50, action, target: { type: 'site', id } })).items;
    /** Everything a refused request must leave as it was. */
    const snapshot = async () => ({
      sites: await server.store.listSites(),
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });
    const hit = (site: string, origin = MEMBER) =>
      fetch(server.url('/api/v1/stats/hit'), {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin, 'user-agent': FIREFOX },
        body: JSON.stringify({ site, path: '/' }),
      });
    const hits = async (site: string) =>
      Number((await backend.rows(server.store, `SELECT COUNT(*) AS n FROM stats_hits WHERE site = '${site}'`))[0].n);

    test('every route: anonymous 401, editors 403, admins allowed', async () => {
      await server.store.upsertStatsSite({ id: 'quyen', origins: ['https://quyen.example.vn'], timeZone: 'UTC' });
      const routes: [string, string, unknown?][] = [
        ['GET', '/api/v1/newsroom/sites'],
        ['GET', '/api/v1/newsroom/sites/quyen'],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'quyen-2' }],
        ['PATCH', '/api/v1/newsroom/sites/quyen', { version: 1, name: 'Quyền' }],
        ['POST', '/api/v1/newsroom/sites/quyen/disable'],
        ['POST', '/api/v1/newsroom/sites/quyen/enable'],
      ];
      const before = await snapshot();
      await assertAdminOnly(server, routes);
      await assertForgedWritesRefused(server, routes.slice(2));
      assert.deepEqual(await snapshot(), before, 'nothing changed');
      const statuses = [];
      for (const [method, path, body] of routes) statuses.push((await server.call('admin', method, path, body)).status);
      assert.deepEqual(statuses, [200, 200, 201, 200, 200, 200]);
    });

    test('create: normalized, listed, audited, and its pages count visits at once', async () => {
      const created = await server.call('admin', 'POST', '/api/v1/newsroom/sites', {
        ...NEW_SITE,
        feedUrl: 'https://sogd.example.vn/rss',
        contact: { name: ' Nguyễn Văn A ', email: 'Webmaster@SoGD.example.vn' },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.headers.get('location'), '/api/v1/newsroom/sites/so-gd');
      const { createdAt, updatedAt, ...rest } = created.body;
      assert.equal(createdAt, server.clock.now().toISOString());
      assert.equal(updatedAt, createdAt);
      assert.deepEqual(rest, {
        id: 'so-gd',
        name: 'Sở Giáo dục và Đào tạo',
        homeUrl: 'https://sogd.example.vn/',
        origins: [MEMBER, 'http://localhost:5173'],
        feedUrl: 'https://sogd.example.vn/rss',
        contact: { name: 'Nguyễn Văn A', email: 'webmaster@sogd.example.vn' },
        timeZone: 'Asia/Ho_Chi_Minh',
        look: null,
        disabled: false,
        disabledAt: null,
        version: 1,
      });
      assert.deepEqual((await server.call('admin', 'GET', '/api/v1/newsroom/sites/so-gd')).body, created.body);
      const list = await server.call('admin', 'GET', '/api/v1/newsroom/sites');
      assert.deepEqual(
        list.body.items.map((site: { id: string }) => site.id),
        ['portal', 'quyen', 'quyen-2', 'so-gd'],
      );
      const [entry] = await audit('site.create');
      assert.equal(entry.actor.username, 'quantri');
      assert.equal(entry.summary, 'Sở Giáo dục và Đào tạo');
      assert.deepEqual(entry.changes.origins, { before: null, after: [MEMBER, 'http://localhost:5173'] });
      assert.deepEqual(entry.changes.disabled, { before: null, after: false });

      const answer = await hit('so-gd');
      assert.equal(answer.status, 200);
      assert.deepEqual(await answer.json(), { counted: true, visit: true });
      assert.equal((await fetch(server.url('/api/v1/stats/summary?site=so-gd'))).status, 200);

      const taken = await server.call('admin', 'POST', '/api/v1/newsroom/sites', NEW_SITE);
      assert.equal(taken.status, 409);
      assert.equal(taken.body.error.code, 'site_exists');
    });

    test('bad input gets a clear 400 and changes nothing', async () => {
      const before = await snapshot();
      const cases: [string, string, unknown, RegExp][] = [
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'A' }, /id/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'x' }, /id/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: '-so' }, /id/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'a'.repeat(33) }, /id/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'so-yt', name: 12345 }, /name/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'so-yt', name: '   ' }, /name must not be empty/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'so-yt', origins: [] }, /origins/],
        [
          'POST',
          '/api/v1/newsroom/sites',
          { ...NEW_SITE, id: 'so-yt', origins: ['https://soyt.example.vn/trang'] },
          /origins\[0\].*without a path/,
        ],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'so-yt', origins: ['ftp://soyt.example.vn'] }, /origins\[0\]/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'so-yt', homeUrl: 'javascript:alert(1)' }, /homeUrl/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'so-yt', feedUrl: 'file:///etc/passwd' }, /feedUrl/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'so-yt', timeZone: 'Mars/Olympus' }, /timeZone must be an IANA time zone/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'so-yt', contact: { email: 'not an address' } }, /email/],
        ['POST', '/api/v1/newsroom/sites', { ...NEW_SITE, id: 'so-yt', disabled: true }, /additional properties/],
        ['POST', '/api/v1/newsroom/sites', { name: 'Sở Y tế' }, /required/],
        ['PATCH', '/api/v1/newsroom/sites/so-gd', { name: 'Không có phiên bản' }, /version/],
        ['PATCH', '/api/v1/newsroom/sites/so-gd', { version: 1 }, /Nothing to change/],
        ['PATCH', '/api/v1/newsroom/sites/so-gd', { version: 1, id: 'so-gd-moi' }, /additional properties/],
        ['PATCH', '/api/v1/newsroom/sites/so-gd', { version: '1', name: 'Chuỗi' }, /version/],
        ['PATCH', '/api/v1/newsroom/sites/so-gd', { version: 1, origins: ['*'] }, /origins\[0\]/],
        ['GET', '/api/v1/newsroom/sites/KHONG_HOP_LE', undefined, /id/],
      ];
      for (const [method, path, body, message] of cases) {
        const answer = await server.call('admin', method, path, body);
        assert.equal(answer.status, 400, `${method} ${path} ${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, 'validation_failed');
        assert.match(answer.body.error.message, message, JSON.stringify(body));
      }
      const missing = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/khong-co', { version: 1, name: 'Không có' });
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'not_found');
      assert.equal((await server.call('admin', 'POST', '/api/v1/newsroom/sites/khong-co/disable')).status, 404);
      assert.deepEqual(await snapshot(), before);
    });

    test('update: the version check refuses a stale version with the current site; each change audited with before and after', async () => {
      const current = (await server.call('admin', 'GET', '/api/v1/newsroom/sites/so-gd')).body;
      server.advance(60_000);
      const edited = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/so-gd', {
        version: current.version,
        origins: [MEMBER, 'https://www.sogd.example.vn'],
        timeZone: 'Asia/Bangkok',
        contact: null,
        feedUrl: null,
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      assert.equal(edited.body.version, current.version + 1);
      assert.deepEqual(edited.body.contact, { name: null, email: null });
      assert.equal(edited.body.feedUrl, null);
      assert.equal(edited.body.createdAt, current.createdAt);
      assert.notEqual(edited.body.updatedAt, current.updatedAt);
      const [update] = await audit('site.update');
      assert.equal(update.target.id, 'so-gd');
      assert.deepEqual(Object.keys(update.changes).sort(), ['contact', 'feedUrl', 'origins', 'timeZone']);
      assert.deepEqual(update.changes.timeZone, { before: 'Asia/Ho_Chi_Minh', after: 'Asia/Bangkok' });
      // The new origin counts visits at once.
      assert.equal((await hit('so-gd', 'https://www.sogd.example.vn')).status, 200);

      const before = await snapshot();
      const stale = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/so-gd', { version: current.version, name: 'Cũ' });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'version_conflict');
      assert.match(stale.body.error.message, /Nothing was saved/);
      assert.deepEqual(stale.body.error.current, edited.body);
      assert.deepEqual(await snapshot(), before);
    });

    test('a disabled site: hits refused as an unknown site’s and not counted, statistics 410, enabled again counts again', async () => {
      const counted = await hits('so-gd');
      const unknown = await (await hit('khong-co')).json();
      const stream = await fetch(server.url('/api/v1/stats/stream?site=so-gd'));
      assert.equal(stream.status, 200);
      const disabled = await server.call('admin', 'POST', '/api/v1/newsroom/sites/so-gd/disable');
      const events = await stream.text(); // Ends: the open live stream of a disabled site is closed.
      assert.match(events, /event: summary/);
      assert.equal(disabled.status, 200);
      assert.equal(disabled.body.disabled, true);
      assert.equal(disabled.body.disabledAt, server.clock.now().toISOString());

      const refused = await hit('so-gd');
      assert.equal(refused.status, 404);
      const body = await refused.json();
      assert.deepEqual(body, JSON.parse(JSON.stringify(unknown).replaceAll('khong-co', 'so-gd')), 'the same answer as an unknown site');
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      assert.equal(await hits('so-gd'), counted, 'nothing counted');
      for (const path of [
        '/api/v1/stats/summary?site=so-gd',
        '/api/v1/stats/stream?site=so-gd',
        '/embed/render/visit-counter?site=so-gd',
      ]) {
        const answer = await fetch(server.url(path));
        assert.equal(answer.status, 410, path);
        assert.equal(answer.headers.get('access-control-allow-origin'), '*', 'the widget on the member site can read why');
        assert.deepEqual(await answer.json(), {
          error: { code: 'site_disabled', message: 'The site "so-gd" is disabled: its statistics are not available.' },
        });
      }

      // Idempotent: a second disable changes nothing and is not audited again.
      const entries = (await audit('site.disable')).length;
      assert.equal(entries, 1);
      const again = await server.call('admin', 'POST', '/api/v1/newsroom/sites/so-gd/disable');
      assert.deepEqual(again.body, disabled.body);
      assert.equal((await audit('site.disable')).length, 1);
      assert.deepEqual((await audit('site.disable'))[0].changes, { disabled: { before: false, after: true } });

      const portal = await server.call('admin', 'POST', '/api/v1/newsroom/sites/portal/disable');
      assert.equal(portal.status, 409);
      assert.equal(portal.body.error.code, 'portal_site');

      const enabled = await server.call('admin', 'POST', '/api/v1/newsroom/sites/so-gd/enable');
      assert.equal(enabled.status, 200);
      assert.equal(enabled.body.disabled, false);
      assert.equal(enabled.body.version, disabled.body.version + 1);
      assert.equal((await hit('so-gd')).status, 200);
      assert.equal(await hits('so-gd'), counted + 1);
      assert.equal((await fetch(server.url('/api/v1/stats/summary?site=so-gd'))).status, 200);
      assert.deepEqual((await audit('site.enable'))[0].changes, { disabled: { before: true, after: false } });
    });

    test('the audit log lists every change to a site, newest first', async () => {
      const answer = await server.call('admin', 'GET', '/api/v1/audit?targetType=site&targetId=so-gd');
      assert.equal(answer.status, 200);
      assert.deepEqual(
        answer.body.items.map((entry: { action: string }) => entry.action),
        ['site.enable', 'site.disable', 'site.update', 'site.create'],
      );
    });
  });
}

// The command line (`npm run site:add` / `site:list`) on the same sites as the API, on each backend.
for (const backend of await storeBackends()) {
  describeStore(backend, 'member sites on the command line', ({ test, before, after }) => {
    let database: Awaited<ReturnType<typeof commandLineDatabase>>;
    before(async () => (database = await commandLineDatabase(backend)));
    after(() => database.remove());
    const cli = (...args: string[]) => runCli('src/stats/cli.ts', args, database.env);
    const withStore = <T>(work: (store: Store) => Promise<T>) => database.withStore(work);

    test('site add and site list work on the registry: audited, versioned, a disabled site listed as such', async () => {
      const added = await cli('add', '--id', 'so-tc', '--origin', 'https://sotc.example.vn');
      assert.equal(added.code, 0, added.stderr);
      assert.match(added.stdout, /Added site so-tc \(Asia\/Ho_Chi_Minh\): https:\/\/sotc\.example\.vn/);
      const site = await withStore((store) => store.getSite('so-tc'));
      assert.deepEqual([site?.name, site?.homeUrl, site?.version, site?.disabledAt], ['so-tc', null, 1, null]);

      // Disabled (as the API does it), then changed on the command line: it stays disabled, and the version moves on.
      await withStore((store) =>
        store.updateSite('so-tc', 1, { disabledAt: new Date() }, 'site.disable', { actor: { id: null, username: 'test' }, at: new Date() }),
      );
      const changed = await cli('add', '--id', 'so-tc', '--origin', 'https://www.sotc.example.vn', '--time-zone', 'UTC');
      assert.equal(changed.code, 0, changed.stderr);
      const listed = await cli('list');
      assert.equal(listed.code, 0, listed.stderr);
      assert.match(listed.stdout, /^so-tc\tUTC\thttps:\/\/sotc\.example\.vn https:\/\/www\.sotc\.example\.vn\tdisabled$/m);
      const [after, entries] = await withStore(
        async (store) =>
          [
            await store.getSite('so-tc'),
            (await store.listAudit({ offset: 0, limit: 10, target: { type: 'site', id: 'so-tc' } })).items,
          ] as const,
      );
      assert.equal(after?.version, 3);
      assert.notEqual(after?.disabledAt, null);
      assert.deepEqual(
        entries.map((entry) => [entry.action, entry.actor.username]),
        [
          ['site.update', '(command line)'],
          ['site.disable', 'test'],
          ['site.create', '(command line)'],
        ],
      );
      assert.deepEqual(entries[0].changes.timeZone, { before: 'Asia/Ho_Chi_Minh', after: 'UTC' });

      // Refused: nothing changes.
      for (const args of [
        ['add', '--id', 'x', '--origin', 'https://x.example.vn'],
        ['add', '--id', 'a'.repeat(33), '--origin', 'https://x.example.vn'],
        ['add', '--id', 'so-tc', '--origin', 'https://sotc.example.vn/trang'],
      ]) {
        const refused = await cli(...args);
        assert.equal(refused.code, 2, args.join(' '));
        assert.notEqual(refused.stderr, '');
      }
      assert.deepEqual(await withStore((store) => store.getSite('so-tc')), after);
      assert.deepEqual(
        (await withStore((store) => store.listStatsSites())).map((item) => item.id),
        ['so-tc'],
      );
    });
  });
}
