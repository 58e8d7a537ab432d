// Each language at its own address: Vietnamese at the root, English under /en/ with the same structure. What a URL
// shows depends on the URL alone (no cookie), every hreflang alternate of the main pages answers 200 in its language,
// the switch links to the same page in the other language, and the feeds and the articles API have each language.
// On the demo content: an article with an English version, and one without (its English address is a 404 with a link).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EMBED_GUIDE_PATH, localePath } from '@agency-portal/portal/templates.js';
import type { Article, ArticleSummary, Category } from '../src/store/types.js';
import { startServer, type TestServer } from './helpers.js';

const PUBLIC_URL = 'https://tintuc.example.gov.vn';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** The `<link rel="alternate" hreflang>` tags of a page: [hreflang, href]. */
function hreflangs(body: string): [string, string][] {
  return [...body.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
}

const htmlLang = (body: string) => /^<!doctype html>\n<html lang="([^"]+)">/.exec(body)?.[1];
const canonical = (body: string) => /<link rel="canonical" href="([^"]+)">/.exec(body)?.[1];
const switchLink = (body: string) => /<a class="language" href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)">/.exec(body)?.slice(1);

describe('each language at its own address', () => {
  let server: TestServer;
  /** The newest article, which has an English version (`translation`); `untranslated`, the newest without one. */
  let article: ArticleSummary;
  let translation: Article;
  let untranslated: ArticleSummary;
  let category: Category;
  before(async () => {
    server = await startServer({ PUBLIC_URL });
    const { items } = await server.store.listArticles({ now: new Date(), offset: 0, limit: 50 });
    [article] = items;
    translation = (await server.store.getArticle(article.slug, new Date(), 'en'))!;
    untranslated = items.find((item) => !item.languages.includes('en'))!;
    [category] = await server.store.listCategories();
  });
  after(() => server.close());

  /** A page as a crawler gets it (a bot: no view is counted), with the given cookie if any. */
  async function get(path: string, cookie?: string) {
    const response = await fetch(server.url(path), { headers: { 'user-agent': GOOGLEBOT, ...(cookie && { cookie }) }, redirect: 'manual' });
    return { response, body: await response.text() };
  }

  /** The main pages of the portal by their Vietnamese paths (each in both languages: the article has an English version). */
  const mainPages = () => [
    '/',
    `/chuyen-muc/${category.slug}`,
    `/bai-viet/${article.slug}`,
    '/tim-kiem',
    '/tim-kiem?q=cai%20cach%20hanh%20chinh',
    EMBED_GUIDE_PATH,
  ];
  const english = (path: string) => localePath('en', path);

  test('curl /en/ and /en/<an article>: 200 in English with no cookie', async () => {
    const home = await get('/en/');
    assert.equal(home.response.status, 200);
    assert.equal(htmlLang(home.body), 'en');
    assert.ok(home.body.includes('<h1 class="list-heading">News</h1>'));

    const { response, body } = await get(`/en/bai-viet/${article.slug}`);
    assert.equal(response.status, 200);
    assert.equal(htmlLang(body), 'en');
    assert.ok(body.includes('<a class="skip-link" href="#main">Skip to main content</a>'));
    assert.match(body, /<span class="views">Views: [\d,]+<\/span>/);
    assert.ok(body.includes('<h2 id="latest-heading">Latest news</h2>'));
    // The article's English version, in the page's language.
    assert.notEqual(translation.title, article.title);
    assert.ok(body.includes(`<h1>${translation.title}</h1>`));
    assert.ok(body.includes(`<p class="article-summary">${translation.summary}</p>`));
    assert.ok(body.includes(`<div class="article-body">\n${translation.body}\n</div>`));
    assert.ok(!body.includes(article.title) && !body.includes('Vietnamese only'));
    // The English page's own links stay in English; the category's name is Vietnamese.
    assert.ok(body.includes(`<p class="article-category"><a href="/en/chuyen-muc/${article.category.slug}" lang="vi">`));
    assert.match(body, /<ul class="latest-list">\n<li><a href="\/en\/bai-viet\//);

    const vietnamese = await get(`/bai-viet/${article.slug}`);
    assert.ok(vietnamese.body.includes(`<h1>${article.title}</h1>`), 'no lang on the article in its own language');
  });

  test('curl /en/<an article without an English version>: the English 404 page, with a link to its Vietnamese page', async () => {
    const { response, body } = await get(`/en/bai-viet/${untranslated.slug}`);
    assert.equal(response.status, 404);
    assert.equal(htmlLang(body), 'en');
    assert.ok(
      body.includes(
        `<p>This article is published in Vietnamese only. <a href="/bai-viet/${untranslated.slug}" hreflang="vi">Read it on its Vietnamese page</a>.</p>`,
      ),
    );
    const vietnamese = await get(`/bai-viet/${untranslated.slug}`);
    assert.equal(vietnamese.response.status, 200);
    assert.deepEqual(hreflangs(vietnamese.body), [
      ['vi', `${PUBLIC_URL}/bai-viet/${untranslated.slug}`],
      ['x-default', `${PUBLIC_URL}/bai-viet/${untranslated.slug}`],
    ]);
  });

  test('every page: <html lang>, a canonical URL in its language, hreflang vi, en and x-default, og:locale and its alternate', async () => {
    for (const path of mainPages()) {
      for (const [lang, address, other] of [
        ['vi', path, 'en'],
        ['en', english(path), 'vi'],
      ]) {
        const { response, body } = await get(address);
        assert.equal(response.status, 200, address);
        assert.equal(htmlLang(body), lang, address);
        assert.equal(canonical(body), PUBLIC_URL + address, address);
        assert.deepEqual(
          hreflangs(body),
          [
            ['vi', PUBLIC_URL + path],
            ['en', PUBLIC_URL + english(path)],
            ['x-default', PUBLIC_URL + path],
          ],
          address,
        );
        assert.ok(body.includes(`<meta property="og:locale" content="${lang === 'vi' ? 'vi_VN' : 'en_US'}">`), address);
        assert.ok(body.includes(`<meta property="og:locale:alternate" content="${lang === 'vi' ? 'en_US' : 'vi_VN'}">`), address);
        // The switch goes to the same page in the other language.
        const [href, switchLang, switchHreflang] = switchLink(body) ?? [];
        assert.equal(href.replaceAll('&amp;', '&'), other === 'en' ? english(path) : path, address);
        assert.equal(switchLang, other);
        assert.equal(switchHreflang, other);
      }
    }
  });

  test('every hreflang alternate of the main pages answers 200, in its language, and names the same alternates', async () => {
    const checked = new Set<string>();
    for (const path of mainPages().flatMap((vi) => [vi, english(vi)])) {
      const { body } = await get(path);
      const alternates = hreflangs(body);
      assert.equal(alternates.length, 3, path);
      for (const [hreflang, href] of alternates) {
        assert.ok(href.startsWith(`${PUBLIC_URL}/`), href);
        const target = href.slice(PUBLIC_URL.length);
        if (checked.has(`${hreflang} ${target}`)) continue;
        checked.add(`${hreflang} ${target}`);
        const answer = await get(target);
        assert.equal(answer.response.status, 200, `${path}: hreflang ${hreflang} ${target}`);
        assert.equal(htmlLang(answer.body), hreflang === 'x-default' ? 'vi' : hreflang, target);
        assert.deepEqual(hreflangs(answer.body), alternates, `${target} names the same alternates as ${path}`);
      }
    }
    assert.ok(checked.size >= 18, `${checked.size} alternates checked`);
  });

  test('the sitemap lists every address in the languages it is in, and each answers 200', async () => {
    const sitemap = await (await fetch(server.url('/sitemap.xml'))).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].slice(PUBLIC_URL.length));
    assert.ok(locs.includes('/en/') && locs.includes(`/en/bai-viet/${article.slug}`) && locs.includes(`/en/chuyen-muc/${category.slug}`));
    assert.ok(locs.includes(`/bai-viet/${untranslated.slug}`) && !locs.includes(`/en/bai-viet/${untranslated.slug}`));
    for (const path of [...locs.slice(0, 12), ...locs.slice(-4)]) assert.equal((await get(path)).response.status, 200, path);
  });

  test('a URL shows the same page whatever the cookies: the address is the language', async () => {
    for (const path of mainPages().flatMap((vi) => [vi, english(vi)])) {
      const plain = await get(path);
      for (const cookie of ['lang=en', 'lang=vi', 'lang=xx; theme=dark']) {
        const withCookie = await get(path, cookie);
        // The statistics box carries the summary of the moment the page was made (its time, and the digest Lit SSR
        // marks that data with): no part of the page's language.
        const timeless = (body: string) =>
          body
            .replace(/"updatedAt":"[^"]*"/g, '"updatedAt":"…"')
            .replace(/<!--lit-part [^>]*-->(?=<script type="application\/json">)/g, '<!--lit-part-->');
        assert.equal(timeless(withCookie.body), timeless(plain.body), `${path} with ${cookie}`);
      }
      assert.equal(plain.response.headers.get('vary'), 'accept-encoding', path);
      assert.equal(plain.response.headers.get('set-cookie'), null, path);
    }
  });

  test('caching: list and search pages may be kept a minute by a shared cache; article pages (each reading counts) are asked again', async () => {
    for (const path of ['/', '/en/', `/en/chuyen-muc/${category.slug}`, '/tim-kiem?q=thu', '/en/search?q=thu']) {
      assert.equal((await get(path)).response.headers.get('cache-control'), 'public, max-age=0, s-maxage=60', path);
    }
    for (const path of [`/bai-viet/${article.slug}`, `/en/bai-viet/${article.slug}`]) {
      assert.equal((await get(path)).response.headers.get('cache-control'), 'no-cache', path);
    }
    // Errors are not kept.
    for (const path of ['/en/khong-co', '/en/search?q=' + 'a'.repeat(300)]) {
      const { response } = await get(path);
      assert.ok(response.status >= 400, path);
      assert.equal(response.headers.get('cache-control'), null, path);
    }
  });

  test('/en redirects to /en/; English addresses of nothing answer the 404 page', async () => {
    const bare = await get('/en?page=2');
    assert.equal(bare.response.status, 301);
    assert.equal(bare.response.headers.get('location'), '/en/?page=2');
    for (const path of ['/en/bai-viet/khong-co', '/en/chuyen-muc/khong-co', '/en/en/', '/EN/']) {
      assert.equal((await get(path)).response.status, 404, path);
    }
  });

  test('feeds in each language: /en/feeds/… with English channel words, the English versions and English links', async () => {
    const rss = await (await fetch(server.url('/en/feeds/articles.rss'))).text();
    assert.match(rss, /<link>https:\/\/tintuc\.example\.gov\.vn\/en\/<\/link>/);
    assert.match(rss, /<description>The latest news, activities and announcements/);
    assert.match(rss, /<language>en<\/language>/);
    assert.ok(rss.includes(`<atom:link href="${PUBLIC_URL}/en/feeds/articles.rss" rel="self"`));
    assert.ok(rss.includes(`<item>\n<title>${translation.title}</title>\n<link>${PUBLIC_URL}/en/bai-viet/${article.slug}</link>`));
    assert.ok(!rss.includes(`/bai-viet/${untranslated.slug}<`), 'only the articles with an English version');
    assert.doesNotMatch(rss, /<link>https:\/\/tintuc\.example\.gov\.vn\/bai-viet\//);

    const atom = await (await fetch(server.url('/en/feeds/articles.atom'))).text();
    assert.match(atom, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    assert.ok(atom.includes(`<link rel="self" type="application/atom+xml" href="${PUBLIC_URL}/en/feeds/articles.atom"/>`));
    assert.ok(atom.includes(`<entry>\n<id>${PUBLIC_URL}/en/bai-viet/${article.slug}</id>\n<title>${translation.title}</title>`));

    const json = (await (await fetch(server.url('/en/feeds/articles.json'))).json()) as {
      language: string;
      home_page_url: string;
      feed_url: string;
      items: { url: string; language?: string }[];
    };
    assert.equal(json.language, 'en');
    assert.equal(json.home_page_url, `${PUBLIC_URL}/en/`);
    assert.equal(json.feed_url, `${PUBLIC_URL}/en/feeds/articles.json`);
    assert.equal(json.items[0].url, `${PUBLIC_URL}/en/bai-viet/${article.slug}`);
    assert.equal(json.items[0].language, undefined, 'in the feed’s language');

    // The Vietnamese feeds stay as they were; each page announces its own language's feeds.
    const vi = (await (await fetch(server.url('/feeds/articles.json'))).json()) as typeof json;
    assert.equal(vi.language, 'vi');
    assert.equal(vi.items[0].url, `${PUBLIC_URL}/bai-viet/${article.slug}`);
    assert.equal(vi.items[0].language, undefined);
    const { body } = await get('/en/');
    assert.ok(
      body.includes(`type="application/rss+xml" title="Đảng ủy Khối các cơ quan tỉnh (RSS)" href="${PUBLIC_URL}/en/feeds/articles.rss">`),
    );
    assert.ok(body.includes('<a href="/en/feeds/articles.rss">RSS</a>'));
  });

  test('the articles API gives the articles in ?lang= (Vietnamese by default), linking its pages; another lang is a 400', async () => {
    const english = (await (await fetch(server.url('/api/v1/articles?pageSize=1&lang=en'))).json()) as {
      items: { url: string; title: string }[];
    };
    assert.equal(english.items[0].url, `${PUBLIC_URL}/en/bai-viet/${article.slug}`);
    assert.equal(english.items[0].title, translation.title);
    const vietnamese = (await (await fetch(server.url('/api/v1/articles?pageSize=1'))).json()) as { items: { url: string }[] };
    assert.equal(vietnamese.items[0].url, `${PUBLIC_URL}/bai-viet/${article.slug}`);
    for (const lang of ['fr', 'EN', '']) {
      const response = await fetch(server.url(`/api/v1/articles?lang=${lang}`));
      assert.equal(response.status, 400, lang);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(error.code, 'invalid_parameter');
      assert.match(error.message, /^lang must be vi or en/);
    }
  });
});
