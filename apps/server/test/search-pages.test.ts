// The search page (/tim-kiem, /en/search), the header's search box on every page and the OpenSearch description, as
// server-rendered HTML: results with marked words, the query in the title and the box, noindex, the prompt, "nothing
// found", too-long and failure states, paging, and no markup from a query or an article.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../src/store/index.js';
import { startServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startServer();
  await server.store.insertArticle({
    slug: 'bai-co-ma',
    title: '<script>alert("tieu de")</script> Thủ tục một cửa',
    summary: 'Tóm tắt',
    body: '<p>&lt;script&gt;alert(2)&lt;/script&gt; thủ tục</p>',
    image: null,
    categorySlug: 'tin-hoat-dong',
    author: 'A',
    publishedAt: new Date('2026-01-01T00:00:00Z'),
  });
});
after(() => server?.close());

const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(server.url(path), { headers });
  return { response, body: await response.text() };
};
const main = (body: string) => /<main id="main" tabindex="-1">([\s\S]*?)<\/main>/.exec(body)?.[1] ?? '';
const searchForm = (body: string) => /<form class="site-search" role="search"[\s\S]*?<\/form>/.exec(body)?.[0] ?? '';

test('every page has the header search box: a labelled search landmark sending q to the search page, and the OpenSearch link', async () => {
  for (const path of ['/', '/chuyen-muc/cai-cach-hanh-chinh', '/bai-viet/bai-co-ma', '/khong-co-trang-nay']) {
    const { body } = await page(path);
    const form = searchForm(body);
    assert.match(form, /action="\/tim-kiem" method="get"/, path);
    assert.match(form, /<label class="visually-hidden" for="site-search-q">Tìm kiếm tin bài<\/label>/, path);
    assert.match(form, /<input id="site-search-q" type="search" name="q" value="" maxlength="200"/, path);
    assert.match(form, /<button type="submit">Tìm<\/button>/, path);
    assert.match(body, /<link rel="search" type="application\/opensearchdescription\+xml" title="[^"]+" href="\/opensearch.xml">/, path);
  }
  const { body } = await page('/en/');
  assert.match(searchForm(body), /action="\/en\/search"[\s\S]*>Search the news<\/label>[\s\S]*>Search<\/button>/);
  assert.match(body, /<link rel="search" type="application\/opensearchdescription\+xml" title="[^"]+" href="\/en\/opensearch.xml">/);
});

test('/tim-kiem?q=cai+cach+hanh+chinh: the reform articles first, the words marked, the query in the title and the box, noindex', async () => {
  const { response, body } = await page('/tim-kiem?q=cai+cach+hanh+chinh');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  assert.equal(response.headers.get('x-robots-tag'), 'noindex');
  assert.match(body, /<meta name="robots" content="noindex">/);
  assert.match(body, /<title>Tìm kiếm: cai cach hanh chinh \| /);
  assert.match(searchForm(body), /value="cai cach hanh chinh"/);
  const content = main(body);
  assert.match(content, /<h1 class="list-heading">Tìm kiếm<\/h1>/);
  assert.match(
    content,
    /<p class="search-summary">Tìm thấy \d+ kết quả cho “<strong class="search-query">cai cach hanh chinh<\/strong>”.<\/p>/,
  );
  const cards = [...content.matchAll(/<li class="article-card">([\s\S]*?)<\/li>/g)].map((match) => match[1]);
  assert.ok(cards.length >= 3);
  for (const card of cards.slice(0, 3)) {
    assert.match(card, /<h2 class="article-card-title"><a href="\/bai-viet\/[^"]+">[^<]*<mark>Cải cách hành chính<\/mark>/i);
    assert.match(card, /<p class="article-card-summary">.*<mark>/);
    assert.match(card, /<span class="views">Lượt xem: [\d.]+<\/span>/);
  }
  const english = await page('/en/search?q=cai+cach+hanh+chinh');
  assert.equal(english.response.status, 200);
  assert.match(english.body, /<html lang="en">/);
  assert.match(english.body, /<title>Search: cai cach hanh chinh \| /);
  assert.match(main(english.body), /\d+ results for “<strong class="search-query">cai cach hanh chinh<\/strong>”/);
  // A hit links to the Vietnamese page of an article without an English version (these have none), and to the English
  // page of one with (the electronic documents one).
  assert.match(main(english.body), /<h2 class="article-card-title"><a href="\/bai-viet\/[^"]+" hreflang="vi">/);
  assert.match(
    main((await page('/en/search?q=chung+thu+so')).body),
    /<h2 class="article-card-title"><a href="\/en\/bai-viet\/van-ban-dang-uy-khoi-gui-nhan-hoan-toan-dien-tu">/,
  );
  assert.match(english.body, /<link rel="canonical" href="[^"]+\/en\/search\?q=cai%20cach%20hanh%20chinh">/);
  assert.match(english.body, /<a class="language" href="\/tim-kiem\?q=cai%20cach%20hanh%20chinh" lang="vi"/);
  // The English search under its Vietnamese name, and the English address of the cookie days, go to /en/search.
  for (const old of ['/search?q=cai+cach', '/en/tim-kiem?q=cai+cach']) {
    const moved = await fetch(server.url(old), { redirect: 'manual' });
    assert.equal(moved.status, 301, old);
    assert.equal(moved.headers.get('location'), '/en/search?q=cai+cach', old);
  }
});

test('the prompt without a query, "nothing found" for a query without matches or words; both noindex', async () => {
  for (const path of ['/tim-kiem', '/tim-kiem?q=', '/tim-kiem?q=%20%20']) {
    const { response, body } = await page(path);
    assert.equal(response.status, 200, path);
    assert.match(body, /<title>Tìm kiếm \| /, path);
    assert.match(main(body), /<p class="empty">Nhập từ khóa/, path);
    assert.match(body, /<meta name="robots" content="noindex">/, path);
  }
  for (const q of ['xyzzy', '***', '"', 'NEAR', '-:']) {
    const { response, body } = await page(`/tim-kiem?q=${encodeURIComponent(q)}`);
    assert.equal(response.status, 200, q);
    assert.match(main(body), /<p class="empty">Không tìm thấy kết quả nào cho “<strong class="search-query">/, q);
  }
});

test('a query over 200 characters: 400 with the box and a message; nothing from a query or an article is markup', async () => {
  const long = await page(`/tim-kiem?q=${'a'.repeat(1000)}`);
  assert.equal(long.response.status, 400);
  assert.match(main(long.body), /<p class="empty search-error">Từ khóa quá dài: tối đa 200 ký tự.<\/p>/);
  assert.ok(searchForm(long.body));

  const hostile = '"><script>alert(1)</script> thủ tục';
  const { response, body } = await page(`/tim-kiem?q=${encodeURIComponent(hostile)}`);
  assert.equal(response.status, 200);
  assert.doesNotMatch(body, /<script>alert/);
  assert.match(body, /<title>Tìm kiếm: &quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; thủ tục \| /);
  assert.match(searchForm(body), /value="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; thủ tục"/);
  assert.match(
    main(body),
    /Không tìm thấy kết quả nào cho “<strong class="search-query">&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; thủ tục<\/strong>”/,
  );

  const found = await page(`/tim-kiem?q=${encodeURIComponent('<script> thủ tục')}`);
  assert.doesNotMatch(found.body, /<script>alert/);
  assert.match(
    main(found.body),
    /&lt;<mark>script<\/mark>&gt;alert\(&quot;tieu de&quot;\)&lt;\/<mark>script<\/mark>&gt; <mark>Thủ tục<\/mark>/,
  );
});

test('pages of results keep the query; a page beyond the last or not a number is the 404 page', async () => {
  const { body } = await page('/tim-kiem?q=tinh');
  const total = Number(/Tìm thấy ([\d.]+) kết quả/.exec(body)?.[1].replace(/\./g, ''));
  assert.ok(total > 10, `${total} results`);
  // <ap-pagination> rendered on the server (Declarative Shadow DOM): its links work without JavaScript.
  assert.match(
    body,
    /<ap-pagination\s+lang="vi" total-pages="\d+" current="1" href-template="\/tim-kiem\?q=tinh&amp;page=\{page\}" label="Phân trang kết quả tìm kiếm"><template shadowroot="open" shadowrootmode="open">/,
  );
  assert.match(body, /<nav part=nav aria-label="Phân trang kết quả tìm kiếm">/);
  assert.match(body, /<a part="link next" href="\/tim-kiem\?q=tinh&amp;page=2" rel="next"/);
  const second = await page('/tim-kiem?q=tinh&page=2');
  assert.equal(second.response.status, 200);
  assert.match(second.body, /<title>Tìm kiếm: tinh – Trang 2 \| /);
  assert.equal((await page('/tim-kiem?q=tinh&page=99')).response.status, 404);
  assert.equal((await page('/tim-kiem?q=tinh&page=x')).response.status, 404);
});

test('GET /opensearch.xml describes the search page with PUBLIC_URL', async () => {
  const { response, body } = await page('/opensearch.xml');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^application\/opensearchdescription\+xml/);
  assert.match(body, /<ShortName>Đảng ủy Khối<\/ShortName>/);
  assert.ok(body.includes(`<Url type="text/html" method="get" template="${server.config.publicUrl}/tim-kiem?q={searchTerms}"/>`));
  assert.match(body, /<Language>vi<\/Language>/);
  assert.match(body, /<Description>Tìm tin bài/);

  // English readers' browsers get the English search page.
  const english = await page('/en/opensearch.xml');
  assert.equal(english.response.status, 200);
  assert.match(english.response.headers.get('content-type') ?? '', /^application\/opensearchdescription\+xml/);
  assert.match(english.body, /<Language>en<\/Language>/);
  assert.match(english.body, /<Description>Search the news of /);
  assert.ok(english.body.includes(`<Url type="text/html" method="get" template="${server.config.publicUrl}/en/search?q={searchTerms}"/>`));
  assert.ok(english.body.includes(`rel="self" template="${server.config.publicUrl}/en/opensearch.xml"/>`));
});

// Last: it breaks this server's index.
test('when the search itself fails: 500 with the box and a plain message, the cause only in the log', async () => {
  const db = new Database(join(server.config.dataDir, SQLITE_FILE));
  db.exec('DROP TABLE articles_search');
  db.close();
  const { response, body } = await page('/tim-kiem?q=cai+cach');
  assert.equal(response.status, 500);
  assert.match(main(body), /<p class="empty search-error">Không tìm kiếm được lúc này. Vui lòng thử lại sau.<\/p>/);
  assert.match(searchForm(body), /value="cai cach"/);
  assert.doesNotMatch(body, /articles_search|no such table|SQLITE/i);
});
