// The embed package as a public npm CDN serves it: the real `npm pack` tarball, unpacked and served from an origin
// of its own with the CORS header CDNs send, loaded by a page on a second origin, the widgets reading the real portal
// server's API on a third, named by their attributes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { startPortalServer } from '../../../scripts/test-portal-server.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ap-embed-cdn-'));
const pages = new Map<string, string>();
let cdn: Awaited<ReturnType<typeof startStaticServer>>;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let portal: Awaited<ReturnType<typeof startPortalServer>>;
let browser: Browser;

before(async () => {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: packageDir, encoding: 'utf8' }),
  ) as { filename: string }[];
  execFileSync('tar', ['-xzf', join(work, filename), '-C', work]);
  cdn = await startStaticServer(join(work, 'package'), { headers: { 'access-control-allow-origin': '*' } });
  site = await startStaticServer(join(work, 'site'), { pages });
  portal = await startPortalServer();
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  await cdn?.close();
  await site?.close();
  portal?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Opens `body` on the site's origin; resolves once the article list has loaded, with the URLs the page requested. */
async function open(name: string, body: string): Promise<{ page: Page; requests: string[] }> {
  pages.set(
    `/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>${body}</body></html>`,
  );
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${site.origin}/${name}.html`);
  await page.waitForFunction(() => {
    const root = document.querySelector('ap-article-list')?.shadowRoot;
    return root?.querySelector('[part~="link"], [part~="error"]') != null;
  });
  return { page, requests };
}

const links = (page: Page) =>
  page.evaluate(() => [...(document.querySelector('ap-article-list')?.shadowRoot?.querySelectorAll('[part~="link"]') ?? [])].length);

test('a widget loaded from the CDN reads the portal named by its src attribute', async () => {
  const { page, requests } = await open(
    'src',
    `<script type="module" src="${cdn.origin}/dist/article-list.js"></script>
     <ap-article-list src="${portal.origin}/api/v1/articles" page-size="3"></ap-article-list>`,
  );
  assert.equal(await links(page), 3);
  assert.ok(requests.includes(`${cdn.origin}/dist/article-list.js`));
  assert.ok(
    requests.some((url) => url.startsWith(`${cdn.origin}/dist/chunks/shared-`)),
    'the shared chunk comes from the CDN',
  );
  assert.ok(
    requests.some((url) => url.startsWith(`${portal.origin}/api/v1/articles?`)),
    requests.join('\n'),
  );
  assert.ok(!requests.some((url) => url.startsWith(`${site.origin}/api/`)), 'nothing is asked of the page origin');
  await page.close();
});

test('<ap-portal api> from the CDN points every widget inside it at the portal', async () => {
  const { page, requests } = await open(
    'portal',
    `<script type="module" src="${cdn.origin}/dist/portal.js"></script>
     <script type="module" src="${cdn.origin}/dist/article-list.js"></script>
     <ap-portal api="${portal.origin}/api/v1/"><ap-article-list page-size="2"></ap-article-list></ap-portal>`,
  );
  assert.equal(await links(page), 2);
  assert.ok(
    requests.some((url) => url.startsWith(`${portal.origin}/api/v1/articles?`)),
    requests.join('\n'),
  );
  await page.close();
});

test('without src or <ap-portal api>, the widget asks the page origin, and shows its error state there', async () => {
  const { page, requests } = await open(
    'no-api',
    `<script type="module" src="${cdn.origin}/dist/article-list.js"></script><ap-article-list></ap-article-list>`,
  );
  assert.equal(await links(page), 0);
  assert.ok(
    requests.some((url) => url.startsWith(`${site.origin}/api/v1/articles`)),
    requests.join('\n'),
  );
  assert.ok(await page.evaluate(() => document.querySelector('ap-article-list')?.shadowRoot?.querySelector('[part~="error"]') != null));
  await page.close();
});
