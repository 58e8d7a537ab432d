// GET /embed/render/{widget}: the widgets rendered on the server for the member sites' pages (Declarative Shadow DOM,
// the data in a JSON child), against the real server and its demo content.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startServer, type TestServer } from './helpers.js';

const PUBLIC_URL = 'https://tintuc.example.gov.vn';

let server: TestServer;
before(async () => {
  server = await startServer({ PUBLIC_URL });
});
after(() => server?.close());

const get = (path: string) => fetch(server.url(path));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's answers, compared as they come
const json = async (path: string): Promise<any> => (await get(path)).json();

/** The JSON child of the fragment's outer element (the data the widget starts from). */
function dataOf(fragment: string): unknown {
  const match = /<\/template>[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/.exec(fragment);
  assert.ok(match, 'the fragment carries its data');
  return JSON.parse(match[1]);
}

describe('GET /embed/render/{widget}', () => {
  test('the article list: its first page, the API’s own answer, rendered in its shadow root with absolute addresses', async () => {
    const response = await get('/embed/render/article-list?page-size=3&layout=grid&heading-level=2&label=Tin%20m%E1%BB%9Bi');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=60');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const fragment = await response.text();
    assert.match(fragment, /^<!--lit-part [^>]*-->(<!--lit-node 0-->)?<ap-article-list\s/);
    assert.match(fragment, new RegExp(`src="${PUBLIC_URL}/api/v1/articles"`));
    assert.match(fragment, /<template shadowroot="open" shadowrootmode="open"><style>/);
    assert.match(fragment, /label="Tin mới"/);
    const api = await json('/api/v1/articles?pageSize=3');
    assert.deepEqual(dataOf(fragment), api);
    for (const article of api.items) {
      assert.ok(article.url.startsWith(PUBLIC_URL), article.url);
      assert.ok(fragment.includes(`href="${article.url}"`), `${article.title} links to its page`);
      assert.ok(fragment.includes(article.title.replace(/"/g, '&quot;')), article.title);
    }
    assert.match(fragment, /aria-level="2"/);
  });

  test('every stylesheet of a fragment is in its X-Style-Hashes, for the embedding page’s CSP', async () => {
    for (const path of [
      '/embed/render/article-list',
      '/embed/render/banner-carousel?picker=true',
      '/embed/render/partner-strip',
      '/embed/render/visit-counter?site=portal',
    ]) {
      const response = await get(path);
      const fragment = await response.text();
      const hashes = (response.headers.get('x-style-hashes') ?? '').split(' ');
      const styles = [...fragment.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
        ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
      );
      assert.ok(styles.length > 0, path);
      assert.deepEqual([...new Set(styles)].sort(), [...hashes].sort(), path);
      assert.equal(response.headers.get('access-control-expose-headers'), 'x-style-hashes');
      assert.doesNotMatch(fragment, /\sstyle=|<script(?! type="application\/json">)/, `${path}: no style attribute, no script`);
    }
  });

  test('the carousel, the partner strip and the visit counter start from the API’s answers, in the language asked', async () => {
    const carousel = await (await get('/embed/render/banner-carousel?picker=true&autoplay=true&lang=en')).text();
    assert.deepEqual(dataOf(carousel), await json('/api/v1/banners'));
    assert.match(carousel, /<ap-banner-carousel\s+lang="en" src="https:\/\/tintuc\.example\.gov\.vn\/api\/v1\/banners" picker autoplay>/);
    assert.match(carousel, /role="?tabpanel/);

    const [home] = await server.store.listBanners(new Date());
    await server.store.insertBanner({ ...home!, key: 'bo-rieng-mot', title: 'Bộ riêng một', set: 'bo-rieng' });
    const own = await (await get('/embed/render/banner-carousel?set=bo-rieng')).text();
    assert.deepEqual(dataOf(own), await json('/api/v1/banners?set=bo-rieng'));
    assert.deepEqual(
      (dataOf(own) as { items: { title: string }[] }).items.map((item) => item.title),
      ['Bộ riêng một'],
    );
    assert.match(own, /src="https:\/\/tintuc\.example\.gov\.vn\/api\/v1\/banners\?set=bo-rieng"/);

    const strip = await (await get('/embed/render/partner-strip?placement=sidebar&orientation=horizontal')).text();
    assert.deepEqual(dataOf(strip), await json('/api/v1/partners?placement=sidebar'));
    assert.match(strip, /orientation="horizontal"/);

    const counter = await (await get('/embed/render/visit-counter?site=portal&track=true&lang=en')).text();
    const { updatedAt: _rendered, ...rendered } = dataOf(counter) as { updatedAt: string };
    const { updatedAt: _now, ...now } = await json('/api/v1/stats/summary?site=portal');
    assert.deepEqual(rendered, now);
    assert.match(counter, /<ap-visit-counter\s+lang="en" api="https:\/\/tintuc\.example\.gov\.vn\/api\/v1\/" site="portal" track>/);
    assert.match(counter, /Online now|Today/);
  });

  test('bad input gets the API’s JSON error and counts nothing', async () => {
    const before = await json('/api/v1/stats/summary?site=portal');
    for (const [path, status, code] of [
      ['/embed/render/visit-counter', 400, 'validation_failed'],
      ['/embed/render/visit-counter?site=khong-co', 404, 'not_found'],
      ['/embed/render/article-list?page-size=0', 400, 'validation_failed'],
      ['/embed/render/article-list?page-size=51', 400, 'validation_failed'],
      ['/embed/render/article-list?layout=table', 400, 'validation_failed'],
      ['/embed/render/article-list?lang=fr', 400, 'validation_failed'],
      ['/embed/render/article-list?category=khong-co', 404, 'not_found'],
      ['/embed/render/article-list?feed=khong-co', 404, 'not_found'],
      ['/embed/render/article-list?feed=%3Cscript%3E', 400, 'validation_failed'],
      ['/embed/render/article-list?src=https://evil.example', 400, 'validation_failed'],
      ['/embed/render/partner-strip?placement=A%20B', 400, 'validation_failed'],
      ['/embed/render/banner-carousel?set=Bo%20Rieng', 400, 'validation_failed'],
      ['/embed/render/login-box', 404, 'not_found'],
    ] as const) {
      const response = await get(path);
      assert.equal(response.status, status, path);
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8', path);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, code, path);
    }
    const { updatedAt: _a, ...then } = before;
    const { updatedAt: _b, ...now } = await json('/api/v1/stats/summary?site=portal');
    assert.deepEqual(now, then, 'rendering counts no visit');
  });
});
