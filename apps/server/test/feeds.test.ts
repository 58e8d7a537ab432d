import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Parser from 'rss-parser';
import type { Article } from '../src/store/types.js';
import { startServer, type TestServer } from './helpers.js';

const PUBLIC_URL = 'https://tintuc.example.gov.vn';

interface XmlLink {
  $: { rel?: string; href: string; length?: string; type?: string };
}

/** Fields rss-parser sets that its types leave out, and the custom fields below. */
interface ParsedItem {
  /** Atom: the entry's id. */
  id?: string;
  /** Atom: the entry's author name. */
  author?: string;
  /** Atom: every <link> of the entry. */
  links?: XmlLink[];
  /** Atom: every <category> of the entry. */
  atomCategories?: { $: { term: string; label: string } }[];
}

const parser = new Parser<Record<string, never>, ParsedItem>({
  customFields: {
    item: [
      ['link', 'links', { keepArray: true }],
      ['category', 'atomCategories', { keepArray: true }],
    ],
  },
});

/** Root-relative URLs in a body made absolute, as the feeds must publish them. */
const absoluteBody = (body: string) =>
  body
    .replaceAll(' src="/', ` src="${PUBLIC_URL}/`)
    .replaceAll(' href="/', ` href="${PUBLIC_URL}/`)
    .replace(/ srcset="[^"]*"/g, (srcset) => srcset.replaceAll('"/', `"${PUBLIC_URL}/`).replaceAll(', /', `, ${PUBLIC_URL}/`));
/** xml2js builds objects without a prototype: copy them into plain ones to compare. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const articleUrl = (article: Article) => `${PUBLIC_URL}/bai-viet/${article.slug}`;

async function getFeed(server: TestServer, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url(path), { headers });
  return { response, body: await response.text() };
}

/** The 20 newest articles of the store, with their bodies. */
async function newestArticles(server: TestServer): Promise<Article[]> {
  const { items } = await server.store.listArticles({ now: new Date(), offset: 0, limit: 20 });
  return Promise.all(items.map(async (item) => (await server.store.getArticle(item.slug, new Date())) as Article));
}

describe('feeds', () => {
  let server: TestServer;
  let articles: Article[];
  before(async () => {
    server = await startServer({ PUBLIC_URL });
    articles = await newestArticles(server);
    assert.equal(articles.length, 20);
    assert.ok(
      articles.every((article) => article.image && article.body.includes('<figure><picture><source type="image/webp" srcset="/media/u/')),
    );
  });
  after(() => server.close());

  const newestUpdate = () => new Date(Math.max(...articles.map((article) => article.updatedAt.getTime())));

  test('RSS 2.0: the 20 newest articles, item by item', async () => {
    const { response, body } = await getFeed(server, '/feeds/articles.rss');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    assert.match(body, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0" /);
    assert.ok(body.includes(`<atom:link href="${PUBLIC_URL}/feeds/articles.rss" rel="self" type="application/rss+xml"/>`));
    assert.equal(body.match(/<guid isPermaLink="true">/g)?.length, 20);

    const feed = await parser.parseString(body);
    assert.equal(feed.title, 'Đảng ủy Khối các cơ quan tỉnh');
    assert.equal(feed.link, `${PUBLIC_URL}/`);
    assert.equal(feed.feedUrl, `${PUBLIC_URL}/feeds/articles.rss`);
    assert.equal(feed.language, 'vi');
    assert.equal(feed.lastBuildDate, newestUpdate().toUTCString());
    assert.equal(feed.items.length, 20);
    feed.items.forEach((item, i) => {
      const article = articles[i];
      assert.equal(item.title, article.title);
      assert.equal(item.link, articleUrl(article));
      assert.equal(item.guid, articleUrl(article));
      assert.equal(item.pubDate, article.publishedAt.toUTCString());
      assert.match(item.pubDate ?? '', /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/, 'RFC 822 date');
      assert.equal(item.isoDate, article.publishedAt.toISOString());
      assert.equal(item.creator, article.author);
      assert.equal(item.content, article.summary);
      assert.deepEqual(plain(item.categories), [
        { _: article.category.name, $: { domain: `${PUBLIC_URL}/chuyen-muc/${article.category.slug}` } },
      ]);
      assert.deepEqual(plain(item.enclosure), {
        url: `${PUBLIC_URL}${article.image?.path}`,
        length: String(article.image?.bytes),
        type: article.image?.type,
      });
    });
  });

  test('Atom 1.0: the same articles with id, updated, author, summary, content and an enclosure link', async () => {
    const { response, body } = await getFeed(server, '/feeds/articles.atom');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    assert.match(body, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="vi">/);
    assert.ok(body.includes(`<id>${PUBLIC_URL}/</id>`));
    assert.ok(body.includes('<author><name>Đảng ủy Khối các cơ quan tỉnh</name></author>'));

    const feed = await parser.parseString(body);
    assert.equal(feed.title, 'Đảng ủy Khối các cơ quan tỉnh');
    assert.equal(feed.link, `${PUBLIC_URL}/`);
    assert.equal(feed.feedUrl, `${PUBLIC_URL}/feeds/articles.atom`);
    assert.equal(feed.lastBuildDate, newestUpdate().toISOString());
    assert.equal(feed.items.length, 20);
    feed.items.forEach((item, i) => {
      const article = articles[i];
      const image = article.image;
      assert.ok(image);
      assert.equal(item.id, articleUrl(article));
      assert.equal(item.title, article.title);
      assert.equal(item.link, articleUrl(article));
      assert.equal(item.pubDate, article.publishedAt.toISOString());
      assert.equal(item.author, article.author);
      assert.equal(item.summary, article.summary);
      assert.equal(item.content, absoluteBody(article.body));
      // Every address of a figure's srcset too: a feed reader shows the body on another site.
      assert.match(item.content ?? '', new RegExp(`srcset="${PUBLIC_URL}/media/u/[0-9a-f]{16}-320\\.webp 320w, ${PUBLIC_URL}/media/u/`));
      assert.doesNotMatch(item.content ?? '', /(?:srcset="|, )\/media\//);
      assert.deepEqual(plain(item.atomCategories), [{ $: { term: article.category.slug, label: article.category.name } }]);
      assert.deepEqual(plain(item.links?.map((link) => link.$)), [
        { rel: 'alternate', type: 'text/html', href: articleUrl(article) },
        { rel: 'enclosure', href: `${PUBLIC_URL}${image.path}`, length: String(image.bytes), type: image.type },
      ]);
    });
    const updated = [...body.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]);
    assert.deepEqual(
      updated,
      articles.map((article) => article.updatedAt.toISOString()),
    );
  });

  test('JSON Feed 1.1: the same articles with content_html, image and attachments', async () => {
    const { response, body } = await getFeed(server, '/feeds/articles.json');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/feed+json; charset=utf-8');
    const feed = JSON.parse(body);
    assert.deepEqual(
      { ...feed, items: undefined },
      {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Đảng ủy Khối các cơ quan tỉnh',
        home_page_url: `${PUBLIC_URL}/`,
        feed_url: `${PUBLIC_URL}/feeds/articles.json`,
        description: 'Tin tức, hoạt động và thông báo mới nhất của Đảng ủy Khối các cơ quan tỉnh.',
        language: 'vi',
        items: undefined,
      },
    );
    assert.deepEqual(
      feed.items,
      articles.map((article) => ({
        id: articleUrl(article),
        url: articleUrl(article),
        title: article.title,
        summary: article.summary,
        content_html: absoluteBody(article.body),
        image: `${PUBLIC_URL}${article.image?.path}`,
        date_published: article.publishedAt.toISOString(),
        date_modified: article.updatedAt.toISOString(),
        authors: [{ name: article.author }],
        tags: [article.category.name],
        attachments: [{ url: `${PUBLIC_URL}${article.image?.path}`, mime_type: article.image?.type, size_in_bytes: article.image?.bytes }],
      })),
    );
  });

  for (const path of ['/feeds/articles.rss', '/feeds/articles.atom', '/feeds/articles.json']) {
    test(`${path} is cached for 5 minutes and revalidated by its ETag`, async () => {
      const first = await getFeed(server, path);
      assert.equal(first.response.headers.get('cache-control'), 'public, max-age=300');
      const etag = first.response.headers.get('etag');
      assert.match(etag ?? '', /^"[\w-]{27}"$/);

      const again = await getFeed(server, path, { 'if-none-match': `"other", ${etag}` });
      assert.equal(again.response.status, 304);
      assert.equal(again.body, '');
      assert.equal(again.response.headers.get('etag'), etag);
      assert.equal(again.response.headers.get('cache-control'), 'public, max-age=300');

      const weak = await getFeed(server, path, { 'if-none-match': `W/${etag}` });
      assert.equal(weak.response.status, 304);

      const stale = await getFeed(server, path, { 'if-none-match': '"other"' });
      assert.equal(stale.response.status, 200);
      assert.equal(stale.body, first.body);
    });
  }

  test('a new article changes the ETag', async () => {
    const before = (await getFeed(server, '/feeds/articles.rss')).response.headers.get('etag');
    const [category] = await server.store.listCategories();
    await server.store.insertArticle({
      slug: 'bai-moi-nhat',
      title: 'Bài mới nhất',
      summary: 'Tóm tắt.',
      body: '<p>Nội dung.</p>',
      image: null,
      categorySlug: category.slug,
      author: 'Ban biên tập',
      // Newer than every demo article, and not in the future: a future article is scheduled, not in the feed yet.
      publishedAt: new Date(Date.now() - 60_000),
    });
    const { response, body } = await getFeed(server, '/feeds/articles.rss', { 'if-none-match': before ?? '' });
    assert.equal(response.status, 200);
    assert.notEqual(response.headers.get('etag'), before);
    const feed = await parser.parseString(body);
    assert.equal(feed.items.length, 20);
    assert.equal(feed.items[0].title, 'Bài mới nhất');
    assert.equal(feed.items[0].enclosure, undefined, 'no enclosure for an article without an image');
  });
});

describe('feeds with hostile content', () => {
  test('markup and characters XML cannot carry are escaped or dropped; the feeds still parse', async () => {
    const server = await startServer({ PUBLIC_URL }, { seed: false });
    try {
      const hostile = `<script>alert("x")</script> & 'y' ]]> \u0001\uFFFE`;
      const clean = `<script>alert("x")</script> & 'y' ]]> `;
      await server.store.upsertCategory({ slug: 'doc-hai', name: `Chuyên mục ${hostile}` });
      await server.store.insertArticle({
        slug: 'bai-doc-hai',
        title: `Tiêu đề ${hostile}`,
        summary: `Tóm tắt ${hostile}`,
        body: '<p>Đoạn <script>alert(1)</script></p>',
        image: { path: '/media/a.jpg?x=1&y="2"', alt: 'Ảnh', width: 800, height: 450, bytes: 1000, type: 'image/jpeg' },
        categorySlug: 'doc-hai',
        author: `Tác giả ${hostile}`,
        publishedAt: new Date('2026-11-20T08:00:00+07:00'),
      });
      for (const path of ['/feeds/articles.rss', '/feeds/articles.atom']) {
        const { body } = await getFeed(server, path);
        assert.ok(!body.includes('<script>'), path);
        assert.ok(!body.includes('\u0001') && !body.includes('\uFFFE'), `${path}: no character XML 1.0 forbids`);
        const [item] = (await parser.parseString(body)).items;
        assert.equal(item.title, `Tiêu đề ${clean}`, path);
        assert.equal(item.summary ?? item.content, `Tóm tắt ${clean}`, path);
      }
      const rss = await parser.parseString((await getFeed(server, '/feeds/articles.rss')).body);
      assert.equal(rss.items[0].creator, `Tác giả ${clean}`);
      assert.equal(rss.items[0].enclosure?.url, `${PUBLIC_URL}/media/a.jpg?x=1&y="2"`);
      const json = JSON.parse((await getFeed(server, '/feeds/articles.json')).body);
      assert.equal(json.items[0].title, `Tiêu đề ${hostile}`);
      assert.equal(json.items[0].content_html, '<p>Đoạn </p>', 'the sanitized body');
    } finally {
      await server.close();
    }
  });

  test('an empty store gives valid, empty feeds', async () => {
    const server = await startServer({ PUBLIC_URL }, { seed: false });
    try {
      for (const path of ['/feeds/articles.rss', '/feeds/articles.atom']) {
        const feed = await parser.parseString((await getFeed(server, path)).body);
        assert.equal(feed.title, 'Đảng ủy Khối các cơ quan tỉnh');
        assert.deepEqual(feed.items, []);
      }
      assert.deepEqual(JSON.parse((await getFeed(server, '/feeds/articles.json')).body).items, []);
    } finally {
      await server.close();
    }
  });
});
