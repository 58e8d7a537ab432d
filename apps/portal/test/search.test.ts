// Search end to end in Chromium against the built server with its demo content: a reader types "cai cach hanh chinh"
// (no diacritics) in the header's search box and finds the articles on "cải cách hành chính", best first, with the
// words marked; by keyboard, on a phone, and without JavaScript; axe-clean, no console errors or failed requests.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, startPortal, watch, type Portal } from './browser.js';

interface ApiResults {
  total: number;
  items: { title: string; url: string }[];
}

let portal: Portal;
before(async () => {
  portal = await startPortal();
});
after(() => portal?.close());

const QUERY = 'cai cach hanh chinh';

/** The result cards' titles as shown, and the words marked in each. */
async function results(page: Page): Promise<{ title: string; marked: string[] }[]> {
  return page.locator('main .article-card-title').evaluateAll((titles) =>
    titles.map((title) => ({
      title: title.textContent ?? '',
      marked: [...title.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
}

async function expectReformArticles(page: Page): Promise<void> {
  const api = (await (await fetch(`${portal.origin}/api/v1/search?q=${encodeURIComponent(QUERY)}`)).json()) as ApiResults;
  assert.ok(api.total >= 3);
  const shown = await results(page);
  assert.deepEqual(
    shown.map((result) => result.title),
    api.items.map((item) => item.title),
    'the page shows the API ranking',
  );
  for (const { title, marked } of shown.slice(0, 3)) {
    assert.match(title, /cải cách hành chính/i, 'the articles with the phrase in their title come first');
    assert.deepEqual(
      marked.map((words) => words.toLowerCase()),
      ['cải cách hành chính'],
      'the four words next to each other are one mark',
    );
  }
  assert.ok((await page.locator('main .article-card-summary mark').count()) > 0, 'the snippets mark the words too');
  await assert.doesNotReject(page.locator('main .search-summary', { hasText: QUERY }).waitFor());
}

test('typing "cai cach hanh chinh" in the header search box finds the reform articles, best first, with marked words', async () => {
  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(`${portal.origin}/`);
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Tìm kiếm tin bài' });
  await box.fill(QUERY);
  await box.press('Enter');
  await page.waitForURL(`${portal.origin}/tim-kiem?q=cai+cach+hanh+chinh`);
  assert.equal(await page.title(), `Tìm kiếm: ${QUERY} | Đảng ủy Khối các cơ quan tỉnh`);
  assert.equal(await box.inputValue(), QUERY, 'the box keeps the query');
  await expectReformArticles(page);
  await assertAccessible(page);

  const first = (await results(page))[0].title;
  await page.locator('main .article-card-title a').first().click();
  await page.waitForURL(/\/bai-viet\//);
  assert.equal(await page.locator('main h1').textContent(), first);
  assert.deepEqual(problems, []);
  await context.close();
});

test('by keyboard alone: Tab reaches the search box from the top of the page, Enter searches', async () => {
  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(`${portal.origin}/chuyen-muc/chuyen-doi-so`);
  let presses = 0;
  while (!(await page.evaluate(() => document.activeElement?.id === 'site-search-q'))) {
    assert.ok(++presses < 10, 'Tab reaches the search box within a few presses');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type(QUERY);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/tim-kiem\?q=/);
  await expectReformArticles(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone (375 px) the box and the results fit, axe-clean; without JavaScript the search works the same', async () => {
  const phone = await portal.visitor({ viewport: { width: 375, height: 800 } });
  const page = await phone.newPage();
  const problems = watch(page);
  await page.goto(`${portal.origin}/`);
  await page.getByRole('searchbox', { name: 'Tìm kiếm tin bài' }).fill(QUERY);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await page.waitForURL(/\/tim-kiem\?q=/);
  await expectReformArticles(page);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no sideways scrolling');
  await assertAccessible(page);
  assert.deepEqual(problems, []);
  await phone.close();

  const noScript = await portal.browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
  const plain = await noScript.newPage();
  await plain.goto(`${portal.origin}/`);
  await plain.getByRole('searchbox', { name: 'Tìm kiếm tin bài' }).fill(QUERY);
  await plain.getByRole('searchbox', { name: 'Tìm kiếm tin bài' }).press('Enter');
  await plain.waitForURL(/\/tim-kiem\?q=/);
  await expectReformArticles(plain);
  await noScript.close();
});

test('nothing found, and a query full of search syntax: a plain message, axe-clean, no error', async () => {
  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  for (const query of ['xyzzy quux', '"NEAR" -*:']) {
    await page.goto(`${portal.origin}/tim-kiem?q=${encodeURIComponent(query)}`);
    await page.locator('main .empty', { hasText: 'Không tìm thấy kết quả nào' }).waitFor();
    assert.equal(await page.getByRole('searchbox', { name: 'Tìm kiếm tin bài' }).inputValue(), query);
  }
  await assertAccessible(page);
  assert.deepEqual(problems, []);
  await context.close();
});
