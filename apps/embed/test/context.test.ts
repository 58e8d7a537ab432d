// A provider and a consumer from two separately built bundles, each with its own Lit and its own copy of the Lit
// context package, meet on one page: the context keys are strings, so the copies agree on them. Built here with
// Vite from test/fixtures/, opened in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const USER = { id: '7', username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'editor' };
const SUMMARY = {
  site: 'so-gd',
  online: 3,
  today: 41,
  week: 230,
  month: 1204,
  total: 93308,
  timezone: 'Asia/Ho_Chi_Minh',
  definitions: {
    counts: 'visits',
    visitGapMinutes: 30,
    onlineWindowMinutes: 5,
    weekStartsOn: 'monday',
    botsExcluded: true,
    cookies: false,
  },
  updatedAt: '2026-11-27T03:00:00.000Z',
};

let out: string;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;
const pages = new Map<string, string>();

/** Builds `entry` into `out`/`name`.js as one file with everything it imports. */
async function bundle(entry: string, name: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'es2022',
      rolldownOptions: { input: join(fixtures, entry), output: { format: 'es', entryFileNames: `${name}.js`, minify: true } },
    },
  });
}

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'ap-context-'));
  await bundle('provider-bundle.ts', 'providers');
  await bundle('consumer-bundle.ts', 'consumers');
  server = await startStaticServer(out, { pages });
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

test('each bundle carries its own Lit and context package', () => {
  for (const name of ['providers', 'consumers']) {
    const code = readFileSync(join(out, `${name}.js`), 'utf8');
    assert.doesNotMatch(code, /^import\b/m, `${name}.js imports another file`);
    assert.match(code, /context-request/, `${name}.js has no context code`);
  }
});

test('consumers of one bundle get the portal configuration and the session from providers of another', async () => {
  pages.set(
    '/index.html',
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>two bundles</title>' +
      '<script type="module" src="/providers.js"></script><script type="module" src="/consumers.js"></script></head><body>' +
      '<ap-portal api="/cong/api/v1/" site="so-gd"><ap-login-box></ap-login-box><ap-visit-counter></ap-visit-counter>' +
      '<session-name></session-name></ap-portal></body></html>',
  );
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  const requests: string[] = [];
  let signedIn = true;
  await page.route('**/cong/api/v1/**', async (route) => {
    const url = new URL(route.request().url());
    requests.push(url.pathname + url.search);
    if (url.pathname.endsWith('/auth/me')) return route.fulfill({ json: { user: signedIn ? USER : null, cookies: true } });
    if (url.pathname.endsWith('/auth/logout')) {
      signedIn = false;
      return route.fulfill({ json: { ok: true } });
    }
    if (url.pathname.endsWith('/stats/summary')) return route.fulfill({ json: SUMMARY });
    // No live updates here: a 204 tells the event stream not to reconnect.
    if (url.pathname.endsWith('/stats/stream')) return route.fulfill({ status: 204 });
    return route.fulfill({ status: 404, json: { error: { code: 'not_found', message: 'Not found.' } } });
  });
  try {
    await page.goto(`${server.origin}/index.html`);
    // Two copies of Lit on the page, one per bundle.
    assert.equal(await page.evaluate(() => (globalThis as { litElementVersions?: string[] }).litElementVersions?.length), 2);

    // The counter (consumers bundle) asked the API and site that <ap-portal> (providers bundle) gives.
    await page.waitForFunction(() => document.querySelector('ap-visit-counter')?.shadowRoot?.querySelector('dd')?.textContent === '3');
    assert.ok(requests.includes('/cong/api/v1/stats/summary?site=so-gd'), requests.join(', '));
    // So did the login box, for the session.
    assert.ok(requests.includes('/cong/api/v1/auth/me'), requests.join(', '));

    // The login box's session reaches <session-name>, and so does the sign-out.
    const name = page.locator('session-name');
    await page.waitForFunction(() => document.querySelector('session-name')?.shadowRoot?.textContent === 'Nguyễn Thị Lan');
    await page.locator('ap-login-box').locator('[part~=signout]').click();
    await page.waitForFunction(() => document.querySelector('session-name')?.shadowRoot?.textContent === 'signed out');
    assert.equal(await name.evaluate((el) => el.shadowRoot?.textContent), 'signed out');
    assert.deepEqual(problems, [], `requests: ${requests.join(', ')}`);
  } finally {
    await page.close();
  }
});
