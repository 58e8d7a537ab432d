import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore, SQLITE_FILE, type NewArticle, type Store } from '../src/store/index.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { migrate, openSqliteStore } from '../src/store/sqlite.js';
import { describeStore, storeBackends } from './pg-support.js';

// The SQLite file itself (WAL, synchronous migrate(), the file in DATA_DIR) is tested here; the PostgreSQL
// schema, its migrations and openStore() with DATABASE_URL in pg-store.test.ts. Everything else runs once per backend.
const backends = await storeBackends();

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ap-store-'));
});
after(() => rm(dir, { recursive: true, force: true }));

let fileCount = 0;
/** A path for a new database file. */
const newFile = () => join(dir, `store-${++fileCount}.db`);

const NEWS = { slug: 'tin-tuc', name: 'Tin tức' };
const NOTICES = { slug: 'thong-bao', name: 'Thông báo' };

function article(slug: string, publishedAt: string, overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    slug,
    title: `Bài ${slug}`,
    summary: `Tóm tắt ${slug}.`,
    body: `<p>Nội dung ${slug}.</p>`,
    image: null,
    categorySlug: NEWS.slug,
    author: 'Phóng viên',
    publishedAt: new Date(publishedAt),
    ...overrides,
  };
}

describe('SQLite: migrations', () => {
  test('a fresh file gets every migration, recorded once, with WAL and foreign keys on', async () => {
    const file = newFile();
    const store = openSqliteStore(file);
    await store.close();
    const db = new Database(file, { readonly: true });
    try {
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      assert.deepEqual(
        versions,
        MIGRATIONS.map((_, i) => i + 1),
      );
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
      // Each domain's migration adds its own tables (sign-in: users, sessions, login_failures; see auth-store.test.ts).
      for (const table of ['article_views', 'articles', 'categories', 'schema_migrations', 'visitor_salts'])
        assert.ok(tables.includes(table), table);
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    } finally {
      db.close();
    }
  });

  test('a second open applies nothing', async () => {
    const file = newFile();
    await openSqliteStore(file).close();
    const db = new Database(file);
    try {
      const before = db.prepare('SELECT version, applied_at FROM schema_migrations').all();
      assert.deepEqual(migrate(db), []);
      await openSqliteStore(file).close();
      assert.deepEqual(db.prepare('SELECT version, applied_at FROM schema_migrations').all(), before);
    } finally {
      db.close();
    }
  });

  test('migrate() reports the versions it applied', () => {
    const db = new Database(':memory:');
    try {
      assert.deepEqual(
        migrate(db),
        MIGRATIONS.map((_, i) => i + 1),
      );
    } finally {
      db.close();
    }
  });

  test('a portal from before the newsroom (schema 5) keeps its articles: published, version 1, titles searchable', async () => {
    const file = newFile();
    const db = new Database(file);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    MIGRATIONS.slice(0, 5).forEach((sql, i) => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(i + 1, new Date().toISOString());
    });
    db.prepare('INSERT INTO categories (slug, name) VALUES (?, ?)').run(NEWS.slug, NEWS.name);
    db.prepare(
      `INSERT INTO articles (slug, title, summary, body, category_id, author, published_at, updated_at)
       VALUES ('cu', 'Đổi mới công tác dân vận', '', '<p>x</p>', 1, 'A', '2026-01-05T01:00:00.000Z', '2026-01-05T01:00:00.000Z')`,
    ).run();
    db.close();

    const store = openSqliteStore(file);
    try {
      const now = new Date('2026-06-01T00:00:00Z');
      assert.equal((await store.getArticle('cu', now))?.title, 'Đổi mới công tác dân vận');
      const { items } = await store.listStaffArticles({ offset: 0, limit: 10, q: 'doi moi dan van', now });
      assert.equal(items.length, 1);
      assert.equal(items[0].status, 'published');
      assert.equal(items[0].version, 1);
      assert.deepEqual(items[0].createdAt, new Date('2026-01-05T01:00:00.000Z'));
    } finally {
      await store.close();
    }
  });

  test('a database with a newer schema version fails with a clear error and is left as it was', async () => {
    const file = newFile();
    await openSqliteStore(file).close();
    const newer = MIGRATIONS.length + 1;
    const db = new Database(file);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(newer, new Date().toISOString());
    db.close();

    assert.throws(() => openSqliteStore(file), {
      message: new RegExp(
        `has schema version ${newer}, but this server only knows versions up to ${MIGRATIONS.length}: it was written by a newer server`,
      ),
    });
    const check = new Database(file, { readonly: true });
    try {
      assert.equal(check.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get(), newer);
    } finally {
      check.close();
    }
  });

  test('openStore() opens the SQLite file in DATA_DIR, creating the folder', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const store = await openStore({ dataDir, databaseUrl: undefined });
    await store.upsertCategory(NEWS);
    await store.close();
    const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
    try {
      assert.deepEqual(db.prepare('SELECT slug, name FROM categories').all(), [NEWS]);
    } finally {
      db.close();
    }
  });

  test('openStore() with a DATABASE_URL it cannot connect to says which (password masked) and what to do', async () => {
    // Port 1 on the loopback: nothing listens there, the connection is refused at once.
    await assert.rejects(
      openStore({ dataDir: join(dir, 'unused'), databaseUrl: 'postgres://portal:s3cret@127.0.0.1:1/portal' }),
      (error: Error) => {
        assert.match(
          error.message,
          /^Could not connect to PostgreSQL at postgres:\/\/portal:\*\*\*@127\.0\.0\.1:1\/portal \(DATABASE_URL\): /,
        );
        assert.match(error.message, /ECONNREFUSED/);
        assert.match(
          error.message,
          /Check that the server is running and reachable, .*or unset DATABASE_URL to use the SQLite file in DATA_DIR\.$/,
        );
        assert.doesNotMatch(error.message, /s3cret/);
        return true;
      },
    );
  });
});

for (const backend of backends) {
  describeStore(backend, 'articles', ({ test, before, after }) => {
    let store: Store;
    before(async () => {
      store = await backend.open();
      await store.upsertCategory(NEWS);
      await store.upsertCategory(NOTICES);
      // Inserted out of order; two share a publication time, so the id breaks the tie.
      await store.insertArticle(article('bai-2', '2026-03-02T08:00:00+07:00'));
      await store.insertArticle(article('bai-4', '2026-03-04T08:00:00+07:00', { categorySlug: NOTICES.slug }));
      await store.insertArticle(article('bai-1', '2026-03-01T08:00:00+07:00', { views: 120 }));
      await store.insertArticle(article('bai-3', '2026-03-03T08:00:00+07:00'));
      await store.insertArticle(article('bai-3b', '2026-03-03T08:00:00+07:00', { categorySlug: NOTICES.slug }));
    });
    after(() => store.close());

    const slugs = (items: { slug: string }[]) => items.map((item) => item.slug);

    test('lists newest first, the later id first at equal times, with the total', async () => {
      const { items, total } = await store.listArticles({ now: new Date(), offset: 0, limit: 10 });
      assert.deepEqual(slugs(items), ['bai-4', 'bai-3b', 'bai-3', 'bai-2', 'bai-1']);
      assert.equal(total, 5);
    });

    test('offset and limit select a page; the total stays the whole count', async () => {
      assert.deepEqual(
        await store.listArticles({ now: new Date(), offset: 1, limit: 2 }).then(({ items, total }) => [slugs(items), total]),
        [['bai-3b', 'bai-3'], 5],
      );
      assert.deepEqual(
        await store.listArticles({ now: new Date(), offset: 4, limit: 2 }).then(({ items, total }) => [slugs(items), total]),
        [['bai-1'], 5],
      );
      assert.deepEqual(
        await store.listArticles({ now: new Date(), offset: 5, limit: 2 }).then(({ items, total }) => [slugs(items), total]),
        [[], 5],
      );
    });

    test('a category filter lists and counts only that category', async () => {
      const notices = await store.listArticles({ now: new Date(), offset: 0, limit: 10, category: NOTICES.slug });
      assert.deepEqual(slugs(notices.items), ['bai-4', 'bai-3b']);
      assert.equal(notices.total, 2);
      assert.deepEqual(notices.items[0].category, NOTICES);
      const news = await store.listArticles({ now: new Date(), offset: 1, limit: 1, category: NEWS.slug });
      assert.deepEqual([slugs(news.items), news.total], [['bai-2'], 3]);
      assert.deepEqual(await store.listArticles({ now: new Date(), offset: 0, limit: 10, category: 'khong-co' }), { items: [], total: 0 });
    });

    test('getArticle returns every field; unknown slugs give undefined', async () => {
      const image = { path: '/media/anh.jpg', alt: 'Ảnh', width: 800, height: 450, bytes: 1234, type: 'image/jpeg' };
      assert.equal(await store.insertArticle(article('co-anh', '2026-02-01T10:30:00+07:00', { image, author: 'Thu Hà' })), true);
      const stored = await store.getArticle('co-anh', new Date());
      assert.ok(stored);
      assert.equal(typeof stored.id, 'number');
      assert.deepEqual(
        { ...stored, id: 0 },
        {
          id: 0,
          slug: 'co-anh',
          title: 'Bài co-anh',
          summary: 'Tóm tắt co-anh.',
          body: '<p>Nội dung co-anh.</p>',
          image,
          category: NEWS,
          author: 'Thu Hà',
          publishedAt: new Date('2026-02-01T03:30:00.000Z'),
          updatedAt: new Date('2026-02-01T03:30:00.000Z'),
          views: 0,
          languages: ['vi'],
        },
      );
      assert.equal((await store.getArticle('bai-1', new Date()))?.views, 120);
      assert.equal(await store.getArticle('khong-co', new Date()), undefined);
    });

    test('insertArticle keeps an uploaded cover with its renditions, and a body figure in <picture>', async () => {
      const files = [
        { name: 'bbbbbbbbbbbbbbbb-320.webp', width: 320, height: 180, type: 'image/webp' as const, bytes: 1500 },
        { name: 'bbbbbbbbbbbbbbbb-320.jpg', width: 320, height: 180, type: 'image/jpeg' as const, bytes: 4000 },
      ];
      const { media } = await store.addMedia(
        { hash: 'bbbbbbbbbbbbbbbb', width: 320, height: 180, files },
        { actor: { id: null, username: '(demo content)' }, at: new Date('2026-01-01T00:00:00Z') },
      );
      const image = {
        path: '/media/u/bbbbbbbbbbbbbbbb-320.jpg',
        alt: 'Ảnh tải lên',
        width: 320,
        height: 180,
        bytes: 4000,
        type: 'image/jpeg',
        media: { id: media.id, files },
      };
      const body =
        '<figure><picture><source type="image/webp" srcset="/media/u/bbbbbbbbbbbbbbbb-320.webp 320w" sizes="(max-width: 320px) 100vw, 320px" />' +
        '<img src="/media/u/bbbbbbbbbbbbbbbb-320.jpg" srcset="/media/u/bbbbbbbbbbbbbbbb-320.jpg 320w" sizes="(max-width: 320px) 100vw, 320px" alt="Ảnh" width="320" height="180" />' +
        '</picture><figcaption>Chú thích</figcaption></figure>';
      assert.equal(await store.insertArticle(article('anh-tai-len', '2026-01-01T08:00:00+07:00', { image, body })), true);
      const stored = await store.getArticle('anh-tai-len', new Date());
      assert.deepEqual(stored?.image, image);
      assert.equal(stored?.body, body);
    });

    test('insertArticle leaves an existing slug alone and rejects an unknown category', async () => {
      assert.equal(await store.insertArticle(article('bai-1', '2026-05-01T08:00:00+07:00', { title: 'Khác' })), false);
      assert.equal((await store.getArticle('bai-1', new Date()))?.title, 'Bài bai-1');
      await assert.rejects(store.insertArticle(article('moi', '2026-05-01T08:00:00+07:00', { categorySlug: 'khong-co' })), {
        message: 'Cannot insert article "moi": there is no category "khong-co".',
      });
      assert.equal(await store.getArticle('moi', new Date()), undefined);
    });

    test('an English version: stored with its article (sanitized); read and listed in English only where there is one', async () => {
      const english = {
        title: 'An article in English',
        summary: 'In English.',
        body: '<p onclick="x()">English <script>x()</script>text.</p>',
      };
      assert.equal(await store.insertArticle(article('co-ban-dich', '2026-03-05T08:00:00+07:00', { english })), true);
      const vietnamese = await store.getArticle('co-ban-dich', new Date());
      assert.equal(vietnamese?.title, 'Bài co-ban-dich');
      assert.deepEqual(vietnamese?.languages, ['vi', 'en']);
      const inEnglish = await store.getArticle('co-ban-dich', new Date(), 'en');
      assert.deepEqual(inEnglish, { ...vietnamese, title: english.title, summary: english.summary, body: '<p>English text.</p>' });
      assert.equal(await store.getArticle('bai-1', new Date(), 'en'), undefined, 'no English version');

      const listed = await store.listArticles({ now: new Date(), offset: 0, limit: 10, lang: 'en' });
      assert.deepEqual(
        [listed.items.map(({ slug, title, summary }) => [slug, title, summary]), listed.total],
        [[['co-ban-dich', english.title, english.summary]], 1],
      );
      assert.deepEqual(await store.listArticles({ now: new Date(), offset: 0, limit: 10, lang: 'en', category: NOTICES.slug }), {
        items: [],
        total: 0,
      });
      const all = await store.listArticles({ now: new Date(), offset: 0, limit: 10 });
      assert.deepEqual(
        all.items.slice(0, 2).map(({ slug, title, languages }) => [slug, title, languages]),
        [
          ['co-ban-dich', 'Bài co-ban-dich', ['vi', 'en']],
          ['bai-4', 'Bài bai-4', ['vi']],
        ],
      );
      // A slug stored already is left alone, English version included.
      assert.equal(await store.insertArticle(article('bai-1', '2026-05-01T08:00:00+07:00', { english })), false);
      assert.equal(await store.getArticle('bai-1', new Date(), 'en'), undefined);
    });

    test('categories: listed in creation order, renamed by upsert, looked up by slug', async () => {
      assert.deepEqual(await store.listCategories(), [NEWS, NOTICES]);
      await store.upsertCategory({ slug: NOTICES.slug, name: 'Thông báo mới' });
      assert.deepEqual(await store.getCategory(NOTICES.slug), { slug: NOTICES.slug, name: 'Thông báo mới' });
      await store.upsertCategory(NOTICES);
      assert.equal(await store.getCategory('khong-co'), undefined);
    });
  });

  describeStore(backend, 'views and visitor salts', ({ test, beforeEach, afterEach }) => {
    let store: Store;
    beforeEach(async () => {
      store = await backend.open();
      await store.upsertCategory(NEWS);
      await store.insertArticle(article('mot', '2026-03-01T08:00:00+07:00', { views: 10 }));
      await store.insertArticle(article('hai', '2026-03-02T08:00:00+07:00'));
    });
    afterEach(() => store.close());

    /** Rows of a table, read through a second connection. */
    const rows = (sql: string) => backend.rows(store, sql);

    test('a visitor counts once per article and day; other visitors, articles and days count', async () => {
      assert.equal(await store.recordArticleView('mot', 'visitor-a', '2026-03-05', new Date()), 11);
      assert.equal(await store.recordArticleView('mot', 'visitor-a', '2026-03-05', new Date()), 11);
      assert.equal(await store.recordArticleView('mot', 'visitor-b', '2026-03-05', new Date()), 12);
      assert.equal(await store.recordArticleView('hai', 'visitor-a', '2026-03-05', new Date()), 1);
      assert.equal(await store.recordArticleView('mot', 'visitor-a', '2026-03-06', new Date()), 13);
      assert.equal((await store.getArticle('mot', new Date()))?.views, 13);
      assert.equal((await store.getArticle('hai', new Date()))?.views, 1);
    });

    test('a view of an unknown article returns undefined and records nothing', async () => {
      assert.equal(await store.recordArticleView('khong-co', 'visitor-a', '2026-03-05', new Date()), undefined);
      assert.deepEqual(await rows('SELECT * FROM article_views'), []);
    });

    test('a day has one salt; a new day gets a new one and deletes older salts and view records', async () => {
      const first = await store.visitorSalt('2026-03-05');
      assert.match(first, /^[A-Za-z0-9+/]{43}=$/, '32 random bytes, base64');
      assert.equal(await store.visitorSalt('2026-03-05'), first);
      await store.recordArticleView('mot', 'visitor-a', '2026-03-05', new Date());

      const second = await store.visitorSalt('2026-03-06');
      assert.notEqual(second, first);
      assert.deepEqual(await rows('SELECT day FROM visitor_salts'), [{ day: '2026-03-06' }]);
      assert.deepEqual(await rows('SELECT * FROM article_views'), []);
      assert.equal((await store.getArticle('mot', new Date()))?.views, 11, 'the count stays');
      assert.equal(await store.visitorSalt('2026-03-06'), second);
    });

    test('two servers on one database at once: one salt per day; a visitor counts once, every other visitor once', async () => {
      const other = await backend.openAgain(store);
      try {
        const both = [store, other];
        const salts = await Promise.all(Array.from({ length: 6 }, (_, i) => both[i % 2].visitorSalt('2026-03-07')));
        assert.equal(new Set(salts).size, 1);
        assert.deepEqual(await rows('SELECT day, salt FROM visitor_salts'), [{ day: '2026-03-07', salt: salts[0] }]);

        const same = await Promise.all(
          Array.from({ length: 6 }, (_, i) => both[i % 2].recordArticleView('hai', 'visitor-a', '2026-03-07', new Date())),
        );
        assert.deepEqual(same, [1, 1, 1, 1, 1, 1]);
        const many = await Promise.all(
          Array.from({ length: 20 }, (_, i) => both[i % 2].recordArticleView('mot', `visitor-${i}`, '2026-03-07', new Date())),
        );
        assert.deepEqual(
          many.sort((a, b) => (a ?? 0) - (b ?? 0)),
          Array.from({ length: 20 }, (_, i) => 11 + i),
          'each view adds one, and each caller gets the count after its own',
        );
        assert.equal((await other.getArticle('mot', new Date()))?.views, 30);
      } finally {
        await other.close();
      }
    });
  });

  describeStore(backend, 'sanitization on insert', ({ test, before, after }) => {
    let store: Store;
    before(async () => {
      store = await backend.open();
      await store.upsertCategory(NEWS);
    });
    after(() => store.close());

    const cases: [name: string, body: string, stored: string][] = [
      ['strips script elements, whole', '<p>Tin<script>alert(1)</script></p>', '<p>Tin</p>'],
      ['strips style elements and attributes', '<style>p{color:red}</style><p style="color:red">Tin</p>', '<p>Tin</p>'],
      [
        'strips event handler attributes',
        '<img src="/media/a.jpg" alt="a" onerror="alert(1)"><p onclick="x()">Tin</p>',
        '<img src="/media/a.jpg" alt="a" /><p>Tin</p>',
      ],
      [
        'strips javascript: links',
        '<a href="javascript:alert(1)">Xem</a> <a href="JaVaScRiPt&#58;alert(1)">Xem</a>',
        '<a>Xem</a> <a>Xem</a>',
      ],
      [
        'strips data: and protocol-relative URLs (a picture left without its address goes whole)',
        '<img src="data:image/png;base64,AAAA" alt="x"><a href="//evil.example/">Xem</a>',
        '<a>Xem</a>',
      ],
      [
        'strips iframes, objects and forms',
        '<iframe src="https://evil.example/"></iframe><object data="x.swf"></object><form><input name="q"></form><p>Tin</p>',
        '<p>Tin</p>',
      ],
      [
        'keeps headings, emphasis, https links, figures, lists and quotes',
        '<h2>Tiêu đề</h2><p><strong>Đậm</strong> <em>nghiêng</em> <a href="https://example.gov.vn/x">liên kết</a></p><figure><img src="/media/a.jpg" alt="Ảnh" width="800" height="450" loading="lazy"><figcaption>Chú thích</figcaption></figure><ul><li>Một</li></ul><blockquote>Trích</blockquote>',
        '<h2>Tiêu đề</h2><p><strong>Đậm</strong> <em>nghiêng</em> <a href="https://example.gov.vn/x">liên kết</a></p><figure><img src="/media/a.jpg" alt="Ảnh" width="800" height="450" loading="lazy" /><figcaption>Chú thích</figcaption></figure><ul><li>Một</li></ul><blockquote>Trích</blockquote>',
      ],
    ];
    cases.forEach(([name, body, stored], i) => {
      test(name, async () => {
        const slug = `bai-${i}`;
        await store.insertArticle(article(slug, '2026-03-01T08:00:00+07:00', { body }));
        assert.equal((await store.getArticle(slug, new Date()))?.body, stored);
      });
    });
  });
}
