// The sidebar's statistics box and sign-in box, rendered on the server (Declarative Shadow DOM), in Chromium against
// the built server: complete without JavaScript (the real numbers, a sign-in form that works), and hydrated with
// JavaScript without asking the summary API and, for a reader who is signed out, without any change.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { assertAccessible, startPortal, VISITOR_UA, watch, holdScripts, type Portal } from './browser.js';

const PASSWORD = 'mưa-phùn-tháng-hai rất dài';

interface Summary {
  online: number;
  today: number;
  week: number;
  month: number;
  total: number;
}

let portal: Portal;
before(async () => {
  portal = await startPortal();
  portal.addStaff({ username: 'thu-ky', role: 'editor', displayName: 'Thư ký Thử', password: PASSWORD });
});
after(() => portal?.close());

const summary = async (): Promise<Summary> => (await fetch(`${portal.origin}/api/v1/stats/summary?site=portal`)).json() as Promise<Summary>;
const noScript = () =>
  portal.browser.newContext({ javaScriptEnabled: false, userAgent: VISITOR_UA, viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });

/** The five numbers the statistics box shows, as written. */
const shownNumbers = (page: Page) => page.locator('ap-visit-counter [part~="value"]').allTextContents();

/** Text and height of a widget's shadow root (none when it has no shadow root). */
function shadowOf(page: Page, tag: string): Promise<{ text: string; height: number } | null> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    if (!host?.shadowRoot) return null;
    // Each text node's words, the stylesheet left out.
    const words: string[] = [];
    const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.parentElement?.localName !== 'style' && node.textContent!.trim()) words.push(node.textContent!.trim());
    return { text: words.join(' ').replace(/\s+/g, ' '), height: host.getBoundingClientRect().height };
  }, tag);
}

describe('without JavaScript', () => {
  test('the statistics box shows the real numbers and the sign-in box its form, in their shadow roots', async () => {
    const context = await noScript();
    const page = await context.newPage();
    for (const [path, format, labels] of [
      ['/', 'vi-VN', ['Đang online', 'Hôm nay', 'Trong tuần', 'Trong tháng', 'Tất cả']],
      ['/en/', 'en-GB', ['Online now', 'Today', 'This week', 'This month', 'Total']],
    ] as const) {
      await page.goto(portal.origin + path);
      const now = await summary();
      assert.deepEqual(
        await shownNumbers(page),
        [now.online, now.today, now.week, now.month, now.total].map((n) => new Intl.NumberFormat(format).format(n)),
      );
      assert.deepEqual(await page.locator('ap-visit-counter dt').allTextContents(), labels);
      // In the widget's shadow root, with no loading state: the final layout.
      assert.equal(await page.locator('ap-visit-counter').evaluate((el) => el.shadowRoot?.querySelector('dl') !== null), true);
      assert.equal(await page.locator('ap-visit-counter .skeleton').count(), 0);
      const form = page.locator('ap-login-box form[part~="form"]');
      assert.equal(await form.getAttribute('method'), 'post');
      assert.equal(await form.getAttribute('action'), path === '/' ? '/dang-nhap' : '/en/dang-nhap');
      await page.getByLabel(path === '/' ? 'Tên đăng nhập' : 'Username').waitFor();
    }
    await context.close();
  });

  test('the sidebar form signs in (to the newsroom) and says when the password is wrong', async () => {
    const context = await noScript();
    const page = await context.newPage();
    await page.goto(portal.origin + '/');
    await page.getByLabel('Tên đăng nhập').fill('thu-ky');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL(`${portal.origin}/dang-nhap`);
    await page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng.' }).waitFor();

    await page.getByLabel('Tên đăng nhập').fill('thu-ky');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL(`${portal.origin}/quan-tri/`);
    const me = (await (await context.request.get(`${portal.origin}/api/v1/auth/me`)).json()) as { user: { username: string } | null };
    assert.equal(me.user?.username, 'thu-ky');
    await context.close();
  });
});

describe('with JavaScript', () => {
  /** Loads `path` with the portal's script held back, so that the server's markup can be read before it runs. */
  async function loadHeld(context: BrowserContext, path: string) {
    const page = await context.newPage();
    const problems = watch(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    const release = await holdScripts(page);
    await page.goto(portal.origin + path, { waitUntil: 'commit' });
    await page.locator('ap-visit-counter [part~="today"] [part~="value"]').waitFor();
    await page.locator('ap-login-box [part~="submit"]').waitFor();
    return { page, problems, requests, release };
  }

  test('a signed-out reader: no summary request, the hit sent, and the boxes hydrated without a change', async () => {
    const context = await portal.visitor();
    const { page, problems, requests, release } = await loadHeld(context, '/');
    const box = await shadowOf(page, 'ap-login-box');
    const counter = await shadowOf(page, 'ap-visit-counter');
    assert.ok(box && counter, 'both boxes have their shadow root before any script');
    assert.match(box.text, /^Đăng nhập Tên đăng nhập Mật khẩu Hiện mật khẩu Đăng nhập$/);
    // Marks on the server's nodes: hydration keeps them, a fresh render would replace them.
    await page.evaluate(() => {
      for (const [tag, selector] of [
        ['ap-login-box', 'form'],
        ['ap-visit-counter', 'dl'],
      ])
        document.querySelector(tag)!.shadowRoot!.querySelector(selector)!.setAttribute('data-from-server', '');
    });

    const hit = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/stats/hit');
    release();
    await page.locator('ap-login-box[state="signed-out"]').waitFor();
    await hit;
    await page.waitForLoadState('networkidle').catch(() => {}); // the live stream keeps the network busy: a best effort
    assert.deepEqual(await shadowOf(page, 'ap-login-box'), box);
    assert.equal(await page.locator('ap-login-box form[data-from-server]').count(), 1);
    assert.equal(await page.locator('ap-visit-counter dl[data-from-server]').count(), 1);
    assert.equal((await shadowOf(page, 'ap-visit-counter'))?.height, counter.height);
    assert.deepEqual(
      requests.filter((request) => request.includes('/stats/summary')),
      [],
    );
    assert.ok(requests.includes('GET /api/v1/stats/stream'), requests.join('\n'));
    // The box still works after hydration: the show-password toggle and its state.
    await page.getByRole('button', { name: 'Hiện mật khẩu' }).click();
    assert.equal(await page.getByLabel('Mật khẩu', { exact: true }).getAttribute('type'), 'text');
    await assertAccessible(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the live stream brings the page view the widget sent: today counts this visit', async () => {
    const before = await summary();
    const context = await portal.visitor({ userAgent: `${VISITOR_UA} sidebar-${Date.now()}` });
    const page = await context.newPage();
    await page.goto(portal.origin + '/en/');
    await page.locator('ap-visit-counter [part~="today"] [part~="value"]', { hasText: new RegExp(`^${before.today + 1}$`) }).waitFor();
    assert.equal((await summary()).today, before.today + 1);
    await context.close();
  });

  test('a signed-in reader gets the cached signed-out page and still sees the signed-in box', async () => {
    const context = await portal.visitor();
    const signIn = await context.request.post(`${portal.origin}/api/v1/auth/login`, { data: { username: 'thu-ky', password: PASSWORD } });
    assert.equal(signIn.status(), 200);
    const { page, problems, release } = await loadHeld(context, '/');
    // The server's page is the same for everyone: signed out.
    assert.match((await shadowOf(page, 'ap-login-box'))!.text, /^Đăng nhập Tên đăng nhập/);
    release();
    await page.locator('ap-login-box[state="signed-in"]').waitFor();
    await page.locator('ap-login-box [part~="greeting"]', { hasText: 'Xin chào, Thư ký Thử' }).waitFor();
    assert.equal(await page.locator('ap-login-box form').count(), 0);
    await assertAccessible(page);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
