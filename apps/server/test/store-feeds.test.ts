import assert from 'node:assert/strict';
import type { FeedSourceStatus, NewFeedItem, Store } from '../src/store/types.js';
import { describeStore, storeBackends } from './pg-support.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 5, 1, minutes));

function item(key: string, publishedAt: Date | null, overrides: Partial<NewFeedItem> = {}): NewFeedItem {
  return {
    key,
    title: `Tin ${key}`,
    url: `https://stttt.example.vn/${key}`,
    summary: `Tóm tắt ${key}`,
    html: `<p>Nội dung ${key}</p>`,
    author: 'Văn phòng',
    image: null,
    publishedAt,
    ...overrides,
  };
}

const SOURCE = { id: 'so-tttt', name: 'Sở TT&TT', url: 'https://stttt.example.vn/rss', refreshMinutes: 30 };

for (const backend of await storeBackends()) {
  describeStore(backend, 'feed sources and items', ({ test, beforeEach, afterEach }) => {
    let store: Store;
    beforeEach(async () => {
      store = await backend.open();
    });
    afterEach(() => store.close());

    const keys = async (id: string, offset = 0, limit = 100) =>
      (await store.listFeedItems(id, { offset, limit })).items.map((feedItem) => feedItem.title.slice(4));

    test('a new source is due at once and has nothing yet; an id is added once; listed by id; removed with its items', async () => {
      assert.equal(await store.addFeedSource(SOURCE, at(0)), true);
      const fresh: FeedSourceStatus = {
        ...SOURCE,
        createdAt: at(0),
        fetchedAt: null,
        checkedAt: null,
        nextFetchAt: at(0),
        failures: 0,
        error: null,
        etag: null,
        lastModified: null,
        siteUrl: null,
        itemCount: 0,
        siteDisabled: false,
      };
      assert.deepEqual(await store.getFeedSource('so-tttt'), fresh);
      assert.equal(await store.addFeedSource({ ...SOURCE, name: 'Khác', url: 'https://khac.example.vn/rss' }, at(5)), false);
      assert.deepEqual(await store.getFeedSource('so-tttt'), fresh, 'nothing changed');
      await store.addFeedSource({ ...SOURCE, id: 'so-gd', name: 'Sở GD&ĐT' }, at(1));
      await store.addFeedSource({ ...SOURCE, id: 'so-gd-dt' }, at(2));
      await store.addFeedSource({ ...SOURCE, id: 'a-z' }, at(3));
      assert.deepEqual(
        (await store.listFeedSources()).map((source) => source.id),
        ['a-z', 'so-gd', 'so-gd-dt', 'so-tttt'],
      );
      assert.equal(await store.getFeedSource('khong-co'), undefined);
      assert.deepEqual(await store.listFeedItems('khong-co', { offset: 0, limit: 10 }), { items: [], total: 0 });

      await store.saveFeedFetch('so-gd', {
        kind: 'updated',
        at: at(10),
        nextFetchAt: at(40),
        etag: null,
        lastModified: null,
        siteUrl: null,
        items: [item('x', null)],
      });
      assert.equal(await store.removeFeedSource('so-gd'), true);
      assert.equal(await store.removeFeedSource('so-gd'), false);
      assert.equal(await store.getFeedSource('so-gd'), undefined);
      assert.deepEqual(await backend.rows(store, "SELECT id FROM feed_items WHERE source_id = 'so-gd'"), []);
      assert.deepEqual(
        (await store.listFeedSources()).map((source) => source.id),
        ['a-z', 'so-gd-dt', 'so-tttt'],
      );
    });

    test('updated: items stored newest first, undated after in feed order, duplicate keys once; every field kept', async () => {
      await store.addFeedSource(SOURCE, at(0));
      const image = { url: 'https://stttt.example.vn/anh.jpg', alt: 'Ảnh' };
      await store.saveFeedFetch('so-tttt', {
        kind: 'updated',
        at: at(10),
        nextFetchAt: at(40),
        etag: '"v1"',
        lastModified: 'Thu, 05 Mar 2026 01:00:00 GMT',
        siteUrl: 'https://stttt.example.vn/',
        items: [
          item('undated-1', null),
          item('old', at(-100)),
          item('new', at(-10), { image, url: null }),
          item('undated-2', null),
          item('old', at(-1), { title: 'Tin old again' }),
          item('mid', at(-50)),
        ],
      });
      assert.deepEqual(await keys('so-tttt'), ['new', 'mid', 'old', 'undated-1', 'undated-2']);
      assert.deepEqual(await keys('so-tttt', 1, 2), ['mid', 'old']);
      const { items, total } = await store.listFeedItems('so-tttt', { offset: 0, limit: 1 });
      assert.equal(total, 5);
      assert.equal(typeof items[0].id, 'number');
      assert.deepEqual(items[0], {
        id: items[0].id,
        title: 'Tin new',
        url: null,
        summary: 'Tóm tắt new',
        html: '<p>Nội dung new</p>',
        author: 'Văn phòng',
        image,
        publishedAt: at(-10),
      });
      assert.equal((await store.listFeedItems('so-tttt', { offset: 4, limit: 1 })).items[0].publishedAt, null);
      const status = await store.getFeedSource('so-tttt');
      assert.deepEqual(
        { ...status, createdAt: undefined },
        {
          ...SOURCE,
          createdAt: undefined,
          fetchedAt: at(10),
          checkedAt: at(10),
          nextFetchAt: at(40),
          failures: 0,
          error: null,
          etag: '"v1"',
          lastModified: 'Thu, 05 Mar 2026 01:00:00 GMT',
          siteUrl: 'https://stttt.example.vn/',
          itemCount: 5,
          siteDisabled: false,
        },
      );
    });

    test('an item keeps its id while its key stays; items gone from the feed are deleted', async () => {
      await store.addFeedSource(SOURCE, at(0));
      const save = (items: NewFeedItem[], minutes: number) =>
        store.saveFeedFetch('so-tttt', {
          kind: 'updated',
          at: at(minutes),
          nextFetchAt: at(minutes + 30),
          etag: null,
          lastModified: null,
          siteUrl: null,
          items,
        });
      await save([item('a', at(-3)), item('b', at(-2)), item('c', at(-1))], 10);
      const ids = async () => new Map((await store.listFeedItems('so-tttt', { offset: 0, limit: 10 })).items.map((i) => [i.title, i.id]));
      const first = await ids();
      await save([item('d', at(5)), item('b', at(-2), { title: 'Tin b', summary: 'Đã sửa' }), item('a', at(-3))], 40);
      const second = await ids();
      assert.deepEqual([...second.keys()], ['Tin d', 'Tin b', 'Tin a']);
      assert.equal(second.get('Tin a'), first.get('Tin a'));
      assert.equal(second.get('Tin b'), first.get('Tin b'));
      assert.ok(![...first.values()].includes(second.get('Tin d') as number), 'a new key gets a new id');
      assert.equal((await store.listFeedItems('so-tttt', { offset: 1, limit: 1 })).items[0].summary, 'Đã sửa');
      assert.equal((await store.getFeedSource('so-tttt'))?.itemCount, 3);
      await save([], 70);
      assert.deepEqual(await store.listFeedItems('so-tttt', { offset: 0, limit: 10 }), { items: [], total: 0 });
    });

    test('not-modified keeps the items; failed keeps them too and counts failures until the next success', async () => {
      await store.addFeedSource(SOURCE, at(0));
      await store.saveFeedFetch('so-tttt', {
        kind: 'updated',
        at: at(10),
        nextFetchAt: at(40),
        etag: '"v1"',
        lastModified: null,
        siteUrl: null,
        items: [item('a', at(1))],
      });
      await store.saveFeedFetch('so-tttt', {
        kind: 'failed',
        at: at(40),
        nextFetchAt: at(45),
        error: { code: 'timeout', message: 'No answer in 10 s.' },
      });
      await store.saveFeedFetch('so-tttt', {
        kind: 'failed',
        at: at(45),
        nextFetchAt: at(55),
        error: { code: 'http_status', message: 'HTTP 503' },
      });
      let status = await store.getFeedSource('so-tttt');
      assert.deepEqual(
        [status?.fetchedAt, status?.checkedAt, status?.nextFetchAt, status?.failures, status?.error, status?.etag, status?.itemCount],
        [at(10), at(45), at(55), 2, { code: 'http_status', message: 'HTTP 503' }, '"v1"', 1],
      );
      await store.saveFeedFetch('so-tttt', { kind: 'not-modified', at: at(55), nextFetchAt: at(85) });
      status = await store.getFeedSource('so-tttt');
      assert.deepEqual(
        [status?.fetchedAt, status?.checkedAt, status?.nextFetchAt, status?.failures, status?.error, status?.etag, status?.itemCount],
        [at(55), at(55), at(85), 0, null, '"v1"', 1],
      );
      assert.deepEqual(await keys('so-tttt'), ['a']);
    });

    test('a fetch of an unknown source is ignored', async () => {
      await store.addFeedSource(SOURCE, at(0));
      const before = await store.listFeedSources();
      await store.saveFeedFetch('khong-co', {
        kind: 'updated',
        at: at(10),
        nextFetchAt: at(40),
        etag: null,
        lastModified: null,
        siteUrl: null,
        items: [item('a', null)],
      });
      await store.saveFeedFetch('khong-co', { kind: 'not-modified', at: at(10), nextFetchAt: at(40) });
      await store.saveFeedFetch('khong-co', { kind: 'failed', at: at(10), nextFetchAt: at(40), error: { code: 'x', message: 'y' } });
      assert.deepEqual(await store.listFeedSources(), before);
      assert.deepEqual(await backend.rows(store, 'SELECT id FROM feed_items'), []);
    });

    test('an update that fails part way keeps the last good items and status', async () => {
      await store.addFeedSource(SOURCE, at(0));
      await store.saveFeedFetch('so-tttt', {
        kind: 'updated',
        at: at(10),
        nextFetchAt: at(40),
        etag: '"v1"',
        lastModified: null,
        siteUrl: null,
        items: [item('a', at(1))],
      });
      const before = {
        status: await store.getFeedSource('so-tttt'),
        items: await store.listFeedItems('so-tttt', { offset: 0, limit: 10 }),
      };
      await assert.rejects(
        store.saveFeedFetch('so-tttt', {
          kind: 'updated',
          at: at(40),
          nextFetchAt: at(70),
          etag: '"v2"',
          lastModified: null,
          siteUrl: null,
          // An item without a title cannot be stored.
          items: [item('b', at(2)), item('c', at(3), { title: null as unknown as string })],
        }),
      );
      assert.deepEqual(
        { status: await store.getFeedSource('so-tttt'), items: await store.listFeedItems('so-tttt', { offset: 0, limit: 10 }) },
        before,
      );
    });
  });
}
