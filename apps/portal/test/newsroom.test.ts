// The newsroom end to end in Chromium against the built server: an editor signs in on the home page, writes an
// article with a picture, a table and a cover picture, publishes it, and readers find it on the home page, its
// category page, its page and the feeds; an admin disables that editor, and the editor's open newsroom says the session has ended.
// Another editor schedules an article a minute or two ahead: it is nowhere until its time, then on the home page
// and in the RSS feed by itself (the server's real clock: the test waits for it).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assertAccessible, openNewsroom, startPortal, watch, type Portal } from './browser.js';

const PASSWORD = 'bút-mực đỏ, giấy trắng 2026';
/** A real photograph (one of the demo pictures). */
const PHOTO = fileURLToPath(new URL('../../server/media/hoi-nghi.jpg', import.meta.url));

let portal: Portal;
before(async () => {
  portal = await startPortal();
  for (const [username, role, displayName] of [
    ['bientap', 'editor', 'Nguyễn Biên Tập'],
    ['hengio', 'editor', 'Trần Hẹn Giờ'],
    ['quantri', 'admin', 'Lê Quản Trị'],
  ] as const) {
    portal.addStaff({ username, role, displayName, password: PASSWORD });
  }
});
after(() => portal?.close());

/** Signs `username` in on the home page, opens the newsroom from the login box and waits for its article list. */
async function openNewsroomList(page: Page, username: string): Promise<void> {
  await openNewsroom(portal, page, username, PASSWORD);
  await page.locator('nr-article-list tbody tr').first().waitFor();
}

test('an editor publishes an article with a picture, a table and a cover from the browser; readers see it everywhere', async () => {
  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  await openNewsroomList(page, 'bientap');
  await assertAccessible(page);

  await page.getByRole('link', { name: 'Viết bài mới' }).first().click();
  await page.waitForURL(`${portal.origin}/quan-tri/bai-viet/moi`);
  const title = 'Tỉnh uỷ tổng kết năm chuyển đổi số 2026';
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Tóm tắt').fill('Hội nghị tổng kết chuyển đổi số của Đảng bộ tỉnh.');
  await page.getByLabel('Chuyên mục').selectOption('chuyen-doi-so');
  // The body, typed as a person types it.
  const body = page.getByRole('textbox', { name: 'Nội dung' });
  await body.click();
  await page.keyboard.type('Sáng nay, Ban Thường vụ Tỉnh uỷ tổ chức hội nghị.');
  await page.keyboard.press('Enter');
  // A real photograph, uploaded from the computer: the server checks it and makes its sizes.
  await page.getByRole('button', { name: 'Chèn ảnh' }).click();
  await page.getByLabel('Tải ảnh lên').setInputFiles(PHOTO);
  await page.getByText('Đã tải ảnh lên.').waitFor();
  await page.getByLabel('Mô tả ảnh (cho người không xem được ảnh)').fill('Toàn cảnh hội trường');
  await page.getByLabel('Chú thích ảnh').fill('Quang cảnh hội nghị');
  await page.getByRole('button', { name: 'Chèn', exact: true }).click();
  await page.getByRole('button', { name: 'Chèn bảng' }).click();
  // Tab moves to the next cell, as in a word processor.
  for (const [i, cell] of ['Đơn vị', 'Số hồ sơ', 'Tỉ lệ trực tuyến'].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(cell);
  }
  // The cover picture: the same photograph, with its own description.
  await page.getByLabel('Chọn ảnh đại diện').setInputFiles(PHOTO);
  await page.getByText('Đã tải ảnh lên. Hãy nhập mô tả ảnh rồi lưu bài.').waitFor();
  await page.getByLabel('Mô tả ảnh đại diện (bắt buộc)').fill('Các đại biểu biểu quyết tại hội nghị');
  await page.getByRole('button', { name: 'Đăng ngay' }).click();
  await page.getByText(/^Đã đăng lúc/).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/quan-tri\/bai-viet\/\d+$/, 'the new article has its address');
  await assertAccessible(page);
  assert.deepEqual(problems, []);

  const slug = 'tinh-uy-tong-ket-nam-chuyen-doi-so-2026';
  const reader = await (await portal.visitor()).newPage();
  const readerProblems = watch(reader);
  for (const path of ['/', '/chuyen-muc/chuyen-doi-so']) {
    await reader.goto(`${portal.origin}${path}`);
    await reader.getByRole('link', { name: title }).first().waitFor();
    // The card's cover, in every width (the widget's, once it has drawn the list).
    const cover = reader.locator('ap-article-list').getByRole('img', { name: 'Các đại biểu biểu quyết tại hội nghị' });
    assert.match((await cover.getAttribute('srcset')) ?? '', /-320\.jpg 320w, .*-800\.jpg 800w$/, path);
  }
  await reader.goto(`${portal.origin}/bai-viet/${slug}`);
  assert.equal(await reader.locator('h1').textContent(), title);
  const article = reader.locator('main article');
  const cover = article.locator('figure.article-image img');
  assert.equal(await cover.getAttribute('alt'), 'Các đại biểu biểu quyết tại hội nghị');
  assert.match((await cover.getAttribute('srcset')) ?? '', /\/media\/u\/[0-9a-f]{16}-320\.jpg 320w, /);
  assert.ok(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the cover loads');
  const picture = article.locator('.article-body figure img');
  assert.equal(await picture.getAttribute('alt'), 'Toàn cảnh hội trường');
  assert.match((await picture.getAttribute('srcset')) ?? '', /\/media\/u\/[0-9a-f]{16}-320\.jpg 320w, /);
  assert.ok(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the picture loads');
  assert.equal(await article.locator('.article-body figure figcaption').textContent(), 'Quang cảnh hội nghị');
  assert.deepEqual(await article.locator('table th').allTextContents(), ['Đơn vị', 'Số hồ sơ', 'Tỉ lệ trực tuyến']);
  assert.match((await article.textContent()) ?? '', /Sáng nay, Ban Thường vụ Tỉnh uỷ tổ chức hội nghị\./);
  assert.deepEqual(readerProblems, []);
  const rss = await (await fetch(`${portal.origin}/feeds/articles.rss`)).text();
  assert.ok(rss.includes(`<title>${title}</title>`), 'the article is in the RSS feed');
  assert.match(rss, /<enclosure url="[^"]+\/media\/u\/[0-9a-f]{16}-800\.jpg" length="\d+" type="image\/jpeg"\/>/, 'with its cover');
  const sitemap = await (await fetch(`${portal.origin}/sitemap.xml`)).text();
  assert.ok(sitemap.includes(`/bai-viet/${slug}</loc>`), 'and in the sitemap');

  // An admin disables the editor: the editor's open newsroom says the session has ended.
  const adminContext = await portal.visitor();
  const admin = await adminContext.newPage();
  await admin.goto(`${portal.origin}/dang-nhap`);
  await admin.getByLabel('Tên đăng nhập').fill('quantri');
  await admin.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await admin.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await admin.getByText('Lê Quản Trị').waitFor();
  const disabled = await admin.evaluate(async () => {
    const users = (await (await fetch('/api/v1/users')).json()) as { items: { id: number; username: string }[] };
    const editor = users.items.find((user) => user.username === 'bientap')!;
    const response = await fetch(`/api/v1/users/${editor.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ disabled: true }),
    });
    return response.status;
  });
  assert.equal(disabled, 200);
  // The newsroom asks whether its session is still good when its window gets focus (and every minute).
  await page.evaluate(() => dispatchEvent(new Event('focus')));
  await page.getByText(/Phiên đăng nhập đã kết thúc/).waitFor();
  const status = await page.evaluate(async () => (await fetch('/api/v1/newsroom/articles')).status);
  assert.equal(status, 401);
  await context.close();
  await adminContext.close();
});

/** The `<input type="datetime-local">` value, in Vietnam time, of the first whole minute at least 20 s from now. */
function nextMinuteInVietnam(): { value: string; at: number } {
  const minute = 60_000;
  const at = Math.ceil((Date.now() + 20_000) / minute) * minute;
  return { value: new Date(at + 7 * 60 * minute).toISOString().slice(0, 16), at };
}

test('a scheduled article appears on the home page and in the RSS feed by itself at its time', async () => {
  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  await openNewsroomList(page, 'hengio');
  await page.getByRole('link', { name: 'Viết bài mới' }).first().click();
  await page.waitForURL(`${portal.origin}/quan-tri/bai-viet/moi`);
  const title = 'Thông báo lịch tiếp công dân tháng Giêng';
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Tóm tắt').fill('Lịch tiếp công dân định kỳ của Thường trực Tỉnh uỷ.');
  await page.getByLabel('Chuyên mục').selectOption('tin-hoat-dong');
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Thường trực Tỉnh uỷ tiếp công dân vào ngày 15 hằng tháng.');
  const { value, at } = nextMinuteInVietnam();
  await page.getByLabel('Thời điểm đăng (giờ Việt Nam)').fill(value);
  await page.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
  await page.getByText(/^Sẽ tự đăng lúc/).waitFor();
  assert.deepEqual(problems, []);

  const home = async () => (await fetch(`${portal.origin}/`)).text();
  const rss = async () => (await fetch(`${portal.origin}/feeds/articles.rss`)).text();
  assert.ok(Date.now() < at, "the test reached this point before the article's time");
  assert.ok(!(await home()).includes(title), 'not on the home page before its time');
  assert.ok(!(await rss()).includes(`<title>${title}</title>`), 'nor in the feed');

  // Nobody touches anything: at its time, it is there.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
  const deadline = Date.now() + 30_000;
  while (!(await rss()).includes(`<title>${title}</title>`)) {
    assert.ok(Date.now() < deadline, 'the article reached the RSS feed within 30 s of its time');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const reader = await (await portal.visitor()).newPage();
  await reader.goto(`${portal.origin}/`);
  await reader.getByRole('link', { name: title }).first().waitFor();
  await context.close();
});
