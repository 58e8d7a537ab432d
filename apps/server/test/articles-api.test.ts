import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mediaSources } from '../src/media/sources.js';
import { demoArticles } from '../src/seed/index.js';
import { FIREFOX, startServer, type TestServer } from './helpers.js';

const PUBLIC_URL = 'https://tintuc.example.gov.vn';
const CHROME = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

interface Item {
  id: number;
  slug: string;
  title: string;
  summary: string;
  image: { url: string; alt: string; width: number; height: number } | null;
  category: { slug: string; name: string };
  author: string;
  publishedAt: string;
  views: number;
  url: string;
}
interface ListResponse {
  items: Item[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}
interface ApiError {
  error: { code: string; message: string };
}

/** The demo slugs, newest first: the order the API lists them in. */
const NEWEST_FIRST = demoArticles()
  .reverse()
  .map((article) => article.slug);

describe('GET /api/v1/articles', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ PUBLIC_URL });
  });
  after(() => server.close());

  const list = async (query = '') => {
    const response = await fetch(server.url(`/api/v1/articles${query}`));
    return { response, body: (await response.json()) as ListResponse };
  };

  test('lists the first 10 articles, newest first, with paging totals, for any origin, cached a minute', async () => {
    const { response, body } = await list();
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=60');
    assert.deepEqual(
      { ...body, items: body.items.map((item) => item.slug) },
      { items: NEWEST_FIRST.slice(0, 10), page: 1, pageSize: 10, total: 44, totalPages: 5 },
    );
  });

  test('an item has the summary fields and absolute URLs made with PUBLIC_URL', async () => {
    const { body } = await list('?pageSize=1');
    const [item] = body.items;
    const stored = await server.store.getArticle(item.slug, new Date());
    assert.ok(stored?.image);
    assert.deepEqual(item, {
      id: stored.id,
      slug: stored.slug,
      title: stored.title,
      summary: stored.summary,
      // The demo covers are uploads: every width too.
      image: {
        url: `${PUBLIC_URL}${stored.image.path}`,
        alt: stored.image.alt,
        width: 800,
        height: 450,
        ...(({ srcset, sizes }) => ({ srcset, sizes }))(mediaSources(stored.image.media!, PUBLIC_URL)),
      },
      category: stored.category,
      author: stored.author,
      publishedAt: stored.publishedAt.toISOString(),
      views: stored.views,
      url: `${PUBLIC_URL}/bai-viet/${stored.slug}`,
    });
    // The image path is served by this server.
    const image = await fetch(server.url(new URL(item.image!.url).pathname));
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/jpeg');
    assert.equal(Number(image.headers.get('content-length')), stored.image.bytes);
  });

  test('page and pageSize select a page; all pages together list every article once', async () => {
    const second = await list('?page=2&pageSize=20');
    assert.deepEqual(
      { ...second.body, items: second.body.items.map((item) => item.slug) },
      { items: NEWEST_FIRST.slice(20, 40), page: 2, pageSize: 20, total: 44, totalPages: 3 },
    );
    const slugs: string[] = [];
    for (let page = 1; page <= 5; page++) slugs.push(...(await list(`?page=${page}`)).body.items.map((item) => item.slug));
    assert.deepEqual(slugs, NEWEST_FIRST);
    assert.equal((await list('?page=5')).body.items.length, 4);
  });

  test('a page beyond the last answers an empty list with the totals', async () => {
    const { response, body } = await list('?page=6');
    assert.equal(response.status, 200);
    assert.deepEqual(body, { items: [], page: 6, pageSize: 10, total: 44, totalPages: 5 });
  });

  test('a category lists only its articles, with its own totals', async () => {
    const { body } = await list('?category=chuyen-doi-so&pageSize=50');
    assert.equal(body.total, 11);
    assert.equal(body.totalPages, 1);
    assert.equal(body.items.length, 11);
    assert.ok(body.items.every((item) => item.category.slug === 'chuyen-doi-so' && item.category.name === 'Chuyển đổi số'));
    const dates = body.items.map((item) => item.publishedAt);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    const second = await list('?category=xay-dung-dang&page=2&pageSize=5');
    assert.deepEqual([second.body.items.length, second.body.total, second.body.totalPages], [5, 11, 3]);
  });

  test('an unknown category answers 404, still readable from any origin', async () => {
    const response = await fetch(server.url('/api/v1/articles?category=khong-co'));
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(await response.json(), { error: { code: 'not_found', message: 'No category "khong-co".' } });
  });

  const invalid: [query: string, message: string][] = [
    ['page=0', 'page must be a whole number from 1 to 10000; got "0".'],
    ['page=-1', 'page must be a whole number from 1 to 10000; got "-1".'],
    ['page=abc', 'page must be a whole number from 1 to 10000; got "abc".'],
    ['page=1.5', 'page must be a whole number from 1 to 10000; got "1.5".'],
    ['page=', 'page must be a whole number from 1 to 10000; got "".'],
    ['page=10001', 'page must be a whole number from 1 to 10000; got "10001".'],
    ['page=1&page=2', 'page must be a whole number from 1 to 10000; got 2 values (give it once).'],
    ['pageSize=0', 'pageSize must be a whole number from 1 to 50; got "0".'],
    ['pageSize=51', 'pageSize must be a whole number from 1 to 50; got "51".'],
    ['pageSize=ten', 'pageSize must be a whole number from 1 to 50; got "ten".'],
    ['category=Chuyen-Doi-So', 'got "Chuyen-Doi-So".'],
    ['category=chuyen--doi-so', 'got "chuyen--doi-so".'],
    ['category=-so', 'got "-so".'],
    ['category=', 'got "".'],
    [`category=${'a'.repeat(65)}`, `got "${'a'.repeat(65)}".`],
    ['category=%3Cscript%3E', 'got "<script>".'],
  ];
  for (const [query, message] of invalid) {
    test(`?${query} answers 400 invalid_parameter naming the parameter and the value`, async () => {
      const response = await fetch(server.url(`/api/v1/articles?${query}`));
      assert.equal(response.status, 400);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(response.headers.get('cache-control'), null);
      const { error } = (await response.json()) as ApiError;
      assert.equal(error.code, 'invalid_parameter');
      const name = query.split('=')[0];
      assert.ok(error.message.startsWith(`${name} must be `), error.message);
      assert.ok(error.message.endsWith(message), error.message);
    });
  }

  test('a long bad value is cut in the message', async () => {
    const response = await fetch(server.url(`/api/v1/articles?page=${'9'.repeat(200)}`));
    const { error } = (await response.json()) as ApiError;
    assert.equal(error.message, `page must be a whole number from 1 to 10000; got "${'9'.repeat(80)}…".`);
  });
});

describe('GET /api/v1/articles/:slug', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ PUBLIC_URL });
  });
  after(() => server.close());

  test('answers the article with its sanitized body, for any origin, cached a minute', async () => {
    const slug = NEWEST_FIRST[3];
    const response = await fetch(server.url(`/api/v1/articles/${slug}`));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=60');
    const article = (await response.json()) as Item & { body: string };
    const stored = await server.store.getArticle(slug, new Date());
    assert.ok(stored);
    assert.equal(article.slug, slug);
    assert.equal(article.url, `${PUBLIC_URL}/bai-viet/${slug}`);
    assert.equal(article.body, stored.body);
    assert.match(article.body, /^<p>.*<figure><picture><source type="image\/webp" srcset="\/media\/u\/[0-9a-f]{16}-320\.webp 320w, /s);
    const listed = (await (await fetch(server.url('/api/v1/articles?pageSize=5'))).json()) as ListResponse;
    assert.deepEqual({ ...article, body: undefined }, { ...listed.items[3], body: undefined }, 'the same fields as in the list');
  });

  test('an unknown slug answers 404', async () => {
    const response = await fetch(server.url('/api/v1/articles/khong-co-bai-nay'));
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(await response.json(), { error: { code: 'not_found', message: 'No article "khong-co-bai-nay".' } });
  });
});

describe('POST /api/v1/articles/:slug/views', () => {
  let server: TestServer;
  // 23:50 in Asia/Ho_Chi_Minh (UTC+7) on 26 November 2026.
  let clock = new Date('2026-11-26T16:50:00Z');
  before(async () => {
    server = await startServer({}, { now: () => clock });
  });
  after(() => server.close());

  const view = async (slug: string, userAgent: string, init: RequestInit = {}) => {
    const response = await fetch(server.url(`/api/v1/articles/${slug}/views`), {
      method: 'POST',
      ...init,
      headers: { 'user-agent': userAgent, ...init.headers },
    });
    return { response, body: (await response.json()) as { views: number } & ApiError };
  };
  const storedViews = async (slug: string) => (await server.store.getArticle(slug, new Date()))?.views;
  const allViews = async () =>
    (await server.store.listArticles({ now: new Date(), offset: 0, limit: 100 })).items.map((item) => item.views);

  test('the same visitor on the same day counts once; the answer is the new count, not cached', async () => {
    const slug = NEWEST_FIRST[0];
    const before = await storedViews(slug);
    assert.ok(before !== undefined);
    const first = await view(slug, FIREFOX);
    assert.equal(first.response.status, 200);
    assert.equal(first.response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(first.body, { views: before + 1 });
    const again = await view(slug, FIREFOX);
    assert.deepEqual(again.body, { views: before + 1 });
    assert.equal(await storedViews(slug), before + 1);
  });

  test('another user agent is another visitor and counts', async () => {
    const slug = NEWEST_FIRST[1];
    const before = (await storedViews(slug))!;
    assert.deepEqual((await view(slug, FIREFOX)).body, { views: before + 1 });
    assert.deepEqual((await view(slug, CHROME)).body, { views: before + 2 });
    assert.equal(await storedViews(slug), before + 2);
  });

  test('a bot does not count; it gets the current count', async () => {
    const slug = NEWEST_FIRST[2];
    const before = (await storedViews(slug))!;
    for (const bot of [GOOGLEBOT, 'curl/8.5.0', 'node']) {
      const { response, body } = await view(slug, bot);
      assert.equal(response.status, 200, bot);
      assert.deepEqual(body, { views: before }, bot);
    }
    assert.equal(await storedViews(slug), before);
  });

  test('the next day in Asia/Ho_Chi_Minh counts the same visitor again, though the UTC date is unchanged', async () => {
    const slug = NEWEST_FIRST[4];
    const before = (await storedViews(slug))!;
    assert.deepEqual((await view(slug, FIREFOX)).body, { views: before + 1 });
    clock = new Date('2026-11-26T17:05:00Z'); // 00:05 on 27 November in Hà Nội
    assert.deepEqual((await view(slug, FIREFOX)).body, { views: before + 2 });
    assert.deepEqual((await view(slug, FIREFOX)).body, { views: before + 2 });
  });

  test('an unknown slug answers 404 and changes nothing', async () => {
    const before = await allViews();
    const { response, body } = await view('khong-co-bai-nay', FIREFOX);
    assert.equal(response.status, 404);
    assert.deepEqual(body, { error: { code: 'not_found', message: 'No article "khong-co-bai-nay".' } });
    assert.deepEqual(await allViews(), before);
  });

  test('a small beacon body is accepted; a body over 1 KiB answers 413 and changes nothing', async () => {
    const slug = NEWEST_FIRST[5];
    const before = (await storedViews(slug))!;
    const small = await view(slug, CHROME, { headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: 'x'.repeat(1000) });
    assert.deepEqual(small.body, { views: before + 1 });

    const views = await allViews();
    const large = await view(slug, FIREFOX, { headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: 'x'.repeat(1025) });
    assert.equal(large.response.status, 413);
    assert.equal(large.body.error.code, 'payload_too_large');
    assert.deepEqual(await allViews(), views);
  });
});

describe('the articles API on an empty store', () => {
  test('lists nothing, and there are no categories', async () => {
    const server = await startServer({}, { seed: false });
    try {
      const response = await fetch(server.url('/api/v1/articles'));
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { items: [], page: 1, pageSize: 10, total: 0, totalPages: 0 });
      assert.equal((await fetch(server.url('/api/v1/articles?category=tin-hoat-dong'))).status, 404);
    } finally {
      await server.close();
    }
  });
});
