// The newsroom's article API on the real server, on SQLite and on PostgreSQL: who may do what, the Origin check,
// validation that changes nothing, drafts, publishing, scheduling against the server's clock, the version check,
// old addresses, sanitizing, deletion and restoring, and the audit trail of all of it.
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { storeBackends, describeStore } from './pg-support.js';
import { startNewsroomServer, type NewsroomServer, type Who, assertForgedWritesRefused } from './newsroom-support.js';

const HOUR = 60 * 60 * 1000;

for (const backend of await storeBackends()) {
  describeStore(backend, 'newsroom articles API', ({ test, before, after }) => {
    let server: NewsroomServer;
    before(async () => (server = await startNewsroomServer(backend)));
    after(() => server.close());

    const create = (body: Record<string, unknown>, who: Who = 'editor') => server.call(who, 'POST', '/api/v1/articles', body);
    const patch = (id: number, body: Record<string, unknown>, who: Who = 'editor') =>
      server.call(who, 'PATCH', `/api/v1/articles/${id}`, body);
    const publicArticle = (slug: string) => server.call('anonymous', 'GET', `/api/v1/articles/${slug}`);
    const homeHtml = async () => (await fetch(server.url('/'))).text();
    const rss = async () => (await fetch(server.url('/feeds/articles.rss'))).text();
    /** Everything the store holds about articles and the audit log, to show that a refused request changed nothing. */
    const snapshot = async () => ({
      articles: await server.store.listStaffArticles({ offset: 0, limit: 1000, now: server.clock.now() }),
      deleted: await server.store.listStaffArticles({ offset: 0, limit: 1000, state: 'deleted', now: server.clock.now() }),
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });

    test('a new article is a draft with a slug made from its Vietnamese title; readers do not see it', async () => {
      const { status, body, headers } = await create({
        title: '  Đảng bộ tỉnh tổng kết công tác năm 2026 ',
        category: 'xay-dung-dang',
        body: '<p>Nội dung</p>',
      });
      assert.equal(status, 201, JSON.stringify(body));
      assert.equal(body.slug, 'dang-bo-tinh-tong-ket-cong-tac-nam-2026');
      assert.equal(body.title, 'Đảng bộ tỉnh tổng kết công tác năm 2026');
      assert.equal(body.status, 'draft');
      assert.equal(body.state, 'draft');
      assert.equal(body.publishedAt, null);
      assert.equal(body.version, 1);
      assert.equal(body.author, 'Nguyễn Văn Biên', 'the author line defaults to the signed-in name');
      assert.equal(headers.get('location'), `/api/v1/newsroom/articles/${body.id}`);
      assert.equal(headers.get('cache-control'), 'no-store');

      assert.equal((await publicArticle(body.slug)).status, 404);
      assert.equal((await fetch(server.url(`/bai-viet/${body.slug}`))).status, 404);
      assert.ok(!(await homeHtml()).includes('tổng kết công tác năm 2026'));

      const again = await create({ title: 'Đảng bộ tỉnh tổng kết công tác năm 2026', category: 'xay-dung-dang' });
      assert.equal(again.body.slug, 'dang-bo-tinh-tong-ket-cong-tac-nam-2026-2', 'a second article with the same title gets a free slug');
    });

    test('publishing a draft puts it on the API, the home page, its category page, its page and the RSS feed', async () => {
      const draft = (
        await create({ title: 'Hội nghị chuyển đổi số toàn tỉnh', category: 'chuyen-doi-so', summary: 'Tóm tắt', body: '<p>Bài</p>' })
      ).body;
      const { status, body } = await patch(draft.id, { version: draft.version, status: 'published' });
      assert.equal(status, 200, JSON.stringify(body));
      assert.equal(body.state, 'published');
      assert.equal(body.publishedAt, server.clock.now().toISOString(), 'published now, by the server clock');
      assert.equal(body.version, 2);

      assert.equal((await publicArticle(draft.slug)).body.title, 'Hội nghị chuyển đổi số toàn tỉnh');
      assert.ok((await homeHtml()).includes('Hội nghị chuyển đổi số toàn tỉnh'));
      assert.ok((await (await fetch(server.url('/chuyen-muc/chuyen-doi-so'))).text()).includes('Hội nghị chuyển đổi số toàn tỉnh'));
      assert.equal((await fetch(server.url(`/bai-viet/${draft.slug}`))).status, 200);
      assert.ok((await rss()).includes(`<title>Hội nghị chuyển đổi số toàn tỉnh</title>`));
    });

    test('a scheduled article appears by itself at its time (Asia/Ho_Chi_Minh offset), on the site and in the feed', async () => {
      // 7:00 tomorrow in Hà Nội.
      const at = new Date(server.clock.time + 24 * HOUR);
      const local = new Date(at.getTime() + 7 * HOUR).toISOString().replace('Z', '+07:00');
      const { body } = await create({
        title: 'Thông báo lịch tiếp công dân tháng 12',
        category: 'tin-hoat-dong',
        status: 'published',
        publishAt: local,
      });
      assert.equal(body.state, 'scheduled');
      assert.equal(body.publishedAt, at.toISOString());
      assert.equal((await publicArticle(body.slug)).status, 404);
      assert.ok(!(await rss()).includes('lịch tiếp công dân'));
      assert.equal((await server.call('editor', 'GET', '/api/v1/newsroom/articles?state=scheduled')).body.items[0].id, body.id);

      server.advance(24 * HOUR - 1000);
      assert.equal((await publicArticle(body.slug)).status, 404, 'a second before its time it is still hidden');
      server.advance(1000);
      assert.equal((await publicArticle(body.slug)).status, 200);
      assert.ok((await homeHtml()).includes('Thông báo lịch tiếp công dân tháng 12'));
      assert.ok((await rss()).includes('Thông báo lịch tiếp công dân tháng 12'));
      assert.equal((await server.call('editor', 'GET', `/api/v1/newsroom/articles/${body.id}`)).body.state, 'published');
    });

    test('the second of two editors saving the same version is refused with 409 and loses nothing silently', async () => {
      const draft = (await create({ title: 'Bài viết hai người cùng sửa', category: 'tin-hoat-dong' })).body;
      const first = await patch(draft.id, { version: 1, summary: 'Bản của người thứ nhất' }, 'editor');
      assert.equal(first.status, 200);
      const second = await patch(draft.id, { version: 1, summary: 'Bản của người thứ hai' }, 'editor2');
      assert.equal(second.status, 409);
      assert.equal(second.body.error.code, 'version_conflict');
      assert.match(second.body.error.message, /by bientap .*version 2.* after you opened version 1/);
      assert.equal(second.body.error.current.summary, 'Bản của người thứ nhất');
      assert.equal(second.body.error.savedBy, 'bientap');
      const stored = await server.store.getStaffArticle(draft.id);
      assert.equal(stored?.summary, 'Bản của người thứ nhất');
      assert.equal(stored?.version, 2);
      // With the current version, the second editor's save goes through.
      assert.equal((await patch(draft.id, { version: 2, summary: 'Bản của người thứ hai' }, 'editor2')).status, 200);
    });

    test('a changed slug redirects its old address with 301; another article cannot take the old one', async () => {
      const article = (await create({ title: 'Tiêu đề cũ', category: 'tin-hoat-dong', status: 'published' })).body;
      const renamed = await patch(article.id, { version: 1, slug: 'tieu-de-moi' });
      assert.equal(renamed.body.slug, 'tieu-de-moi');
      const old = await fetch(server.url('/bai-viet/tieu-de-cu'), { redirect: 'manual' });
      assert.equal(old.status, 301);
      assert.equal(old.headers.get('location'), '/bai-viet/tieu-de-moi');
      // The English address too, to the new English address.
      const oldEnglish = await fetch(server.url('/en/bai-viet/tieu-de-cu'), { redirect: 'manual' });
      assert.equal(oldEnglish.status, 301);
      assert.equal(oldEnglish.headers.get('location'), '/en/bai-viet/tieu-de-moi');
      const taken = await create({ title: 'Khác', slug: 'tieu-de-cu', category: 'tin-hoat-dong' });
      assert.equal(taken.status, 409);
      assert.equal(taken.body.error.code, 'slug_taken');
      const clash = await create({ title: 'Khác', slug: 'tieu-de-moi', category: 'tin-hoat-dong' });
      assert.equal(clash.status, 409);
      // Going back to the old slug is allowed, and the newer one then redirects.
      assert.equal((await patch(article.id, { version: 2, slug: 'tieu-de-cu' })).body.slug, 'tieu-de-cu');
      assert.equal(
        (await fetch(server.url('/bai-viet/tieu-de-moi'), { redirect: 'manual' })).headers.get('location'),
        '/bai-viet/tieu-de-cu',
      );
    });

    test('the body is sanitized on save with the pages’ allow-list, and what is saved is what readers get', async () => {
      const dirty =
        '<h1>Tiêu đề trong thân</h1><p style="color:red" onclick="x()">Đoạn <b>đậm</b> <strong>mạnh</strong><script>alert(1)</script></p>' +
        '<p><a href="javascript:alert(1)">xấu</a> <a href="https://tinhuy.example.vn/">tốt</a></p>' +
        '<table><thead><tr><th scope="col">Đơn vị</th></tr></thead><tbody><tr><td colspan="2" style="width:120px">Sở</td></tr></tbody></table>' +
        '<img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe>';
      const { body } = await create({ title: 'Bài có bảng', category: 'tin-hoat-dong', body: dirty, status: 'published' });
      assert.doesNotMatch(body.body, /script|onclick|onerror|javascript:|iframe|style=/);
      assert.match(
        body.body,
        /<table><thead><tr><th scope="col">Đơn vị<\/th><\/tr><\/thead><tbody><tr><td colspan="2">Sở<\/td><\/tr><\/tbody><\/table>/,
      );
      assert.match(body.body, /<a href="https:\/\/tinhuy.example.vn\/">tốt<\/a>/);
      const pictured = await create({
        title: 'Bài có ảnh nhiều cỡ',
        category: 'tin-hoat-dong',
        body: '<figure><img src="https://tinhuy.example.vn/a-640.jpg" srcset="https://tinhuy.example.vn/a-320.jpg 320w, javascript:alert(1) 640w" sizes="100vw" alt="Ảnh" width="640" height="480"><figcaption>Chú thích</figcaption></figure>',
      });
      assert.equal(
        pictured.body.body,
        '<figure><img src="https://tinhuy.example.vn/a-640.jpg" srcset="https://tinhuy.example.vn/a-320.jpg 320w" sizes="100vw" alt="Ảnh" width="640" height="480" /><figcaption>Chú thích</figcaption></figure>',
      );
      const mail = await create({
        title: 'Bài có thư',
        category: 'tin-hoat-dong',
        body: '<p><a href="mailto:banbientap@tinhuy.example.vn">Thư</a><img src="mailto:x"></p>',
      });
      assert.equal(mail.body.body, '<p><a href="mailto:banbientap@tinhuy.example.vn">Thư</a></p>');
      assert.equal((await publicArticle(body.slug)).body.body, body.body);
      assert.ok((await (await fetch(server.url(`/bai-viet/${body.slug}`))).text()).includes(body.body));
    });

    test('a picture uploaded into the body keeps its <picture> (WebP widths, JPEG widths, sizes, size) through saving, the API and the page', async () => {
      const png = await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#2266aa' } })
        .png()
        .toBuffer();
      const upload = await server.call('editor', 'POST', '/api/v1/media', png, { 'content-type': 'image/png' });
      assert.equal(upload.status, 201, JSON.stringify(upload.body));
      const { url, srcset, sizes, width, height } = upload.body as {
        url: string;
        srcset: { webp: string; jpeg: string };
        sizes: string;
        width: number;
        height: number;
      };
      assert.match(srcset.webp, /-320\.webp 320w, .*-640\.webp 640w, .*-960\.webp 960w, .*-1000\.webp 1000w$/);
      // What the newsroom's editor writes for an uploaded picture (src/client/rich-text/figure.ts).
      const figure =
        `<figure><picture><source type="image/webp" srcset="${srcset.webp}" sizes="${sizes}" />` +
        `<img src="${url}" alt="Hội trường" srcset="${srcset.jpeg}" sizes="${sizes}" width="${width}" height="${height}" />` +
        '</picture><figcaption>Toàn cảnh</figcaption></figure>';
      const created = await create({
        title: 'Bài có ảnh tải lên',
        category: 'tin-hoat-dong',
        status: 'published',
        body: figure.replaceAll(' />', '>'),
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.body, figure);
      assert.equal((await publicArticle(created.body.slug)).body.body, figure);
      assert.ok((await (await fetch(server.url(`/bai-viet/${created.body.slug}`))).text()).includes(figure), 'the page shows it as saved');

      // A source is only a WebP or JPEG alternative by width: other types, media queries, scripts and bad addresses go.
      const dirty = await create({
        title: 'Bài có nguồn ảnh lạ',
        category: 'tin-hoat-dong',
        body:
          '<figure><picture><source type="image/svg+xml" srcset="/x.svg"><source srcset="/khong-kieu.webp 1w">' +
          '<source type="image/webp" srcset="javascript:alert(1) 1w"><source src="/v.mp4" type="image/webp">' +
          `<source type="image/webp" srcset="${srcset.webp}" media="(min-width: 1px)" onerror="alert(1)" sizes="${sizes}">` +
          `<img src="${url}" alt="Ảnh"></picture><figcaption>Chú thích</figcaption></figure>`,
      });
      assert.equal(dirty.status, 201, JSON.stringify(dirty.body));
      assert.equal(
        dirty.body.body,
        `<figure><picture><source type="image/webp" srcset="${srcset.webp}" sizes="${sizes}" /><img src="${url}" alt="Ảnh" /></picture>` +
          '<figcaption>Chú thích</figcaption></figure>',
      );
    });

    test('unpublish, delete and restore: readers lose it at once; only an admin restores it, in the state it had', async () => {
      const article = (await create({ title: 'Bài sẽ bị xoá', category: 'tin-hoat-dong', status: 'published' })).body;
      assert.equal((await publicArticle(article.slug)).status, 200);
      const unpublished = await patch(article.id, { version: 1, status: 'draft' });
      assert.equal(unpublished.body.state, 'draft');
      assert.equal((await publicArticle(article.slug)).status, 404);
      const republished = await patch(article.id, { version: 2, status: 'published' });
      assert.equal(republished.body.state, 'published');

      const deleted = await server.call('editor', 'DELETE', `/api/v1/articles/${article.id}`);
      assert.equal(deleted.status, 200);
      assert.equal(deleted.body.state, 'deleted');
      assert.equal((await publicArticle(article.slug)).status, 404);
      assert.equal((await fetch(server.url(`/bai-viet/${article.slug}`))).status, 404);
      const list = await server.call('editor', 'GET', '/api/v1/newsroom/articles?q=se+bi+xoa');
      assert.equal(list.body.total, 0, 'deleted articles are not in the default list');
      const bin = await server.call('editor', 'GET', '/api/v1/newsroom/articles?state=deleted&q=se+bi+xoa');
      assert.equal(bin.body.items[0].id, article.id);
      assert.equal(
        (await patch(article.id, { version: deleted.body.version, title: 'Sửa bài đã xoá' })).body.error.code,
        'article_deleted',
      );

      const byEditor = await server.call('editor', 'POST', `/api/v1/articles/${article.id}/restore`);
      assert.equal(byEditor.status, 403);
      assert.equal(byEditor.body.error.code, 'forbidden');
      const restored = await server.call('admin', 'POST', `/api/v1/articles/${article.id}/restore`);
      assert.equal(restored.status, 200);
      assert.equal(restored.body.state, 'published');
      assert.equal((await publicArticle(article.slug)).status, 200);
    });

    test('the list searches titles without diacritics, filters by category and state, and pages', async () => {
      await create({ title: 'Chuyển đổi số trong cơ quan Đảng', category: 'chuyen-doi-so' });
      await create({ title: 'Đổi mới phương thức lãnh đạo', category: 'xay-dung-dang' });
      const folded = await server.call('editor', 'GET', '/api/v1/newsroom/articles?q=chuyen%20doi%20so%20co%20quan');
      assert.deepEqual(
        folded.body.items.map((item: { title: string }) => item.title),
        ['Chuyển đổi số trong cơ quan Đảng'],
      );
      const withD = await server.call('editor', 'GET', '/api/v1/newsroom/articles?q=doi+moi');
      assert.deepEqual(
        withD.body.items.map((item: { title: string }) => item.title),
        ['Đổi mới phương thức lãnh đạo'],
        '"d" finds "Đ"',
      );
      const literal = await server.call('editor', 'GET', '/api/v1/newsroom/articles?q=%25');
      assert.equal(literal.body.total, 0, '% is a character, not a wildcard');
      const inCategory = await server.call('editor', 'GET', '/api/v1/newsroom/articles?category=xay-dung-dang&state=draft');
      assert.ok(inCategory.body.items.length >= 2);
      assert.ok(
        inCategory.body.items.every(
          (item: { category: { slug: string }; state: string }) => item.category.slug === 'xay-dung-dang' && item.state === 'draft',
        ),
      );
      const paged = await server.call('editor', 'GET', '/api/v1/newsroom/articles?pageSize=2&page=2');
      assert.equal(paged.body.items.length, 2);
      assert.equal(paged.body.totalPages, Math.ceil(paged.body.total / 2));
      const updated = paged.body.items.map((item: { updatedAt: string }) => item.updatedAt);
      assert.ok(updated[0] >= updated[1], 'most recently changed first');
    });

    test('who may do what: 401 without a session, 403 for a role that may not', async () => {
      const article = (await create({ title: 'Bài để thử quyền', category: 'tin-hoat-dong' })).body;
      const routes: [string, string, unknown?][] = [
        ['GET', '/api/v1/newsroom/articles'],
        ['GET', `/api/v1/newsroom/articles/${article.id}`],
        ['POST', '/api/v1/articles', { title: 'x', category: 'tin-hoat-dong' }],
        ['PATCH', `/api/v1/articles/${article.id}`, { version: 1, title: 'y' }],
        ['DELETE', `/api/v1/articles/${article.id}`],
        ['POST', `/api/v1/articles/${article.id}/restore`],
        ['GET', '/api/v1/audit'],
      ];
      const before = await snapshot();
      for (const [method, path, body] of routes) {
        const answer = await server.call('anonymous', method, path, body);
        assert.equal(answer.status, 401, `${method} ${path}`);
        assert.equal(answer.body.error.code, 'unauthenticated');
      }
      assert.deepEqual(await snapshot(), before);
      assert.equal((await server.call('editor', 'GET', '/api/v1/audit')).status, 403);
      assert.equal((await server.call('admin', 'GET', '/api/v1/audit')).status, 200);
      assert.equal((await server.call('admin', 'GET', `/api/v1/newsroom/articles/${article.id}`)).status, 200);
      assert.equal(
        (await server.call('admin', 'PATCH', `/api/v1/articles/${article.id}`, { version: 1, title: 'Quản trị sửa' })).status,
        200,
      );
    });

    test('a write from another site is refused with 403 and changes nothing', async () => {
      const article = (await create({ title: 'Bài bị giả mạo', category: 'tin-hoat-dong' })).body;
      const before = await snapshot();
      const forged: [string, string, unknown?][] = [
        ['POST', '/api/v1/articles', { title: 'Giả', category: 'tin-hoat-dong' }],
        ['PATCH', `/api/v1/articles/${article.id}`, { version: 1, status: 'published' }],
        ['DELETE', `/api/v1/articles/${article.id}`],
        ['POST', `/api/v1/articles/${article.id}/restore`],
      ];
      await assertForgedWritesRefused(server, forged);
      assert.deepEqual(await snapshot(), before);
    });

    test('bad input gets a clear 400 and changes nothing', async () => {
      const article = (await create({ title: 'Bài để thử dữ liệu sai', category: 'tin-hoat-dong' })).body;
      const before = await snapshot();
      const bad: [string, string, unknown, RegExp][] = [
        ['POST', '/api/v1/articles', { category: 'tin-hoat-dong' }, /must have required property 'title'/],
        ['POST', '/api/v1/articles', { title: 12345, category: 'tin-hoat-dong' }, /title must be string/],
        ['POST', '/api/v1/articles', { title: '   ', category: 'tin-hoat-dong' }, /title must not be empty/],
        ['POST', '/api/v1/articles', { title: 'x', category: 'khong-co' }, /no category "khong-co"/],
        ['POST', '/api/v1/articles', { title: 'x', category: 'tin-hoat-dong', owner: 'me' }, /must NOT have additional properties/],
        ['POST', '/api/v1/articles', { title: 'x', category: 'tin-hoat-dong', slug: 'Có Dấu' }, /slug must match pattern/],
        ['POST', '/api/v1/articles', { title: 'x', category: 'tin-hoat-dong', status: 'live' }, /status/],
        [
          'POST',
          '/api/v1/articles',
          { title: 'x', category: 'tin-hoat-dong', publishAt: '5/12/2026 7:00' },
          /publishAt must match format "date-time"/,
        ],
        ['POST', '/api/v1/articles', { title: '!!!', category: 'tin-hoat-dong' }, /no letter or digit/],
        ['POST', '/api/v1/articles', '{"title": "x",', /JSON/i],
        ['PATCH', `/api/v1/articles/${article.id}`, { title: 'no version' }, /must have required property 'version'/],
        ['PATCH', `/api/v1/articles/${article.id}`, { version: 1 }, /Nothing to change/],
        ['PATCH', `/api/v1/articles/${article.id}`, { version: '1', title: 'x' }, /version must be integer/],
        ['PATCH', '/api/v1/articles/abc', { version: 1, title: 'x' }, /id must be integer/],
        ['GET', '/api/v1/newsroom/articles?state=live', undefined, /state/],
        ['GET', '/api/v1/newsroom/articles?pageSize=1000', undefined, /pageSize must be <= 100/],
      ];
      for (const [method, path, body, message] of bad) {
        const answer = await server.call('editor', method, path, body);
        assert.equal(answer.status, 400, `${method} ${path} ${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
        assert.match(answer.body.error.message, message);
        assert.ok(['validation_failed', 'bad_request'].includes(answer.body.error.code), answer.body.error.code);
      }
      assert.equal((await server.call('editor', 'PATCH', '/api/v1/articles/999999', { version: 1, title: 'x' })).status, 404);
      assert.deepEqual(await snapshot(), before);
    });

    test('a long body (hundreds of KB, beyond the API’s usual 64 KB) is accepted; one over the cap is refused', async () => {
      const paragraph = `<p>${'Nội dung báo cáo tổng kết. '.repeat(40)}</p>`;
      const long = paragraph.repeat(Math.floor(600_000 / paragraph.length));
      const { status, body } = await create({ title: 'Báo cáo dài', category: 'tin-hoat-dong', body: long });
      assert.equal(status, 201);
      assert.equal(body.body, long);
      const tooLong = await create({ title: 'Quá dài', category: 'tin-hoat-dong', body: 'x'.repeat(1_000_001) });
      assert.equal(tooLong.status, 400);
      assert.match(tooLong.body.error.message, /body must NOT have more than 1000000 characters/);
    });

    test('every change is in the audit log with who, what, when and the fields changed; admins filter it', async () => {
      const article = (await create({ title: 'Bài để kiểm tra nhật ký', category: 'tin-hoat-dong' })).body;
      await patch(article.id, { version: 1, title: 'Bài để kiểm tra nhật ký (sửa)', body: '<p>Mới</p>' }, 'editor2');
      server.advance(60_000);
      await patch(article.id, { version: 2, status: 'published' }, 'editor2');
      await server.call('editor', 'DELETE', `/api/v1/articles/${article.id}`);
      await server.call('admin', 'POST', `/api/v1/articles/${article.id}/restore`);

      const log = await server.call('admin', 'GET', `/api/v1/audit?targetType=article&targetId=${article.id}`);
      assert.equal(log.status, 200);
      const entries = [...log.body.items].reverse();
      assert.deepEqual(
        entries.map((entry: { action: string; actor: { username: string } }) => `${entry.actor.username} ${entry.action}`),
        [
          'bientap article.create',
          'bientap2 article.update',
          'bientap2 article.publish',
          'bientap article.delete',
          'quantri article.restore',
        ],
      );
      assert.deepEqual(entries[1].changes.title, { before: 'Bài để kiểm tra nhật ký', after: 'Bài để kiểm tra nhật ký (sửa)' });
      assert.deepEqual(entries[1].changes.body, { before: '0 characters', after: '10 characters' });
      assert.deepEqual(Object.keys(entries[2].changes).sort(), ['publishedAt', 'status']);
      assert.equal(entries[0].at, new Date(server.clock.time - 60_000).toISOString());
      assert.equal(entries[2].changes.publishedAt.after, server.clock.now().toISOString());

      const byActor = await server.call('admin', 'GET', '/api/v1/audit?actor=quantri&action=article');
      assert.ok(byActor.body.items.length >= 1);
      assert.ok(
        byActor.body.items.every(
          (entry: { actor: { username: string }; action: string }) =>
            entry.actor.username === 'quantri' && entry.action.startsWith('article.'),
        ),
      );
      const publishes = await server.call('admin', 'GET', '/api/v1/audit?action=article.publish');
      assert.ok(publishes.body.items.every((entry: { action: string }) => entry.action === 'article.publish'));
      const future = await server.call(
        'admin',
        'GET',
        `/api/v1/audit?from=${encodeURIComponent(new Date(server.clock.time + HOUR).toISOString())}`,
      );
      assert.equal(future.body.total, 0);
      assert.equal((await server.call('admin', 'GET', '/api/v1/audit?targetType=article')).status, 400);
    });
  });
}
