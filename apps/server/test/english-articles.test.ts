// An article's English version on the real server, on SQLite and on PostgreSQL: the English address of an article
// shows its English version, and answers the English 404 page with a link to the Vietnamese page when it has none
// (no view counted); hreflang alternates, Open Graph locales, the switch; the English lists, the articles API with
// lang=en, the English feeds and the sidebar list only the articles with an English version; the sitemap; search;
// the newsroom's preview; removing a version; renamed slugs.
import assert from 'node:assert/strict';
import { FIREFOX } from './helpers.js';
import { storeBackends, describeStore } from './pg-support.js';
import { startNewsroomServer, type NewsroomServer } from './newsroom-support.js';

const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const HOUR = 60 * 60 * 1000;
/** The articles made for these tests, newest first: `bai-0` ... `bai-14`; those at these positions have no English version. */
const COUNT = 15;
const VIETNAMESE_ONLY = new Set([1, 6, 11]);
const TRANSLATED = [...Array(COUNT).keys()].filter((i) => !VIETNAMESE_ONLY.has(i));
const category = (i: number) => (i % 2 === 0 ? 'tin-hoat-dong' : 'chuyen-doi-so');
const english = (i: number) => ({
  title: `Meeting ${i} on administrative reform`,
  summary: `English summary ${i}.`,
  body: `<p>English text ${i}.</p>`,
});

/** The `<link rel="alternate" hreflang>` tags of a page: [hreflang, href]. */
const hreflangs = (body: string) =>
  [...body.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
const htmlLang = (body: string) => /^<!doctype html>\n<html lang="([^"]+)">/.exec(body)?.[1];
const switchHref = (body: string) => /<a class="language" href="([^"]+)"/.exec(body)?.[1];
/** The article slugs an article list (a list page's cards) links to, in order. */
const listed = (body: string) => [...body.matchAll(/<a part=link href="[^"]*\/bai-viet\/([^"]+)">/g)].map((m) => m[1]);
const slugs = (indexes: number[]) => indexes.map((i) => `bai-${i}`);

for (const backend of await storeBackends()) {
  describeStore(backend, 'an article’s English version on the pages, lists, feeds and sitemap', ({ test, before, after }) => {
    let server: NewsroomServer;
    let ids: number[];
    before(async () => {
      server = await startNewsroomServer(backend);
      ids = [];
      // Oldest first, an hour apart, so that the ids and the list order agree.
      for (let i = COUNT - 1; i >= 0; i--) {
        const { status, body } = await server.call('editor', 'POST', '/api/v1/articles', {
          title: `Hội nghị ${i} về cải cách hành chính`,
          slug: `bai-${i}`,
          category: category(i),
          summary: `Tóm tắt ${i}.`,
          body: `<p>Nội dung ${i}.</p>`,
          status: 'published',
          publishAt: new Date(server.clock.time - (i + 1) * HOUR).toISOString(),
          ...(!VIETNAMESE_ONLY.has(i) && { english: english(i) }),
        });
        assert.equal(status, 201, JSON.stringify(body));
        ids[i] = body.id;
      }
    });
    after(() => server.close());

    const get = async (path: string, userAgent = GOOGLEBOT) => {
      const response = await fetch(server.url(path), { headers: { 'user-agent': userAgent }, redirect: 'manual' });
      return { response, body: await response.text() };
    };
    const url = (path: string) => server.origin + path;

    test('an article with an English version: its English address answers 200 in English, and every alternate 200', async () => {
      const { response, body } = await get('/en/bai-viet/bai-0');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-cache');
      assert.equal(htmlLang(body), 'en');
      assert.ok(body.includes('<title>Meeting 0 on administrative reform | '), 'the English title');
      assert.ok(body.includes('<h1>Meeting 0 on administrative reform</h1>'));
      assert.ok(body.includes('<p class="article-summary">English summary 0.</p>'));
      assert.ok(body.includes('<div class="article-body">\n<p>English text 0.</p>\n</div>'));
      assert.ok(body.includes('<meta property="og:title" content="Meeting 0 on administrative reform">'));
      assert.ok(body.includes('<meta name="description" content="English summary 0.">'));
      assert.ok(!body.includes('Hội nghị 0') && !body.includes('Nội dung 0'), 'no Vietnamese text of the article');
      assert.ok(!body.includes('Vietnamese only') && !body.includes('article-language'));
      // What the version does not translate keeps its language.
      assert.ok(body.includes('<p class="article-category"><a href="/en/chuyen-muc/tin-hoat-dong" lang="vi">Tin hoạt động</a></p>'));
      assert.ok(body.includes('<p class="article-author" lang="vi">Nguyễn Văn Biên</p>'));

      assert.ok(body.includes(`<link rel="canonical" href="${url('/en/bai-viet/bai-0')}">`));
      const alternates = [
        ['vi', url('/bai-viet/bai-0')],
        ['en', url('/en/bai-viet/bai-0')],
        ['x-default', url('/bai-viet/bai-0')],
      ];
      assert.deepEqual(hreflangs(body), alternates);
      assert.ok(body.includes('<meta property="og:locale" content="en_US">\n<meta property="og:locale:alternate" content="vi_VN">'));
      assert.equal(switchHref(body), '/bai-viet/bai-0');
      for (const [hreflang, href] of alternates) {
        const answer = await get(href.slice(server.origin.length));
        assert.equal(answer.response.status, 200, href);
        assert.equal(htmlLang(answer.body), hreflang === 'en' ? 'en' : 'vi', href);
        assert.deepEqual(hreflangs(answer.body), alternates, href);
      }
      const vietnamese = await get('/bai-viet/bai-0');
      assert.ok(vietnamese.body.includes('<h1>Hội nghị 0 về cải cách hành chính</h1>'), 'the Vietnamese page is the article itself');
      assert.ok(vietnamese.body.includes('<meta property="og:locale:alternate" content="en_US">'));
      assert.equal(switchHref(vietnamese.body), '/en/bai-viet/bai-0');
    });

    test('the English article page’s "Latest news": only articles with an English version, in English', async () => {
      const { body } = await get('/en/bai-viet/bai-0');
      const latest = body.slice(body.indexOf('<ul class="latest-list">'), body.indexOf('</ul>', body.indexOf('<ul class="latest-list">')));
      assert.deepEqual(
        [...latest.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]),
        TRANSLATED.slice(1, 6).map((i) => [`/en/bai-viet/bai-${i}`, english(i).title]),
      );
    });

    test('an article without one: its English address answers the English 404 page, linking the Vietnamese page; no view counted', async () => {
      const views = async () => (await server.store.getStaffArticle(ids[1]))?.views;
      const before = await views();
      const { response, body } = await get('/en/bai-viet/bai-1', FIREFOX);
      assert.equal(response.status, 404);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(response.headers.get('cache-control'), null, 'as every 404 page');
      assert.equal(htmlLang(body), 'en');
      assert.ok(body.includes('<h1>Page not found</h1>'));
      assert.ok(
        body.includes(
          '<p>This article is published in Vietnamese only. <a href="/bai-viet/bai-1" hreflang="vi">Read it on its Vietnamese page</a>.</p>',
        ),
      );
      assert.equal(switchHref(body), '/bai-viet/bai-1');
      assert.ok(!body.includes('Hội nghị 1') && !body.includes('rel="canonical"'));
      assert.deepEqual(hreflangs(body), []);
      assert.equal(await views(), before, 'the 404 counts no view');
      assert.equal((await get('/en/bai-viet/bai-1', FIREFOX)).response.status, 404);
      assert.equal(await views(), before);
      // The same reader on the Vietnamese page is counted: the check above can fail.
      assert.equal((await get('/bai-viet/bai-1', FIREFOX)).response.status, 200);
      assert.equal(await views(), (before ?? 0) + 1);

      // An address of no article at all is the plain 404 page.
      const none = await get('/en/bai-viet/khong-co');
      assert.equal(none.response.status, 404);
      assert.ok(!none.body.includes('Vietnamese only'));
    });

    test('the Vietnamese page of an article without one has no English alternate, and its switch goes to the English home', async () => {
      const { body } = await get('/bai-viet/bai-1');
      assert.deepEqual(hreflangs(body), [
        ['vi', url('/bai-viet/bai-1')],
        ['x-default', url('/bai-viet/bai-1')],
      ]);
      assert.ok(body.includes('<meta property="og:locale" content="vi_VN">'));
      assert.ok(!body.includes('og:locale:alternate'));
      assert.equal(switchHref(body), '/en/');
    });

    test('the English lists and their pages list only the articles with an English version, in English; the Vietnamese ones all', async () => {
      const home = await get('/en/');
      assert.deepEqual(listed(home.body), slugs(TRANSLATED.slice(0, 10)));
      assert.ok(home.body.includes('Meeting 0 on administrative reform') && home.body.includes('English summary 0.'));
      assert.ok(!home.body.includes('Hội nghị'), 'no Vietnamese title');
      assert.deepEqual(listed((await get('/en/?page=2')).body), slugs(TRANSLATED.slice(10)));
      assert.equal((await get('/en/?page=3')).response.status, 404);
      const inCategory = TRANSLATED.filter((i) => category(i) === 'chuyen-doi-so');
      assert.deepEqual(listed((await get('/en/chuyen-muc/chuyen-doi-so')).body), slugs(inCategory));

      assert.deepEqual(listed((await get('/')).body), slugs([...Array(10).keys()]));
      assert.deepEqual(listed((await get('/?page=2')).body), slugs([10, 11, 12, 13, 14]));
    });

    test('the articles API with lang=en: only the articles with an English version, with its title and summary, linking /en/', async () => {
      const en = (await server.call('anonymous', 'GET', '/api/v1/articles?lang=en&pageSize=50')).body;
      assert.equal(en.total, TRANSLATED.length);
      assert.deepEqual(
        en.items.map((item: { slug: string; title: string; summary: string; url: string }) => [
          item.slug,
          item.title,
          item.summary,
          item.url,
        ]),
        TRANSLATED.map((i) => [`bai-${i}`, english(i).title, english(i).summary, url(`/en/bai-viet/bai-${i}`)]),
      );
      const page = (await server.call('anonymous', 'GET', '/api/v1/articles?lang=en&category=chuyen-doi-so&pageSize=2&page=2')).body;
      assert.deepEqual([page.total, page.totalPages], [TRANSLATED.filter((i) => category(i) === 'chuyen-doi-so').length, 3]);
      const vi = (await server.call('anonymous', 'GET', '/api/v1/articles?pageSize=50')).body;
      assert.equal(vi.total, COUNT);
      assert.equal(vi.items[1].title, 'Hội nghị 1 về cải cách hành chính');
    });

    test('the English feeds list only the articles with an English version, in English; the Vietnamese feeds every article', async () => {
      const rss = (await get('/en/feeds/articles.rss')).body;
      assert.deepEqual(
        [...rss.matchAll(/<item>\n<title>([^<]+)<\/title>\n<link>([^<]+)<\/link>/g)].map((m) => [m[1], m[2]]),
        TRANSLATED.map((i) => [english(i).title, url(`/en/bai-viet/bai-${i}`)]),
      );
      assert.ok(rss.includes('<description>English summary 0.</description>'));
      const atom = (await get('/en/feeds/articles.atom')).body;
      assert.equal([...atom.matchAll(/<entry>/g)].length, TRANSLATED.length);
      assert.ok(!atom.includes('xml:lang="vi"'), 'the entries are in the feed’s language');
      assert.ok(atom.includes('<content type="html">&lt;p&gt;English text 0.&lt;/p&gt;</content>'));
      const json = JSON.parse((await get('/en/feeds/articles.json')).body) as {
        items: { url: string; title: string; language?: string; content_html: string }[];
      };
      assert.equal(json.items.length, TRANSLATED.length);
      assert.equal(json.items[0].title, english(0).title);
      assert.equal(json.items[0].content_html, '<p>English text 0.</p>');
      assert.ok(json.items.every((item) => item.language === undefined && item.url.startsWith(url('/en/bai-viet/'))));

      const vietnamese = (await get('/feeds/articles.rss')).body;
      assert.equal([...vietnamese.matchAll(/<item>/g)].length, COUNT);
      assert.ok(vietnamese.includes('<title>Hội nghị 1 về cải cách hành chính</title>'));
    });

    test('the sitemap: each article’s Vietnamese address, its English one only with an English version, alternates to match', async () => {
      const sitemap = (await get('/sitemap.xml')).body;
      const entry = (path: string) => new RegExp(`<url><loc>${url(path)}</loc><lastmod>[^<]+</lastmod>(.*?)</url>`).exec(sitemap)?.[1];
      const both = `<xhtml:link rel="alternate" hreflang="vi" href="${url('/bai-viet/bai-0')}"/><xhtml:link rel="alternate" hreflang="en" href="${url('/en/bai-viet/bai-0')}"/><xhtml:link rel="alternate" hreflang="x-default" href="${url('/bai-viet/bai-0')}"/>`;
      assert.equal(entry('/bai-viet/bai-0'), both);
      assert.equal(entry('/en/bai-viet/bai-0'), both);
      assert.equal(
        entry('/bai-viet/bai-1'),
        `<xhtml:link rel="alternate" hreflang="vi" href="${url('/bai-viet/bai-1')}"/><xhtml:link rel="alternate" hreflang="x-default" href="${url('/bai-viet/bai-1')}"/>`,
      );
      assert.equal(entry('/en/bai-viet/bai-1'), undefined);
      const articles = [...sitemap.matchAll(/<loc>[^<]*\/bai-viet\/[^<]+<\/loc>/g)].length;
      assert.equal(articles, COUNT + TRANSLATED.length);
    });

    test('English search: a hit links to the English page, or to the Vietnamese page (hreflang="vi") when there is none', async () => {
      const links = (body: string) =>
        [...body.matchAll(/<h2 class="article-card-title"><a href="([^"]+)"( hreflang="vi")?>/g)].map((m) => `${m[1]}${m[2] ?? ''}`);
      const en = await get('/en/search?q=cai+cach+hanh+chinh');
      assert.equal(en.response.status, 200);
      assert.deepEqual(
        links(en.body),
        [...Array(10).keys()].map((i) => (VIETNAMESE_ONLY.has(i) ? `/bai-viet/bai-${i} hreflang="vi"` : `/en/bai-viet/bai-${i}`)),
      );
      const vi = await get('/tim-kiem?q=cai+cach+hanh+chinh');
      assert.deepEqual(
        links(vi.body),
        [...Array(10).keys()].map((i) => `/bai-viet/bai-${i}`),
      );
    });

    test('the English preview shows the English version, or the 404 page with a link to the Vietnamese preview', async () => {
      const draft = (
        await server.call('editor', 'POST', '/api/v1/articles', {
          title: 'Bản nháp có bản tiếng Anh',
          category: 'tin-hoat-dong',
          english: { title: 'A draft in English', summary: 'Draft summary.', body: '<p>Draft text.</p>' },
        })
      ).body;
      const preview = await server.call('editor', 'GET', `/admin/xem-truoc/${draft.id}`);
      assert.equal(preview.status, 200);
      assert.equal(preview.headers.get('cache-control'), 'no-store');
      assert.match(preview.body, /<html lang="en">/);
      assert.ok(preview.body.includes('<h1>A draft in English</h1>') && preview.body.includes('<p>Draft text.</p>'));
      assert.equal((await get('/en/bai-viet/' + draft.slug)).response.status, 404, 'readers do not see the draft');

      const none = await server.call('editor', 'GET', `/admin/xem-truoc/${ids[1]}`);
      assert.equal(none.status, 404);
      assert.equal(none.headers.get('cache-control'), 'no-store');
      assert.ok(
        none.body.includes(
          `This article is published in Vietnamese only. <a href="/quan-tri/xem-truoc/${ids[1]}" hreflang="vi">Read it on its Vietnamese page</a>.`,
        ),
      );
      const vietnamese = await server.call('editor', 'GET', `/quan-tri/xem-truoc/${ids[1]}`);
      assert.equal(vietnamese.status, 200);
      assert.ok(vietnamese.body.includes('<h1>Hội nghị 1 về cải cách hành chính</h1>'));
    });

    test('removing the English version takes the article off the English site at once; setting it again brings it back', async () => {
      const version = (await server.store.getStaffArticle(ids[2]))!.version;
      const removed = await server.call('editor', 'PATCH', `/api/v1/articles/${ids[2]}`, { version, english: null });
      assert.equal(removed.status, 200);
      assert.equal((await get('/en/bai-viet/bai-2')).response.status, 404);
      assert.ok(!listed((await get('/en/')).body).includes('bai-2'));
      assert.equal((await server.call('anonymous', 'GET', '/api/v1/articles?lang=en')).body.total, TRANSLATED.length - 1);
      assert.ok(!(await get('/en/feeds/articles.rss')).body.includes('/en/bai-viet/bai-2<'));
      assert.ok(!(await get('/sitemap.xml')).body.includes('/en/bai-viet/bai-2<'));

      await server.call('editor', 'PATCH', `/api/v1/articles/${ids[2]}`, { version: version + 1, english: english(2) });
      assert.equal((await get('/en/bai-viet/bai-2')).response.status, 200);
      assert.deepEqual(listed((await get('/en/')).body), slugs(TRANSLATED.slice(0, 10)));
    });

    test('a renamed article’s old English address answers 301 to its new English address', async () => {
      for (const [slug, withEnglish] of [
        ['doi-ten', true],
        ['doi-ten-chi-tieng-viet', false],
      ] as const) {
        const created = (
          await server.call('editor', 'POST', '/api/v1/articles', {
            title: 'Bài sẽ đổi địa chỉ',
            slug,
            category: 'tin-hoat-dong',
            status: 'published',
            publishAt: new Date(server.clock.time - 100 * HOUR).toISOString(),
            ...(withEnglish && { english: english(99) }),
          })
        ).body;
        await server.call('editor', 'PATCH', `/api/v1/articles/${created.id}`, { version: 1, slug: `${slug}-moi` });
        const moved = await get(`/en/bai-viet/${slug}`);
        assert.equal(moved.response.status, 301, slug);
        assert.equal(moved.response.headers.get('location'), `/en/bai-viet/${slug}-moi`);
        const target = await get(`/en/bai-viet/${slug}-moi`);
        assert.equal(target.response.status, withEnglish ? 200 : 404, slug);
        if (!withEnglish) assert.ok(target.body.includes(`<a href="/bai-viet/${slug}-moi" hreflang="vi">`));
      }
    });
  });
}
