import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EMBED_GUIDE_PATH, LANGS, localePath, type Lang } from '@agency-portal/portal/templates.js';
import type { Article, ArticleSummary, Category } from '../src/store/types.js';
import { startServer, type TestServer } from './helpers.js';

const PUBLIC_URL = 'https://tintuc.example.gov.vn';

/** The `<meta property=...>` and `<meta name=...>` tags of a page, by property or name, in order. */
function metaTags(body: string): [string, string][] {
  return [...body.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)].map((m) => [m[1], m[2]]);
}

function linkHrefs(body: string, rel: string): string[] {
  return [...body.matchAll(new RegExp(`<link rel="${rel}"[^>]* href="([^"]+)">`, 'g'))].map((m) => m[1]);
}

/** The page in each language, as its `<link rel="alternate" hreflang>` tags give it: [hreflang, href]. */
function hreflangs(body: string): [string, string][] {
  return [...body.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
}

async function page(server: TestServer, path: string) {
  const response = await fetch(server.url(path), { headers: { 'user-agent': 'Googlebot/2.1' } });
  assert.equal(response.status, 200, path);
  return response.text();
}

describe('meta tags, sitemap and robots.txt', () => {
  let server: TestServer;
  let articles: ArticleSummary[];
  let categories: Category[];
  before(async () => {
    server = await startServer({ PUBLIC_URL });
    articles = (await server.store.listArticles({ now: new Date(), offset: 0, limit: 1000 })).items;
    categories = await server.store.listCategories();
  });
  after(() => server.close());

  const FEED_LINKS = [
    '<link rel="alternate" type="application/rss+xml" title="Đảng ủy Khối các cơ quan tỉnh (RSS)" href="https://tintuc.example.gov.vn/feeds/articles.rss">',
    '<link rel="alternate" type="application/atom+xml" title="Đảng ủy Khối các cơ quan tỉnh (Atom)" href="https://tintuc.example.gov.vn/feeds/articles.atom">',
    '<link rel="alternate" type="application/feed+json" title="Đảng ủy Khối các cơ quan tỉnh (JSON Feed)" href="https://tintuc.example.gov.vn/feeds/articles.json">',
  ];

  test('the home page: description, canonical link, Open Graph website tags and feed links', async () => {
    const body = await page(server, '/');
    assert.deepEqual(linkHrefs(body, 'canonical'), [`${PUBLIC_URL}/`]);
    assert.deepEqual(hreflangs(body), [
      ['vi', `${PUBLIC_URL}/`],
      ['en', `${PUBLIC_URL}/en/`],
      ['x-default', `${PUBLIC_URL}/`],
    ]);
    for (const link of FEED_LINKS) assert.ok(body.includes(link), link);
    assert.deepEqual(metaTags(body), [
      ['viewport', 'width=device-width, initial-scale=1'],
      ['description', 'Tin tức, hoạt động và thông báo mới nhất của Đảng ủy Khối các cơ quan tỉnh.'],
      ['og:type', 'website'],
      ['og:site_name', 'Đảng ủy Khối các cơ quan tỉnh'],
      ['og:locale', 'vi_VN'],
      ['og:locale:alternate', 'en_US'],
      ['og:title', 'Tin tức | Đảng ủy Khối các cơ quan tỉnh'],
      ['og:description', 'Tin tức, hoạt động và thông báo mới nhất của Đảng ủy Khối các cơ quan tỉnh.'],
      ['og:url', `${PUBLIC_URL}/`],
    ]);
  });

  test('a later page and a category page have their own canonical URL', async () => {
    assert.deepEqual(linkHrefs(await page(server, '/?page=3'), 'canonical'), [`${PUBLIC_URL}/?page=3`]);
    const category = categories[0];
    const body = await page(server, `/chuyen-muc/${category.slug}?page=2`);
    const canonical = `${PUBLIC_URL}/chuyen-muc/${category.slug}?page=2`;
    assert.deepEqual(linkHrefs(body, 'canonical'), [canonical]);
    // The English category lists only the articles with an English version: the demo content's fill no second page.
    assert.deepEqual(hreflangs(body), [
      ['vi', canonical],
      ['x-default', canonical],
    ]);
    assert.ok(!body.includes('og:locale:alternate'));
    assert.equal((await fetch(server.url(`/en/chuyen-muc/${category.slug}?page=2`))).status, 404);
    assert.deepEqual(hreflangs(await page(server, `/chuyen-muc/${category.slug}`)), [
      ['vi', `${PUBLIC_URL}/chuyen-muc/${category.slug}`],
      ['en', `${PUBLIC_URL}/en/chuyen-muc/${category.slug}`],
      ['x-default', `${PUBLIC_URL}/chuyen-muc/${category.slug}`],
    ]);
    const tags = new Map(metaTags(body));
    assert.equal(tags.get('og:url'), canonical);
    assert.equal(tags.get('og:type'), 'website');
    assert.equal(
      tags.get('description'),
      `Tin bài chuyên mục ${category.name}: Tin tức, hoạt động và thông báo mới nhất của Đảng ủy Khối các cơ quan tỉnh.`,
    );
  });

  test('an article page: summary as description, Open Graph article tags with an absolute image', async () => {
    const article = (await server.store.getArticle(articles[0].slug, new Date())) as Article;
    assert.ok(article.image);
    const body = await page(server, `/bai-viet/${article.slug}`);
    const url = `${PUBLIC_URL}/bai-viet/${article.slug}`;
    assert.deepEqual(linkHrefs(body, 'canonical'), [url]);
    for (const link of FEED_LINKS) assert.ok(body.includes(link), link);
    assert.deepEqual(metaTags(body), [
      ['viewport', 'width=device-width, initial-scale=1'],
      ['description', article.summary],
      ['og:type', 'article'],
      ['og:site_name', 'Đảng ủy Khối các cơ quan tỉnh'],
      ['og:locale', 'vi_VN'],
      ['og:locale:alternate', 'en_US'],
      ['og:title', article.title],
      ['og:description', article.summary],
      ['og:url', url],
      ['og:image', `${PUBLIC_URL}${article.image.path}`],
      ['og:image:type', 'image/jpeg'],
      ['og:image:width', String(article.image.width)],
      ['og:image:height', String(article.image.height)],
      ['og:image:alt', article.image.alt],
      ['article:published_time', article.publishedAt.toISOString()],
      ['article:modified_time', article.updatedAt.toISOString()],
      ['article:section', article.category.name],
    ]);
  });

  test('error pages have a description but no canonical link or Open Graph tags', async () => {
    const body = await (await fetch(server.url('/khong-co'))).text();
    assert.deepEqual(linkHrefs(body, 'canonical'), []);
    assert.deepEqual(metaTags(body), [
      ['viewport', 'width=device-width, initial-scale=1'],
      ['description', 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.'],
    ]);
  });

  test('sitemap.xml lists the home page, every category and every article in the languages it is in, with absolute URLs, lastmod and hreflang alternates', async () => {
    const response = await fetch(server.url('/sitemap.xml'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/xml; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    const body = await response.text();
    assert.match(
      body,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">\n/,
    );
    assert.match(body, /<\/urlset>\n$/);
    const urls = [
      ...body.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?((?:<xhtml:link rel="alternate" [^>]+\/>)+)<\/url>/g),
    ].map(([, loc, lastmod, links]) => [
      loc,
      lastmod,
      [...links.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]),
    ]);
    const newest = (list: ArticleSummary[]) => new Date(Math.max(...list.map((a) => a.updatedAt.getTime()))).toISOString();
    /** A page at its address in each language it is in, each entry naming all of them (and the Vietnamese as x-default). */
    const entries = (path: string, lastmod: string | undefined, languages: readonly Lang[] = LANGS) => {
      const alternates = [...languages.map((lang) => [lang, PUBLIC_URL + localePath(lang, path)]), ['x-default', PUBLIC_URL + path]];
      return languages.map((lang) => [PUBLIC_URL + localePath(lang, path), lastmod, alternates]);
    };
    // The embedding guide: no lastmod (it changes with a deployment), and an English name of its own. An article: its
    // English address only when it has an English version.
    assert.deepEqual(urls, [
      ...entries('/', newest(articles)),
      ...entries(EMBED_GUIDE_PATH, undefined),
      ...categories.flatMap((category) =>
        entries(`/chuyen-muc/${category.slug}`, newest(articles.filter((article) => article.category.slug === category.slug))),
      ),
      ...articles.flatMap((article) => entries(`/bai-viet/${article.slug}`, article.updatedAt.toISOString(), article.languages)),
    ]);
    const translated = articles.filter((article) => article.languages.includes('en')).length;
    assert.ok(translated > 0 && translated < articles.length, 'the demo content has articles with an English version and without');
    assert.equal(body.match(/<url>/g)?.length, 2 * (2 + categories.length) + articles.length + translated);
  });

  test('robots.txt allows everything and names the sitemap', async () => {
    const response = await fetch(server.url('/robots.txt'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(await response.text(), `User-agent: *\nAllow: /\nSitemap: ${PUBLIC_URL}/sitemap.xml\n`);
  });
});

describe('sitemap.xml of an empty store', () => {
  test('lists the home page in both languages without lastmod', async () => {
    const server = await startServer({ PUBLIC_URL }, { seed: false });
    try {
      const body = await (await fetch(server.url('/sitemap.xml'))).text();
      const links = `<xhtml:link rel="alternate" hreflang="vi" href="${PUBLIC_URL}/"/><xhtml:link rel="alternate" hreflang="en" href="${PUBLIC_URL}/en/"/><xhtml:link rel="alternate" hreflang="x-default" href="${PUBLIC_URL}/"/>`;
      const guide = `<xhtml:link rel="alternate" hreflang="vi" href="${PUBLIC_URL}/huong-dan-nhung"/><xhtml:link rel="alternate" hreflang="en" href="${PUBLIC_URL}/en/embedding-guide"/><xhtml:link rel="alternate" hreflang="x-default" href="${PUBLIC_URL}/huong-dan-nhung"/>`;
      assert.ok(
        body.includes(
          `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n<url><loc>${PUBLIC_URL}/</loc>${links}</url>\n<url><loc>${PUBLIC_URL}/en/</loc>${links}</url>\n` +
            `<url><loc>${PUBLIC_URL}/huong-dan-nhung</loc>${guide}</url>\n<url><loc>${PUBLIC_URL}/en/embedding-guide</loc>${guide}</url>\n</urlset>`,
        ),
        body,
      );
    } finally {
      await server.close();
    }
  });
});
