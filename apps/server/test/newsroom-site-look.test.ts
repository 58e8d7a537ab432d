// A member site's own look (migration 17) on the real server, on SQLite and on PostgreSQL: set, read and cleared through
// the site's PATCH with the version check and the audit log; every bad colour, font family and radius, CSS and HTML
// injections and a pair (or the hover colour) under 4.5:1 contrast refused in the one error shape with nothing
// changed; a site editor sets their own site's look and never another's; the embed preview with `look=<site>` carries
// the look's tokens in a style its Content-Security-Policy allows by hash.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { SITE_A, SITE_B, startNewsroomServer, type NewsroomServer } from './newsroom-support.js';
import { describeStore, storeBackends } from './pg-support.js';

const EMBED_DIR = fileURLToPath(new URL('../../embed/dist/', import.meta.url));

const LOOK = { primary: '#06A', text: '#1a1A1a', surface: '#fffdf5', fontFamily: ' Roboto ,  "Noto Sans",sans-serif', radius: 8 };
const STORED = { primary: '#0066aa', text: '#1a1a1a', surface: '#fffdf5', fontFamily: 'Roboto, "Noto Sans", sans-serif', radius: 8 };

for (const backend of await storeBackends()) {
  describeStore(backend, 'member site look', ({ test, before, after }) => {
    let server: NewsroomServer;
    before(
      async () =>
        (server = await startNewsroomServer(backend, { siteEditors: true, env: { EMBED_DIR, EMBED_VERSIONS_DIR: '/nonexistent' } })),
    );
    after(() => server.close());

    const site = async (id: string) => (await server.call('admin', 'GET', `/api/v1/newsroom/sites/${id}`)).body;
    const snapshot = async () => ({
      sites: await server.store.listSites(),
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });
    const audit = async (id: string) =>
      (await server.store.listAudit({ offset: 0, limit: 50, action: 'site.update', target: { type: 'site', id } })).items;

    test('an admin sets a look: normalized, stored, read back, audited before and after, and cleared with null', async () => {
      await server.store.upsertStatsSite({ id: 'look-admin', origins: ['https://look.example.vn'], timeZone: 'UTC' });
      const { version } = await site('look-admin');
      const saved = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/look-admin', { version, look: LOOK });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(saved.body.look, STORED);
      assert.equal(saved.body.version, version + 1);
      assert.deepEqual((await site('look-admin')).look, STORED);
      assert.deepEqual((await server.store.getSite('look-admin'))?.look, STORED);
      const [entry] = await audit('look-admin');
      assert.equal(entry.actor.username, 'quantri');
      assert.deepEqual(entry.changes, { look: { before: null, after: STORED } });

      // The same look again changes nothing: no new version, no audit entry.
      const same = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/look-admin', { version: version + 1, look: STORED });
      assert.equal(same.body.version, version + 1);
      assert.equal((await audit('look-admin')).length, 1);

      const cleared = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/look-admin', { version: version + 1, look: null });
      assert.equal(cleared.status, 200);
      assert.equal(cleared.body.look, null);
      assert.deepEqual((await audit('look-admin'))[0].changes, { look: { before: STORED, after: null } });

      // A new site may come with its look.
      const created = await server.call('admin', 'POST', '/api/v1/newsroom/sites', {
        id: 'look-new',
        name: 'Trang mới',
        homeUrl: 'https://moi.example.vn',
        origins: ['https://moi.example.vn'],
        look: LOOK,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.deepEqual(created.body.look, STORED);
    });

    test('bad values, injections and low contrast are refused in the one error shape and change nothing', async () => {
      await server.store.upsertStatsSite({ id: 'look-bad', origins: ['https://bad.example.vn'], timeZone: 'UTC' });
      const { version } = await site('look-bad');
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ primary: 'red' }, /^look\.primary must be a colour as #rgb or #rrggbb/],
        [{ primary: 'red;}</style><script>alert(1)</script>' }, /look\/primary|look\.primary/],
        [{ text: '#12345' }, /^look\.text must be a colour/],
        [{ surface: '#ffffffff' }, /look\/surface|look\.surface/],
        [{ surface: 'rgb(0,0,0)' }, /look\/surface|look\.surface/],
        [{ primary: '#b3131b;' }, /look\/primary|look\.primary/],
        [{ fontFamily: 'Roboto;}</style><script>alert(1)</script>' }, /^look\.fontFamily must be a comma-separated list/],
        [{ fontFamily: 'Roboto; color: red' }, /^look\.fontFamily must be/],
        [{ fontFamily: '"Roboto' }, /^look\.fontFamily must be/],
        [{ fontFamily: 'Roboto, , serif' }, /^look\.fontFamily must be/],
        [{ fontFamily: 'url(https://evil.example/x)' }, /^look\.fontFamily must be/],
        [{ fontFamily: 'A\\000022' }, /^look\.fontFamily must be/],
        [{ fontFamily: 'Roboto\n}' }, /^look\.fontFamily must be/],
        [{ fontFamily: 'a'.repeat(201) }, /fontFamily/],
        [{ radius: 25 }, /^look\.radius must be a whole number of pixels from 0 to 24/],
        [{ radius: -1 }, /^look\.radius must be/],
        [{ radius: 4.5 }, /look\/radius|look\.radius/],
        [{ radius: '4px' }, /look\/radius|look\.radius/],
        [{ shadow: '0 0 1px red' }, /additional|shadow/],
        // #777777 on white is 4.48:1: just under.
        [{ text: '#777777', surface: '#ffffff' }, /^look\.text on look\.surface has a contrast of 4\.4:1; at least 4\.5:1 is needed/],
        [{ text: '#ffffff', surface: '#fffdf5' }, /^look\.text on look\.surface has a contrast of 1:1/],
        [{ primary: '#ff9999' }, /^look\.primary on look\.surface has a contrast of 2(\.\d)?:1; at least 4\.5:1/],
        // The hover colour, primary a quarter of the way to text: on a dark background, red towards green darkens.
        [
          { primary: '#ff0000', text: '#69db7c', surface: '#121212' },
          /^The hover colour #da371f \(look\.primary a quarter of the way to look\.text\) on look\.surface has a contrast of 4:1; at least 4\.5:1 is needed/,
        ],
      ];
      const before = await snapshot();
      for (const [change, message] of cases) {
        const answer = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/look-bad', { version, look: { ...LOOK, ...change } });
        const what = JSON.stringify(change);
        assert.equal(answer.status, 400, what);
        assert.deepEqual(Object.keys(answer.body), ['error'], what);
        assert.equal(answer.body.error.code, 'validation_failed', what);
        assert.match(answer.body.error.message, message, what);
      }
      const missing = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/look-bad', {
        version,
        look: { primary: '#000000', text: '#000000', surface: '#ffffff' },
      });
      assert.equal(missing.status, 400);
      assert.equal(missing.body.error.code, 'validation_failed');
      assert.deepEqual(await snapshot(), before, 'nothing changed');
      // #767676 on white is 4.54:1, just over, and is taken.
      const edge = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/look-bad', {
        version,
        look: { ...LOOK, text: '#767676', surface: '#ffffff', primary: '#767676', fontFamily: "Bình Minh, 'Times New Roman', serif" },
      });
      assert.equal(edge.status, 200, JSON.stringify(edge.body));
      assert.equal(edge.body.look.fontFamily, "Bình Minh, 'Times New Roman', serif");
    });

    test('a stale version is a conflict that keeps the stored look', async () => {
      await server.store.upsertStatsSite({ id: 'look-race', origins: ['https://race.example.vn'], timeZone: 'UTC' });
      const { version } = await site('look-race');
      assert.equal((await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/look-race', { version, look: LOOK })).status, 200);
      const before = await snapshot();
      const stale = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/look-race', {
        version,
        look: { ...LOOK, primary: '#003366' },
      });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'version_conflict');
      assert.deepEqual(stale.body.error.current.look, STORED);
      assert.deepEqual(await snapshot(), before, 'nothing changed');
    });

    test('a site editor sets their own site’s look, never another’s', async () => {
      const own = await server.call('siteA', 'GET', `/api/v1/newsroom/sites/${SITE_A}`);
      const saved = await server.call('siteA', 'PATCH', `/api/v1/newsroom/sites/${SITE_A}`, { version: own.body.version, look: LOOK });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(saved.body.look, STORED);
      assert.equal((await audit(SITE_A))[0].actor.username, 'trang-a');

      const before = await snapshot();
      const other = await site(SITE_B);
      const refused = await server.call('siteA', 'PATCH', `/api/v1/newsroom/sites/${SITE_B}`, { version: other.version, look: LOOK });
      assert.equal(refused.status, 404);
      assert.equal(refused.body.error.code, 'not_found');
      const bad = await server.call('siteA', 'PATCH', `/api/v1/newsroom/sites/${SITE_A}`, {
        version: saved.body.version,
        look: { ...LOOK, primary: 'red}' },
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(await snapshot(), before, 'nothing changed');
    });

    test('the preview with look=<site>: the tokens on :root and the page in the site’s colours, in a hashed style', async () => {
      await server.store.upsertStatsSite({ id: 'look-preview', origins: ['https://preview.example.vn'], timeZone: 'UTC' });
      const { version } = await site('look-preview');
      await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/look-preview', { version, look: LOOK });
      const latest = (await server.call('anonymous', 'GET', '/api/v1/embed/catalog')).body.latest as string;
      const response = await fetch(server.url(`/embed/preview?widget=visit-counter&version=${latest}&site=look-preview&look=look-preview`));
      assert.equal(response.status, 200);
      const body = await response.text();
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.doesNotMatch(csp, /unsafe-inline/);
      const styles = [...body.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]!);
      // The look is the last style, so that its tokens win over the portal's stylesheet.
      const look = styles.at(-1)!;
      for (const declaration of [
        '--ap-color-primary: #0066aa;',
        '--ap-color-on-primary: #fffdf5;',
        '--ap-color-text: #1a1a1a;',
        '--ap-color-surface: #fffdf5;',
        '--ap-radius: 8px;',
        '--ap-font-family: Roboto, "Noto Sans", sans-serif;',
        'body { background: var(--ap-color-surface); color: var(--ap-color-text);',
      ]) {
        assert.ok(look.includes(declaration), `${declaration} in ${look}`);
      }
      assert.match(look, /--ap-color-primary-hover: #[0-9a-f]{6};/);
      for (const css of styles) {
        assert.ok(csp.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`), 'the style is allowed by its hash');
      }

      // A look written to the database by other means than the API is checked again and left out.
      await backend.exec(
        server.store,
        `UPDATE stats_sites SET look = '{"primary":"red;}</style><script>alert(1)</script>","text":"#000000","surface":"#ffffff","fontFamily":"","radius":4}' WHERE id = '${SITE_B}'`,
      );
      const forged = await (await fetch(server.url(`/embed/preview?widget=visit-counter&version=${latest}&look=${SITE_B}`))).text();
      assert.doesNotMatch(forged, /<script>alert/);
      assert.equal([...forged.matchAll(/<style>/g)].length, styles.length - 1);
      await backend.exec(server.store, `UPDATE stats_sites SET look = NULL WHERE id = '${SITE_B}'`);

      // A site without a look leaves the portal's; a bad or unknown look is refused in the one error shape.
      const plain = await (await fetch(server.url(`/embed/preview?widget=visit-counter&version=${latest}&look=${SITE_B}`))).text();
      assert.equal([...plain.matchAll(/<style>/g)].length, styles.length - 1);
      assert.ok(!plain.includes(look));
      for (const [query, status, code] of [
        ['look=khong-co', 404, 'not_found'],
        [`look=${encodeURIComponent('"><style>')}`, 400, 'invalid_parameter'],
      ] as const) {
        const answer = await fetch(server.url(`/embed/preview?widget=visit-counter&version=${latest}&${query}`));
        assert.equal(answer.status, status, query);
        const error = (await answer.json()) as { error: { code: string } };
        assert.deepEqual(Object.keys(error), ['error']);
        assert.equal(error.error.code, code);
      }
    });

    test('the OpenAPI document describes the look of a site and of the preview', async () => {
      const doc = (await server.call('anonymous', 'GET', '/api/v1/openapi.json')).body;
      const patch = doc.paths['/api/v1/newsroom/sites/{id}'].patch;
      const body = JSON.stringify(patch.requestBody);
      assert.match(body, /"look"/);
      assert.match(body, /4\.5:1/);
      assert.ok(doc.paths['/embed/preview'].get.parameters.some((parameter: { name: string }) => parameter.name === 'look'));
    });
  });
}
