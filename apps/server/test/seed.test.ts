import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_CATEGORIES, demoArticles, demoFiles, seedDemoContent } from '../src/seed/index.js';
import { contentHash } from '../src/media/images.js';
import { DEMO_IMAGES, MEDIA_DIR } from '../src/seed/images.js';
import { SEED_ACTOR } from '../src/seed/media.js';
import { SQLITE_FILE } from '../src/store/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Article, MediaRecord, Store } from '../src/store/types.js';

const TOTAL = 44;
/** The demo pictures: 12 illustrations, 4 banners and 10 partner logos (two partners share one). */
const PICTURES = 26;

describe('demo content', () => {
  let dir: string;
  let mediaDir: string;
  let store: Store;
  let firstRun: { inserted: number; lines: string[] };
  let articles: Article[];
  let media: MediaRecord[];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ap-seed-'));
    mediaDir = join(dir, 'media');
    store = openSqliteStore(join(dir, 'portal.db'));
    const lines: string[] = [];
    firstRun = { inserted: await seedDemoContent(store, (line) => lines.push(line), { mediaDir }), lines };
    media = (await store.listMedia({ offset: 0, limit: 100 })).items;
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
      `Demo images: ${PICTURES} written in every width as WebP and JPEG, 0 already present.`,
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

  test('a second run inserts nothing and changes nothing, pictures included', async () => {
    const lines: string[] = [];
    const files = readdirSync(mediaDir).sort();
    assert.equal(await seedDemoContent(store, (line) => lines.push(line), { mediaDir }), 0);
    assert.equal(lines[0], `Demo images: 0 written in every width as WebP and JPEG, ${PICTURES} already present.`);
    assert.equal(lines.at(-1), `Demo content: 0 articles inserted, ${TOTAL} already present.`);
    assert.deepEqual(readdirSync(mediaDir).sort(), files);
    assert.deepEqual((await store.listMedia({ offset: 0, limit: 100 })).items, media);
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

  test('8 articles have an English version: two in each category, the newest among them, with 2 to 4 paragraphs', async () => {
    const translated = articles.filter((article) => article.languages.includes('en'));
    assert.equal(translated.length, 8);
    assert.ok(articles[0].languages.includes('en'), 'the newest, first on the English home');
    for (const { slug } of DEMO_CATEGORIES) {
      assert.equal(translated.filter((article) => article.category.slug === slug).length, 2, slug);
    }
    const { items, total } = await store.listArticles({ now: new Date(), offset: 0, limit: 100, lang: 'en' });
    assert.equal(total, 8);
    assert.deepEqual(
      items.map((item) => item.slug),
      translated.map((article) => article.slug),
    );
    for (const { slug, title } of translated) {
      const english = (await store.getArticle(slug, new Date(), 'en'))!;
      assert.notEqual(english.title, title, slug);
      assert.match(english.title, /^[A-Z][\x20-\x7e’“”–\p{L}]+$/u, slug);
      const sentences = english.summary.split(/[.!?](?:\s|$)/).filter(Boolean);
      assert.ok(sentences.length >= 1 && sentences.length <= 2, `${slug}: ${english.summary}`);
      const paragraphs = english.body.split('\n');
      assert.ok(paragraphs.length >= 2 && paragraphs.length <= 4 && paragraphs.every((p) => /^<p>[^<]+<\/p>$/.test(p)), slug);
    }
    assert.equal(await store.getArticle(articles.find((article) => !article.languages.includes('en'))!.slug, new Date(), 'en'), undefined);
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

  test('each body has 3 to 5 paragraphs and 1 or 2 figures: an uploaded picture in every width, with a caption', async () => {
    const byFile = new Map(media.map((record) => [record.files[0].name.split('-')[0], record]));
    for (const { slug, body } of articles) {
      const paragraphs = body.match(/<p>[^<]+<\/p>/g) ?? [];
      assert.ok(paragraphs.length >= 3 && paragraphs.length <= 5, `${slug}: ${paragraphs.length} paragraphs`);
      const figures = [
        ...body.matchAll(
          /<figure><picture><source type="image\/webp" srcset="([^"]+)" sizes="\(max-width: 800px\) 100vw, 800px" \/><img src="\/media\/u\/([0-9a-f]{16})-800\.jpg" srcset="([^"]+)" sizes="\(max-width: 800px\) 100vw, 800px" alt="([^"]+)" width="800" height="450" loading="lazy" \/><\/picture><figcaption>[^<]+<\/figcaption><\/figure>/g,
        ),
      ];
      assert.ok(figures.length >= 1 && figures.length <= 2, `${slug}: ${figures.length} figures`);
      assert.equal(body.split('<figure>').length - 1, figures.length, `${slug}: every figure has the full form`);
      for (const [, webp, hash, jpeg, alt] of figures) {
        assert.ok(byFile.has(hash), `${slug}: the figure is an uploaded picture`);
        assert.equal(webp, `/media/u/${hash}-320.webp 320w, /media/u/${hash}-640.webp 640w, /media/u/${hash}-800.webp 800w`);
        assert.equal(jpeg, `/media/u/${hash}-320.jpg 320w, /media/u/${hash}-640.jpg 640w, /media/u/${hash}-800.jpg 800w`);
        assert.ok(Object.values(DEMO_IMAGES).includes(alt as never), slug);
      }
    }
  });

  test('body figures never repeat the lead image, which the article page shows above the body', () => {
    for (const { slug, body, image } of articles) {
      assert.ok(image?.media, slug);
      assert.ok(!body.includes(`/media/u/${image.media.files[0].name.split('-')[0]}-`), slug);
    }
  });

  test('every demo picture is an upload: renditions in each width as WebP and JPEG, written to the media folder', async () => {
    assert.equal(media.length, PICTURES);
    assert.equal(demoFiles().length, PICTURES);
    for (const record of media) {
      assert.deepEqual(record.uploadedBy, SEED_ACTOR);
      const widths = record.width === 800 ? [320, 640, 800] : record.width === 1200 ? [320, 640, 960, 1200] : [240];
      assert.deepEqual(
        record.files.map((file) => `${file.width} ${file.type}`),
        widths.flatMap((width) => [`${width} image/webp`, `${width} image/jpeg`]),
        record.hash,
      );
      for (const file of record.files) {
        assert.equal(statSync(join(mediaDir, file.name)).size, file.bytes, file.name);
        assert.equal(file.height, Math.round((file.width * record.height) / record.width), file.name);
      }
    }
    // The partner logos are flat colour: their WebP is lossless and smaller than the JPEG.
    for (const logo of media.filter((record) => record.width === 240)) {
      const [webp, jpeg] = logo.files;
      assert.ok(webp.bytes < jpeg.bytes / 2, `${logo.hash}: WebP ${webp.bytes} bytes, JPEG ${jpeg.bytes}`);
    }
    const audit = await store.listAudit({ offset: 0, limit: 100, action: 'media.upload', actor: SEED_ACTOR.username });
    assert.equal(audit.total, PICTURES);
    assert.deepEqual(audit.items[0].actor, SEED_ACTOR);
  });

  test('covers are uploads: Open Graph and feeds take the largest JPEG, pages every width', () => {
    const used = new Set<string>();
    for (const { slug, image } of articles) {
      assert.ok(image?.media, slug);
      const record = media.find((item) => item.id === image.media!.id);
      assert.ok(record, slug);
      assert.deepEqual(image.media.files, record.files);
      const jpeg = record.files.filter((file) => file.type === 'image/jpeg').at(-1)!;
      assert.deepEqual(
        { path: image.path, width: image.width, height: image.height, bytes: image.bytes, type: image.type },
        { path: `/media/u/${jpeg.name}`, width: 800, height: 450, bytes: jpeg.bytes, type: 'image/jpeg' },
      );
      assert.equal(
        image.alt,
        Object.values(DEMO_IMAGES).find((alt) => alt === image.alt),
        slug,
      );
      used.add(record.hash);
    }
    for (const { body } of articles) for (const [, hash] of body.matchAll(/src="\/media\/u\/([0-9a-f]{16})-/g)) used.add(hash);
    assert.equal(used.size, Object.keys(DEMO_IMAGES).length, 'every illustration is a cover or a figure somewhere');
  });

  test('the stored bodies are the demo bodies unchanged by sanitization', () => {
    const byFile = (file: string) => {
      const record = media.find((item) => item.hash === contentHash(readFileSync(join(MEDIA_DIR, file))));
      if (!record) throw new Error(`${file} is not uploaded`);
      return record;
    };
    const bodies = new Map(demoArticles(byFile).map((article) => [article.slug, article.body]));
    for (const { slug, body } of articles) {
      assert.equal(body, bodies.get(slug)?.replace(/(<(?:img|source) [^>]*)>/g, '$1 />'), slug);
    }
  });

  test('a media folder emptied (or another MEDIA_DIR) gets the renditions again, under the same records', async () => {
    const elsewhere = join(dir, 'media-2');
    const lines: string[] = [];
    await seedDemoContent(store, (line) => lines.push(line), { mediaDir: elsewhere });
    assert.equal(lines[0], `Demo images: ${PICTURES} written in every width as WebP and JPEG, 0 already present.`);
    assert.deepEqual(readdirSync(elsewhere).sort(), readdirSync(mediaDir).sort());
    assert.equal((await store.listMedia({ offset: 0, limit: 100 })).total, PICTURES);
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
      assert.match(first.stdout, /\nDemo images: 26 written in every width as WebP and JPEG, 0 already present\.\n/);
      assert.match(
        first.stdout,
        /Seeding demo content: 44\/44 articles\nDemo content: 44 articles inserted, 0 already present\.\nDemo visits: \d+ visits \(\d+ page views\) over 365 days on 4 sites, in [\d.]+ s\.\n$/,
      );
      assert.equal(readdirSync(join(dataDir, 'media')).filter((name) => name.endsWith('.webp')).length, 12 * 3 + 4 * 4 + 10);
      const second = seed({ DATA_DIR: dataDir });
      assert.equal(second.status, 0, second.stderr);
      assert.match(second.stdout, /\nDemo images: 0 written in every width as WebP and JPEG, 26 already present\.\n/);
      assert.match(
        second.stdout,
        /Demo content: 0 articles inserted, 44 already present\.\nDemo visits: the statistics have visits already; none added\.\n$/,
      );
      // SEED_DEMO=content: the content alone.
      const contentOnly = seed({ DATA_DIR: join(dataDir, 'content-only'), SEED_DEMO: 'content' });
      assert.equal(contentOnly.status, 0, contentOnly.stderr);
      assert.match(contentOnly.stdout, /Demo content: 44 articles inserted, 0 already present\.\n$/);
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
