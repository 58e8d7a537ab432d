// Banner sets on the real server, on SQLite and on PostgreSQL: a banner belongs to one carousel (`trang-chu` unless
// another is named), the newsroom writes and reorders one set at a time (audited), the public list reads one set and
// the sets in use, and bad sets are refused in the API's error shape with nothing changed.
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { describeStore, storeBackends } from './pg-support.js';
import { startNewsroomServer, type ApiAnswer, type NewsroomServer } from './newsroom-support.js';

const FUTURE = '2099-01-01T00:00:00Z';

for (const backend of await storeBackends()) {
  describeStore(backend, 'banner sets', ({ test, before, after }) => {
    let server: NewsroomServer;
    let mediaId: number;
    before(async () => {
      server = await startNewsroomServer(backend);
      const png = await sharp({ create: { width: 800, height: 300, channels: 3, background: '#336699' } })
        .png()
        .toBuffer();
      const answer = await server.call('editor', 'POST', '/api/v1/media', png, { 'content-type': 'image/png' });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      mediaId = answer.body.id as number;
    });
    after(() => server.close());

    const create = async (title: string, more: Record<string, unknown> = {}) => {
      const answer = await server.call('editor', 'POST', '/api/v1/newsroom/banners', { title, image: { mediaId, alt: title }, ...more });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      return answer.body as { id: number; set: string; position: number };
    };
    const publicAnswer = async (query: string) => {
      const response = await fetch(server.url(`/api/v1/banners${query}`));
      return { status: response.status, headers: response.headers, body: (await response.json()) as ApiAnswer['body'] };
    };
    const publicTitles = async (query = '') => {
      const answer = await publicAnswer(query);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return (answer.body.items as { title: string }[]).map((item) => item.title);
    };
    const snapshot = async () => ({
      banners: await server.store.listAllBanners(),
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });
    const lastAudit = async (action: string) => (await server.store.listAudit({ offset: 0, limit: 1, action })).items[0];

    test('a banner is of trang-chu unless it names a set; the public list reads one set; the sets in use with their shown banners', async () => {
      const home = await create('Trang chủ một');
      assert.equal(home.set, 'trang-chu');
      const a = await create('Sở GD một', { set: 'so-gd' });
      const b = await create('Sở GD hai', { set: 'so-gd' });
      await create('Sở GD sau này', { set: 'so-gd', startsAt: FUTURE });
      await create('Sự kiện sau này', { set: 'su-kien', startsAt: FUTURE });
      assert.deepEqual([a.set, a.position, b.position], ['so-gd', 0, 1]);
      const created = await lastAudit('banner.create');
      assert.deepEqual(created.changes.set, { before: null, after: 'su-kien' });

      assert.deepEqual(await publicTitles(), ['Trang chủ một'], 'without set: the home page’s carousel');
      assert.deepEqual(await publicTitles('?set=trang-chu'), ['Trang chủ một']);
      assert.deepEqual(await publicTitles('?set=so-gd'), ['Sở GD một', 'Sở GD hai']);
      assert.deepEqual(await publicTitles('?set=khong-co-banner'), [], 'a well-formed set without banners');
      assert.deepEqual(await publicTitles('?set=su-kien'), [], 'nothing shown yet');
      const answer = await publicAnswer('?set=so-gd');
      assert.equal(answer.headers.get('access-control-allow-origin'), '*');
      assert.equal(answer.headers.get('cache-control'), 'public, max-age=60');

      const sets = await fetch(server.url('/api/v1/banners/sets'));
      assert.equal(sets.status, 200);
      assert.equal(sets.headers.get('access-control-allow-origin'), '*');
      // Not cached: the builder offers a set as soon as an editor has filled it.
      assert.equal(sets.headers.get('cache-control'), 'no-store');
      assert.deepEqual(await sets.json(), {
        items: [
          { set: 'trang-chu', count: 1 },
          { set: 'so-gd', count: 2 },
          { set: 'su-kien', count: 0 },
        ],
      });
    });

    test('a malformed set is refused in the error shape: the public list, creation, edit and order change nothing', async () => {
      for (const query of ['?set=S%E1%BB%9F-GD', '?set=so--gd', '?set=-so', `?set=${'a'.repeat(33)}`, '?set=', '?set=a&set=b']) {
        const answer = await publicAnswer(query);
        assert.equal(answer.status, 400, query);
        assert.deepEqual(Object.keys(answer.body), ['error']);
        assert.equal(answer.body.error.code, 'invalid_parameter');
        assert.match(answer.body.error.message, /^set must be lowercase letters a-z and digits/);
      }
      const banner = await create('Để thử bộ sai');
      const before = await snapshot();
      for (const set of ['Sở-GD', 'so gd', 'so--gd', 'so-', '', 'a'.repeat(33), 12, null]) {
        for (const [method, path, body] of [
          ['POST', '/api/v1/newsroom/banners', { title: 'x', image: { mediaId, alt: 'x' }, set }],
          ['PATCH', `/api/v1/newsroom/banners/${banner.id}`, { set }],
          ['PUT', '/api/v1/newsroom/banners/order', { set, ids: [banner.id] }],
        ] as const) {
          const answer = await server.call('editor', method, path, body);
          assert.equal(answer.status, 400, `${method} ${JSON.stringify(set)}`);
          assert.equal(answer.body.error.code, 'validation_failed');
          assert.match(answer.body.error.message, /set/);
        }
      }
      assert.deepEqual(await snapshot(), before);
    });

    test('the order is per set: a set is reordered alone, audited; ids of another set or not all of the set are refused, nothing changed', async () => {
      const x = await create('Bộ X một', { set: 'bo-x' });
      const y = await create('Bộ X hai', { set: 'bo-x' });
      const z = await create('Bộ X ba', { set: 'bo-x', startsAt: FUTURE });
      const other = await create('Bộ Y một', { set: 'bo-y' });
      const home = (await server.call('editor', 'GET', '/api/v1/newsroom/banners')).body.items.filter(
        (item: { set: string }) => item.set === 'trang-chu',
      );
      const before = await snapshot();

      const refused: [unknown, RegExp][] = [
        [{ set: 'bo-x', ids: [x.id, y.id, z.id, other.id] }, /^Banner \d+ is in the set "bo-y", not "bo-x": order one set at a time\.$/],
        [{ set: 'bo-x', ids: [x.id, other.id, z.id] }, /is in the set "bo-y", not "bo-x"/],
        [{ ids: [x.id, y.id, z.id] }, /is in the set "bo-x", not "trang-chu"/],
        [{ set: 'bo-x', ids: [y.id, x.id] }, /^ids must be the id of every banner of the set "bo-x", each once/],
        [{ set: 'bo-x', ids: [y.id, x.id, z.id, x.id] }, /every banner of the set "bo-x"/],
      ];
      for (const [body, message] of refused) {
        const answer = await server.call('editor', 'PUT', '/api/v1/newsroom/banners/order', body);
        assert.equal(answer.status, 400, JSON.stringify(body));
        assert.equal(answer.body.error.code, 'validation_failed');
        assert.match(answer.body.error.message, message);
      }
      assert.deepEqual(await snapshot(), before);

      const answer = await server.call('editor', 'PUT', '/api/v1/newsroom/banners/order', { set: 'bo-x', ids: [z.id, y.id, x.id] });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      const inSet = (set: string) =>
        answer.body.items.filter((item: { set: string }) => item.set === set).map((item: { id: number }) => item.id);
      assert.deepEqual(inSet('bo-x'), [z.id, y.id, x.id]);
      assert.deepEqual(inSet('bo-y'), [other.id]);
      assert.deepEqual(
        inSet('trang-chu'),
        home.map((item: { id: number }) => item.id),
        'the other sets keep their order',
      );
      assert.deepEqual(await publicTitles('?set=bo-x'), ['Bộ X hai', 'Bộ X một']);
      const reorder = await lastAudit('banner.reorder');
      assert.deepEqual(reorder.target, { type: 'banner', id: 'bo-x' });
      assert.deepEqual(reorder.changes.order, { before: [x.id, y.id, z.id], after: [z.id, y.id, x.id] });

      const empty = await server.call('editor', 'PUT', '/api/v1/newsroom/banners/order', { set: 'khong-co', ids: [] });
      assert.equal(empty.status, 200, 'a set without banners has nothing to order');
    });

    test('moving a banner to another set puts it last there, audited before and after; the public lists follow', async () => {
      const first = await create('Chuyển một', { set: 'chuyen-di' });
      const target = await create('Đích một', { set: 'chuyen-den' });
      const moved = await server.call('editor', 'PATCH', `/api/v1/newsroom/banners/${first.id}`, { set: 'chuyen-den' });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.equal(moved.body.set, 'chuyen-den');
      assert.ok(moved.body.position > target.position);
      const update = await lastAudit('banner.update');
      assert.deepEqual(update.changes, { set: { before: 'chuyen-di', after: 'chuyen-den' } });
      assert.equal(update.target.id, String(first.id));
      assert.deepEqual(await publicTitles('?set=chuyen-den'), ['Đích một', 'Chuyển một']);
      assert.deepEqual(await publicTitles('?set=chuyen-di'), []);
    });

    test('the OpenAPI document describes the set of a banner, of the order, of the public list and the sets read', async () => {
      const doc = (await server.call('anonymous', 'GET', '/api/v1/openapi.json')).body;
      const list = doc.paths['/api/v1/banners'].get;
      assert.deepEqual(
        list.parameters.map((parameter: { name: string; in: string }) => [parameter.in, parameter.name]),
        [['query', 'set']],
      );
      assert.ok(list.responses['400']);
      const sets = doc.paths['/api/v1/banners/sets'].get;
      assert.ok(sets.responses['200']);
      const schemaOf = (operation: unknown) => JSON.stringify(operation);
      assert.match(schemaOf(doc.paths['/api/v1/newsroom/banners'].post.requestBody), /"set"/);
      assert.match(schemaOf(doc.paths['/api/v1/newsroom/banners/order'].put.requestBody), /"set"/);
      assert.match(schemaOf(doc.paths['/api/v1/newsroom/banners'].get.responses['200']), /"set"/);
    });
  });
}
