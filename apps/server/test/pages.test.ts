import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, type TestServer } from './helpers.js';

const PUBLIC_URL = 'https://tintuc.example.gov.vn';

/** The <li> elements of the fallback navigation inside <ap-pagination>. */
function fallbackItems(body: string): string[] {
  const element = /<ap-pagination [^>]*>([\s\S]*?)<\/ap-pagination>/.exec(body);
  assert.ok(element, 'the page has an <ap-pagination> element');
  return element[1].match(/<li[^>]*>.*?<\/li>/g) ?? [];
}

function headlines(body: string): string[] {
  const list = /<ul class="news-list">([\s\S]*?)<\/ul>/.exec(body);
  assert.ok(list, 'the page has a news list');
  return [...list[1].matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]);
}

describe('pages', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ PUBLIC_URL });
  });
  after(() => server.close());

  test('GET / renders the first page of headlines as a Vietnamese HTML document', async () => {
    const response = await fetch(server.url('/'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const body = await response.text();
    assert.match(body, /^<!doctype html>\n<html lang="vi">/);
    assert.match(body, /<title>Tin tức \| Agency Portal<\/title>/);
    assert.match(body, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(body, /<meta name="description" content="Tin tức mới nhất[^"]+">/);
    assert.ok(body.includes(`<link rel="canonical" href="${PUBLIC_URL}/">`));
    assert.ok(body.includes('<link rel="stylesheet" href="/assets/site.css">'));
    assert.ok(body.includes('<script type="module" src="/embed/pagination.js"></script>'));
    assert.ok(!body.includes('<style'), 'no inline styles (CSP style-src self)');
    const first = headlines(body);
    assert.equal(first.length, 10);
    assert.match(first[0], /\(tin số 1\)$/);
    assert.match(first[9], /\(tin số 10\)$/);
  });

  test('the pagination element carries its attributes and server-rendered fallback links', async () => {
    const body = await (await fetch(server.url('/'))).text();
    assert.ok(body.includes('<ap-pagination total-pages="6" current="1" href-template="?page={page}" label="Phân trang tin tức">'));
    assert.ok(body.includes('<nav aria-label="Phân trang tin tức">'));
    assert.deepEqual(fallbackItems(body), [
      '<li><a href="?page=1" aria-current="page">1</a></li>',
      '<li><a href="?page=2">2</a></li>',
      '<li aria-hidden="true">…</li>',
      '<li><a href="?page=6">6</a></li>',
      '<li><a href="?page=2" rel="next">Trang sau</a></li>',
    ]);
  });

  test('?page=3 shows headlines 21 to 30, marks page 3 current and links both ways', async () => {
    const response = await fetch(server.url('/?page=3'));
    assert.equal(response.status, 200);
    const body = await response.text();
    assert.deepEqual(
      headlines(body).map((headline) => /\(tin số (\d+)\)$/.exec(headline)?.[1]),
      ['21', '22', '23', '24', '25', '26', '27', '28', '29', '30'],
    );
    assert.match(body, /<title>Tin tức – Trang 3 \| Agency Portal<\/title>/);
    assert.ok(body.includes(`<link rel="canonical" href="${PUBLIC_URL}/?page=3">`));
    assert.ok(body.includes('current="3"'));
    assert.deepEqual(fallbackItems(body), [
      '<li><a href="?page=2" rel="prev">Trang trước</a></li>',
      '<li><a href="?page=1">1</a></li>',
      '<li><a href="?page=2">2</a></li>',
      '<li><a href="?page=3" aria-current="page">3</a></li>',
      '<li><a href="?page=4">4</a></li>',
      '<li><a href="?page=5">5</a></li>',
      '<li><a href="?page=6">6</a></li>',
      '<li><a href="?page=4" rel="next">Trang sau</a></li>',
    ]);
  });

  test('the last page holds the remaining 7 headlines and has no next link', async () => {
    const body = await (await fetch(server.url('/?page=6'))).text();
    assert.equal(headlines(body).length, 7);
    assert.match(headlines(body)[6], /\(tin số 57\)$/);
    assert.deepEqual(fallbackItems(body), [
      '<li><a href="?page=5" rel="prev">Trang trước</a></li>',
      '<li><a href="?page=1">1</a></li>',
      '<li aria-hidden="true">…</li>',
      '<li><a href="?page=5">5</a></li>',
      '<li><a href="?page=6" aria-current="page">6</a></li>',
    ]);
  });

  for (const query of ['page=abc', 'page=0', 'page=99', 'page=7', 'page=-1', 'page=1.5', 'page=', 'page=1&page=2']) {
    test(`?${query} answers the HTML 404 page`, async () => {
      const response = await fetch(server.url(`/?${query}`));
      assert.equal(response.status, 404);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      const body = await response.text();
      assert.match(body, /<html lang="vi">/);
      assert.match(body, /<h1>Không tìm thấy trang<\/h1>/);
      assert.ok(body.includes('<a href="/">Về trang chủ</a>'));
    });
  }

  test('an unknown page path answers the HTML 404 page', async () => {
    const response = await fetch(server.url('/tin-tuc/khong-co'));
    assert.equal(response.status, 404);
    assert.match(await response.text(), /<h1>Không tìm thấy trang<\/h1>/);
  });

  test('a malformed URL outside /api/ answers an HTML 400 page', async () => {
    const response = await fetch(server.url('/%zz'));
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await response.text(), /<h1>Yêu cầu không hợp lệ<\/h1>/);
  });

  test('robots.txt allows everything', async () => {
    const response = await fetch(server.url('/robots.txt'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(await response.text(), 'User-agent: *\nAllow: /\n');
  });

  test('the favicon and stylesheet are served from /assets/', async () => {
    const icon = await fetch(server.url('/assets/favicon.svg'));
    assert.equal(icon.status, 200);
    assert.equal(icon.headers.get('content-type'), 'image/svg+xml');
    assert.match(await icon.text(), /^<svg /);
    const css = await fetch(server.url('/assets/site.css'));
    assert.equal(css.status, 200);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(css.headers.get('cache-control'), 'public, max-age=300');
    assert.match(await css.text(), /ap-pagination/);
  });

  test('every kind of response carries the security headers', async () => {
    for (const path of ['/', '/?page=abc', '/healthz', '/robots.txt', '/assets/site.css', '/embed/pagination.js', '/api/v1/nope', '/%zz']) {
      const response = await fetch(server.url(path));
      await response.arrayBuffer();
      assert.equal(
        response.headers.get('content-security-policy'),
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
        path,
      );
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
    }
  });
});

describe('pages with a hostile PUBLIC_URL', () => {
  test('the canonical link escapes the configured URL', async () => {
    const server = await startServer({ PUBLIC_URL: 'https://example.gov.vn/"><script>x</script>' });
    try {
      const body = await (await fetch(server.url('/'))).text();
      assert.ok(body.includes('<link rel="canonical" href="https://example.gov.vn/&quot;&gt;&lt;script&gt;x&lt;/script&gt;/">'));
      assert.ok(!body.includes('<script>x'));
    } finally {
      await server.close();
    }
  });
});
