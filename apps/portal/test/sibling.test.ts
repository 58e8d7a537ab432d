// The sibling agency site (apps/sibling-demo) on a second origin: it embeds the widgets with one script tag
// each from the portal, under a harsh CSS reset, a strict Content-Security-Policy and its own Lit 2.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, startSiblingDemo } from '../../sibling-demo/serve.mjs';
import { assertAccessible, startPortal, watch, type Portal } from './browser.js';

let portal: Portal;
let sibling: { origin: string; close(): Promise<void> };

before(async () => {
  portal = await startPortal();
  sibling = await startSiblingDemo({ portal: portal.origin });
});
after(async () => {
  await sibling?.close();
  await portal?.close();
});

test('the sibling page is served from another origin under a strict CSP', async () => {
  const response = await fetch(sibling.origin + '/');
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.equal(csp, contentSecurityPolicy(portal.origin));
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.notEqual(new URL(sibling.origin).port, new URL(portal.origin).port);
  const body = await response.text();
  assert.doesNotMatch(body, /<script(?![^>]*\bsrc=)/, 'no inline script');
  assert.doesNotMatch(body, /<style|\sstyle=/, 'no inline style');
});

test('every widget renders with no console errors, failed requests or CSP violations, beside the page’s Lit 2', async () => {
  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(sibling.origin + '/');

  const articles = await (await fetch(`${portal.origin}/api/v1/articles?pageSize=5`)).json();
  const titles = page.locator('ap-article-list [part~="title"] a');
  await titles.first().waitFor();
  assert.deepEqual(
    await titles.allTextContents(),
    articles.items.map((article: { title: string }) => article.title),
  );

  const widgets = await page.evaluate(() =>
    [...new Set([...document.querySelectorAll('*')].map((element) => element.localName).filter((name) => name.startsWith('ap-')))].map(
      (name) => ({
        name,
        defined: Boolean(customElements.get(name)),
        rendered: Boolean(document.querySelector(name)?.shadowRoot?.childElementCount),
      }),
    ),
  );
  assert.ok(widgets.length >= 2, JSON.stringify(widgets));
  for (const widget of widgets) assert.deepEqual(widget, { name: widget.name, defined: true, rendered: true });

  // Both Lits run: the page's own element (Lit 2) and the widgets (Lit 3).
  assert.equal(
    await page.locator('so-site-header').evaluate((element) => element.shadowRoot?.querySelector('p')?.textContent),
    'Sở Giáo dục và Đào tạo',
  );
  const versions = await page.evaluate(() => (window as unknown as { litElementVersions: string[] }).litElementVersions);
  assert.ok(versions.some((version) => version.startsWith('3.')) && versions.some((version) => version.startsWith('4.')), versions.join());

  // The page's reset (`button, input { all: unset }`, no margins, no list styles) does not reach inside the widgets.
  const target = await page
    .locator('ap-pagination [part~="link"]')
    .first()
    .evaluate((link) => getComputedStyle(link).minHeight);
  assert.equal(target, '44px');

  await assertAccessible(page);
  assert.deepEqual(problems, []);
  await context.close();
});
