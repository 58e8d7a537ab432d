// The site registry end to end in Chromium against the built server: an admin signs in, opens "Trang thành viên"
// from the newsroom's navigation, registers a member site with an origin, and the server accepts that site's visits
// from that origin at once (it refused them a moment before): the registry applies without a restart.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, openNewsroom, startPortal, VISITOR_UA, watch, type Portal } from './browser.js';

const PASSWORD = 'bút-mực đỏ, giấy trắng 2026';
const SITE = 'so-nong-nghiep';
const ORIGIN = 'https://sonn.example.vn';

let portal: Portal;
before(async () => {
  portal = await startPortal();
  portal.addStaff({ username: 'quantri', role: 'admin', displayName: 'Lê Quản Trị', password: PASSWORD });
});
after(() => portal?.close());

/** One page view of `site` sent from a page of `origin` by a person's browser; resolves to the answer's status. */
const hit = async (site: string, origin: string) =>
  (
    await fetch(`${portal.origin}/api/v1/stats/hit`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin, 'user-agent': VISITOR_UA },
      body: JSON.stringify({ site, path: '/tin-tuc/mua-vu-2027' }),
    })
  ).status;

test('an admin registers a member site in the newsroom; its visits from its origin count at once', async () => {
  assert.equal(await hit(SITE, ORIGIN), 404, 'an unknown site’s visit is refused');

  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  await openNewsroom(portal, page, 'quantri', PASSWORD);
  await page.getByRole('link', { name: 'Trang thành viên' }).click();
  await page.waitForURL(`${portal.origin}/quan-tri/trang-thanh-vien`);
  await page.getByRole('heading', { name: 'Trang thành viên', level: 2 }).waitFor();
  await page.locator('nr-sites tbody[data-id="portal"]').waitFor();
  await assertAccessible(page);

  await page.getByRole('button', { name: 'Thêm trang thành viên' }).click();
  await page.getByLabel('Mã trang').fill(SITE);
  await page.getByLabel('Tên trang', { exact: true }).fill('Sở Nông nghiệp và Môi trường');
  await page.getByLabel('Trang chủ', { exact: true }).fill(`${ORIGIN}/`);
  await page.getByLabel('Nguồn 1', { exact: true }).fill(ORIGIN);
  await page.getByLabel('Thư điện tử liên hệ').fill('webmaster@sonn.example.vn');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText('Đã thêm trang “Sở Nông nghiệp và Môi trường”.').waitFor();
  await page.locator(`nr-sites tbody[data-id="${SITE}"]`).waitFor();
  await assertAccessible(page);
  assert.deepEqual(problems, []);

  // The same server process, no restart: the site's widgets' visits from its origin are accepted now, others' not.
  const accepted = await hit(SITE, ORIGIN);
  assert.ok(accepted >= 200 && accepted < 300, `the site's visit is accepted (${accepted})`);
  assert.equal(await hit(SITE, 'https://khac.example.vn'), 403, 'another origin is still refused (origin_not_allowed)');
  await context.close();
});
