// A member site on its own, end to end in Chromium against the built server, as its people would do it:
// - the committee's admin registers the site with the origin of its pages and invites its webmaster (a site editor
//   with a temporary password), and registers a second site with a webmaster of its own;
// - the webmaster signs in, chooses their own password, builds an article list snippet and a visit counter snippet in
//   the embed builder and pastes them into a page of their site (another origin, under a strict CSP);
// - a reader opens that page: the list shows the portal's news and the visit is counted;
// - the webmaster sees their site's visit in the newsroom's traffic screen, and the other site's webmaster sees nothing
//   of that site, in the newsroom or through the API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { assertAccessible, openNewsroom, startPortal, watch, type Portal } from './browser.js';

const ADMIN_PASSWORD = 'quản trị cổng thông tin 2026';
const SITE = 'so-tu-phap';
const SITE_NAME = 'Sở Tư pháp';
const OTHER = 'so-y-te';

let portal: Portal;
/** The member site's web server: another origin, whose pages the webmaster edits. */
let memberSite: Awaited<ReturnType<typeof startStaticServer>>;
const pages = new Map<string, string>();

before(async () => {
  portal = await startPortal();
  memberSite = await startStaticServer('/nonexistent', { pages });
  portal.addStaff({ username: 'quantri', role: 'admin', displayName: 'Lê Quản Trị', password: ADMIN_PASSWORD });
});
after(async () => {
  await memberSite?.close();
  await portal?.close();
});

/** The admin invites `username` as the site editor of `siteName` on the accounts screen; resolves to the temporary password. */
async function invite(page: Page, username: string, name: string, siteName: string): Promise<string> {
  await page.getByRole('link', { name: 'Tài khoản' }).click();
  const form = page.locator('nr-user-list form').first();
  await form.getByLabel('Tên đăng nhập').fill(username);
  await form.getByLabel('Họ tên').fill(name);
  // (By name: each select's label also holds the words of its options.)
  await form.locator('select[name="role"]').selectOption({ label: 'Quản trị trang thành viên' });
  await form.locator('select[name="siteId"]').selectOption({ label: siteName });
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await page.getByText(`Mật khẩu tạm của ${username}`).waitFor();
  return (await page.locator('nr-user-list .secret').textContent())!.trim();
}

/** The webmaster's first sign-in: the temporary password, then their own. */
async function firstSignIn(context: BrowserContext, username: string, temporary: string): Promise<Page> {
  const page = await context.newPage();
  await openNewsroom(portal, page, username, temporary);
  const own = `mật khẩu riêng của ${username} 2026`;
  await page.getByLabel('Mật khẩu hiện tại (mật khẩu tạm)').fill(temporary);
  // (By name: the new password's label also holds the rule.)
  await page.locator('nr-password-change input[name="next"]').fill(own);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(own);
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  // A site editor's newsroom opens on their site's traffic.
  await page.getByRole('heading', { name: 'Truy cập', level: 2 }).waitFor();
  return page;
}

/** The snippet the builder shows now, once it has `expected` in it. */
async function snippetWith(page: Page, expected: string): Promise<string> {
  const area = page.getByRole('textbox', { name: 'Mã nhúng' });
  await page.waitForFunction(
    (text) =>
      document
        .querySelector('nr-app')
        ?.shadowRoot?.querySelector('nr-embed-builder')
        ?.shadowRoot?.querySelector('nr-embed-snippet')
        ?.shadowRoot?.querySelector('textarea')
        ?.value.includes(text),
    expected,
  );
  return area.inputValue();
}

/** A GET of the JSON API from the signed-in page; resolves to the status and the body. */
const apiGet = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, body: await response.json() };
  }, `/api/v1/${path}`);

test('an admin registers a site and invites its webmaster, who embeds the news on the site and sees its visits; another site’s webmaster sees none of it', async () => {
  // The admin: registers the site with the origin of its pages, and a second site, each with a webmaster.
  const adminContext = await portal.visitor();
  const admin = await adminContext.newPage();
  const adminProblems = watch(admin);
  await openNewsroom(portal, admin, 'quantri', ADMIN_PASSWORD);
  await admin.getByRole('link', { name: 'Trang thành viên' }).click();
  for (const [id, name, origin] of [
    [SITE, SITE_NAME, memberSite.origin],
    [OTHER, 'Sở Y tế', 'https://soyte.example.vn'],
  ]) {
    await admin.getByRole('button', { name: 'Thêm trang thành viên' }).click();
    await admin.getByLabel('Mã trang').fill(id);
    await admin.getByLabel('Tên trang', { exact: true }).fill(name);
    await admin.getByLabel('Trang chủ', { exact: true }).fill(`${origin}/`);
    await admin.getByLabel('Nguồn 1', { exact: true }).fill(origin);
    await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
    await admin.getByText(`Đã thêm trang “${name}”.`).waitFor();
  }
  const temporary = await invite(admin, 'webmaster-stp', 'Phạm Quản Trị Web', SITE_NAME);
  const otherTemporary = await invite(admin, 'webmaster-syt', 'Vũ Quản Trị Web', 'Sở Y tế');
  await assertAccessible(admin);
  assert.deepEqual(adminProblems, []);

  // The webmaster: signs in, chooses a password, builds the snippets for their site.
  const webmasterContext = await portal.visitor();
  const webmaster = await firstSignIn(webmasterContext, 'webmaster-stp', temporary);
  const problems = watch(webmaster);
  await webmaster.getByRole('link', { name: 'Mã nhúng' }).click();
  await webmaster.getByText(`Trang: ${SITE_NAME}`).waitFor();
  await webmaster.getByLabel('Số tin mỗi trang').fill('3');
  const list = await snippetWith(webmaster, 'page-size="3"');
  await webmaster.locator('nr-embed-builder select[name="widget"]').selectOption({ label: 'Thống kê truy cập' });
  await webmaster.getByLabel('Đếm lượt xem').check();
  const counter = await snippetWith(webmaster, 'track');
  assert.match(counter, new RegExp(`<ap-visit-counter [^>]*site="${SITE}"`), 'the counter counts this site');
  await assertAccessible(webmaster);

  // The member site's page with both snippets pasted, under a strict CSP: scripts from the portal's /embed/ only.
  const csp = [
    "default-src 'none'",
    `script-src ${portal.origin}/embed/`,
    `connect-src ${portal.origin}/api/`,
    `img-src ${portal.origin}`,
    "base-uri 'none'",
  ].join('; ');
  pages.set(
    '/tin-tuc.html',
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">` +
      `<title>${SITE_NAME}</title></head><body><h1>${SITE_NAME}</h1>\n${list}\n${counter}\n</body></html>`,
  );
  const readerContext = await portal.visitor();
  const reader = await readerContext.newPage();
  const readerProblems = watch(reader);
  const counted = reader.waitForResponse((response) => response.url() === `${portal.origin}/api/v1/stats/hit`);
  await reader.goto(`${memberSite.origin}/tin-tuc.html`);
  await reader.waitForFunction(
    () => document.querySelector('ap-article-list')?.shadowRoot?.querySelectorAll('[part~="link"]').length === 3,
  );
  const newest = (await apiGet(admin, 'articles?pageSize=1')).body.items[0].title as string;
  assert.equal(
    await reader.evaluate(() =>
      document.querySelector('ap-article-list')!.shadowRoot!.querySelector('[part~="link"]')!.textContent!.trim(),
    ),
    newest,
    'the portal’s newest article is on the member site',
  );
  const hit = await counted;
  assert.ok(hit.status() >= 200 && hit.status() < 300, `the visit is accepted (${hit.status()})`);
  assert.deepEqual(readerProblems, []);

  // The webmaster's newsroom: their site's visit, against the network.
  await webmaster.getByRole('link', { name: 'Truy cập' }).click();
  let traffic: { sites: { id: string; total: number }[]; network: { total: number } } | undefined;
  for (let i = 0; i < 60 && !(traffic?.sites[0]?.total ?? 0); i++) {
    traffic = (await apiGet(webmaster, 'newsroom/traffic?days=30')).body;
    if (!traffic?.sites[0]?.total) await webmaster.waitForTimeout(1000);
  }
  assert.deepEqual(
    traffic!.sites.map(({ id, total }) => ({ id, total })),
    [{ id: SITE, total: 1 }],
    'their site, with the visit',
  );
  await webmaster.reload();
  const screen = webmaster.locator('nr-traffic');
  await screen.getByRole('heading', { name: 'Truy cập', level: 2 }).waitFor();
  await webmaster.waitForFunction(
    (name) => document.querySelector('nr-app')?.shadowRoot?.querySelector('nr-traffic')?.shadowRoot?.textContent?.includes(name),
    SITE_NAME,
  );
  assert.deepEqual(problems, []);

  // The other site's webmaster: nothing of Sở Tư pháp, on any screen or route.
  const otherContext = await portal.visitor();
  const other = await firstSignIn(otherContext, 'webmaster-syt', otherTemporary);
  const sites = await apiGet(other, 'newsroom/sites');
  assert.deepEqual(
    sites.body.items.map((site: { id: string }) => site.id),
    [OTHER],
  );
  assert.equal((await apiGet(other, `newsroom/sites/${SITE}`)).status, 404);
  assert.equal((await apiGet(other, `newsroom/traffic?days=30&site=${SITE}`)).status, 403);
  const own = (await apiGet(other, 'newsroom/traffic?days=30')).body;
  assert.deepEqual(
    own.sites.map((site: { id: string }) => site.id),
    [OTHER],
  );
  assert.doesNotMatch(JSON.stringify(own), new RegExp(`${SITE}|${SITE_NAME}`));
  for (const path of ['/quan-tri/truy-cap', '/quan-tri/trang-thanh-vien', '/quan-tri/ma-nhung']) {
    await other.goto(`${portal.origin}${path}`);
    await other.waitForFunction(() =>
      document.querySelector('nr-app')?.shadowRoot?.querySelector('h2, nr-traffic, nr-sites, nr-embed-builder'),
    );
    await other.waitForTimeout(500);
    // Every text of the page, its widgets' and screens' shadow roots included (a loop: no named function in the page).
    const text = await other.evaluate(() => {
      const roots: ParentNode[] = [document];
      const texts: string[] = [];
      for (let root = roots.pop(); root; root = roots.pop()) {
        for (const node of root.querySelectorAll('*')) {
          texts.push(node.textContent ?? '');
          if (node.shadowRoot) roots.push(node.shadowRoot);
        }
      }
      return texts.join(' ');
    });
    assert.doesNotMatch(text, new RegExp(SITE_NAME), path);
  }
  for (const context of [adminContext, webmasterContext, readerContext, otherContext]) await context.close();
});
