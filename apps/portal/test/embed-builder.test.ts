// The embed builder end to end in Chromium against the built server: an admin opens it from the newsroom's navigation,
// makes an article list snippet, and the snippet read from the page, pasted into a blank page on another origin under a
// strict Content-Security-Policy (scripts from the portal's /embed/ only, no inline script), renders the list; with one
// byte of the served script changed the browser refuses it and the element is never defined. The preview renders the
// widget in a frame whose origin is opaque. The embedding guide passes axe in both languages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { assertAccessible, openNewsroom, previewFrame, startPortal, watch, type Portal } from './browser.js';

const PASSWORD = 'mã nhúng cho các sở 2026';

let portal: Portal;
let site: Awaited<ReturnType<typeof startStaticServer>>;
const pages = new Map<string, string>();
/** The snippet the builder made, as the page shows it. */
let snippet = '';

before(async () => {
  portal = await startPortal();
  site = await startStaticServer('/nonexistent', { pages });
  portal.addStaff({ username: 'quantri', role: 'admin', displayName: 'Lê Quản Trị', password: PASSWORD });
});
after(async () => {
  await site?.close();
  await portal?.close();
});

test('an admin builds an article list snippet; the preview renders it in a frame of an opaque origin', async () => {
  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  await openNewsroom(portal, page, 'quantri', PASSWORD);
  await page.getByRole('link', { name: 'Mã nhúng' }).click();
  await page.waitForURL(`${portal.origin}/quan-tri/ma-nhung`);
  const area = page.getByRole('textbox', { name: 'Mã nhúng' });
  await page.getByLabel('Số tin mỗi trang').fill('3');
  await page.getByLabel('Bố cục').selectOption('compact');
  await page.waitForFunction(() => {
    const text = document
      .querySelector('nr-app')
      ?.shadowRoot?.querySelector('nr-embed-builder')
      ?.shadowRoot?.querySelector('nr-embed-snippet')
      ?.shadowRoot?.querySelector('textarea')?.value;
    return text?.includes('page-size="3"') && text.includes('layout="compact"');
  });
  snippet = await area.inputValue();
  assert.match(
    snippet,
    /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\/v[\d.]+\/article-list\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n<ap-article-list /,
  );

  // The preview: the list rendered in a frame whose document has an opaque origin, with the options chosen.
  const frame = await previewFrame(page, 'layout=compact');
  await frame.waitForFunction(() => document.querySelector('ap-article-list')?.shadowRoot?.querySelectorAll('[part~="link"]').length === 3);
  assert.equal(await frame.evaluate(() => self.origin), 'null');
  assert.equal(await frame.evaluate(() => document.querySelector('ap-article-list')?.getAttribute('layout')), 'compact');
  await assertAccessible(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await assertAccessible(page);
  // The page is no wider than the phone: the snippet's long lines scroll inside their box.
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Opens the snippet on a blank page of the site's origin under a strict CSP; resolves to the page and what went wrong. */
async function openOnSite(context: BrowserContext, name: string) {
  const csp = [
    "default-src 'none'",
    `script-src ${portal.origin}/embed/`,
    `connect-src ${portal.origin}/api/`,
    `img-src ${portal.origin}`,
    "base-uri 'none'",
  ].join('; ');
  pages.set(
    `/${name}.html`,
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>Sở thử nghiệm</title></head><body>\n${snippet}\n</body></html>`,
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => errors.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `CSP: ${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  return { page, errors, url: `${site.origin}/${name}.html` };
}

test('the snippet, pasted into a blank page on another origin under a strict CSP, renders the list', async () => {
  assert.ok(snippet, 'the first test made a snippet');
  assert.notEqual(new URL(site.origin).origin, portal.origin);
  const context = await portal.visitor();
  const { page, errors, url } = await openOnSite(context, 'dan-ma');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('ap-article-list')?.shadowRoot?.querySelectorAll('[part~="link"]').length === 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with one byte of the served script changed, the browser refuses it and the element is never defined', async () => {
  const context = await portal.visitor();
  const { page, errors, url } = await openOnSite(context, 'dan-ma-bi-sua');
  const entry = /\/embed\/v[\d.]+\/article-list\.js$/.exec(/src="([^"]+)"/.exec(snippet)![1]!)![0];
  let changed = false;
  await page.route(`${portal.origin}${entry}`, async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    // One byte: the file's first letter "a" becomes a "b" (still a script that would run, but not the one hashed).
    const at = body.indexOf('a'.charCodeAt(0));
    body[at] = 'b'.charCodeAt(0);
    changed = true;
    await route.fulfill({ response, body });
  });
  await page.goto(url, { waitUntil: 'load' });
  assert.ok(changed, 'the script went through the change');
  assert.equal(await page.evaluate(() => customElements.get('ap-article-list')), undefined);
  assert.equal(await page.evaluate(() => document.querySelector('ap-article-list')?.shadowRoot ?? null), null);
  assert.ok(
    errors.some((text) => /integrity/i.test(text)),
    errors.join('\n'),
  );
  await context.close();
});

test('the embedding guide passes axe in Vietnamese and English, and pins the script the builder pins', async () => {
  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  for (const path of ['/huong-dan-nhung', '/en/embedding-guide']) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${portal.origin}${path}`);
    await assertAccessible(page);
    // On a phone the snippets and tables scroll in their boxes; the page itself does not scroll sideways.
    await page.setViewportSize({ width: 360, height: 800 });
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, path);
  }
  // The guide's list snippet (pinned to the latest version, at its defaults) is the builder's own format.
  const guided = await page.locator('pre[data-snippet="article-list"]').textContent();
  assert.equal(guided!.split('\n')[0], snippet.split('\n')[0]);
  assert.deepEqual(problems, []);
  await context.close();
});
