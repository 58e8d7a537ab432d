// The built example (dist/) in Debian's Chromium: React props arrive as the widgets' properties, and the
// widgets' events, through the components' callbacks, update React state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

let server: { origin: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const problems: string[] = [];

before(async () => {
  server = await startStaticServer(fileURLToPath(new URL('../dist', import.meta.url)));
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.origin}/`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The pagination's visible numbers and ellipses, and the one marked as the current page. */
const pagination = (p: Page) =>
  p.locator('ap-pagination').evaluate((el) => {
    const items = [...el.shadowRoot!.querySelectorAll('li')].filter(
      (li) => li.checkVisibility() && !li.querySelector('[part~="previous"], [part~="next"]'),
    );
    return {
      items: items.map((item) => item.textContent!.trim()),
      current: el.shadowRoot!.querySelector('[aria-current="page"]')?.textContent?.trim(),
    };
  });

test('the pagination shows the total and the page React gives it', async () => {
  await page.locator('ap-pagination').evaluate((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
  const shown = await pagination(page);
  assert.equal(shown.current, '3');
  assert.deepEqual(shown.items, ['1', '2', '3', '4', '…', '12']);
  assert.equal(await page.locator('ap-pagination').evaluate((el) => (el as HTMLElement & { totalPages: number }).totalPages), 12);
});

test('picking a page updates React state, which the pagination then shows', async () => {
  await page.locator('ap-pagination').getByRole('button', { name: 'Page 4', exact: true }).click();
  await page.getByText('Page 4 of 12').waitFor();
  assert.equal((await pagination(page)).current, '4');
});

test('a new total from React reaches the pagination', async () => {
  await page.getByRole('button', { name: 'Ten more pages' }).click();
  await page.getByText('Page 4 of 22').waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector('ap-pagination')!;
    return [...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === '22');
  });
});

test("the carousel's slide change updates React state", async () => {
  assert.equal(await page.locator('#slide').textContent(), 'Banner 1 of 3');
  await page.locator('ap-banner-carousel').getByRole('button', { name: /next/i }).click();
  await page.getByText('Banner 2 of 3').waitFor();
  await page
    .locator('ap-banner-carousel')
    .getByRole('button', { name: /previous/i })
    .click();
  await page.getByText('Banner 1 of 3').waitFor();
});

test('the article list loads the static JSON, and its load event reaches React', async () => {
  await page.getByText('3 articles').waitFor();
  const titles = await page
    .locator('ap-article-list')
    .evaluate((el) => [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.textContent!.trim()));
  assert.deepEqual(titles, [
    'Provincial committee meets on the 2027 plan',
    'New public service portal opens',
    'Agencies sign the digital records agreement',
  ]);
});

test('the page passes axe and logged no errors', async () => {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
});
