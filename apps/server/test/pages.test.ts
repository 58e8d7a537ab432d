import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { mediaSources } from '../src/media/sources.js';
import type { ArticleSummary } from '../src/store/types.js';
import { startServer, type TestServer } from './helpers.js';

const PUBLIC_URL = 'https://tintuc.example.gov.vn';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const OTHER_BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

const formatViews = (views: number) => new Intl.NumberFormat('vi-VN').format(views);
const formatDate = (date: Date) =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);

async function getPage(server: TestServer, path: string, userAgent = BROWSER) {
  const response = await fetch(server.url(path), { headers: { 'user-agent': userAgent } });
  return { response, body: await response.text() };
}

/** The page without Lit's hydration markers (`<!--lit-part-->` and the like), which say nothing about the content. */
const withoutMarkers = (body: string) => body.replace(/<!--\/?lit-[^>]*-->|<\?>/g, '');

/**
 * The server-rendered <ap-article-list>: its attributes, its shadow root (Declarative Shadow DOM) up to the inner
 * pagination, the inner <ap-pagination>'s shadow root, and the JSON child it hydrates from.
 */
function articleList(body: string) {
  const element = /<ap-article-list ([^>]*)><template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/ap-article-list>/.exec(
    withoutMarkers(body),
  );
  assert.ok(element, 'the page has a server-rendered <ap-article-list>');
  const [, attributes, inside] = element;
  const [shadow, pagination = ''] = inside.split(/<ap-pagination /);
  const json = /<\/template><script type="application\/json">(.*?)<\/script>$/.exec(inside);
  assert.ok(json, 'the list has its data as a JSON child');
  return {
    attributes: attributes.replace(/\s+/g, ' ').trim(),
    shadow,
    pagination: `<ap-pagination ${pagination}`,
    data: JSON.parse(json[1]),
  };
}

/**
 * The links of a server-rendered <ap-pagination>, as `text -> href` (`[2] -> ?page=2` for the current page; previous
 * and next by their words). Both the wide and the narrow layout's pages are there: CSS shows one or the other.
 */
function paginationLinks(markup: string): string[] {
  return [...markup.matchAll(/<a part="link[^"]*" href="([^"]+)"([^>]*)>(.*?)<\/a>/g)].map(([, href, attributes, text]) => {
    const shown = text.replace(/^<span class=arrow aria-hidden=true>.<\/span><span class=words>(.*)<\/span>$/, '$1');
    return `${attributes.includes('aria-current="page"') ? `[${shown}]` : shown} -> ${href}`;
  });
}

/** The server-rendered cards of the article list, in order. */
function cards(body: string): string[] {
  return [...articleList(body).shadow.matchAll(/<li part=item>([\s\S]*?)<\/li>/g)].map((match) => match[1]);
}

const cardSlugs = (body: string) =>
  cards(body).map((card) => new RegExp(`<a part=link href="${PUBLIC_URL}/bai-viet/([^"]+)">`).exec(card)?.[1]);

/** Asserts that `card` shows `article` the way the list does: picture with its size, title link, date, view count, summary. */
function assertCard(card: string, article: ArticleSummary) {
  const image = article.image;
  assert.ok(image, `${article.slug} has an image`);
  const img = /<img part=image [^>]*>/.exec(card)?.[0] ?? '';
  for (const attribute of [
    `src="${PUBLIC_URL}${image.path}"`,
    `alt="${image.alt}"`,
    `width="${image.width}"`,
    `height="${image.height}"`,
  ]) {
    assert.ok(img.includes(attribute), `${attribute} in ${img}`);
  }
  assert.ok(card.includes(`<a part=link href="${PUBLIC_URL}/bai-viet/${article.slug}">${article.title}</a>`), card);
  assert.ok(card.includes(`role=heading aria-level="2"`), card);
  assert.ok(card.includes(`<time datetime="${article.publishedAt.toISOString()}">${formatDate(article.publishedAt)}</time>`), card);
  assert.ok(card.includes(`<span>Lượt xem: ${formatViews(article.views)}</span>`), card);
  assert.ok(card.includes(`<p part=summary>${article.summary}</p>`), card);
}

function assertNotFoundPage(response: Response, body: string) {
  assert.equal(response.status, 404);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(body, /<html lang="vi">/);
  assert.match(body, /<h1>Không tìm thấy trang<\/h1>/);
  assert.ok(body.includes('<a href="/">Về trang chủ</a>'));
}

describe('pages', () => {
  let server: TestServer;
  let newest: ArticleSummary[];
  let total: number;
  before(async () => {
    server = await startServer({ PUBLIC_URL });
    ({ items: newest, total } = await server.store.listArticles({ now: new Date(), offset: 0, limit: 1000 }));
    assert.ok(total > 40, 'the demo content has more than 40 articles');
  });
  after(() => server.close());

  test('GET / renders the 10 newest articles as a Vietnamese HTML document', async () => {
    const { response, body } = await getPage(server, '/');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(body, /^<!doctype html>\n<html lang="vi">/);
    assert.match(body, /<title>Tin tức \| Đảng ủy Khối các cơ quan tỉnh<\/title>/);
    assert.match(body, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    // The site's stylesheet is in the head: no request stands between the HTML and the first paint.
    assert.match(body, /<link rel="icon" [^>]+>\n<style>[^<]*ap-pagination[^<]*<\/style>\n<script type="module"/);
    assert.ok(!body.includes('rel="stylesheet"'));
    assert.ok(body.includes('<h1 class="list-heading">Tin tức</h1>'));
    const shown = cards(body);
    assert.equal(shown.length, 10);
    shown.forEach((card, i) => assertCard(card, newest[i]));
  });

  test('the page has a skip link and the landmarks: header, category navigation, main, footer', async () => {
    const { body } = await getPage(server, '/');
    assert.match(body, /<body>\n<a class="skip-link" href="#main">Bỏ qua đến nội dung chính<\/a>/);
    assert.ok(body.includes('<main id="main" tabindex="-1">'));
    assert.equal(body.match(/<header[ >]/g)?.length, 1);
    assert.equal(body.match(/<footer[ >]/g)?.length, 1);
    const nav = /<nav class="site-nav" aria-label="Chuyên mục">([\s\S]*?)<\/nav>/.exec(body);
    assert.ok(nav, 'the header has the category navigation');
    const links = [...nav[1].matchAll(/<a href="([^"]+)"( aria-current="page")?>([^<]+)<\/a>/g)].map((m) => [m[1], m[3], Boolean(m[2])]);
    const categories = await server.store.listCategories();
    assert.equal(categories.length, 4);
    assert.deepEqual(links, [
      ['/', 'Trang chủ', true],
      ...categories.map((category) => [`/chuyen-muc/${category.slug}`, category.name, false]),
    ]);
  });

  test("the list is <ap-article-list> rendered on the server with its pagination, and the API's answer as its data", async () => {
    const { body } = await getPage(server, '/');
    const totalPages = Math.ceil(total / 10);
    const list = articleList(body);
    assert.equal(
      list.attributes,
      `layout="grid" heading-level="2" sync-url lang="vi" src="${PUBLIC_URL}/api/v1/articles" page-size="10" href-template="?page={page}" label="Tin tức"`,
    );
    // Exactly what the widget would have loaded: the same code makes both.
    assert.deepEqual(list.data, await (await fetch(server.url('/api/v1/articles?page=1&pageSize=10'))).json());
    assert.match(list.shadow, /<div role=status aria-live=polite>Trang 1 \/ \d+<\/div>/);
    assert.match(
      list.pagination,
      /^<ap-pagination\s+part="pagination" lang="vi" defer-hydration><template shadowroot="open" shadowrootmode="open">/,
    );
    assert.match(list.pagination, /<nav part=nav aria-label="Phân trang Tin tức">/);
    // Links, which work without JavaScript; with it the list changes the page in place (sync-url).
    assert.deepEqual(paginationLinks(list.pagination), [
      '[1] -> ?page=1',
      '2 -> ?page=2',
      `${totalPages} -> ?page=${totalPages}`,
      'Trang sau -> ?page=2',
    ]);
    assert.match(list.pagination, /<a part="link next" href="\?page=2" rel="next"/);
    // One script, the portal shell's build, registers every widget.
    assert.equal(body.match(/<script type="module"/g)?.length, 1);
    assert.match(body, /<script type="module" src="\/assets\/v\/main-[\w-]+\.js"><\/script>/);
  });

  test('?page=2 shows articles 11 to 20 and links both ways; the last page holds the rest', async () => {
    const { response, body } = await getPage(server, '/?page=2');
    assert.equal(response.status, 200);
    assert.deepEqual(
      cardSlugs(body),
      newest.slice(10, 20).map((article) => article.slug),
    );
    assert.match(body, /<title>Tin tức – Trang 2 \| Đảng ủy Khối các cơ quan tỉnh<\/title>/);
    assert.deepEqual(paginationLinks(articleList(body).pagination).slice(0, 4), [
      'Trang trước -> ?page=1',
      '1 -> ?page=1',
      '[2] -> ?page=2',
      '3 -> ?page=3',
    ]);
    assert.equal(articleList(body).data.page, 2);

    const last = Math.ceil(total / 10);
    const lastPage = await getPage(server, `/?page=${last}`);
    assert.deepEqual(
      cardSlugs(lastPage.body),
      newest.slice((last - 1) * 10).map((article) => article.slug),
    );
    assert.ok(!lastPage.body.includes('rel="next"'));
    assert.ok(lastPage.body.includes('rel="prev"'));
  });

  for (const query of ['page=abc', 'page=0', 'page=99', 'page=-1', 'page=1.5', 'page=', 'page=1&page=2', 'page=1e1']) {
    test(`?${query} answers the HTML 404 page`, async () => {
      const { response, body } = await getPage(server, `/?${query}`);
      assertNotFoundPage(response, body);
    });
  }

  test('a category page lists only that category, newest first, and marks its navigation link', async () => {
    const categories = await server.store.listCategories();
    for (const category of categories) {
      const { response, body } = await getPage(server, `/chuyen-muc/${category.slug}`);
      assert.equal(response.status, 200);
      const expected = newest.filter((article) => article.category.slug === category.slug);
      assert.deepEqual(
        cardSlugs(body),
        expected.slice(0, 10).map((article) => article.slug),
      );
      cards(body).forEach((card, i) => assertCard(card, expected[i]));
      assert.ok(body.includes(`<h1 class="list-heading">${category.name}</h1>`));
      assert.ok(body.includes(`<title>${category.name} | Đảng ủy Khối các cơ quan tỉnh</title>`));
      const list = articleList(body);
      assert.equal(
        list.attributes,
        `layout="grid" heading-level="2" sync-url lang="vi" src="${PUBLIC_URL}/api/v1/articles" page-size="10" category="${category.slug}" href-template="?page={page}" label="${category.name}"`,
      );
      const api = await fetch(server.url(`/api/v1/articles?page=1&pageSize=10&category=${category.slug}`));
      assert.deepEqual(list.data, await api.json());
      assert.ok(body.includes(`<li><a href="/chuyen-muc/${category.slug}" aria-current="page">${category.name}</a></li>`));
      assert.ok(body.includes('<li><a href="/">Trang chủ</a></li>'));
    }
  });

  test('a category page takes ?page= and answers 404 past its last page', async () => {
    const [category] = await server.store.listCategories();
    const inCategory = newest.filter((article) => article.category.slug === category.slug);
    assert.ok(inCategory.length > 10, 'the first demo category has more than one page');
    const pages = Math.ceil(inCategory.length / 10);
    const { body } = await getPage(server, `/chuyen-muc/${category.slug}?page=2`);
    assert.deepEqual(
      cardSlugs(body),
      inCategory.slice(10, 20).map((article) => article.slug),
    );
    assert.ok(body.includes(`<title>${category.name} – Trang 2 | Đảng ủy Khối các cơ quan tỉnh</title>`));
    const beyond = await getPage(server, `/chuyen-muc/${category.slug}?page=${pages + 1}`);
    assertNotFoundPage(beyond.response, beyond.body);
  });

  test('an unknown category, article or path answers the HTML 404 page', async () => {
    for (const path of ['/chuyen-muc/khong-co', '/bai-viet/khong-co', '/bai-viet/', '/tin-tuc/khong-co', '/chuyen-muc/%3Cscript%3E']) {
      const { response, body } = await getPage(server, path);
      assertNotFoundPage(response, body);
      assert.ok(!body.includes('<script>'), path);
    }
  });

  test('an article page shows category, title, date, view count, body, author and the newest articles aside', async () => {
    const summary = newest[3];
    const article = await server.store.getArticle(summary.slug, new Date());
    assert.ok(article);
    const { response, body } = await getPage(server, `/bai-viet/${article.slug}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.ok(body.includes(`<title>${article.title} | Đảng ủy Khối các cơ quan tỉnh</title>`));
    const main = /<main id="main" tabindex="-1">([\s\S]*?)<\/main>/.exec(body)?.[1] ?? '';
    assert.ok(main.includes(`<p class="article-category"><a href="/chuyen-muc/${article.category.slug}">${article.category.name}</a></p>`));
    assert.ok(main.includes(`<h1>${article.title}</h1>`));
    const time = new Intl.DateTimeFormat('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(article.publishedAt);
    assert.ok(main.includes(`<time datetime="${article.publishedAt.toISOString()}">${time}</time>`));
    assert.match(time, /^\d\d:\d\d \d\d\/\d\d\/\d{4}$/);
    assert.ok(main.includes(`<p class="article-summary">${article.summary}</p>`));
    assert.ok(article.image?.media);
    const { srcset } = mediaSources(article.image.media, '');
    const sizes = '(min-width: 60rem) 48rem, 100vw';
    assert.ok(
      main.includes(
        `<picture><source type="image/webp" srcset="${srcset.webp}" sizes="${sizes}"><img src="${article.image.path}" srcset="${srcset.jpeg}" ` +
          `sizes="${sizes}" width="${article.image.width}" height="${article.image.height}" alt="${article.image.alt}" fetchpriority="high"></picture>`,
      ),
    );
    assert.match(
      main,
      /<div class="article-body">[\s\S]*<figure><picture><source type="image\/webp" srcset="\/media\/u\//,
      'body figures too',
    );
    assert.ok(main.includes(`<div class="article-body">\n${article.body}\n</div>`), 'the stored body is inserted as is');
    assert.ok(main.includes(`<p class="article-author">${article.author}</p>`));
    const aside = /<section class="sidebar-box" aria-labelledby="latest-heading">([\s\S]*?)<\/section>/.exec(body)?.[1] ?? '';
    assert.deepEqual(
      [...aside.matchAll(/<a href="\/bai-viet\/([^"]+)">/g)].map((m) => m[1]),
      newest
        .filter((item) => item.slug !== article.slug)
        .slice(0, 5)
        .map((item) => item.slug),
    );
    assert.ok(!body.includes('<ap-article-list'), 'an article page loads no list widget');
  });

  test('an article page counts one view per visitor and day; bots are not counted', async () => {
    let now = new Date('2026-11-26T09:00:00+07:00');
    const clocked = await startServer({ PUBLIC_URL }, { now: () => now });
    try {
      const { items } = await clocked.store.listArticles({ now: new Date(), offset: 0, limit: 1 });
      const slug = items[0].slug;
      const before = items[0].views;
      const visit = async (userAgent: string) => {
        const { response, body } = await getPage(clocked, `/bai-viet/${slug}`, userAgent);
        assert.equal(response.status, 200);
        const shown = /<span class="views">Lượt xem: ([\d.]+)<\/span>/.exec(body)?.[1];
        const stored = (await clocked.store.getArticle(slug, new Date()))?.views;
        assert.equal(shown, formatViews(stored ?? NaN), 'the page shows the count after counting');
        return stored;
      };
      assert.equal(await visit(BROWSER), before + 1, 'a first visit counts');
      assert.equal(await visit(BROWSER), before + 1, 'the same visitor the same day does not count again');
      assert.equal(await visit(OTHER_BROWSER), before + 2, 'another visitor counts');
      assert.equal(await visit(GOOGLEBOT), before + 2, 'a bot does not count');
      const head = await fetch(clocked.url(`/bai-viet/${slug}`), {
        method: 'HEAD',
        headers: { 'user-agent': 'Mozilla/5.0 (Macintosh) Safari/605.1.15' },
      });
      assert.equal(head.status, 200);
      assert.equal((await clocked.store.getArticle(slug, new Date()))?.views, before + 2, 'a HEAD request does not count');
      now = new Date('2026-11-26T23:59:00+07:00');
      assert.equal(await visit(BROWSER), before + 2, 'still the same day in Asia/Ho_Chi_Minh');
      now = new Date('2026-11-27T00:01:00+07:00');
      assert.equal(await visit(BROWSER), before + 3, 'the next day counts again');
    } finally {
      await clocked.close();
    }
  });

  test('the header carousel is rendered with its slides, from the banners API’s own answer: links through the click counter, views by data-id', async () => {
    const banners = await server.store.listBanners(new Date());
    assert.ok(banners.length > 1, 'the demo content has banners');
    const { body } = await getPage(server, '/');
    const carousel = /<ap-banner-carousel [^>]*>([\s\S]*?)<\/ap-banner-carousel>/.exec(body);
    assert.ok(carousel, 'the home page has the carousel');
    assert.match(carousel[0], /^<ap-banner-carousel [^>]*src="\/api\/v1\/banners"/);
    assert.match(carousel[0], /^<ap-banner-carousel [^>]*lang="vi"/);
    // Its shadow root, rendered on the server: the slides, each counted by its banner's id.
    const shadow = /^<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(carousel[1]);
    assert.ok(shadow, 'the carousel has a declarative shadow root');
    const slides = [
      ...shadow[1].matchAll(/<div part=slide id="slide-\d+" data-id="(\d+)"[^>]*>(?:<!--[^>]*-->)*(?:<a href="([^"]*)">)?/g),
    ].map((m) => ({
      id: Number(m[1]),
      href: m[2],
    }));
    assert.deepEqual(
      slides.map((slide) => slide.id),
      banners.map((banner) => banner.id),
    );
    for (const [i, banner] of banners.entries()) {
      assert.equal(slides[i].href, banner.url === null ? undefined : `${PUBLIC_URL}/api/v1/banners/${banner.id}/click`);
    }
    // The data it hydrates with is the public API's answer, byte for byte in meaning.
    const data = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(carousel[1].slice(shadow[0].length));
    assert.ok(data, 'the carousel carries its data');
    assert.deepEqual(JSON.parse(data[1]), await (await fetch(server.url('/api/v1/banners'))).json());
    // The click counter sends the reader on to the banner's own link and counts the click.
    const linked = banners.find((banner) => banner.url !== null)!;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const before = await server.store.bannerDailyCounts({ from: day, to: day, id: linked.id });
    const click = await fetch(server.url(`/api/v1/banners/${linked.id}/click`), { redirect: 'manual', headers: { 'user-agent': BROWSER } });
    assert.equal(click.status, 302);
    assert.equal(click.headers.get('location'), linked.url!.startsWith('/') ? PUBLIC_URL + linked.url : linked.url);
    const after = await server.store.bannerDailyCounts({ from: day, to: day, id: linked.id });
    assert.equal((after[0]?.clicks ?? 0) - (before[0]?.clicks ?? 0), 1);
  });

  test('pages have no inline styles or scripts (CSP) but their stylesheet and the widgets’, allowed by hash, and their JSON data', async () => {
    for (const path of ['/', '/?page=2', `/chuyen-muc/${newest[0].category.slug}`, `/bai-viet/${newest[0].slug}`, '/khong-co']) {
      const { response, body } = await getPage(server, path, GOOGLEBOT);
      const styleSrc = /style-src ([^;]*)/.exec(response.headers.get('content-security-policy')!)![1].split(' ');
      // A <style> is the site's one stylesheet in the head or opens a widget's server-rendered shadow root, and the CSP
      // names it by its hash.
      const styles = [...body.matchAll(/([\s\S]{0,60})<style>([\s\S]*?)<\/style>/gi)];
      const [head, ...shadowRoots] = styles;
      assert.match(head[1], /type="image\/svg\+xml">\n$/, `${path}: the site's stylesheet after the icon`);
      for (const [, before] of shadowRoots) {
        assert.match(before, /<template shadowroot="open" shadowrootmode="open">$/, `${path}: a <style> outside a shadow root`);
      }
      for (const [, , css] of styles) {
        assert.ok(
          styleSrc.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`),
          `${path}: a <style> the CSP does not allow`,
        );
      }
      assert.equal(body.match(/<style/gi)?.length ?? 0, styles.length, `${path}: a <style> with attributes`);
      if (path !== '/khong-co') assert.ok(shadowRoots.length >= 2, `${path}: the carousel's and the partner strip's stylesheets`);
      assert.ok(!/\sstyle=/i.test(body), `${path}: no style attribute`);
      assert.ok(!/\son[a-z]+=/i.test(body), `${path}: no event handler attribute`);
      // Scripts: the portal's one module, and the widgets' data (JSON, which is never run).
      for (const script of body.match(/<script[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        // The one script of the page, or a widget's data (JSON, which the browser never runs).
        const data = /^<script type="application\/json">([\s\S]*)<\/script>$/.exec(script);
        if (data) assert.doesNotThrow(() => JSON.parse(data[1]), path);
        else assert.match(script, /^<script type="module" src="\/assets\/v\/main-[\w-]+\.js"><\/script>$/, path);
      }
    }
  });

  test('the sidebar’s partner strip is rendered with its links, from the partners API’s own answer', async () => {
    const { body } = await getPage(server, '/en/');
    const strip = /<ap-ad-strip [^>]*>([\s\S]*?)<\/ap-ad-strip>/.exec(body);
    assert.ok(strip, 'the page has the partner strip');
    assert.match(strip[0], /^<ap-ad-strip [^>]*src="\/api\/v1\/partners"[^>]*lang="en" placement="sidebar"/);
    const api = (await (await fetch(server.url('/api/v1/partners?placement=sidebar'))).json()) as { items: { clickUrl: string }[] };
    assert.ok(api.items.length > 1, 'the demo content has partners');
    const shadow = /^<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(strip[1]);
    assert.ok(shadow, 'the strip has a declarative shadow root');
    assert.match(shadow[1], /<ul part=list role=list aria-label="Links">/);
    assert.deepEqual(
      [...shadow[1].matchAll(/<a part=link href="([^"]+)"/g)].map((m) => m[1]),
      api.items.map((item) => item.clickUrl),
    );
    const data = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(strip[1].slice(shadow[0].length));
    assert.ok(data, 'the strip carries its data');
    assert.deepEqual(JSON.parse(data[1]), api);
  });

  test('a malformed URL outside /api/ answers an HTML 400 page', async () => {
    const response = await fetch(server.url('/%zz'));
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await response.text(), /<h1>Yêu cầu không hợp lệ<\/h1>/);
  });

  test('the favicon expires; the hashed script and the chunks it imports are immutable', async () => {
    const icon = await fetch(server.url('/assets/favicon.svg'));
    assert.equal(icon.status, 200);
    assert.equal(icon.headers.get('content-type'), 'image/svg+xml');
    assert.equal(icon.headers.get('cache-control'), 'public, max-age=300');
    assert.match(await icon.text(), /^<svg /);
    const { body } = await getPage(server, '/');
    const [, jsPath] = /<script type="module" src="([^"]+)">/.exec(body)!;
    const js = await fetch(server.url(jsPath));
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type')!, /javascript/);
    assert.equal(js.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const script = await js.text();
    assert.match(script, /ap-article-list/);
    // A widget's chunk, which the script imports when the page has the widget.
    const [, chunkName] = /import\(`\.\/(article-list-[\w-]+\.js)`\)/.exec(script)!;
    const chunk = await fetch(server.url(jsPath.replace(/[^/]+$/, chunkName)));
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal((await fetch(server.url('/assets/.vite/manifest.json'))).status, 404);
  });

  test('pages, scripts and styles are compressed for clients that accept it; images are not', async () => {
    const { body } = await getPage(server, '/');
    const [, jsPath] = /<script type="module" src="([^"]+)">/.exec(body)!;
    // A picture of the page (the server-rendered list's are absolute: its path on this server).
    const [, imagePath] = /<img[^>]* src="(?:https?:\/\/[^/"]+)?(\/[^"]+)"/.exec(body)!;
    for (const [path, encoding] of [
      ['/', 'br'],
      [jsPath, 'br'],
      ['/api/v1/articles', 'gzip'],
    ]) {
      const response = await fetch(server.url(path), { headers: { 'accept-encoding': encoding } });
      assert.equal(response.headers.get('content-encoding'), encoding, path);
      assert.ok((await response.text()).length > 1000, `${path} decodes`);
    }
    const image = await fetch(server.url(imagePath), { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(image.headers.get('content-encoding'), null);
  });

  test('every kind of response carries the security headers', async () => {
    const paths = ['/', '/?page=abc', `/bai-viet/${newest[0].slug}`, '/feeds/articles.rss', '/sitemap.xml', '/healthz', '/robots.txt'];
    for (const path of [...paths, '/assets/favicon.svg', '/embed/pagination.js', '/api/v1/nope', '/%zz']) {
      const response = await fetch(server.url(path));
      const body = await response.text();
      const policy = response.headers.get('content-security-policy') ?? '';
      // Inline styles: only the site's stylesheet and the widgets' own in their server-rendered shadow roots, each by its hash.
      const styleSources = /; style-src 'self'((?: 'sha256-[A-Za-z0-9+/]+=*')+);/.exec(policy);
      assert.ok(styleSources, `${path}: ${policy}`);
      assert.equal(
        policy.replace(styleSources[1], ''),
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
        path,
      );
      for (const [, css] of body.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
        assert.ok(styleSources[1].includes(hash), `${path}: a <style> the policy does not allow (${css.slice(0, 80)}…)`);
      }
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
    }
  });
});

describe('pages with a store of their own', () => {
  test('view counts are formatted in Vietnamese', async () => {
    const server = await startServer({}, { seed: false });
    try {
      await server.store.upsertCategory({ slug: 'tin-hoat-dong', name: 'Tin hoạt động' });
      await server.store.insertArticle({
        slug: 'bai-viet-nhieu-luot-xem',
        title: 'Bài viết nhiều lượt xem',
        summary: 'Tóm tắt.',
        body: '<p>Nội dung.</p>',
        image: null,
        categorySlug: 'tin-hoat-dong',
        author: 'Ban biên tập',
        publishedAt: new Date('2020-01-01T08:00:00+07:00'),
        views: 93308,
      });
      const { body } = await getPage(server, '/bai-viet/bai-viet-nhieu-luot-xem', GOOGLEBOT);
      assert.ok(body.includes('<span class="views">Lượt xem: 93.308</span>'));
      assert.ok(!body.includes('<figure class="article-image">'), 'no picture for an article without an image');
    } finally {
      await server.close();
    }
  });

  test('the home page says there are no articles yet and has no pagination; ?page=2 is a 404', async () => {
    const server = await startServer({}, { seed: false });
    try {
      const { response, body } = await getPage(server, '/');
      assert.equal(response.status, 200);
      assert.match(articleList(body).shadow, /<p part=empty>Chưa có bài viết nào.<\/p>/);
      assert.deepEqual(articleList(body).data, { items: [], page: 1, pageSize: 10, total: 0, totalPages: 0 });
      assert.ok(!body.includes('<nav part=nav'), 'no pagination');
      const second = await getPage(server, '/?page=2');
      assertNotFoundPage(second.response, second.body);
    } finally {
      await server.close();
    }
  });
});

describe('pages with hostile content', () => {
  const HOSTILE = `<script>alert("x")</script> & 'y' "z"`;
  const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; &quot;z&quot;';

  test('titles, summaries, names, authors and alt texts are escaped; the body is the sanitized one', async () => {
    const server = await startServer({ PUBLIC_URL }, { seed: false });
    try {
      await server.store.upsertCategory({ slug: 'doc-hai', name: `Chuyên mục ${HOSTILE}` });
      await server.store.insertArticle({
        slug: 'bai-doc-hai',
        title: `Tiêu đề ${HOSTILE}`,
        summary: `Tóm tắt ${HOSTILE}`,
        body: `<p onclick="x()" style="color:red">Đoạn <script>alert(1)</script><img src="javascript:alert(1)" onerror="x()"></p>`,
        image: { path: '/media/hoi-nghi.jpg', alt: `Ảnh ${HOSTILE}`, width: 800, height: 450, bytes: 1000, type: 'image/jpeg' },
        categorySlug: 'doc-hai',
        author: `Tác giả ${HOSTILE}`,
        publishedAt: new Date('2026-11-20T08:00:00+07:00'),
      });
      for (const path of ['/', '/chuyen-muc/doc-hai', '/bai-viet/bai-doc-hai']) {
        const { body } = await getPage(server, path);
        assert.ok(!body.includes('<script>alert'), `${path}: no raw script`);
        assert.ok(!/\son[a-z]+=/i.test(body), `${path}: no event handler attribute`);
        assert.ok(!/\sstyle=/i.test(body), `${path}: no style attribute`);
        assert.ok(!body.includes('javascript:'), `${path}: no javascript: URL`);
        assert.ok(body.includes(`Tiêu đề ${ESCAPED}`), `${path}: the title is escaped`);
        assert.ok(body.includes(`Chuyên mục ${ESCAPED}`), `${path}: the category name is escaped`);
        assert.ok(body.includes(`alt="Ảnh ${ESCAPED}"`), `${path}: the alt text is escaped`);
      }
      const { body } = await getPage(server, '/bai-viet/bai-doc-hai');
      assert.ok(body.includes(`<p class="article-author">Tác giả ${ESCAPED}</p>`));
      assert.ok(body.includes(`<meta name="description" content="Tóm tắt ${ESCAPED}">`));
      assert.ok(body.includes(`<meta property="og:title" content="Tiêu đề ${ESCAPED}">`));
    } finally {
      await server.close();
    }
  });

  test('the canonical link escapes a hostile PUBLIC_URL', async () => {
    const server = await startServer({ PUBLIC_URL: 'https://example.gov.vn/"><script>x</script>' });
    try {
      const { body } = await getPage(server, '/');
      assert.ok(body.includes('<link rel="canonical" href="https://example.gov.vn/&quot;&gt;&lt;script&gt;x&lt;/script&gt;/">'));
      assert.ok(!body.includes('<script>x'));
    } finally {
      await server.close();
    }
  });
});

describe('language', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ PUBLIC_URL });
  });
  after(() => server.close());

  test('the old switch address sends old links (302) to the page in that language, only ever a path of this site', async () => {
    for (const [from, to] of [
      ['/ngon-ngu/en?next=%2Fchuyen-muc%2Fchuyen-doi-so%3Fpage%3D2', '/en/chuyen-muc/chuyen-doi-so?page=2'],
      ['/ngon-ngu/en?next=/x', '/en/x'],
      ['/ngon-ngu/en?next=/', '/en/'],
      ['/ngon-ngu/en?next=%2Ftim-kiem%3Fq%3Dthu', '/en/search?q=thu'],
      ['/ngon-ngu/en?next=%2Fen%2F%3Fpage%3D2', '/en/?page=2'],
      ['/ngon-ngu/vi?next=%2Fen%2Fbai-viet%2Fa', '/bai-viet/a'],
      ['/ngon-ngu/vi?next=%2Fen%2Fsearch%3Fq%3Dthu', '/tim-kiem?q=thu'],
      ['/ngon-ngu/vi?next=/bai-viet/a', '/bai-viet/a'],
    ]) {
      const response = await fetch(server.url(from), { redirect: 'manual' });
      assert.equal(response.status, 302, from);
      assert.equal(response.headers.get('location'), to, from);
      assert.equal(response.headers.get('set-cookie'), null, `${from}: no cookie`);
    }
    for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example/', 'javascript:alert(1)', '']) {
      const response = await fetch(server.url(`/ngon-ngu/en?next=${encodeURIComponent(next)}`), { redirect: 'manual' });
      assert.equal(response.headers.get('location'), '/en/', next);
    }
    const unknown = await fetch(server.url('/ngon-ngu/fr?next=/'), { redirect: 'manual' });
    assert.equal(unknown.status, 404);
  });

  test('/en/ speaks English with no cookie, the widgets follow the page language, and a lang cookie changes nothing', async () => {
    // The English lists show the articles with an English version: the demo content's 8 fill one page, three more
    // make a second.
    const { items } = await server.store.listArticles({ offset: 0, limit: 50, now: new Date() });
    for (const item of items.filter((article) => !article.languages.includes('en')).slice(0, 3)) {
      const english = { title: `In English: ${item.slug}`, summary: '', body: '<p>Text.</p>' };
      await server.store.updateArticle(item.id, undefined, { english }, 'article.update', {
        actor: { id: null, username: 'test' },
        at: new Date(),
      });
    }
    const english = await getPage(server, '/en/?page=2');
    assert.equal(english.response.status, 200);
    const body = english.body;
    assert.match(body, /^<!doctype html>\n<html lang="en">/);
    assert.ok(body.includes('<a class="skip-link" href="#main">Skip to main content</a>'));
    assert.ok(body.includes('<title>News – Page 2 | Đảng ủy Khối các cơ quan tỉnh</title>'));
    assert.ok(body.includes('<li><a href="/en/" aria-current="page">Home</a></li>'));
    assert.ok(paginationLinks(articleList(body).pagination).includes('Previous page -> ?page=1'));
    assert.match(articleList(body).shadow, /<span>Views: \d/);
    assert.match(articleList(body).shadow, /<div role=status aria-live=polite>Page 2 of \d+<\/div>/);
    assert.match(articleList(body).pagination, /<nav part=nav aria-label="News: pages">/);
    assert.ok(body.includes('<meta property="og:locale" content="en_US">'));
    assert.ok(body.includes('<meta property="og:locale:alternate" content="vi_VN">'));
    assert.ok(body.includes('<a class="language" href="/?page=2" lang="vi" hreflang="vi">Tiếng Việt</a>'));
    // The widget's own links (from the API) go to the English pages, as the server-rendered cards do.
    assert.match(articleList(body).attributes, new RegExp(` lang="en" src="${PUBLIC_URL}/api/v1/articles\\?lang=en" `));
    assert.match(cards(body)[0], new RegExp(`<a part=link href="${PUBLIC_URL}/en/bai-viet/[^"]+">`));
    assert.deepEqual(articleList(body).data, await (await fetch(server.url('/api/v1/articles?page=2&pageSize=10&lang=en'))).json());

    const vietnamese = await getPage(server, '/?page=2');
    assert.match(vietnamese.body, /<html lang="vi">/);
    assert.ok(vietnamese.body.includes('<a class="language" href="/en/?page=2" lang="en" hreflang="en">English</a>'));
    assert.match(articleList(vietnamese.body).attributes, new RegExp(` lang="vi" src="${PUBLIC_URL}/api/v1/articles" `));
    // The address alone says the language: a shared cache need not keep a copy per cookie.
    assert.equal(vietnamese.response.headers.get('vary'), 'accept-encoding');
    assert.equal(english.response.headers.get('vary'), 'accept-encoding');

    for (const cookie of ['lang=en', 'lang=vi', 'lang=fr; other=1']) {
      const withCookie = await fetch(server.url('/?page=2'), { headers: { 'user-agent': BROWSER, cookie } });
      assert.match(await withCookie.text(), /<html lang="vi">/, cookie);
      const englishWithCookie = await fetch(server.url('/en/?page=2'), { headers: { 'user-agent': BROWSER, cookie } });
      assert.match(await englishWithCookie.text(), /<html lang="en">/, cookie);
    }
  });

  test('error pages take the language of their address', async () => {
    for (const [path, lang, heading, home] of [
      ['/khong-co', 'vi', 'Không tìm thấy trang', '/'],
      ['/en/khong-co', 'en', 'Page not found', '/en/'],
      ['/en/bai-viet/khong-co', 'en', 'Page not found', '/en/'],
      ['/en/?page=999999', 'en', 'Page not found', '/en/'],
      ['/english', 'vi', 'Không tìm thấy trang', '/'],
    ]) {
      const response = await fetch(server.url(path), { headers: { cookie: lang === 'en' ? 'lang=vi' : 'lang=en' } });
      assert.equal(response.status, 404, path);
      const body = await response.text();
      assert.match(body, new RegExp(`<html lang="${lang}">`), path);
      assert.ok(body.includes(`<h1>${heading}</h1>`), path);
      assert.ok(body.includes(`<p><a href="${home}">`), path);
    }
  });
});
