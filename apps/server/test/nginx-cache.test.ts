// The portal behind nginx with deploy/nginx.conf and its shared cache on: two readers with different cookies (the
// `lang` cookie of the old language switch among them) get each URL in its own language, never the other reader's,
// while the cache does keep the pages it may keep.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ArticleSummary, Category } from '../src/store/types.js';
import { startServer, type TestServer } from './helpers.js';
import { nginxOrSkip, startNginx, type Nginx } from './nginx-support.js';

const { nginx: NGINX, skip } = nginxOrSkip();

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

/** Two readers: one who once chose English with the old switch, one who chose Vietnamese, each with a session-like cookie. */
const READERS = [
  { name: 'English cookie', cookie: 'lang=en; theme=dark' },
  { name: 'Vietnamese cookie', cookie: 'lang=vi; ap_session=abc' },
];

/** The language a page or feed says it is in. */
function languageOf(body: string): string | undefined {
  return (
    /^<!doctype html>\n<html lang="([^"]+)">/.exec(body)?.[1] ??
    /<language>([^<]+)<\/language>/.exec(body)?.[1] ??
    /<Language>([^<]+)<\/Language>/.exec(body)?.[1] ??
    /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="([^"]+)">/.exec(body)?.[1] ??
    (/^\{/.test(body) ? (JSON.parse(body) as { language?: string }).language : undefined)
  );
}

describe('behind nginx with its shared cache (deploy/nginx.conf)', { skip, timeout: 120_000 }, () => {
  let server: TestServer;
  let nginx: Nginx;
  let dir: string;
  let article: ArticleSummary;
  let category: Category;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ap-nginx-cache-'));
    server = await startServer({ TRUST_PROXY: '127.0.0.1' });
    [article] = (await server.store.listArticles({ now: new Date(), offset: 0, limit: 1 })).items;
    [category] = await server.store.listCategories();
    nginx = await startNginx(NGINX!, dir, [Number(new URL(server.url('/')).port)]);
  });
  after(async () => {
    await nginx?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const get = (path: string, cookie: string) => fetch(nginx.url(path), { headers: { 'user-agent': BROWSER, cookie } });

  test('two readers with different cookies get each URL in its own language; the cache keeps what the server lets it', async () => {
    const urls: [string, string, 'cached' | 'asked again'][] = [
      ['/', 'vi', 'cached'],
      ['/en/', 'en', 'cached'],
      ['/?page=2', 'vi', 'cached'],
      // The English list has no second page: it holds only the demo articles with an English version.
      ['/en/embedding-guide', 'en', 'cached'],
      [`/chuyen-muc/${category.slug}`, 'vi', 'cached'],
      [`/en/chuyen-muc/${category.slug}`, 'en', 'cached'],
      ['/tim-kiem?q=cai%20cach', 'vi', 'cached'],
      ['/en/search?q=cai%20cach', 'en', 'cached'],
      [`/bai-viet/${article.slug}`, 'vi', 'asked again'],
      [`/en/bai-viet/${article.slug}`, 'en', 'asked again'],
      ['/feeds/articles.rss', 'vi', 'cached'],
      ['/en/feeds/articles.rss', 'en', 'cached'],
      ['/feeds/articles.atom', 'vi', 'cached'],
      ['/en/feeds/articles.atom', 'en', 'cached'],
      ['/feeds/articles.json', 'vi', 'cached'],
      ['/en/feeds/articles.json', 'en', 'cached'],
      ['/opensearch.xml', 'vi', 'cached'],
      ['/en/opensearch.xml', 'en', 'cached'],
    ];
    for (const [i, [path, lang, caching]] of urls.entries()) {
      // Each URL is filled by one reader and then asked by the other, the English-cookie reader first every other time.
      const order = i % 2 === 0 ? READERS : [...READERS].reverse();
      const statuses: (string | null)[] = [];
      for (const reader of [...order, ...order]) {
        const response = await get(path, reader.cookie);
        assert.equal(response.status, 200, `${path} (${reader.name})`);
        assert.equal(languageOf(await response.text()), lang, `${path} for the reader with the ${reader.name}`);
        assert.doesNotMatch(response.headers.get('vary') ?? '', /cookie/i, path);
        statuses.push(response.headers.get('x-cache-status'));
      }
      if (caching === 'cached') {
        assert.equal(statuses[0], 'MISS', `${path}: the first reader fills the cache`);
        assert.deepEqual(statuses.slice(1), ['HIT', 'HIT', 'HIT'], `${path}: the other reader gets the same, cached, page`);
      } else {
        assert.ok(!statuses.includes('HIT'), `${path}: each reading reaches the server (${statuses.join(', ')})`);
      }
    }
  });

  test('article pages still count each reader behind the cache', async () => {
    const views = async () => (await server.store.getArticle(article.slug, new Date()))!.views;
    const before = await views();
    // Two new readers (their own user agents): each reading passes the cache and counts.
    for (const n of [1, 2]) {
      const response = await fetch(nginx.url(`/en/bai-viet/${article.slug}`), {
        headers: { 'user-agent': `${BROWSER} Reader/${n}`, 'x-forwarded-for': `198.51.100.${n}` },
      });
      assert.equal(response.status, 200);
    }
    assert.equal(await views(), before + 2);
  });

  test('the old switch address redirects to the English page behind the cache too, and error pages keep their language', async () => {
    const moved = await fetch(nginx.url('/ngon-ngu/en?next=%2Fchuyen-muc%2F' + category.slug), { redirect: 'manual' });
    assert.equal(moved.status, 302);
    assert.equal(moved.headers.get('location'), `/en/chuyen-muc/${category.slug}`);
    for (const reader of READERS) {
      const missing = await get('/en/khong-co', reader.cookie);
      assert.equal(missing.status, 404);
      assert.equal(languageOf(await missing.text()), 'en', reader.name);
      assert.notEqual(missing.headers.get('x-cache-status'), 'HIT');
    }
  });
});
