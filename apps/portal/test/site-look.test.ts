// A member site's own look end to end in Chromium against the built server: an admin gives a new site its colours,
// font and corners in the newsroom's site form (the contrast said as it is typed, a too-light colour refused under its
// field), then the embed builder previews the article list in that look, in its sandboxed frame under the preview's
// strict CSP (the links computed in the site's primary colour, the page in its background and text colours), and
// shows the CSS the site adds to its stylesheet.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, openNewsroom, startPortal, watch, type Portal } from './browser.js';

const PASSWORD = 'giao diện riêng của sở 2026';
const SITE = 'so-giao-dien';
const ORIGIN = 'https://sogiaodien.example.vn';

let portal: Portal;

before(async () => {
  portal = await startPortal();
  portal.addStaff({ username: 'quantri', role: 'admin', displayName: 'Lê Quản Trị', password: PASSWORD });
});
after(() => portal?.close());

test('a site’s look set in its form: the builder previews the widget in it and shows its CSS', async () => {
  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  await openNewsroom(portal, page, 'quantri', PASSWORD);
  await page.getByRole('link', { name: 'Trang thành viên' }).click();
  await page.locator('nr-sites tbody[data-id="portal"]').waitFor();
  await page.getByRole('button', { name: 'Thêm trang thành viên' }).click();
  await page.getByLabel('Mã trang').fill(SITE);
  await page.getByLabel('Tên trang', { exact: true }).fill('Sở Giao diện');
  await page.getByLabel('Trang chủ', { exact: true }).fill(`${ORIGIN}/`);
  await page.getByLabel('Nguồn 1', { exact: true }).fill(ORIGIN);
  await page.getByRole('group', { name: 'Giao diện' }).getByRole('checkbox').check();
  const primary = page.getByLabel('Màu chính (liên kết, tiêu đề, nút)', { exact: true });
  await primary.fill('#9cf');
  await page.getByText(/Màu chính trên nền: độ tương phản 1(\.\d)?:1, chưa đạt/).waitFor();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText('Có 1 trường cần sửa; chưa có gì được gửi đi.').waitFor();
  assert.equal(await primary.getAttribute('aria-invalid'), 'true');
  assert.match((await page.locator('nr-site-form #look-primary-error').textContent()) ?? '', /chưa đạt: cần tối thiểu 4\.5:1/);
  await assertAccessible(page);

  await primary.fill('#06a');
  await page.getByLabel('Màu nền', { exact: true }).fill('#fffdf5');
  await page.getByLabel('Phông chữ').fill('Georgia, serif');
  await page.getByLabel('Bo góc (px)').fill('10');
  await page.getByText(/Màu chính trên nền: độ tương phản \d+(\.\d)?:1, đạt/).waitFor();
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText('Đã thêm trang “Sở Giao diện”.').waitFor();

  await page.getByRole('link', { name: 'Mã nhúng' }).click();
  await page.waitForURL(`${portal.origin}/quan-tri/ma-nhung`);
  await page.locator('nr-embed-preview iframe').waitFor();
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame.url().includes(`look=${SITE}`) });
  await page.locator('nr-embed-builder select[name="site"]').selectOption(SITE);
  const css = await page.getByRole('textbox', { name: 'CSS giao diện của trang' }).inputValue();
  assert.match(css, /^:root \{\n {2}--ap-color-primary: #0066aa;\n/);
  assert.match(css, /--ap-color-surface: #fffdf5;\n/);
  assert.match(css, /--ap-radius: 10px;\n/);
  assert.match(css, /--ap-font-family: Georgia, serif;\n\}\n$/);

  const frame = await navigated;
  await frame.waitForFunction(
    () => (document.querySelector('ap-article-list')?.shadowRoot?.querySelectorAll('[part~="link"]').length ?? 0) > 0,
  );
  const seen = await frame.evaluate(() => {
    const link = document.querySelector('ap-article-list')!.shadowRoot!.querySelector('[part~="link"]')!;
    const body = getComputedStyle(document.body);
    return { link: getComputedStyle(link).color, background: body.backgroundColor, text: body.color, font: body.fontFamily };
  });
  assert.deepEqual(seen, { link: 'rgb(0, 102, 170)', background: 'rgb(255, 253, 245)', text: 'rgb(31, 35, 40)', font: 'Georgia, serif' });
  await assertAccessible(page);
  // Nothing was refused by the preview's CSP (its inline styles are allowed by their hashes), nothing failed.
  assert.deepEqual(problems, []);
  await context.close();
});
