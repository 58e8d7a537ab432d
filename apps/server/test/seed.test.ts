import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_CATEGORIES, demoArticles, seedDemoContent } from '../src/seed/index.js';
import { DEMO_IMAGES, MEDIA_DIR } from '../src/seed/images.js';
import { SQLITE_FILE } from '../src/store/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Article, Store } from '../src/store/types.js';

const TOTAL = 44;

describe('demo content', () => {
  let dir: string;
  let store: Store;
  let firstRun: { inserted: number; lines: string[] };
  let articles: Article[];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ap-seed-'));
    store = openSqliteStore(join(dir, 'portal.db'));
    const lines: string[] = [];
    firstRun = { inserted: await seedDemoContent(store, (line) => lines.push(line)), lines };
    const { items } = await store.listArticles({ now: new Date(), offset: 0, limit: 1000 });
    articles = await Promise.all(items.map(async ({ slug }) => (await store.getArticle(slug, new Date())) as Article));
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  test(`inserts ${TOTAL} articles in 4 categories of 11, reporting progress`, async () => {
    assert.equal(firstRun.inserted, TOTAL);
    assert.deepEqual(firstRun.lines, [
      `Seeding demo content: 10/${TOTAL} articles`,
      `Seeding demo content: 20/${TOTAL} articles`,
      `Seeding demo content: 30/${TOTAL} articles`,
      `Seeding demo content: 40/${TOTAL} articles`,
      `Seeding demo content: ${TOTAL}/${TOTAL} articles`,
      `Demo content: ${TOTAL} articles inserted, 0 already present.`,
    ]);
    assert.equal(articles.length, TOTAL);
    assert.deepEqual(await store.listCategories(), [
      { slug: 'tin-hoat-dong', name: 'Tin hoạt động' },
      { slug: 'xay-dung-dang', name: 'Xây dựng Đảng' },
      { slug: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính' },
      { slug: 'chuyen-doi-so', name: 'Chuyển đổi số' },
    ]);
    for (const { slug } of DEMO_CATEGORIES) {
      assert.equal((await store.listArticles({ now: new Date(), offset: 0, limit: 1, category: slug })).total, 11, slug);
    }
  });

  test('a second run inserts nothing and changes nothing', async () => {
    const lines: string[] = [];
    assert.equal(await seedDemoContent(store, (line) => lines.push(line)), 0);
    assert.equal(lines.at(-1), `Demo content: 0 articles inserted, ${TOTAL} already present.`);
    const { items, total } = await store.listArticles({ now: new Date(), offset: 0, limit: 1000 });
    assert.equal(total, TOTAL);
    assert.deepEqual(
      items.map(({ id, slug, views }) => ({ id, slug, views })),
      articles.map(({ id, slug, views }) => ({ id, slug, views })),
    );
  });

  test('slugs are unique kebab-case ASCII, titles are unique', () => {
    const slugs = articles.map((article) => article.slug);
    assert.equal(new Set(slugs).size, TOTAL);
    assert.equal(new Set(articles.map((article) => article.title)).size, TOTAL);
    for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const slug of slugs) assert.ok(slug.length <= 64, slug);
  });

  test('each article has a summary of one or two sentences, an author and a realistic view count', () => {
    for (const article of articles) {
      const sentences = article.summary.split(/[.!?](?:\s|$)/).filter(Boolean);
      assert.ok(sentences.length >= 1 && sentences.length <= 2, `${article.slug}: ${article.summary}`);
      assert.match(article.author, /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \(.+\)$/u, article.slug);
      assert.ok(Number.isInteger(article.views) && article.views >= 20 && article.views <= 5000, `${article.slug}: ${article.views}`);
    }
  });

  test('dates are distinct and spread over at least five months; ids follow publication order', () => {
    const times = articles.map((article) => article.publishedAt.getTime());
    assert.equal(new Set(times).size, TOTAL);
    const months = new Set(articles.map((article) => article.publishedAt.toISOString().slice(0, 7)));
    assert.ok(months.size >= 5, [...months].join(', '));
    // Listed newest first; the newest was inserted last.
    const ids = articles.map((article) => article.id);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    );
  });

  test('each body has 3 to 5 paragraphs and 1 or 2 figures with an image and a caption', () => {
    for (const { slug, body } of articles) {
      const paragraphs = body.match(/<p>[^<]+<\/p>/g) ?? [];
      assert.ok(paragraphs.length >= 3 && paragraphs.length <= 5, `${slug}: ${paragraphs.length} paragraphs`);
      const figures = [
        ...body.matchAll(
          /<figure><img src="\/media\/([a-z-]+)\.jpg" alt="([^"]+)" width="800" height="450" loading="lazy" \/><figcaption>[^<]+<\/figcaption><\/figure>/g,
        ),
      ];
      assert.ok(figures.length >= 1 && figures.length <= 2, `${slug}: ${figures.length} figures`);
      assert.equal(body.split('<figure>').length - 1, figures.length, `${slug}: every figure has the full form`);
      for (const [, name, alt] of figures) assert.equal(alt, DEMO_IMAGES[name as keyof typeof DEMO_IMAGES], slug);
    }
  });

  test('body figures never repeat the lead image, which the article page shows above the body', () => {
    for (const { slug, body, image } of articles) {
      assert.ok(image, slug);
      assert.ok(!body.includes(`src="${image.path}"`), slug);
    }
  });

  test('every image exists in media/ with the recorded byte size', () => {
    const used = new Set<string>();
    for (const { image, body } of articles) {
      assert.ok(image);
      assert.deepEqual({ width: image.width, height: image.height, type: image.type }, { width: 800, height: 450, type: 'image/jpeg' });
      assert.equal(statSync(join(MEDIA_DIR, image.path.replace(/^\/media\//, ''))).size, image.bytes, image.path);
      used.add(image.path);
      for (const [, path] of body.matchAll(/src="([^"]+)"/g)) used.add(path);
    }
    for (const path of used) assert.ok(statSync(join(MEDIA_DIR, path.replace(/^\/media\//, ''))).isFile(), path);
    assert.deepEqual(
      [...used].sort(),
      Object.keys(DEMO_IMAGES)
        .map((name) => `/media/${name}.jpg`)
        .sort(),
      'every demo image is used',
    );
  });

  test('the stored bodies are the demo bodies unchanged by sanitization', () => {
    const bodies = new Map(demoArticles().map((article) => [article.slug, article.body]));
    for (const { slug, body } of articles) {
      assert.equal(body, bodies.get(slug)?.replace(/(<img [^>]*)>/g, '$1 />'), slug);
    }
  });
});

describe('the seed command (src/seed/cli.ts)', { timeout: 30_000 }, () => {
  const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
  const seed = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/seed/cli.ts'], {
      cwd: SERVER_DIR,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  test('seeds the store in DATA_DIR, and a second run inserts nothing', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ap-seed-cli-'));
    try {
      const first = seed({ DATA_DIR: dataDir });
      assert.equal(first.status, 0, first.stderr);
      assert.equal(first.stdout.split('\n')[0], `Store: ${join(dataDir, SQLITE_FILE)}`);
      assert.match(first.stdout, /Seeding demo content: 44\/44 articles\nDemo content: 44 articles inserted, 0 already present\.\n$/);
      const second = seed({ DATA_DIR: dataDir });
      assert.equal(second.status, 0, second.stderr);
      assert.match(second.stdout, /Demo content: 0 articles inserted, 44 already present\.\n$/);
      const store = openSqliteStore(join(dataDir, SQLITE_FILE));
      assert.equal((await store.listArticles({ now: new Date(), offset: 0, limit: 1 })).total, 44);
      await store.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test('a configuration or store error prints one line and exits 1', () => {
    // Nothing listens on port 1 of the loopback: the connection is refused at once.
    const result = seed({ DATABASE_URL: 'postgres://portal:s3cret@127.0.0.1:1/portal' });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(
      result.stderr,
      /^Could not connect to PostgreSQL at postgres:\/\/portal:\*\*\*@127\.0\.0\.1:1\/portal \(DATABASE_URL\): [^\n]*\n$/,
    );
  });
});
