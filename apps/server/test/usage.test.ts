// Where the widgets live, on the real server and on SQLite and PostgreSQL: embed bundles (moving and pinned), server
// renders, the widgets' data requests and hits are counted by the origin of the page, flushed in batches, and shown per
// site; an unregistered origin is listed for an admin to approve (added to a site, with the version check, audited) or
// ignore; refused requests change nothing; a flood of origins is capped; nothing about a visitor is stored.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { sri } from '../src/embed/versions.js';
import { MAX_ORIGINS_PER_FLUSH } from '../src/usage/recorder.js';
import { assertAdminOnly, assertForgedWritesRefused, startNewsroomServer, type NewsroomServer } from './newsroom-support.js';
import { describeStore, storeBackends, type StoreBackend } from './pg-support.js';
import { FIREFOX } from './helpers.js';

const MEMBER = 'https://sogd.example.vn';
const STRANGER = 'https://la.example.org';
const OTHER = 'https://khac.example.org';
const DAY_MS = 24 * 60 * 60_000;

/** An embed build: two entries and their integrity.json naming version 1.4.0 (served under /embed/v1.4.0/ too). */
async function embedBuild(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ap-embed-'));
  const files: Record<string, string> = {};
  for (const name of ['article-list.js', 'partner-strip.js']) {
    const body = `export const entry = ${JSON.stringify(name)};\n`;
    await writeFile(join(dir, name), body);
    files[name] = sri(Buffer.from(body));
  }
  await writeFile(join(dir, 'integrity.json'), JSON.stringify({ version: '1.4.0', files }));
  return dir;
}

for (const backend of await storeBackends()) {
  describeStore(backend, 'where the widgets live', ({ test, before, after }) => {
    let server: NewsroomServer;
    let embedDir: string;
    before(async () => {
      embedDir = await embedBuild();
      server = await startNewsroomServer(backend, { env: { EMBED_DIR: embedDir } });
      await server.store.createSite(
        {
          id: 'so-gd',
          name: 'Sở Giáo dục',
          homeUrl: `${MEMBER}/`,
          origins: [MEMBER],
          feedUrl: null,
          contact: { name: null, email: null },
          timeZone: 'Asia/Ho_Chi_Minh',
          look: null,
        },
        { actor: { id: null, username: 'test' }, at: server.clock.now() },
      );
      await server.store.createSite(
        {
          id: 'so-yt',
          name: 'Sở Y tế',
          homeUrl: 'https://soyt.example.vn/',
          origins: ['https://soyt.example.vn'],
          feedUrl: null,
          contact: { name: null, email: null },
          timeZone: 'Asia/Ho_Chi_Minh',
          look: null,
        },
        { actor: { id: null, username: 'test' }, at: server.clock.now() },
      );
      await server.app.stats.reloadSites();
    });
    after(async () => {
      await server.close();
      await rm(embedDir, { recursive: true, force: true });
    });

    const get = (path: string, headers: Record<string, string>) => fetch(server.url(path), { headers });
    const hit = (site: string, origin: string) =>
      fetch(server.url('/api/v1/stats/hit'), {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin, 'user-agent': FIREFOX },
        body: JSON.stringify({ site, path: '/' }),
      });
    const usage = async (days = 30) => {
      const answer = await server.call('admin', 'GET', `/api/v1/newsroom/sites/usage?days=${days}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body;
    };
    const siteUsage = async (id: string, days = 30) => (await usage(days)).items.find((item: { site: string }) => item.site === id);
    const origins = async (status = 'new') => {
      const answer = await server.call('admin', 'GET', `/api/v1/newsroom/origins?status=${status}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body.items;
    };
    const rowCount = async () => Number((await backend.rows(server.store, 'SELECT COUNT(*) AS n FROM widget_usage'))[0]!.n);
    /** Everything a refused request must leave as it was. */
    const snapshot = async () => ({
      sites: await server.store.listSites(),
      usage: await backend.rows(server.store, 'SELECT * FROM widget_usage ORDER BY day, origin, widget, version'),
      ignored: await server.store.listIgnoredOrigins(),
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });

    test('every route: anonymous 401, editors 403, admins allowed; writes from another site refused', async () => {
      const routes: [string, string, unknown?][] = [
        ['GET', '/api/v1/newsroom/sites/usage'],
        ['GET', '/api/v1/newsroom/origins'],
        ['POST', '/api/v1/newsroom/origins/ignore', { origin: 'https://quyen.example.org' }],
        ['POST', '/api/v1/newsroom/origins/unignore', { origin: 'https://quyen.example.org' }],
        ['POST', '/api/v1/newsroom/origins/approve', { origin: 'https://quyen.example.org', site: 'so-yt', version: 1 }],
      ];
      const before = await snapshot();
      await assertAdminOnly(server, routes);
      await assertForgedWritesRefused(server, routes.slice(2));
      assert.deepEqual(await snapshot(), before, 'nothing changed');
      const statuses = [];
      for (const [method, path, body] of routes) statuses.push((await server.call('admin', method, path, body)).status);
      assert.deepEqual(statuses, [200, 200, 200, 200, 200]);
      const [approved] = (
        await server.store.listAudit({ offset: 0, limit: 1, action: 'site.update', target: { type: 'site', id: 'so-yt' } })
      ).items;
      assert.deepEqual(approved!.changes.origins, {
        before: ['https://soyt.example.vn'],
        after: ['https://soyt.example.vn', 'https://quyen.example.org'],
      });
    });

    test('a registered origin: bundles (moving and pinned), renders, data requests and hits are its site’s; the portal’s own pages are not counted', async () => {
      const answers = [
        await get('/embed/article-list.js', { origin: MEMBER }),
        await get('/embed/v1.4.0/article-list.js', { referer: `${MEMBER}/tin-tuc/bai-1?ma=123` }),
        await get('/embed/partner-strip.js', { origin: MEMBER }),
        await get('/embed/render/article-list', { origin: MEMBER }),
        await get('/api/v1/articles', { origin: MEMBER }),
        await hit('so-gd', MEMBER),
        // Not counted: the portal's own page, a missing bundle, a refused request, a request without an origin.
        await get('/embed/article-list.js', { origin: server.origin }),
        await get('/api/v1/articles', { referer: `${server.origin}/` }),
        await get('/embed/v9.9.9/article-list.js', { origin: MEMBER }),
        await get('/embed/render/article-list?layout=khong-co', { origin: MEMBER }),
        await get('/embed/article-list.js', {}),
      ];
      assert.deepEqual(
        answers.map((answer) => answer.status),
        [200, 200, 200, 200, 200, 200, 200, 200, 404, 400, 200],
      );
      await server.app.usage.flush();
      const now = server.clock.now().toISOString();
      assert.deepEqual(await siteUsage('so-gd'), {
        site: 'so-gd',
        widgets: [
          { widget: 'ad-strip', loads: 1, lastSeen: now, versions: ['latest'] },
          { widget: 'article-list', loads: 4, lastSeen: now, versions: ['latest', '1.4.0'] },
          { widget: 'hit', loads: 1, lastSeen: now, versions: [] },
        ],
        pageViews: 1,
        lastSeen: now,
      });
      const portal = await siteUsage('portal');
      assert.deepEqual(portal.widgets, [], 'the portal’s own origin is not recorded');
      assert.deepEqual(await origins(), []);
    });

    test('an unregistered origin is listed, with the site its hit named; approving it moves it to the site, audited', async () => {
      server.advance(60_000);
      assert.equal((await get('/embed/article-list.js', { origin: STRANGER })).status, 200);
      const refused = await hit('so-gd', STRANGER);
      assert.equal(refused.status, 403, 'its hits are refused until it is registered');
      await server.app.usage.flush();
      const [listed, ...rest] = await origins();
      assert.deepEqual(rest, []);
      const now = server.clock.now().toISOString();
      assert.deepEqual(listed, {
        origin: STRANGER,
        widgets: ['article-list', 'hit'],
        loads: 2,
        firstSeen: now,
        lastSeen: now,
        siteHint: 'so-gd',
        ignoredAt: null,
      });
      // Someone saved the site since version 1: an approval made on version 1 is stale.
      const site = (await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/so-gd', { version: 1, name: 'Sở Giáo dục và Đào tạo' }))
        .body;
      assert.equal(site.version, 2);
      const before = await snapshot();

      const refusals: [unknown, number, string, RegExp][] = [
        [{ origin: `${STRANGER}/trang`, site: 'so-gd', version: site.version }, 400, 'validation_failed', /origin only/],
        [{ origin: 'javascript:alert(1)', site: 'so-gd', version: site.version }, 400, 'validation_failed', /origin/],
        [{ origin: STRANGER, site: 'so-gd', version: '1' }, 400, 'validation_failed', /version/],
        [{ origin: STRANGER, site: 'so-gd' }, 400, 'validation_failed', /version/],
        [{ origin: STRANGER, site: 'so-gd', version: site.version, note: 'x' }, 400, 'validation_failed', /additional/],
        [{ origin: STRANGER, site: 'KHONG', version: 1 }, 400, 'validation_failed', /site/],
        [{ origin: STRANGER, site: 'khong-co', version: 1 }, 404, 'not_found', /khong-co/],
        [{ origin: STRANGER, site: 'so-gd', version: site.version - 1 }, 409, 'version_conflict', /Nothing was changed/],
        [{ origin: 'https://soyt.example.vn', site: 'so-gd', version: site.version }, 409, 'origin_registered', /so-yt/],
        [{ origin: server.origin, site: 'so-gd', version: site.version }, 409, 'origin_registered', /portal/],
      ];
      for (const [body, status, code, message] of refusals) {
        const answer = await server.call('admin', 'POST', '/api/v1/newsroom/origins/approve', body);
        assert.equal(answer.status, status, `${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, code);
        assert.match(answer.body.error.message, message);
      }
      assert.deepEqual(await snapshot(), before, 'nothing changed');

      const approved = await server.call('admin', 'POST', '/api/v1/newsroom/origins/approve', {
        origin: STRANGER,
        site: 'so-gd',
        version: site.version,
      });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.deepEqual(approved.body, { origin: STRANGER, site: 'so-gd', origins: [MEMBER, STRANGER], version: site.version + 1 });
      assert.deepEqual((await server.store.getSite('so-gd'))!.origins, [MEMBER, STRANGER]);
      const [entry] = (await server.store.listAudit({ offset: 0, limit: 1, action: 'site.update', target: { type: 'site', id: 'so-gd' } }))
        .items;
      assert.equal(entry!.actor.username, 'quantri');
      assert.deepEqual(entry!.changes.origins, { before: [MEMBER], after: [MEMBER, STRANGER] });
      assert.deepEqual(await origins(), [], 'it left the list');
      const gd = await siteUsage('so-gd');
      assert.equal(
        gd.widgets.find((widget: { widget: string }) => widget.widget === 'article-list').loads,
        5,
        'its past loads are the site’s',
      );
      assert.equal((await hit('so-gd', STRANGER)).status, 200, 'its hits count now');
    });

    test('ignore hides an origin from the new ones and lists it as ignored; unignore brings it back; each audited once', async () => {
      assert.equal((await get('/api/v1/partners', { origin: OTHER })).status, 200);
      await server.app.usage.flush();
      assert.deepEqual(
        (await origins()).map((item: { origin: string }) => item.origin),
        [OTHER],
      );
      const before = await snapshot();
      const refusals: [unknown, number, string][] = [
        [{ origin: 'khac.example.org' }, 400, 'validation_failed'],
        [{ origin: `${OTHER}/?q=1` }, 400, 'validation_failed'],
        [{ origin: 12 }, 400, 'validation_failed'],
        [{}, 400, 'validation_failed'],
        [{ origin: MEMBER }, 409, 'origin_registered'],
      ];
      for (const [body, status, code] of refusals) {
        const answer = await server.call('admin', 'POST', '/api/v1/newsroom/origins/ignore', body);
        assert.equal(answer.status, status, JSON.stringify(body));
        assert.equal(answer.body.error.code, code);
      }
      assert.deepEqual(await snapshot(), before, 'nothing changed');

      const audits = async () =>
        (await server.store.listAudit({ offset: 0, limit: 50, action: 'origin', target: { type: 'origin', id: OTHER } })).items;
      for (let i = 0; i < 2; i++) {
        const ignored = await server.call('admin', 'POST', '/api/v1/newsroom/origins/ignore', { origin: `${OTHER}/` });
        assert.deepEqual(ignored.body, { origin: OTHER, ignored: true });
      }
      assert.deepEqual(await origins(), []);
      const [listed] = await origins('ignored');
      assert.equal(listed.origin, OTHER);
      assert.equal(listed.ignoredAt, server.clock.now().toISOString());
      assert.deepEqual(listed.widgets, ['ad-strip']);
      assert.deepEqual(
        (await audits()).map((entry) => [entry.action, entry.actor.username, entry.changes.ignored]),
        [['origin.ignore', 'quantri', { before: false, after: true }]],
      );
      const unignored = await server.call('admin', 'POST', '/api/v1/newsroom/origins/unignore', { origin: OTHER });
      assert.deepEqual(unignored.body, { origin: OTHER, ignored: false });
      assert.deepEqual(
        (await origins()).map((item: { origin: string }) => item.origin),
        [OTHER],
      );
      assert.deepEqual(
        (await audits()).map((entry) => entry.action),
        ['origin.unignore', 'origin.ignore'],
      );
      const bad = await server.call('admin', 'GET', '/api/v1/newsroom/origins?status=all');
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'validation_failed');
    });

    test('a load is counted by the flush that follows its answer', async () => {
      const loads = async () =>
        (await siteUsage('so-yt')).widgets.find((widget: { widget: string }) => widget.widget === 'ad-strip')?.loads ?? 0;
      const before = await loads();
      for (let i = 1; i <= 20; i++) {
        assert.equal((await get('/embed/partner-strip.js', { origin: 'https://soyt.example.vn' })).status, 200);
        await server.app.usage.flush();
        assert.equal(await loads(), before + i, `load ${i}`);
      }
    });

    test('the period: loads of days before it are left out, page views come from the daily rollups', async () => {
      const start = server.clock.now();
      server.advance(10 * DAY_MS);
      assert.equal((await get('/embed/v1.4.0/partner-strip.js', { origin: MEMBER })).status, 200);
      assert.equal((await hit('so-gd', MEMBER)).status, 200);
      await server.app.usage.flush();
      const recent = await siteUsage('so-gd', 5);
      const now = server.clock.now().toISOString();
      assert.deepEqual(recent, {
        site: 'so-gd',
        widgets: [
          { widget: 'ad-strip', loads: 1, lastSeen: now, versions: ['1.4.0'] },
          { widget: 'hit', loads: 1, lastSeen: now, versions: [] },
        ],
        pageViews: 1,
        lastSeen: now,
      });
      const month = await siteUsage('so-gd', 30);
      assert.deepEqual(
        month.widgets.map((widget: { widget: string; loads: number; versions: string[] }) => [
          widget.widget,
          widget.loads,
          widget.versions,
        ]),
        [
          ['ad-strip', 2, ['latest', '1.4.0']],
          ['article-list', 5, ['latest', '1.4.0']],
          ['hit', 4, []],
        ],
      );
      assert.equal(month.pageViews, 3, 'the hits counted as page views (a refused hit is no page view)');
      assert.ok(new Date(month.lastSeen) > start);
      const report = await usage(5);
      assert.equal(report.to, '2026-12-11');
      assert.equal(report.from, '2026-12-07');
      for (const days of [0, 367, 'x']) {
        const answer = await server.call('admin', 'GET', `/api/v1/newsroom/sites/usage?days=${days}`);
        assert.equal(answer.status, 400, String(days));
        assert.equal(answer.body.error.code, 'validation_failed');
      }
    });

    test('a bad or huge Origin is ignored, and a flood of origins is capped per flush', async () => {
      const before = await rowCount();
      for (const origin of [
        'null',
        'https://a.example.org/path',
        'file://x',
        `https://${'a'.repeat(300)}.example.org`,
        'ftp://x.example',
      ]) {
        assert.equal((await get('/embed/article-list.js', { origin })).status, 200, origin);
      }
      await server.app.usage.flush();
      assert.equal(await rowCount(), before, 'no record from a malformed origin');

      for (let i = 0; i < MAX_ORIGINS_PER_FLUSH + 50; i++) server.app.usage.record(`https://lu-${i}.example.org`, 'article-list', 'latest');
      await server.app.usage.flush();
      const flooded = await backend.rows(
        server.store,
        "SELECT COUNT(DISTINCT origin) AS n FROM widget_usage WHERE origin LIKE 'https://lu-%'",
      );
      assert.equal(Number(flooded[0]!.n), MAX_ORIGINS_PER_FLUSH);
      // The next window counts again.
      server.app.usage.record('https://lu-sau.example.org', 'article-list', 'latest');
      await server.app.usage.flush();
      assert.equal(await rowCount(), before + MAX_ORIGINS_PER_FLUSH + 1);
    });

    test('nothing about a visitor is stored: the columns are the origin, the widget and counts', async () => {
      assert.deepEqual(await columns(backend, server, 'widget_usage'), [
        'day',
        'first_seen',
        'last_seen',
        'loads',
        'origin',
        'site_hint',
        'site_id',
        'version',
        'widget',
      ]);
      assert.deepEqual(await columns(backend, server, 'ignored_origins'), ['ignored_at', 'ignored_by', 'origin']);
      const origins = await backend.rows(server.store, 'SELECT DISTINCT origin FROM widget_usage');
      for (const { origin } of origins) assert.equal(new URL(origin as string).origin, origin, 'an origin, never a page address');
    });

    if (backend.name === 'PostgreSQL') {
      test('two instances on one database add their counts up', async () => {
        const store = await backend.openAgain(server.store);
        const second = buildApp(
          loadConfig({ ...process.env, LOG_LEVEL: 'silent', PUBLIC_URL: server.origin, EMBED_DIR: embedDir }),
          store,
          {
            now: server.clock.now,
          },
        );
        await second.listen({ port: 0, host: '127.0.0.1' });
        const secondUrl = (path: string) => `http://127.0.0.1:${(second.server.address() as AddressInfo).port}${path}`;
        try {
          const day = await siteUsage('so-gd', 1);
          const loads = (widget: string, usageOfSite: { widgets: { widget: string; loads: number }[] }) =>
            usageOfSite.widgets.find((entry) => entry.widget === widget)?.loads ?? 0;
          const base = loads('article-list', day);
          for (const url of [server.url, secondUrl]) {
            for (let i = 0; i < 3; i++)
              assert.equal((await fetch(url('/embed/article-list.js'), { headers: { origin: MEMBER } })).status, 200);
          }
          await Promise.all([server.app.usage.flush(), second.usage.flush()]);
          assert.equal(loads('article-list', await siteUsage('so-gd', 1)), base + 6);
        } finally {
          await second.close();
        }
      });
    }
  });
}

/** The column names of `table`, sorted. */
async function columns(backend: StoreBackend, server: NewsroomServer, table: string): Promise<string[]> {
  const sql =
    backend.name === 'SQLite'
      ? `SELECT name FROM pragma_table_info('${table}')`
      : `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}' AND table_schema = current_schema()`;
  return (await backend.rows(server.store, sql)).map((row) => String(row.name)).sort();
}
