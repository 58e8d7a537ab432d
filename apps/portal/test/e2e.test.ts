// End to end in Chromium against the built server: what a newcomer and a keyboard user do, and axe on every
// kind of page. Run `npx turbo run build --filter=@agency-portal/server...` first (turbo's test task does).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, hydrated, startPortal, watch, type Portal } from './browser.js';

interface ApiArticle {
  slug: string;
  title: string;
  views: number;
  category: { slug: string };
}

let portal: Portal;
const api = async <T>(path: string): Promise<T> => (await fetch(portal.origin + path)).json() as Promise<T>;

before(async () => {
  portal = await startPortal();
});
after(() => portal?.close());

/** The titles the article list shows once it has loaded a page (its shadow DOM, not the server's fallback). */
async function shownTitles(page: Page): Promise<string[]> {
  const links = page.locator('ap-article-list [part~="title"] a');
  await links.first().waitFor();
  return links.allTextContents();
}

/** The view count an article page shows ("Lượt xem: 1.234"). */
async function shownViews(page: Page): Promise<number> {
  const text = await page.locator('main .views').textContent();
  const match = /Lượt xem: ([\d.]+)/.exec(text ?? '');
  assert.ok(match, `no view count in "${text}"`);
  return Number(match[1].replaceAll('.', ''));
}

/** The element that has focus, through shadow roots, as `tag[part]: text`. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return 'body';
    const part = element.getAttribute('part');
    return `${element.localName}${part ? `[${part}]` : ''}: ${(element.textContent ?? '').trim().slice(0, 60)}`;
  });
}

/** Whether the focused element (through shadow roots) draws a visible outline. */
function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const style = element && getComputedStyle(element);
    return Boolean(style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2);
  });
}

describe('a newcomer', () => {
  test('reads the home page, goes to page 2, opens an article: its view count grows by one, and not on a reload', async () => {
    const context = await portal.visitor();
    const page = await context.newPage();
    const problems = watch(page);
    const [first, second] = await Promise.all([
      api<{ items: ApiArticle[] }>('/api/v1/articles?page=1&pageSize=10'),
      api<{ items: ApiArticle[] }>('/api/v1/articles?page=2&pageSize=10'),
    ]);

    await page.goto(portal.origin + '/');
    assert.deepEqual(
      await shownTitles(page),
      first.items.map((article) => article.title),
    );

    await page.getByRole('link', { name: 'Trang 2', exact: true }).click();
    await page.waitForURL(/\?page=2$/);
    await page.locator('ap-article-list [part~="title"] a', { hasText: second.items[0].title }).waitFor();
    assert.deepEqual(
      await shownTitles(page),
      second.items.map((article) => article.title),
    );

    const article = second.items[0];
    const before = (await api<ApiArticle>(`/api/v1/articles/${article.slug}`)).views;
    await page.locator('ap-article-list [part~="title"] a').first().click();
    await page.waitForURL(`**/bai-viet/${article.slug}`);
    assert.equal(await page.locator('h1').textContent(), article.title);
    assert.equal(await shownViews(page), before + 1);

    await page.reload();
    assert.equal(await shownViews(page), before + 1, 'a reload by the same visitor on the same day is not a new view');
    assert.equal((await api<ApiArticle>(`/api/v1/articles/${article.slug}`)).views, before + 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('a keyboard user', () => {
  test('skips to the content, pages the list and opens an article without a mouse, always seeing where the focus is', async () => {
    const context = await portal.visitor();
    const page = await context.newPage();
    const problems = watch(page);
    const second = await api<{ items: ApiArticle[] }>('/api/v1/articles?page=2&pageSize=10');
    await page.goto(portal.origin + '/');
    await shownTitles(page);

    await page.keyboard.press('Tab');
    assert.match(await focused(page), /^a: Bỏ qua đến nội dung chính/);
    assert.ok(await focusVisible(page), 'the skip link shows its focus');
    await page.keyboard.press('Enter');
    assert.match(await focused(page), /^main: /, 'the skip link moves the focus to the main content');
    await page.keyboard.press('Tab');
    assert.match(await focused(page), /^a\[link\]: /, 'after the skip link, Tab reaches the first article');

    let presses = 0;
    while (!/^a\[link\]: 2$/.test(await focused(page))) {
      assert.ok(++presses < 40, `Tab never reached page 2 of the pagination (at ${await focused(page)})`);
      await page.keyboard.press('Tab');
      assert.ok(await focusVisible(page), `focus is visible on ${await focused(page)}`);
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?page=2#main$/);
    await page.locator('ap-article-list [part~="title"] a', { hasText: second.items[0].title }).waitFor();
    assert.match(await focused(page), /^section\[region\]/, 'the new page of articles takes the focus');

    await page.keyboard.press('Tab');
    assert.equal(await focused(page), `a[link]: ${second.items[0].title.slice(0, 60)}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/bai-viet/${second.items[0].slug}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('staff', () => {
  test('sign in with the sidebar box and sign out again, without leaving the page', async () => {
    const password = 'trăng-rằm-tháng-tám sáng tỏ';
    portal.addStaff({ username: 'phong-vien', role: 'editor', displayName: 'Phóng viên Thử', password });
    const context = await portal.visitor();
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(portal.origin + '/');
    await hydrated(page, 'ap-login-box');
    await page.getByLabel('Tên đăng nhập').fill('phong-vien');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByText('Phóng viên Thử').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    const me = await page.evaluate(async () => (await (await fetch('/api/v1/auth/me')).json()) as { user: { username: string } | null });
    assert.equal(me.user?.username, 'phong-vien');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    const after = await page.evaluate(async () => (await (await fetch('/api/v1/auth/me')).json()) as { user: unknown });
    assert.equal(after.user, null);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the statistics box', () => {
  test('counts up live when a new visitor arrives', async () => {
    const first = await portal.visitor();
    const page = await first.newPage();
    await page.goto(portal.origin + '/');
    const today = page.locator('ap-visit-counter [part~="today"] [part~="value"]');
    await today.filter({ hasText: /\d/ }).waitFor();
    // The first visitor's own hit may land after the first summary: wait until the count settles on it.
    const summary = async () =>
      ((await (await fetch(`${portal.origin}/api/v1/stats/summary?site=portal`)).json()) as { today: number }).today;
    await page.waitForFunction(async (origin) => {
      const { today } = await (await fetch(`${origin}/api/v1/stats/summary?site=portal`)).json();
      const shown = document.querySelector('ap-visit-counter')?.shadowRoot?.querySelector('[part~="today"] [part~="value"]')?.textContent;
      return shown !== undefined && Number(shown?.replace(/\D/g, '')) === today;
    }, portal.origin);
    const before = await summary();

    const second = await portal.visitor({
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    });
    await (
      await second.newPage()
    ).goto(portal.origin + '/bai-viet/' + (await api<{ items: ApiArticle[] }>('/api/v1/articles?pageSize=1')).items[0].slug);
    // No reload: the first visitor's box hears of the new visit over its live stream.
    await today.filter({ hasText: new RegExp(`^${before + 1}$`) }).waitFor();
    assert.equal(await summary(), before + 1);
    await first.close();
    await second.close();
  });
});

describe('each language at its own address', () => {
  test('the switch goes to the same page in the other language; the shell and the hydrated widgets agree with it', async () => {
    const context = await portal.visitor();
    const page = await context.newPage();
    const problems = watch(page);
    const category = (await api<{ items: ApiArticle[] }>('/api/v1/articles?page=1&pageSize=1&lang=en')).items[0].category.slug;
    await page.goto(`${portal.origin}/chuyen-muc/${category}`);
    await shownTitles(page);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${portal.origin}/en/chuyen-muc/${category}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await shownTitles(page);
    assert.equal(await page.getByRole('link', { name: 'Skip to main content' }).count(), 1);
    // The list links to the English pages of the articles with an English version, in English.
    const english = (await api<{ items: ApiArticle[] }>(`/api/v1/articles?category=${category}&lang=en`)).items;
    const links = await page
      .locator('ap-article-list [part~="title"] a')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    assert.deepEqual(
      links,
      english.map((article) => `/en/bai-viet/${article.slug}`),
    );
    await page.getByRole('link', { name: english[0].title }).first().waitFor();
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL(`${portal.origin}/chuyen-muc/${category}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    // A later page of the Vietnamese list, which the English list has not: the switch goes to the English home.
    await page.goto(portal.origin + '/?page=2');
    await shownTitles(page);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${portal.origin}/en/`);
    await shownTitles(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a reader with the old lang cookie gets each address in its own language, widgets included', async () => {
    const context = await portal.visitor();
    await context.addCookies([{ name: 'lang', value: 'en', url: portal.origin }]);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(portal.origin + '/');
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    await shownTitles(page);
    assert.match((await page.locator('ap-article-list [part~="meta"]').first().textContent()) ?? '', /Lượt xem: [\d.]+/);
    await page.locator('ap-visit-counter').getByText('Hôm nay').first().waitFor();

    // The newest article has an English version: its English address shows it.
    const newest = (await api<{ items: ApiArticle[] }>('/api/v1/articles?page=1&pageSize=1&lang=en')).items[0];
    await page.goto(`${portal.origin}/en/bai-viet/${newest.slug}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('main h1').textContent(), newest.title);
    assert.equal(await page.getAttribute('main h1', 'lang'), null);
    await page.locator('ap-visit-counter').getByText('Today').first().waitFor();
    assert.equal(problems.length, 0, problems.join('\n'));

    // One without: its English address is the English 404 page, whose link leads to the Vietnamese page.
    const translated = new Set((await api<{ items: ApiArticle[] }>('/api/v1/articles?pageSize=50&lang=en')).items.map((a) => a.slug));
    const vietnameseOnly = (await api<{ items: ApiArticle[] }>('/api/v1/articles?pageSize=50')).items.find((a) => !translated.has(a.slug))!;
    const address = `${portal.origin}/en/bai-viet/${vietnameseOnly.slug}`;
    const response = await page.goto(address);
    assert.equal(response?.status(), 404);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByText('This article is published in Vietnamese only.').waitFor();
    await assertAccessible(page);
    await page.getByRole('link', { name: 'Read it on its Vietnamese page' }).click();
    await page.waitForURL(`${portal.origin}/bai-viet/${vietnameseOnly.slug}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    assert.equal(await page.locator('main h1').textContent(), vietnameseOnly.title);
    // The 404 itself is the only problem: its answer (and the browser's console line about it).
    assert.deepEqual(
      problems.filter((problem) => !problem.includes('404')),
      [],
    );
    assert.ok(problems.includes(`HTTP 404: ${address}`), problems.join('\n'));
    await context.close();
  });
});

describe('every kind of page', () => {
  test('has no axe violations, no console errors and no failed requests, on a desktop and on a phone', async () => {
    const newest = (await api<{ items: ApiArticle[] }>('/api/v1/articles?page=1&pageSize=1')).items[0];
    const paths = [
      '/',
      '/?page=2',
      `/chuyen-muc/${newest.category.slug}`,
      `/bai-viet/${newest.slug}`,
      '/en/',
      `/en/bai-viet/${newest.slug}`,
    ];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 740 },
    ]) {
      const context = await portal.visitor({ viewport });
      for (const path of paths) {
        const page = await context.newPage();
        const problems = watch(page);
        await page.goto(portal.origin + path);
        if (!path.includes('/bai-viet/')) await shownTitles(page);
        await assertAccessible(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(overflow <= 0, `${path} at ${viewport.width} px scrolls sideways by ${overflow} px`);
        assert.deepEqual(problems, [], path);
        await page.close();
      }
      await context.close();
    }
  });

  test('the 404 page has no axe violations', async () => {
    const context = await portal.visitor();
    const page = await context.newPage();
    const response = await page.goto(portal.origin + '/khong-co-trang-nay');
    assert.equal(response?.status(), 404);
    await assertAccessible(page);
    await context.close();
  });
});
