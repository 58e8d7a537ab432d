// The pinned snippet a member site pastes: the portal (the built server, serving this build) on one origin, a page on
// another with a strict Content-Security-Policy, and <script type="module" integrity crossorigin> pointing at
// /embed/v<version>/, with the hash read from /embed/versions.json. A changed hash makes the browser refuse the script.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { startPortalServer } from '../../../scripts/test-portal-server.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const pages = new Map<string, string>();
let site: Awaited<ReturnType<typeof startStaticServer>>;
let portal: Awaited<ReturnType<typeof startPortalServer>>;
let browser: Browser;
let files: Record<string, string>;

before(async () => {
  site = await startStaticServer('/nonexistent', { pages });
  portal = await startPortalServer();
  browser = await chromium.launch(chromiumLaunchOptions());
  const listing = (await (await fetch(`${portal.origin}/embed/versions.json`)).json()) as {
    latest: string;
    versions: Record<string, { files: Record<string, string> }>;
  };
  assert.equal(listing.latest, version);
  files = listing.versions[version]!.files;
});

after(async () => {
  await browser?.close();
  await site?.close();
  portal?.stop();
});

interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions and Content-Security-Policy violations. */
  errors: string[];
  requests: string[];
}

/**
 * Opens the pinned snippet on the site's origin, under a CSP that allows scripts from the portal's /embed/ only (and
 * the import map, when given, by its hash).
 */
async function open(name: string, integrity: string, imports?: Record<string, string>): Promise<Opened> {
  const importMap = imports && JSON.stringify({ integrity: imports });
  const mapHash = importMap && ` 'sha256-${createHash('sha256').update(importMap).digest('base64')}'`;
  const csp = [
    "default-src 'none'",
    `script-src ${portal.origin}/embed/${mapHash ?? ''}`,
    `connect-src ${portal.origin}/api/`,
    `img-src ${portal.origin}/media/`,
    "base-uri 'none'",
  ].join('; ');
  pages.set(
    `/${name}.html`,
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">
     <meta http-equiv="Content-Security-Policy" content="${csp}"><title>${name}</title>
     ${importMap ? `<script type="importmap">${importMap}</script>` : ''}</head><body>
     <script type="module" src="${portal.origin}/embed/v${version}/article-list.js" integrity="${integrity}" crossorigin="anonymous"></script>
     <ap-article-list src="${portal.origin}/api/v1/articles" page-size="3"></ap-article-list></body></html>`,
  );
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.exposeFunction('reportViolation', (text: string) => errors.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `CSP: ${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  await page.goto(`${site.origin}/${name}.html`, { waitUntil: 'load' });
  return { page, errors, requests };
}

test('the pinned snippet with its integrity hash renders the list on another origin under a strict CSP', async () => {
  const { page, errors, requests } = await open('pinned', files['article-list.js']!);
  await page.waitForFunction(() => document.querySelector('ap-article-list')?.shadowRoot?.querySelectorAll('[part~="link"]').length === 3);
  assert.deepEqual(errors, []);
  // The entry's imports (the shared chunk, the pagination) resolve inside the same version path.
  const embeds = requests.filter((url) => url.startsWith(`${portal.origin}/embed/`));
  assert.ok(
    embeds.some((url) => url.startsWith(`${portal.origin}/embed/v${version}/chunks/shared-`)),
    embeds.join('\n'),
  );
  assert.ok(embeds.includes(`${portal.origin}/embed/v${version}/pagination.js`), embeds.join('\n'));
  assert.ok(
    embeds.every((url) => url.startsWith(`${portal.origin}/embed/v${version}/`)),
    embeds.join('\n'),
  );
  await page.close();
});

test('with one changed character in the integrity value the browser refuses the script', async () => {
  const good = files['article-list.js']!;
  const last = good.at(-1) === 'A' ? 'B' : 'A';
  const { page, errors } = await open('tampered', `${good.slice(0, -1)}${last}`);
  // The load event waits for the module script's fetch and its failed integrity check.
  assert.equal(await page.evaluate(() => customElements.get('ap-article-list')), undefined);
  assert.equal(await page.evaluate(() => document.querySelector('ap-article-list')?.shadowRoot ?? null), null);
  assert.ok(
    errors.some((text) => /integrity/i.test(text)),
    errors.join('\n'),
  );
  await page.close();
});

/** The import map's integrity for every file of the version but the entry: what the entry imports is checked too. */
const importedFiles = (change?: string) =>
  Object.fromEntries(
    Object.entries(files)
      .filter(([file]) => file !== 'article-list.js')
      .map(([file, hash]) => [
        `${portal.origin}/embed/v${version}/${file}`,
        file === change ? `${hash.slice(0, -1)}${hash.at(-1) === 'A' ? 'B' : 'A'}` : hash,
      ]),
  );

test('with an import map listing the hashes of the files it imports, the pinned snippet still renders', async () => {
  const { page, errors } = await open('import-map', files['article-list.js']!, importedFiles());
  await page.waitForFunction(() => document.querySelector('ap-article-list')?.shadowRoot?.querySelectorAll('[part~="link"]').length === 3);
  assert.deepEqual(errors, []);
  await page.close();
});

test('with the import map, one changed character in the shared chunk’s hash makes the browser refuse the widget', async () => {
  const shared = Object.keys(files).find((file) => file.startsWith('chunks/shared-'))!;
  const { page, errors } = await open('import-map-tampered', files['article-list.js']!, importedFiles(shared));
  assert.equal(await page.evaluate(() => customElements.get('ap-article-list')), undefined);
  assert.ok(
    errors.some((text) => /integrity/i.test(text)),
    errors.join('\n'),
  );
  await page.close();
});
