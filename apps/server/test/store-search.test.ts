// Search on both stores: folding (diacritics, đ, case, tone-mark placement), ranking (exact form, title, phrase,
// recency), phrases and prefixes, what readers may find (published, scheduled, deleted), feed items, filters,
// paging, hostile queries, and the index of rows written before the search migration.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../src/store/migrations.js';
import { PG_MIGRATIONS } from '../src/store/pg-migrations.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { openPgStore } from '../src/store/pg.js';
import { parseQuery } from '../src/search/text.js';
import type { ArticleFields, ChangeContext, NewFeedItem, SearchOptions, Store } from '../src/store/types.js';
import { createPgSchema, describeStore, pgRows, storeBackends } from './pg-support.js';
import { describe, test as plainTest } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NOW = new Date('2026-06-01T00:00:00Z');
const day = (n: number) => new Date(Date.UTC(2026, 4, n, 2));
const NEWS = { slug: 'tin-tuc', name: 'Tin tức' };
const REFORM = { slug: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính' };

/** Titles of what `q` finds (articles and feed items), best first. */
async function titles(store: Store, q: string, options: Partial<SearchOptions> = {}): Promise<string[]> {
  const { items } = await store.search({ query: parseQuery(q), source: 'all', offset: 0, limit: 50, now: NOW, ...options });
  return items.map((hit) => (hit.type === 'article' ? hit.article.title : hit.item.title));
}

let slugs = 0;
async function article(store: Store, title: string, options: { body?: string; summary?: string; at?: Date; category?: string } = {}) {
  const slug = `bai-${++slugs}`;
  await store.insertArticle({
    slug,
    title,
    summary: options.summary ?? '',
    body: options.body ?? '<p>Nội dung.</p>',
    image: null,
    categorySlug: options.category ?? NEWS.slug,
    author: 'Phóng viên',
    publishedAt: options.at ?? day(1),
  });
  return slug;
}

function feedItem(key: string, title: string, html = '<p>Tin từ cơ sở.</p>', publishedAt: Date | null = day(2)): NewFeedItem {
  return { key, title, url: `https://so.example.vn/${key}`, summary: '', html, author: 'Sở', image: null, publishedAt };
}

const SOURCE = { id: 'so-noi-vu', name: 'Sở Nội vụ', url: 'https://so.example.vn/rss', refreshMinutes: 30 };

async function storeFeed(store: Store, items: NewFeedItem[]) {
  await store.saveFeedFetch(SOURCE.id, {
    kind: 'updated',
    at: NOW,
    nextFetchAt: NOW,
    etag: null,
    lastModified: null,
    siteUrl: 'https://so.example.vn/',
    items,
  });
}

for (const backend of await storeBackends()) {
  describeStore(backend, 'search', ({ test, beforeEach, afterEach }) => {
    let store: Store;
    beforeEach(async () => {
      store = await backend.open();
      await store.upsertCategory(NEWS);
      await store.upsertCategory(REFORM);
    });
    afterEach(() => store.close());

    test('diacritics, đ and case are folded: "cai cach hanh chinh" and "DANG UY" find the Vietnamese text', async () => {
      await article(store, 'Đảng ủy Khối đẩy mạnh cải cách hành chính');
      await article(store, 'Hội nghị tổng kết năm', { body: '<p>Công tác <strong>cải cách</strong> hành chính được chú trọng.</p>' });
      await article(store, 'Tin không liên quan');
      assert.deepEqual(await titles(store, 'cai cach hanh chinh'), ['Đảng ủy Khối đẩy mạnh cải cách hành chính', 'Hội nghị tổng kết năm']);
      assert.deepEqual(await titles(store, 'DANG UY'), ['Đảng ủy Khối đẩy mạnh cải cách hành chính']);
      assert.deepEqual(await titles(store, 'đảng ủy'), ['Đảng ủy Khối đẩy mạnh cải cách hành chính']);
      assert.deepEqual(await titles(store, 'doi'), [], '"doi" is not "đẩy" or "Đảng"');
    });

    test('old and new tone-mark placement find each other, with and without diacritics', async () => {
      await article(store, 'Hòa giải ở cơ sở', { at: day(1) });
      await article(store, 'Hoà nhập cộng đồng', { at: day(2) });
      await article(store, 'Công trình thủy lợi', { at: day(3) });
      await article(store, 'Khánh thành hồ thuỷ điện', { at: day(4) });
      await article(store, 'Chăm sóc sức khỏe', { at: day(5) });
      const both = ['Hoà nhập cộng đồng', 'Hòa giải ở cơ sở'];
      assert.deepEqual(await titles(store, 'hòa'), both);
      assert.deepEqual(await titles(store, 'hoà'), both);
      assert.deepEqual(await titles(store, 'hoa'), both);
      assert.deepEqual(await titles(store, 'thủy'), ['Khánh thành hồ thuỷ điện', 'Công trình thủy lợi']);
      assert.deepEqual(await titles(store, 'THUỶ'), ['Khánh thành hồ thuỷ điện', 'Công trình thủy lợi']);
      assert.deepEqual(await titles(store, 'khoẻ'), ['Chăm sóc sức khỏe']);
    });

    test('a query with diacritics ranks exact matches first; without, the newest first', async () => {
      await article(store, 'Bài phát biểu của Bí thư', { at: day(1) });
      await article(store, 'Bãi bỏ 12 thủ tục', { at: day(2) });
      await article(store, 'Lê Quang Huy nhận bằng khen', { at: day(3) });
      await article(store, 'Lễ khai mạc', { at: day(4), body: '<p>Quang cảnh buổi lễ; phát huy truyền thống.</p>' });
      assert.deepEqual(await titles(store, 'bài'), ['Bài phát biểu của Bí thư', 'Bãi bỏ 12 thủ tục']);
      assert.deepEqual(await titles(store, 'bãi'), ['Bãi bỏ 12 thủ tục', 'Bài phát biểu của Bí thư']);
      assert.deepEqual(await titles(store, 'bai'), ['Bãi bỏ 12 thủ tục', 'Bài phát biểu của Bí thư']);
      assert.deepEqual(await titles(store, 'Lê Quang Huy'), ['Lê Quang Huy nhận bằng khen', 'Lễ khai mạc']);
      assert.deepEqual(await titles(store, 'le quang huy'), ['Lê Quang Huy nhận bằng khen', 'Lễ khai mạc'], 'title before body');
    });

    test('title matches rank above body matches, the whole query as a phrase above scattered words, then the newest', async () => {
      await article(store, 'Cải cách hành chính: kết quả năm 2026', { at: day(1) });
      await article(store, 'Hành chính công và cải cách thủ tục', { at: day(2) });
      await article(store, 'Tin tổng hợp', { at: day(3), body: '<p>Đẩy mạnh cải cách hành chính.</p>' });
      await article(store, 'Tin tổng hợp khác', { at: day(4), body: '<p>Hành chính, thủ tục và cải cách.</p>' });
      await article(store, 'Cải cách hành chính ở cấp xã', { at: day(5) });
      assert.deepEqual(await titles(store, 'cai cach hanh chinh'), [
        'Cải cách hành chính ở cấp xã',
        'Cải cách hành chính: kết quả năm 2026',
        'Hành chính công và cải cách thủ tục',
        'Tin tổng hợp',
        'Tin tổng hợp khác',
      ]);
    });

    test('a phrase in quotes finds its words next to each other; the last bare word is a prefix', async () => {
      await article(store, 'Cải cách hành chính', { at: day(1) });
      await article(store, 'Hành chính và cải cách', { at: day(2) });
      assert.deepEqual(await titles(store, '"cải cách hành chính"'), ['Cải cách hành chính']);
      assert.deepEqual(await titles(store, '"hanh chinh" cai'), ['Hành chính và cải cách', 'Cải cách hành chính']);
      assert.deepEqual(await titles(store, 'cai cach hanh chi'), ['Cải cách hành chính', 'Hành chính và cải cách']);
      await article(store, 'Hoàn thành kế hoạch năm', { at: day(3) });
      await article(store, 'Hoạt động hè', { at: day(4) });
      await article(store, 'Hòa giải viên', { at: day(1) });
      await article(store, 'Tin vắn', { at: day(5), body: '<p>Hoà giải thành.</p>' });
      assert.deepEqual(
        await titles(store, 'hoà'),
        ['Hòa giải viên', 'Hoàn thành kế hoạch năm', 'Tin vắn', 'Hoạt động hè'],
        'the finished word first, then the words it starts in the exact form; "hoạt" only folded',
      );
      assert.deepEqual(await titles(store, 'hoa'), ['Hòa giải viên', 'Hoạt động hè', 'Hoàn thành kế hoạch năm', 'Tin vắn']);
      assert.deepEqual(await titles(store, '"cai cach hanh chi"'), [], 'a quoted word is whole');
      assert.deepEqual(await titles(store, 'chinh c'), [], 'a one-letter last word is whole');
    });

    test('readers find only what they may read: no drafts, scheduled articles from their time, no deleted ones; edits are found', async () => {
      const user = await store.createUser({
        username: 'bientap',
        displayName: 'Biên tập',
        role: 'editor',
        passwordHash: 'h',
        createdAt: day(1),
      });
      const context: ChangeContext = { actor: { id: user.id, username: user.username }, at: day(1) };
      const fields = (slug: string, title: string, status: ArticleFields['status'], publishedAt: Date): ArticleFields => ({
        slug,
        title,
        summary: '',
        body: '<p>Văn bản.</p>',
        categorySlug: NEWS.slug,
        author: 'A',
        image: null,
        status,
        publishedAt,
        english: null,
      });
      const draft = await store.createArticle(fields('nhap', 'Quy chế tiếp công dân (bản nháp)', 'draft', day(1)), context);
      const later = new Date(NOW.getTime() + 3_600_000);
      await store.createArticle(fields('hen-gio', 'Quy chế tiếp công dân sửa đổi', 'published', later), context);
      const published = await store.createArticle(fields('da-dang', 'Quy chế tiếp công dân năm 2026', 'published', day(2)), context);

      assert.deepEqual(await titles(store, 'quy che tiep cong dan'), ['Quy chế tiếp công dân năm 2026']);
      assert.deepEqual(await titles(store, 'quy che tiep cong dan', { now: new Date(later.getTime() + 1) }), [
        'Quy chế tiếp công dân sửa đổi',
        'Quy chế tiếp công dân năm 2026',
      ]);

      await store.updateArticle(draft.id, undefined, { status: 'published', publishedAt: day(3) }, 'article.publish', context);
      await store.updateArticle(published.id, undefined, { title: 'Nội quy phòng tiếp dân' }, 'article.update', context);
      assert.deepEqual(await titles(store, 'quy che tiep cong dan'), ['Quy chế tiếp công dân (bản nháp)']);
      assert.deepEqual(await titles(store, 'noi quy'), ['Nội quy phòng tiếp dân']);

      await store.updateArticle(draft.id, undefined, { deletedAt: day(4) }, 'article.delete', context);
      assert.deepEqual(await titles(store, 'quy che'), []);
      await store.updateArticle(draft.id, undefined, { deletedAt: null }, 'article.restore', context);
      assert.deepEqual(await titles(store, 'quy che'), ['Quy chế tiếp công dân (bản nháp)']);
      await store.updateArticle(draft.id, undefined, { status: 'draft' }, 'article.unpublish', context);
      assert.deepEqual(await titles(store, 'quy che'), []);
    });

    test('feed items are found as they are stored and replaced; source and category filters; undated items last', async () => {
      await article(store, 'Cải cách hành chính tại cấp tỉnh', { at: day(1), category: REFORM.slug });
      await article(store, 'Cải cách thủ tục thuế', { at: day(2) });
      await store.addFeedSource(SOURCE, NOW);
      await storeFeed(store, [
        feedItem('a', 'Sở Nội vụ cải cách hành chính', '<p>Một cửa liên thông.</p>', day(3)),
        feedItem('b', 'Tin cải cách không ngày', '<p>x</p>', null),
      ]);
      assert.deepEqual(await titles(store, 'cai cach'), [
        'Sở Nội vụ cải cách hành chính',
        'Cải cách thủ tục thuế',
        'Cải cách hành chính tại cấp tỉnh',
        'Tin cải cách không ngày',
      ]);
      assert.deepEqual(await titles(store, 'cai cach', { source: 'feeds' }), ['Sở Nội vụ cải cách hành chính', 'Tin cải cách không ngày']);
      assert.deepEqual(await titles(store, 'cai cach', { source: 'portal' }), [
        'Cải cách thủ tục thuế',
        'Cải cách hành chính tại cấp tỉnh',
      ]);
      assert.deepEqual(await titles(store, 'cai cach', { category: REFORM.slug }), ['Cải cách hành chính tại cấp tỉnh']);
      assert.deepEqual(await titles(store, 'lien thong'), ['Sở Nội vụ cải cách hành chính'], 'the item text is indexed');

      const [hit] = (await store.search({ query: parseQuery('lien thong'), source: 'feeds', offset: 0, limit: 1, now: NOW })).items;
      assert.equal(hit.type, 'feed-item');
      if (hit.type === 'feed-item') {
        assert.deepEqual(hit.feed, { id: SOURCE.id, name: SOURCE.name, url: SOURCE.url, siteUrl: 'https://so.example.vn/' });
        assert.equal(hit.item.url, 'https://so.example.vn/a');
      }

      // The next fetch changes one item and drops the other.
      await storeFeed(store, [feedItem('a', 'Sở Nội vụ tổng kết năm', '<p>Một cửa liên thông.</p>', day(3))]);
      assert.deepEqual(await titles(store, 'cai cach', { source: 'feeds' }), []);
      assert.deepEqual(await titles(store, 'tong ket'), ['Sở Nội vụ tổng kết năm']);
      await store.removeFeedSource(SOURCE.id);
      assert.deepEqual(await titles(store, 'tong ket'), []);
    });

    test('a disabled member site’s feed items are not found (nor counted) until the site is enabled again', async () => {
      const context: ChangeContext = { actor: { id: null, username: 'test' }, at: NOW };
      await article(store, 'Cải cách hành chính tại cấp tỉnh');
      // The site's feed URL makes its feed source (of the site's id); a source of another id is no site's.
      await store.createSite(
        {
          id: SOURCE.id,
          name: SOURCE.name,
          homeUrl: 'https://so.example.vn/',
          origins: ['https://so.example.vn'],
          feedUrl: SOURCE.url,
          contact: { name: null, email: null },
          timeZone: 'Asia/Ho_Chi_Minh',
          look: null,
        },
        context,
      );
      await storeFeed(store, [feedItem('a', 'Sở Nội vụ cải cách hành chính')]);
      const other = { ...SOURCE, id: 'bao-tinh', url: 'https://bao.example.vn/rss' };
      await store.addFeedSource(other, NOW);
      await store.saveFeedFetch(other.id, {
        kind: 'updated',
        at: NOW,
        nextFetchAt: NOW,
        etag: null,
        lastModified: null,
        siteUrl: null,
        items: [feedItem('b', 'Báo tỉnh: cải cách hành chính', '<p>x</p>', day(3))],
      });
      const found = async (options: Partial<SearchOptions> = {}) => {
        const { items, total } = await store.search({
          query: parseQuery('cai cach'),
          source: 'all',
          offset: 0,
          limit: 50,
          now: NOW,
          ...options,
        });
        return { titles: items.map((hit) => (hit.type === 'article' ? hit.article.title : hit.item.title)), total };
      };
      // Newest first: the other source's item, the site's, the article.
      const all = ['Báo tỉnh: cải cách hành chính', 'Sở Nội vụ cải cách hành chính', 'Cải cách hành chính tại cấp tỉnh'];
      assert.deepEqual(await found(), { titles: all, total: 3 });

      const disabled = await store.updateSite(SOURCE.id, undefined, { disabledAt: NOW }, 'site.disable', context);
      assert.equal(disabled.kind, 'saved');
      assert.deepEqual(await found(), { titles: [all[0], all[2]], total: 2 });
      assert.deepEqual(await found({ source: 'feeds' }), { titles: ['Báo tỉnh: cải cách hành chính'], total: 1 });
      assert.deepEqual(await found({ offset: 1, limit: 1 }), { titles: ['Cải cách hành chính tại cấp tỉnh'], total: 2 });
      assert.equal(
        Number((await backend.rows(store, `SELECT COUNT(*) AS n FROM feed_items WHERE source_id = '${SOURCE.id}'`))[0]!.n),
        1,
        'its items are kept',
      );

      await store.updateSite(SOURCE.id, undefined, { disabledAt: null }, 'site.enable', context);
      assert.deepEqual(await found(), { titles: all, total: 3 });
    });

    test('pages of results with the total; words only in the HTML markup are not found', async () => {
      for (let i = 1; i <= 12; i++) await article(store, `Thông báo số ${i}`, { at: day(i) });
      await article(store, 'Ảnh', { body: '<p><a href="https://strong.example.vn/">liên kết</a></p>' });
      const page = (offset: number) => store.search({ query: parseQuery('thong bao'), source: 'all', offset, limit: 5, now: NOW });
      const first = await page(0);
      assert.equal(first.total, 12);
      assert.deepEqual(
        first.items.map((hit) => hit.type === 'article' && hit.article.title),
        [12, 11, 10, 9, 8].map((i) => `Thông báo số ${i}`),
      );
      const last = await page(10);
      assert.deepEqual(
        last.items.map((hit) => hit.type === 'article' && hit.article.title),
        ['Thông báo số 2', 'Thông báo số 1'],
      );
      assert.deepEqual((await page(20)).items, []);
      assert.deepEqual(await titles(store, 'strong'), []);
      assert.deepEqual(await titles(store, 'href'), []);
      assert.deepEqual(await titles(store, 'lien ket'), ['Ảnh']);
    });

    test("queries with the engines' syntax, punctuation only or 1,000 characters find words or nothing, and never fail", async () => {
      await article(store, 'Hội nghị NEAR và AND OR NOT', { body: '<p>Cải cách, hành chính: "một cửa" - liên thông*</p>' });
      const hostile = [
        '',
        '   ',
        '***',
        '"',
        '""',
        '"""',
        '-',
        ':',
        '(',
        ')',
        '^',
        '{title_folded}: x',
        'NEAR(a b)',
        'a OR b',
        'NOT x',
        'x AND',
        "'",
        "'; DROP TABLE articles; --",
        '\\',
        '&|!<->:*',
        'cải '.repeat(250),
        'a'.repeat(1000),
        '🙂 ̀ ́',
      ];
      for (const q of hostile) {
        const result = await store.search({ query: parseQuery(q), source: 'all', offset: 0, limit: 10, now: NOW });
        assert.equal(result.total, result.items.length, q);
      }
      assert.deepEqual(await titles(store, 'NEAR'), ['Hội nghị NEAR và AND OR NOT']);
      assert.deepEqual(await titles(store, 'near and or not'), ['Hội nghị NEAR và AND OR NOT']);
      assert.deepEqual(await titles(store, '-"mot cua" :lien* thong*'), ['Hội nghị NEAR và AND OR NOT']);
      assert.deepEqual(await titles(store, '***'), []);
    });
  });
}

/** The migrations before the search one: the database as the release before search left it. */
const beforeSearch = <T>(list: readonly T[], marker: (item: T) => boolean) => list.slice(0, list.findIndex(marker));

describe('the search migration indexes what is already stored', () => {
  plainTest('SQLite', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ap-search-'));
    try {
      const file = join(dir, 'portal.db');
      const db = new Database(file);
      db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      beforeSearch(MIGRATIONS, (sql) => sql.includes('articles_search')).forEach((sql, i) => {
        db.exec(sql);
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(i + 1, new Date().toISOString());
      });
      db.exec(`INSERT INTO categories (slug, name) VALUES ('tin-tuc', 'Tin tức');
        INSERT INTO articles (slug, title, summary, body, category_id, author, published_at, updated_at, created_at)
        VALUES ('cu', 'Cải cách hành chính năm trước', '', '<p>Đẩy mạnh một cửa.</p>', 1, 'A', '2026-01-05T01:00:00.000Z', '2026-01-05T01:00:00.000Z', '2026-01-05T01:00:00.000Z');
        INSERT INTO feed_sources (id, name, url, refresh_minutes, created_at, next_fetch_at)
        VALUES ('so-noi-vu', 'Sở Nội vụ', 'https://so.example.vn/rss', 30, '2026-01-05T01:00:00.000Z', '2026-01-05T01:00:00.000Z');
        INSERT INTO feed_items (source_id, item_key, position, title, url, summary, html, author)
        VALUES ('so-noi-vu', 'k', 0, 'Tin của Sở về một cửa', NULL, '', '<p>x</p>', 'Sở');`);
      db.close();
      const store = openSqliteStore(file);
      try {
        assert.deepEqual(await titles(store, 'cai cach'), ['Cải cách hành chính năm trước']);
        assert.deepEqual(await titles(store, 'mot cua'), ['Tin của Sở về một cửa', 'Cải cách hành chính năm trước']);
      } finally {
        await store.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  plainTest('PostgreSQL', async (t) => {
    const [, pg] = await storeBackends();
    if (pg.skip) return t.skip(pg.skip);
    const { url, drop } = await createPgSchema();
    try {
      await pgRows(url, 'CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)');
      for (const [i, sql] of beforeSearch(PG_MIGRATIONS, (item) => item.includes('search_vector')).entries()) {
        await pgRows(url, sql);
        await pgRows(url, 'INSERT INTO schema_migrations VALUES ($1, now())', [i + 1]);
      }
      await pgRows(url, "INSERT INTO categories (slug, name) VALUES ('tin-tuc', 'Tin tức')");
      await pgRows(
        url,
        `INSERT INTO articles (slug, title, summary, body, category_id, author, published_at, updated_at, created_at)
         VALUES ('cu', 'Cải cách hành chính năm trước', '', '<p>Đẩy mạnh một cửa.</p>', 1, 'A', '2026-01-05T01:00:00Z', '2026-01-05T01:00:00Z', '2026-01-05T01:00:00Z')`,
      );
      await pgRows(
        url,
        `INSERT INTO feed_sources (id, name, url, refresh_minutes, created_at, next_fetch_at)
         VALUES ('so-noi-vu', 'Sở Nội vụ', 'https://so.example.vn/rss', 30, now(), now())`,
      );
      await pgRows(
        url,
        `INSERT INTO feed_items (source_id, item_key, position, title, url, summary, html, author)
         VALUES ('so-noi-vu', 'k', 0, 'Tin của Sở về một cửa', NULL, '', '<p>x</p>', 'Sở')`,
      );
      const store = await openPgStore(url);
      try {
        assert.deepEqual(await titles(store, 'cai cach'), ['Cải cách hành chính năm trước']);
        assert.deepEqual(await titles(store, 'mot cua'), ['Tin của Sở về một cửa', 'Cải cách hành chính năm trước']);
      } finally {
        await store.close();
      }
    } finally {
      await drop();
    }
  });
});
