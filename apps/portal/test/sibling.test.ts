// The sibling agency site (apps/sibling-demo) on a second origin: it embeds the widgets with one script tag
// each from the portal, under a harsh CSS reset, a strict Content-Security-Policy and its own Lit 2.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../scripts/test-portal-server.mjs';
import { contentSecurityPolicy, startSiblingDemo } from '../../sibling-demo/serve.mjs';
import { assertAccessible, startPortal, watch, type Portal } from './browser.js';

const SITE_CLI = fileURLToPath(new URL('../../server/dist/stats/cli.js', import.meta.url));

let portal: Portal;
let sibling: { origin: string; close(): Promise<void> };

before(async () => {
  // The sibling's origin is known first: the portal allows it for sign-in and registers it as the site so-gd.
  const siblingPort = await freePort();
  const siblingOrigin = `http://127.0.0.1:${siblingPort}`;
  // Registered before the server starts: a running server looks for new sites at most once a second, and the page
  // can ask for the site's counters sooner than that.
  portal = await startPortal({ AUTH_ALLOWED_ORIGINS: siblingOrigin }, undefined, (dataDir) =>
    execFileSync(process.execPath, [SITE_CLI, 'add', '--id', 'so-gd', '--origin', siblingOrigin], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    }),
  );
  sibling = await startSiblingDemo({ portal: portal.origin, port: siblingPort });
});
after(async () => {
  await sibling?.close();
  await portal?.close();
});

test('the sibling page is served from another origin under a strict CSP', async () => {
  const response = await fetch(sibling.origin + '/');
  const body = await response.text();
  // The article list is the portal's server-rendered fragment: its stylesheets are allowed by hash, nothing else inline.
  const styles = [...body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  );
  assert.ok(styles.length >= 2, 'the list and its pagination bring their stylesheets');
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.equal(csp, contentSecurityPolicy(portal.origin, [...new Set(styles)]));
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.notEqual(new URL(sibling.origin).port, new URL(portal.origin).port);
  assert.doesNotMatch(body, /<script(?![^>]*\bsrc=)(?! type="application\/json">)/, 'no inline script (the fragment’s data is JSON)');
  assert.equal(body.match(/<style/g)?.length, styles.length, 'no inline style but the fragment’s');
  assert.doesNotMatch(body, /\sstyle=/, 'no style attribute');
});

test('the server-rendered list shows without JavaScript, and the embed script takes it over without asking the API', async () => {
  const articles = await (await fetch(`${portal.origin}/api/v1/articles?pageSize=5`)).json();
  const titles = (articles.items as { title: string }[]).map((article) => article.title);

  const noScript = await portal.browser.newContext({ javaScriptEnabled: false });
  const still = await noScript.newPage();
  await still.goto(sibling.origin + '/');
  assert.deepEqual(await still.locator('ap-article-list [part~="title"] a').allTextContents(), titles);
  await noScript.close();

  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  const asked: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/v1/articles') asked.push(request.url());
  });
  await page.goto(sibling.origin + '/', { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('ap-article-list') !== undefined);
  assert.deepEqual(await page.locator('ap-article-list [part~="title"] a').allTextContents(), titles);
  assert.deepEqual(asked, [], 'the list starts from the fragment’s data');
  // Taken over: paging asks the API for page 2.
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/articles');
  await page.locator('ap-article-list ap-pagination [part~="link"]', { hasText: '2' }).first().click();
  await answered;
  assert.equal(asked.length, 1);
  assert.match(asked[0], /[?&]page=2\b/);
  assert.deepEqual(problems, []);
  await context.close();
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
  assert.deepEqual(widgets.map((widget) => widget.name).sort(), [
    'ap-ad-strip',
    'ap-article-list',
    'ap-banner-carousel',
    'ap-login-box',
    'ap-pagination',
    'ap-visit-counter',
  ]);
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

test('a visit to the sibling page counts for its own site, not the portal', async () => {
  // A site added while the server runs is known from its first hit on: before that its summary is an error, 0 visits.
  const summary = async (site: string) =>
    ((await (await fetch(`${portal.origin}/api/v1/stats/summary?site=${site}`)).json()) as { today?: number }).today ?? 0;
  const [siblingBefore, portalBefore] = [await summary('so-gd'), await summary('portal')];
  const context = await portal.visitor({
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  });
  const page = await context.newPage();
  await page.goto(sibling.origin + '/');
  const today = page.locator('ap-visit-counter [part~="today"] [part~="value"]');
  await today.filter({ hasText: String(siblingBefore + 1) }).waitFor();
  assert.equal(await summary('so-gd'), siblingBefore + 1);
  assert.equal(await summary('portal'), portalBefore);
  await context.close();
});
