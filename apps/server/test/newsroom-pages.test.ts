// The newsroom's page and preview on the real server: staff get them, everyone else the sign-in page that leads
// back; nothing of it is cached or indexed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { storeBackends } from './pg-support.js';
import { startNewsroomServer, type NewsroomServer } from './newsroom-support.js';

const [sqlite] = await storeBackends();
let server: NewsroomServer;
before(async () => (server = await startNewsroomServer(sqlite)));
after(() => server.close());

test('without a session, every newsroom address leads to the sign-in page, which leads back', async () => {
  for (const path of ['/quan-tri/', '/quan-tri/bai-viet/12', '/admin/', '/quan-tri/xem-truoc/1', '/admin/xem-truoc/1']) {
    const answer = await fetch(server.url(path), { redirect: 'manual' });
    assert.equal(answer.status, 303, path);
    // The English newsroom's visitors sign in on the English page.
    const signIn = path.startsWith('/admin/') ? '/en/dang-nhap' : '/dang-nhap';
    assert.equal(answer.headers.get('location'), `${signIn}?return=${encodeURIComponent(server.origin + path)}`);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
  }
  assert.equal((await fetch(server.url('/quan-tri'), { redirect: 'manual' })).headers.get('location'), '/quan-tri/');
});

test('staff get the newsroom page at every address under it, in Vietnamese or English', async () => {
  for (const [path, lang, base] of [
    ['/quan-tri/', 'vi', '/quan-tri/'],
    ['/quan-tri/bai-viet/moi', 'vi', '/quan-tri/'],
    ['/quan-tri/bai-viet/12?x=1', 'vi', '/quan-tri/'],
    ['/quan-tri/quang-cao?muc=doi-tac', 'vi', '/quan-tri/'],
    ['/quan-tri/trang-thanh-vien', 'vi', '/quan-tri/'],
    ['/admin/bai-viet/12', 'en', '/admin/'],
  ]) {
    const answer = await server.call('editor', 'GET', path);
    assert.equal(answer.status, 200, path);
    assert.match(answer.headers.get('content-type') ?? '', /text\/html/);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    assert.equal(answer.headers.get('x-robots-tag'), 'noindex');
    const page = answer.body as string;
    assert.match(page, new RegExp(`<html lang="${lang}">`));
    assert.match(page, new RegExp(`<nr-app base="${base}" api="/api/v1/" user-role="editor"></nr-app>`));
    assert.match(page, /<h1 class="nr-site">/);
    assert.match(page, /Nguyễn Văn Biên \(bientap\)/);
    assert.doesNotMatch(
      page,
      /tai-khoan|nhat-ky|trang-thanh-vien"|ma-nhung/,
      'the accounts, audit, member sites and embed screens are for admins',
    );
    assert.match(
      page,
      new RegExp(`<li><a href="${base}truy-cap">${lang === 'vi' ? 'Truy cập' : 'Traffic'}</a></li>`),
      'traffic is for editors too',
    );
    assert.match(
      page,
      new RegExp(`<li><a href="${base}quang-cao">${lang === 'vi' ? 'Banner và đối tác' : 'Banners and partners'}</a></li>`),
      'so are the banners and partners',
    );
    assert.match(page, /<a href="\/newsroom\/|<script type="module" src="\/newsroom\/v\/[^"]+\.js"><\/script>/);
    // The portal in the newsroom's language: Vietnamese at the root, English under /en/.
    const portal = lang === 'vi' ? '/' : '/en/';
    assert.ok(page.includes(`<h1 class="nr-site"><a href="${portal}">`), path);
    assert.ok(page.includes(`<li><a href="${portal}">${lang === 'vi' ? 'Xem cổng thông tin' : 'View the portal'}</a></li>`), path);
  }
});

test('admins have the accounts, audit and member sites screens in the navigation', async () => {
  const page = (await server.call('admin', 'GET', '/quan-tri/')).body as string;
  assert.match(page, /<li><a href="\/quan-tri\/trang-thanh-vien">Trang thành viên<\/a><\/li>/);
  const english = (await server.call('admin', 'GET', '/admin/')).body as string;
  assert.match(english, /<li><a href="\/admin\/trang-thanh-vien">Member sites<\/a><\/li>/);
  assert.match(page, /<li><a href="\/quan-tri\/tai-khoan">Tài khoản<\/a><\/li>/);
  assert.match(page, /<li><a href="\/quan-tri\/nhat-ky">Nhật ký<\/a><\/li>/);
  assert.match(page, /<li><a href="\/quan-tri\/truy-cap">Truy cập<\/a><\/li>/);
  assert.match(page, /<li><a href="\/quan-tri\/quang-cao">Banner và đối tác<\/a><\/li>/);
  assert.match(page, /<li><a href="\/quan-tri\/ma-nhung">Mã nhúng<\/a><\/li>/);
  assert.match((await server.call('admin', 'GET', '/admin/')).body as string, /<li><a href="\/admin\/ma-nhung">Embed code<\/a><\/li>/);
  // Every chunk the page's script imports is fetched with it (modulepreload), not after it.
  const manifest = JSON.parse(readFileSync(new URL('../../newsroom/dist/client/.vite/manifest.json', import.meta.url), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  const { imports = [] } = Object.values(manifest).find((chunk) => chunk.isEntry)!;
  for (const key of imports) assert.ok(page.includes(`<link rel="modulepreload" href="/newsroom/${manifest[key]!.file}">`), key);
});

test('the preview shows an article in any state as readers will see it, to staff only', async () => {
  const draft = (
    await server.call('editor', 'POST', '/api/v1/articles', {
      title: 'Bản nháp để xem trước',
      category: 'tin-hoat-dong',
      body: '<p>Nội dung nháp</p>',
    })
  ).body;
  assert.equal((await fetch(server.url(`/bai-viet/${draft.slug}`))).status, 404, 'readers do not see the draft');
  const preview = await server.call('editor', 'GET', `/quan-tri/xem-truoc/${draft.id}`);
  assert.equal(preview.status, 200);
  assert.equal(preview.headers.get('x-robots-tag'), 'noindex');
  assert.match(preview.body, /Bản nháp để xem trước/);
  assert.match(preview.body, /<p>Nội dung nháp<\/p>/);
  assert.match(preview.body, /<html lang="vi">/);
  // From the English newsroom: the draft has no English version, so the readers' 404 page, linking the Vietnamese
  // preview (english-articles.test.ts previews an English version).
  const english = await server.call('editor', 'GET', `/admin/xem-truoc/${draft.id}`);
  assert.equal(english.status, 404);
  assert.equal(english.headers.get('cache-control'), 'no-store');
  assert.match(english.body, /<html lang="en">/);
  assert.ok(english.body.includes(`<a href="/quan-tri/xem-truoc/${draft.id}" hreflang="vi">Read it on its Vietnamese page</a>`));
  assert.equal((await server.call('editor', 'GET', '/quan-tri/xem-truoc/999999')).status, 404);
  assert.equal((await server.call('editor', 'GET', '/quan-tri/xem-truoc/abc')).status, 404);
});
