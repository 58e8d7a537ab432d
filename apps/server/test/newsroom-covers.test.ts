// An article's cover picture set in the newsroom, on the real server, on SQLite and on PostgreSQL: set with an
// uploaded image and its alt text, changed, cleared, each audited and under the version check; refused requests
// (unknown upload, missing or blank alt, no session, another site) change nothing; readers get every width as
// srcset on the cards (JSON and HTML), the category page and the article page, and Open Graph tags and feeds one
// JPEG of at least 1200 pixels with its real size; a demo picture (not uploaded) keeps working.
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { storeBackends, describeStore } from './pg-support.js';
import { startNewsroomServer, type NewsroomServer, type Who, assertForgedWritesRefused } from './newsroom-support.js';

/** A JPEG of `width` x `height` in one colour. */
const photo = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();

for (const backend of await storeBackends()) {
  describeStore(backend, 'newsroom article covers', ({ test, before, after }) => {
    let server: NewsroomServer;
    /** A 2400 x 1350 upload (renditions 320 to 1920 wide) and an 800 x 600 one (320, 640, 800). */
    let wide: number;
    let small: number;
    before(async () => {
      server = await startNewsroomServer(backend);
      const upload = async (picture: Buffer) => {
        const answer = await server.call('editor', 'POST', '/api/v1/media', picture, { 'content-type': 'image/jpeg' });
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
        return answer.body.id as number;
      };
      wide = await upload(await photo(2400, 1350, '#1f5f8b'));
      small = await upload(await photo(800, 600, '#8b1f1f'));
    });
    after(() => server.close());

    const create = (body: Record<string, unknown>, who: Who = 'editor') => server.call(who, 'POST', '/api/v1/articles', body);
    const patch = (id: number, body: Record<string, unknown>, who: Who = 'editor') =>
      server.call(who, 'PATCH', `/api/v1/articles/${id}`, body);
    const page = async (path: string) => {
      const response = await fetch(server.url(path));
      assert.equal(response.status, 200, path);
      return response.text();
    };
    const feed = (kind: 'rss' | 'atom' | 'json') => page(`/feeds/articles.${kind}`);
    const media = async (id: number) => (await server.call('editor', 'GET', `/api/v1/media/${id}`)).body;
    /** The audit entries of article `id`, oldest first. */
    const auditOf = async (id: number) =>
      (await server.store.listAudit({ offset: 0, limit: 100, target: { type: 'article', id: String(id) } })).items.reverse();
    /** Everything a refused request must leave as it was. */
    const snapshot = async () => ({
      articles: await server.store.listStaffArticles({ offset: 0, limit: 1000, now: server.clock.now() }),
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });
    const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    test('a cover set on a new article: the staff JSON names the upload, readers get every width and feeds one JPEG', async () => {
      const { status, body } = await create({
        title: 'Khánh thành cầu Bình Minh',
        category: 'tin-hoat-dong',
        summary: 'Cây cầu nối hai huyện.',
        status: 'published',
        image: { mediaId: wide, alt: '  Cây cầu mới bắc qua sông lúc hoàng hôn ' },
      });
      assert.equal(status, 201, JSON.stringify(body));
      const uploaded = await media(wide);
      const jpeg1280 = uploaded.files.find((file: { type: string; width: number }) => file.type === 'image/jpeg' && file.width === 1280);
      assert.ok(jpeg1280, 'the upload has a 1280-pixel JPEG');
      assert.deepEqual(
        uploaded.files.map((file: { width: number }) => file.width),
        [320, 320, 640, 640, 960, 960, 1280, 1280, 1920, 1920],
        'each width once, in WebP and JPEG (a picture wider than 1920 gets 1920 once)',
      );
      assert.deepEqual(body.image, {
        mediaId: wide,
        url: jpeg1280.url,
        alt: 'Cây cầu mới bắc qua sông lúc hoàng hôn',
        width: 1280,
        height: 720,
        srcset: uploaded.srcset,
        sizes: uploaded.sizes,
      });
      assert.match(body.image.srcset.webp, /-320\.webp 320w, .*-1920\.webp 1920w$/);
      assert.equal((await server.call('editor', 'GET', `/api/v1/newsroom/articles/${body.id}`)).body.image.mediaId, wide);

      // The public API: what the article list widget reads.
      const item = (await server.call('anonymous', 'GET', '/api/v1/articles?pageSize=1')).body.items[0];
      assert.equal(item.id, body.id);
      assert.deepEqual(item.image, {
        url: jpeg1280.url,
        alt: 'Cây cầu mới bắc qua sông lúc hoàng hôn',
        width: 1280,
        height: 720,
        srcset: uploaded.srcset,
        sizes: uploaded.sizes,
      });
      assert.deepEqual((await server.call('anonymous', 'GET', `/api/v1/articles/${body.slug}`)).body.image, item.image);

      // The pages: the home and category cards, and the article page, with <picture>, srcset, sizes, width and height.
      const hash = jpeg1280.url.match(/\/media\/u\/([0-9a-f]{16})-1280\.jpg$/)[1];
      const webp = [320, 640, 960, 1280, 1920].map((w) => `/media/u/${hash}-${w}.webp ${w}w`).join(', ');
      const jpeg = [320, 640, 960, 1280, 1920].map((w) => `/media/u/${hash}-${w}.jpg ${w}w`).join(', ');
      // The home and category lists are the article list rendered on the server: the cover with every width, from the API's item.
      for (const path of ['/', '/chuyen-muc/tin-hoat-dong']) {
        const list = await page(path);
        assert.ok(list.includes(`srcset="${item.image.srcset.jpeg}"`), `${path}: the cover's widths`);
        assert.ok(list.includes(`src="${item.image.url}"`), `${path}: the cover`);
      }
      const article = await page(`/bai-viet/${body.slug}`);
      assert.match(
        article,
        new RegExp(
          escapeRegExp(
            `<figure class="article-image"><picture><source type="image/webp" srcset="${webp}" sizes="(min-width: 60rem) 48rem, 100vw">` +
              `<img src="/media/u/${hash}-1280.jpg" srcset="${jpeg}" sizes="(min-width: 60rem) 48rem, 100vw" width="1280" height="720" ` +
              'alt="Cây cầu mới bắc qua sông lúc hoàng hôn" fetchpriority="high"></picture></figure>',
          ),
        ),
      );
      assert.ok(article.includes(`<meta property="og:image" content="${jpeg1280.url}">`));
      assert.ok(article.includes('<meta property="og:image:type" content="image/jpeg">'));
      assert.ok(article.includes('<meta property="og:image:width" content="1280">'));
      assert.ok(article.includes('<meta property="og:image:height" content="720">'));

      // The feeds: the same JPEG, with the size of the file actually served.
      const served = await fetch(jpeg1280.url);
      assert.equal(served.headers.get('content-type'), 'image/jpeg');
      const bytes = (await served.arrayBuffer()).byteLength;
      assert.equal(bytes, jpeg1280.bytes);
      assert.ok((await feed('rss')).includes(`<enclosure url="${jpeg1280.url}" length="${bytes}" type="image/jpeg"/>`));
      assert.ok((await feed('atom')).includes(`<link rel="enclosure" href="${jpeg1280.url}" length="${bytes}" type="image/jpeg"/>`));
      const jsonItem = JSON.parse(await feed('json')).items.find((entry: { title: string }) => entry.title === 'Khánh thành cầu Bình Minh');
      assert.equal(jsonItem.image, jpeg1280.url);
      assert.deepEqual(jsonItem.attachments, [{ url: jpeg1280.url, mime_type: 'image/jpeg', size_in_bytes: bytes }]);

      const [created] = await auditOf(body.id);
      assert.equal(created.action, 'article.create');
      assert.deepEqual(created.changes.image, {
        before: null,
        after: { mediaId: wide, path: `/media/u/${hash}-1280.jpg`, alt: 'Cây cầu mới bắc qua sông lúc hoàng hôn' },
      });
    });

    test('a cover is changed, its alt text edited and then cleared, each save audited and versioned', async () => {
      const draft = (await create({ title: 'Bài đổi ảnh đại diện', category: 'chuyen-doi-so', status: 'published' })).body;
      assert.equal(draft.image, null);

      const set = await patch(draft.id, { version: 1, image: { mediaId: wide, alt: 'Ảnh thứ nhất' } });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      assert.equal(set.body.version, 2);
      assert.equal(set.body.image.mediaId, wide);

      // A smaller upload: no JPEG reaches 1200 pixels, so the largest (800) is the one for feeds.
      const changed = await patch(draft.id, { version: 2, image: { mediaId: small, alt: 'Ảnh thứ hai' } }, 'editor2');
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.match(changed.body.image.url, /-800\.jpg$/);
      assert.deepEqual([changed.body.image.width, changed.body.image.height], [800, 600]);
      assert.match(changed.body.image.srcset.jpeg, /-320\.jpg 320w, .*-640\.jpg 640w, .*-800\.jpg 800w$/);
      assert.match(await page(`/bai-viet/${draft.slug}`), /<meta property="og:image" content="[^"]+-800\.jpg">/);

      const realt = await patch(draft.id, { version: 3, image: { mediaId: small, alt: 'Ảnh thứ hai, mô tả rõ hơn' } });
      assert.equal(realt.body.image.alt, 'Ảnh thứ hai, mô tả rõ hơn');
      assert.equal(realt.body.image.url, changed.body.image.url);

      // Other fields leave the cover as it is.
      const retitled = await patch(draft.id, { version: 4, title: 'Bài đổi ảnh đại diện (sửa)' });
      assert.deepEqual(retitled.body.image, realt.body.image);

      const cleared = await patch(draft.id, { version: 5, image: null });
      assert.equal(cleared.status, 200);
      assert.equal(cleared.body.image, null);
      assert.equal((await server.call('anonymous', 'GET', `/api/v1/articles/${draft.slug}`)).body.image, null);
      const article = await page(`/bai-viet/${draft.slug}`);
      assert.doesNotMatch(article, /og:image|<picture>|<figure class="article-image"/);
      assert.ok(!(await feed('rss')).includes(changed.body.image.url));

      const entries = await auditOf(draft.id);
      assert.deepEqual(
        entries.map((entry) => `${entry.actor.username} ${entry.action} ${Object.keys(entry.changes).sort().join(',')}`),
        [
          'bientap article.create ' + Object.keys(entries[0].changes).sort().join(','),
          'bientap article.update image',
          'bientap2 article.update image',
          'bientap article.update image',
          'bientap article.update title',
          'bientap article.update image',
        ],
      );
      const path = (url: string) => new URL(url).pathname;
      assert.deepEqual(entries[2].changes.image, {
        before: { mediaId: wide, path: path(set.body.image.url), alt: 'Ảnh thứ nhất' },
        after: { mediaId: small, path: path(changed.body.image.url), alt: 'Ảnh thứ hai' },
      });
      assert.deepEqual(entries[3].changes.image.after, {
        mediaId: small,
        path: path(changed.body.image.url),
        alt: 'Ảnh thứ hai, mô tả rõ hơn',
      });
      assert.deepEqual(entries[5].changes.image, {
        before: { mediaId: small, path: path(changed.body.image.url), alt: 'Ảnh thứ hai, mô tả rõ hơn' },
        after: null,
      });
    });

    test('a cover change made on an old version is refused with 409 and writes nothing', async () => {
      const draft = (await create({ title: 'Bài hai người cùng đổi ảnh', category: 'tin-hoat-dong' })).body;
      assert.equal((await patch(draft.id, { version: 1, image: { mediaId: wide, alt: 'Ảnh của người thứ nhất' } })).status, 200);
      const before = await snapshot();
      const late = await patch(draft.id, { version: 1, image: { mediaId: small, alt: 'Ảnh của người thứ hai' } }, 'editor2');
      assert.equal(late.status, 409);
      assert.equal(late.body.error.code, 'version_conflict');
      assert.equal(late.body.error.current.image.alt, 'Ảnh của người thứ nhất');
      assert.deepEqual(await snapshot(), before);
    });

    test('bad covers get a clear 400 and change nothing: an unknown upload, no alt, a blank or too long alt, extra fields', async () => {
      const article = (await create({ title: 'Bài để thử ảnh sai', category: 'tin-hoat-dong', image: { mediaId: small, alt: 'Ảnh đúng' } }))
        .body;
      const before = await snapshot();
      const bad: [Record<string, unknown>, RegExp][] = [
        [{ mediaId: 999999, alt: 'Ảnh' }, /No uploaded image 999999: upload it first \(POST \/api\/v1\/media\)/],
        [{ mediaId: wide }, /required property 'alt'/],
        [{ mediaId: wide, alt: '' }, /alt/],
        [{ mediaId: wide, alt: '   ' }, /alt must match pattern/],
        [{ mediaId: wide, alt: 'a'.repeat(301) }, /alt must NOT have more than 300 characters/],
        [{ alt: 'Ảnh không có tệp' }, /required property 'mediaId'/],
        [{ mediaId: String(wide), alt: 'Ảnh' }, /mediaId must be integer/],
        [{ mediaId: 0, alt: 'Ảnh' }, /mediaId must be >= 1/],
        [{ mediaId: wide, alt: 'Ảnh', path: '/etc/passwd' }, /must NOT have additional properties/],
      ];
      for (const [image, message] of bad) {
        for (const [method, path, body] of [
          ['POST', '/api/v1/articles', { title: 'Bài không được tạo', category: 'tin-hoat-dong', image }],
          ['PATCH', `/api/v1/articles/${article.id}`, { version: 1, image }],
        ] as const) {
          const answer = await server.call('editor', method, path, body);
          assert.equal(answer.status, 400, `${method} ${JSON.stringify(image)}: ${JSON.stringify(answer.body)}`);
          assert.equal(answer.body.error.code, 'validation_failed');
          assert.match(answer.body.error.message, message, `${method} ${JSON.stringify(image)}`);
        }
      }
      const url = await server.call('editor', 'PATCH', `/api/v1/articles/${article.id}`, { version: 1, image: 'https://x.example/a.jpg' });
      assert.equal(url.status, 400);
      assert.deepEqual(await snapshot(), before);
      assert.equal((await server.store.getStaffArticle(article.id))?.image?.alt, 'Ảnh đúng');
    });

    test('without a session, or from another site, a cover cannot be set or cleared', async () => {
      const article = (
        await create({ title: 'Bài có ảnh không ai được đổi', category: 'tin-hoat-dong', image: { mediaId: wide, alt: 'Ảnh' } })
      ).body;
      const before = await snapshot();
      const writes: [string, string, unknown][] = [
        ['POST', '/api/v1/articles', { title: 'Giả', category: 'tin-hoat-dong', image: { mediaId: wide, alt: 'Ảnh giả' } }],
        ['PATCH', `/api/v1/articles/${article.id}`, { version: 1, image: { mediaId: small, alt: 'Ảnh giả' } }],
        ['PATCH', `/api/v1/articles/${article.id}`, { version: 1, image: null }],
      ];
      for (const [method, path, body] of writes) {
        const answer = await server.call('anonymous', method, path, body);
        assert.equal(answer.status, 401, `${method} ${path}`);
        assert.equal(answer.body.error.code, 'unauthenticated');
      }
      await assertForgedWritesRefused(server, writes);
      assert.deepEqual(await snapshot(), before);
    });

    test('a demo picture (not uploaded) stays through edits, without srcset, until a cover replaces it', async () => {
      await server.store.insertArticle({
        slug: 'bai-co-anh-mau',
        title: 'Bài có ảnh mẫu',
        summary: 'Tóm tắt',
        body: '<p>Nội dung</p>',
        image: { path: '/media/hoi-nghi.jpg', alt: 'Hội nghị', width: 800, height: 450, bytes: 61_000, type: 'image/jpeg' },
        categorySlug: 'tin-hoat-dong',
        author: 'Ban biên tập',
        publishedAt: new Date(server.clock.time - 60_000),
      });
      const { items } = await server.store.listStaffArticles({ offset: 0, limit: 1, q: 'bai co anh mau', now: server.clock.now() });
      const id = items[0].id;
      const staff = (await server.call('editor', 'GET', `/api/v1/newsroom/articles/${id}`)).body;
      assert.deepEqual(staff.image, {
        mediaId: null,
        url: `${server.origin}/media/hoi-nghi.jpg`,
        alt: 'Hội nghị',
        width: 800,
        height: 450,
      });
      const edited = await patch(id, { version: 1, summary: 'Tóm tắt mới' });
      assert.equal(edited.status, 200);
      assert.deepEqual(edited.body.image, staff.image);
      assert.deepEqual(Object.keys((await auditOf(id)).at(-1)!.changes), ['summary']);
      assert.match(
        await page('/bai-viet/bai-co-anh-mau'),
        /<figure class="article-image"><img src="\/media\/hoi-nghi\.jpg" width="800" height="450" alt="Hội nghị" fetchpriority="high"><\/figure>/,
      );
      assert.ok((await feed('rss')).includes(`<enclosure url="${server.origin}/media/hoi-nghi.jpg" length="61000" type="image/jpeg"/>`));

      const replaced = await patch(id, { version: 2, image: { mediaId: small, alt: 'Ảnh tải lên' } });
      assert.equal(replaced.body.image.mediaId, small);
      assert.match(await page('/bai-viet/bai-co-anh-mau'), /<picture><source type="image\/webp"/);
    });
  });
}
