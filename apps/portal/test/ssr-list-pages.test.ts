// The home, category and search pages' server-rendered article list and pagination (Lit SSR, Declarative Shadow DOM)
// in Chromium against the built server: complete without JavaScript, and with it taken over (hydrated) as they are,
// without asking the articles API again, then paging as before.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Request } from 'playwright-core';
import { assertAccessible, startPortal, VISITOR_UA, watch, holdScripts, type Portal } from './browser.js';

interface ApiPage {
  items: { title: string; views: number; image: { width: number; height: number } | null }[];
  totalPages: number;
}

let portal: Portal;
const api = async (query: string): Promise<ApiPage> =>
  (await fetch(`${portal.origin}/api/v1/articles?${query}`)).json() as Promise<ApiPage>;

before(async () => {
  portal = await startPortal();
});
after(() => portal?.close());

const titles = (page: Page) => page.locator('ap-article-list [part~="title"] a').allTextContents();

/** The text of the list's and its pagination's shadow roots, as a reader's screen reader gets it. */
function shadowText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const list = document.querySelector('ap-article-list')!;
    const pagination = list.shadowRoot!.querySelector('ap-pagination')!;
    return `${list.shadowRoot!.textContent}\n${pagination.shadowRoot!.textContent}`.replace(/\s+/g, ' ').trim();
  });
}

const articleRequests = (requests: Request[]) => requests.filter((request) => new URL(request.url()).pathname === '/api/v1/articles');

describe('without JavaScript', () => {
  test('the home page shows the news cards, pictures with their size, dates, view counts and working page links', async () => {
    const context = await portal.browser.newContext({ javaScriptEnabled: false, userAgent: VISITOR_UA, locale: 'vi-VN' });
    const page = await context.newPage();
    const problems = watch(page);
    const [first, second] = [await api('page=1&pageSize=10'), await api('page=2&pageSize=10')];
    await page.goto(portal.origin + '/');
    // Declarative Shadow DOM: the shadow roots exist although no script ran.
    assert.equal(await page.evaluate(() => customElements.get('ap-article-list')), undefined);
    assert.ok(await page.evaluate(() => Boolean(document.querySelector('ap-article-list')?.shadowRoot)));
    assert.deepEqual(
      await titles(page),
      first.items.map((article) => article.title),
    );
    const image = page.locator('ap-article-list img[part~="image"]').first();
    assert.equal(await image.getAttribute('width'), String(first.items[0].image?.width));
    assert.equal(await image.getAttribute('height'), String(first.items[0].image?.height));
    assert.ok(await image.evaluate((img) => img.getBoundingClientRect().height > 0));
    assert.match(
      (await page.locator('ap-article-list [part~="meta"]').first().textContent()) ?? '',
      /\d{2}\/\d{2}\/\d{4}\s+Lượt xem: [\d.]+/,
    );
    // Its stylesheet applies (the CSP allows it by hash): the grid, and the current page in the portal's colour.
    const current = page.locator('ap-pagination [aria-current="page"]');
    assert.equal(await current.textContent(), '1');
    assert.notEqual(await current.evaluate((a) => getComputedStyle(a).backgroundColor), 'rgba(0, 0, 0, 0)');
    assert.ok(
      (await page
        .locator('ap-article-list [part~="list"]')
        .first()
        .evaluate((ul) => getComputedStyle(ul).display)) === 'grid',
    );

    await page.getByRole('link', { name: 'Trang 2', exact: true }).click();
    await page.waitForURL(`${portal.origin}/?page=2`);
    assert.deepEqual(
      await titles(page),
      second.items.map((article) => article.title),
    );
    await page.getByRole('link', { name: 'Trang trước', exact: true }).waitFor();
    // (axe needs timers, which do not run without JavaScript: the e2e test checks the same markup with it.) The browser
    // refuses the scripts the page preloads (`modulepreload`), as it should with JavaScript off: nothing else fails.
    assert.deepEqual(
      problems.filter((problem) => !/^request failed: .*\/assets\/v\/[\w.-]+\.js \(csp\)$/.test(problem)),
      [],
    );
    await context.close();
  });

  test('on a phone the pagination is narrow by CSS alone: fewer pages, arrows that keep their names', async () => {
    const total = (await api('pageSize=10')).totalPages;
    const shown = async (width: number) => {
      const context = await portal.browser.newContext({
        javaScriptEnabled: false,
        userAgent: VISITOR_UA,
        viewport: { width, height: 740 },
      });
      const page = await context.newPage();
      await page.goto(portal.origin + '/');
      await page.getByRole('link', { name: 'Trang sau', exact: true }).waitFor();
      // What is on screen: the items CSS shows, each by its visible text (an arrow, or the words).
      const items = await page.locator('ap-article-list').evaluate((list) =>
        [...list.shadowRoot!.querySelector('ap-pagination')!.shadowRoot!.querySelectorAll('li')]
          .filter((li) => getComputedStyle(li).display !== 'none')
          .map((li) => {
            const spans = [...li.querySelectorAll('span')];
            if (spans.length === 0) return li.textContent!.trim();
            return spans
              .filter((span) => span.getBoundingClientRect().width > 1)
              .map((span) => span.textContent)
              .join('');
          }),
      );
      await context.close();
      return items;
    };
    assert.deepEqual(await shown(360), ['1', '…', String(total), '›']);
    assert.deepEqual(await shown(1280), ['1', '2', '…', String(total), 'Trang sau']);
  });

  test("the search page's pagination is a server-rendered <ap-pagination> with links", async () => {
    const context = await portal.browser.newContext({ javaScriptEnabled: false, userAgent: VISITOR_UA });
    const page = await context.newPage();
    await page.goto(portal.origin + '/tim-kiem?q=tinh');
    const next = page.locator('ap-pagination').getByRole('link', { name: 'Trang sau', exact: true });
    assert.equal(await next.getAttribute('href'), '/tim-kiem?q=tinh&page=2');
    await next.click();
    await page.waitForURL(`${portal.origin}/tim-kiem?q=tinh&page=2`);
    assert.equal(await page.locator('ap-pagination [aria-current="page"]').textContent(), '2');
    await context.close();
  });
});

describe('with JavaScript', () => {
  test("the list takes over the server's markup without asking the API, unchanged, and page 2 then loads page 2", async () => {
    const context = await portal.visitor();
    const page = await context.newPage();
    const problems = watch(page);
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    const second = await api('page=2&pageSize=10');

    // Hold the portal's script back to read the page as the server sent it, then let it hydrate.
    const release = await holdScripts(page);
    await page.goto(portal.origin + '/', { waitUntil: 'commit' });
    // The page is parsed (its footer is there) while the script waits: the shadow roots are the server's.
    await page.waitForFunction(() => document.querySelector('footer') && !customElements.get('ap-article-list'));
    const before = await shadowText(page);
    assert.match(before, /Lượt xem: [\d.]+/);
    release();
    await page.waitForFunction(() => {
      const list = document.querySelector('ap-article-list') as (HTMLElement & { hasUpdated?: boolean }) | null;
      const pagination = list?.shadowRoot?.querySelector('ap-pagination') as (HTMLElement & { hasUpdated?: boolean }) | null;
      return Boolean(list?.hasUpdated && pagination?.hasUpdated && !pagination.hasAttribute('defer-hydration'));
    });
    await page.waitForLoadState('networkidle');
    assert.equal(await shadowText(page), before, 'hydration changed nothing');
    await assertAccessible(page);
    assert.deepEqual(
      articleRequests(requests).map((request) => request.url()),
      [],
      'no request for the page the server sent',
    );

    await page.getByRole('link', { name: 'Trang 2', exact: true }).click();
    await page.waitForURL(/\?page=2$/);
    await page.locator('ap-article-list [part~="title"] a', { hasText: second.items[0].title }).waitFor();
    assert.deepEqual(
      await titles(page),
      second.items.map((article) => article.title),
    );
    const loaded = articleRequests(requests);
    assert.equal(loaded.length, 1);
    assert.equal(new URL(loaded[0].url()).searchParams.get('page'), '2');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a category page in English and ?page=3 hydrate without a request too', async () => {
    const context = await portal.visitor();
    const requests: Request[] = [];
    for (const path of ['/?page=3', '/en/chuyen-muc/tin-hoat-dong']) {
      const page = await context.newPage();
      const problems = watch(page);
      page.on('request', (request) => requests.push(request));
      await page.goto(portal.origin + path);
      await page.waitForFunction(
        () => (document.querySelector('ap-article-list') as (HTMLElement & { hasUpdated?: boolean }) | null)?.hasUpdated,
      );
      await page.waitForLoadState('networkidle');
      assert.deepEqual(
        articleRequests(requests).map((request) => request.url()),
        [],
        path,
      );
      assert.deepEqual(problems, [], path);
      await page.close();
    }
    await context.close();
  });
});
