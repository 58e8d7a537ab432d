// Loads the built embed bundles (dist/) in Chromium the way a sibling site does: plain HTML pages with
// <script type="module"> tags and no build step. Run the build first (turbo's test task does).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import type { Manifest } from 'vite';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { embedEntries } from '../widgets.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  throw new Error(`${manifestFile} is missing: run "npx turbo run build --filter=@agency-portal/embed" first.`);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
const chunkNamed = (name: string) => Object.values(manifest).find((chunk) => chunk.name === name && !chunk.isEntry);

/** Test pages by path; everything else is served from dist/. */
const pages = new Map<string, string>();
let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;
let base: string;

before(async () => {
  server = await startStaticServer(dist, { pages });
  base = server.origin;
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  /** Console errors and warnings, uncaught exceptions, failed responses, requests to anywhere but the test server. */
  problems: string[];
  /** Paths of the responses, in order. */
  responses: string[];
}

/** Opens `body` as a page of the test server and waits until every `ap-*` tag in it is defined and rendered. */
async function open(name: string, body: string): Promise<Opened> {
  pages.set(
    `/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head><body>${body}</body></html>`,
  );
  const page = await browser.newPage();
  const problems: string[] = [];
  const responses: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(`${base}/`)) problems.push(`request outside the test server: ${request.url()}`);
  });
  page.on('response', (response) => {
    responses.push(new URL(response.url()).pathname);
    if (!response.ok()) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${base}/${name}.html`);
  await page.evaluate(async () => {
    const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((tag) => tag.startsWith('ap-')))];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(
      tags.flatMap((tag) =>
        [...document.querySelectorAll(tag)].map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
      ),
    );
  });
  return { page, problems, responses };
}

/** The page numbers shown by the first <ap-pagination>, and the one marked as current. */
const paginationState = (page: Page) =>
  page.evaluate(() => {
    const nav = document.querySelector('ap-pagination')?.shadowRoot?.querySelector('nav');
    const controls = [...(nav?.querySelectorAll('a, button') ?? [])].filter((el) => /^\d+$/.test(el.textContent?.trim() ?? ''));
    return {
      hasNav: nav != null,
      pages: controls.map((el) => el.textContent?.trim()),
      current: controls.filter((el) => el.getAttribute('aria-current') === 'page').map((el) => el.textContent?.trim()),
    };
  });

test('the build emits one entry per package with a define.js export, each a devDependency of the embed package', () => {
  const expected = embedEntries();
  const names = Object.values(manifest)
    .filter((chunk) => chunk.isEntry)
    .map((chunk) => chunk.name)
    .sort();
  assert.deepEqual(names, Object.keys(expected).sort());
  assert.ok(names.includes('pagination') && names.includes('portal'), `entries: ${names.join(', ')}`);
  for (const name of names) assert.ok(existsSync(join(dist, `${name}.js`)), `dist/${name}.js is missing`);
  // turbo builds a package before the embed only when the embed depends on it (a devDependency: the bundles carry them).
  const { devDependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  for (const specifier of Object.values(expected)) {
    const pkg = specifier.replace(/\/define\.js$/, '');
    assert.ok(pkg in devDependencies, `add ${pkg} to the devDependencies of apps/embed/package.json`);
  }
});

test('Lit, core and the Lit context package are one shared chunk with a hashed name, and Lit is its production build', () => {
  const shared = chunkNamed('shared');
  assert.match(shared?.file ?? '', /^chunks\/shared-[\w-]+\.js$/);
  assert.deepEqual(
    Object.values(manifest)
      .filter((chunk) => !chunk.isEntry)
      .map((chunk) => chunk.file),
    [shared!.file],
    'one chunk besides the entries',
  );
  for (const entry of Object.values(manifest).filter((chunk) => chunk.isEntry)) {
    assert.ok(
      entry.imports?.some((key) => manifest[key] === shared),
      `${entry.file} does not import the shared chunk`,
    );
  }
  const code = readFileSync(join(dist, shared!.file), 'utf8');
  assert.match(code, /customElements/);
  assert.doesNotMatch(code, /dev mode/);
});

test('no entry carries Lit: only the shared chunk has it', () => {
  for (const chunk of Object.values(manifest)) {
    const code = readFileSync(join(dist, chunk.file), 'utf8');
    // Every copy of Lit registers itself in litElementVersions.
    assert.equal(/litElementVersions/.test(code), chunk.file === chunkNamed('shared')!.file, chunk.file);
  }
});

test('a page with only pagination.js renders <ap-pagination> without console errors', async () => {
  const { page, problems } = await open(
    'single',
    '<script type="module" src="/pagination.js"></script><ap-pagination total-pages="5" current="2"></ap-pagination>',
  );
  assert.deepEqual(await paginationState(page), { hasNav: true, pages: ['1', '2', '3', '4', '5'], current: ['2'] });
  assert.deepEqual(problems, []);
  await page.close();
});

test('a page with pagination.js and portal.js loads the shared chunk once', async () => {
  const { page, problems, responses } = await open(
    'two',
    '<script type="module" src="/pagination.js"></script><script type="module" src="/portal.js"></script>' +
      '<ap-portal lang="en"><ap-pagination total-pages="5" current="2"></ap-pagination></ap-portal>',
  );
  const file = `/${chunkNamed('shared')!.file}`;
  assert.equal(responses.filter((path) => path === file).length, 1, `${file} in ${responses.join(', ')}`);
  assert.equal(await page.evaluate(() => customElements.get('ap-portal') !== undefined), true);
  assert.equal((await paginationState(page)).pages.length, 5);
  assert.deepEqual(problems, []);
  await page.close();
});

test('pagination.js does not throw when the page already registered ap-pagination', async () => {
  const { page, problems } = await open(
    'taken',
    '<script>customElements.define("ap-pagination", class PageOwn extends HTMLElement {});</script>' +
      '<script type="module" src="/pagination.js"></script><ap-pagination total-pages="5" current="2"></ap-pagination>',
  );
  assert.deepEqual(
    problems.filter((problem) => !problem.startsWith('warning:')),
    [],
  );
  assert.equal(await page.evaluate(() => customElements.get('ap-pagination')?.name), 'PageOwn');
  await page.close();
});

/** Three articles a page, seven in all: the list shows three and a pagination of three pages. */
function articlesPage(page: number) {
  const items = Array.from({ length: page < 3 ? 3 : 1 }, (_, i) => ({
    id: page * 10 + i,
    slug: `bai-${page}-${i}`,
    title: `Bài ${page}.${i}`,
    summary: 'Tóm tắt.',
    image: null,
    category: { slug: 'tin-hoat-dong', name: 'Tin hoạt động' },
    author: 'Ban Tuyên giáo',
    publishedAt: '2026-01-15T02:00:00Z',
    views: 1523,
    url: `/bai-viet/bai-${page}-${i}`,
  }));
  return JSON.stringify({ items, page, pageSize: 3, total: 7, totalPages: 3 });
}

/** Titles, dates and view counts of the articles shown, and the page numbers of the inner pagination. */
const listState = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('ap-article-list')!.shadowRoot!;
    const pagination = root.querySelector('ap-pagination')?.shadowRoot;
    return {
      titles: [...root.querySelectorAll('[part="link"]')].map((el) => el.textContent),
      meta: root.querySelector('[part="meta"]')?.textContent?.replace(/\s+/g, ' ').trim(),
      pages: [...(pagination?.querySelectorAll('button') ?? [])].map((el) => el.textContent).filter((text) => /^\d+$/.test(text ?? '')),
    };
  });

test('a page with only article-list.js loads it, pagination.js and the shared chunk, and shows the articles with their pagination', async () => {
  pages.set('/api/v1/articles', articlesPage(1));
  const { page, problems, responses } = await open(
    'list',
    '<script type="module" src="/article-list.js"></script><ap-article-list page-size="3" lang="vi"></ap-article-list>',
  );
  await page.waitForFunction(() => document.querySelector('ap-article-list')?.shadowRoot?.querySelector('ap-pagination'));
  assert.deepEqual(await listState(page), {
    titles: ['Bài 1.0', 'Bài 1.1', 'Bài 1.2'],
    meta: '15/01/2026 Lượt xem: 1.523',
    pages: ['1', '2', '3'],
  });
  assert.deepEqual(
    responses.filter((path) => path.endsWith('.js')).sort(),
    ['/article-list.js', `/${chunkNamed('shared')!.file}`, '/pagination.js'].sort(),
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test('article-list.js beside portal.js and pagination.js: the list reads the portal api, and one <ap-pagination> class runs', async () => {
  pages.set('/portal-api/articles', articlesPage(2));
  const { page, problems } = await open(
    'list-and-others',
    '<script type="module" src="/portal.js"></script><script type="module" src="/pagination.js"></script>' +
      '<script type="module" src="/article-list.js"></script>' +
      '<ap-portal api="/portal-api/" lang="en"><ap-article-list page-size="3"></ap-article-list>' +
      '<ap-pagination total-pages="4" current="1"></ap-pagination></ap-portal>',
  );
  await page.waitForFunction(() => document.querySelector('ap-article-list')?.shadowRoot?.querySelector('ap-pagination'));
  assert.deepEqual(await listState(page), {
    titles: ['Bài 2.0', 'Bài 2.1', 'Bài 2.2'],
    meta: '15/01/2026 Views: 1,523',
    pages: ['1', '2', '3'],
  });
  assert.equal((await paginationState(page)).pages.length, 4);
  // The inner and the outer pagination are instances of the one registered class, whichever bundle defined it.
  assert.equal(
    await page.evaluate(() => {
      const inner = document.querySelector('ap-article-list')!.shadowRoot!.querySelector('ap-pagination')!;
      return (
        inner.constructor === customElements.get('ap-pagination') &&
        document.querySelector('ap-pagination')!.constructor === inner.constructor
      );
    }),
    true,
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test('a page with all six widgets and <ap-portal> loads Lit once, each file once', async () => {
  pages.set('/portal-api/articles', articlesPage(1));
  const scripts = Object.keys(embedEntries())
    .map((name) => `<script type="module" src="/${name}.js"></script>`)
    .join('');
  const { page, responses } = await open(
    'all',
    scripts +
      '<ap-portal api="/portal-api/" site="so-gd"><ap-article-list page-size="3"></ap-article-list>' +
      '<ap-pagination total-pages="4" current="1"></ap-pagination><ap-banner-carousel></ap-banner-carousel>' +
      '<ap-ad-strip></ap-ad-strip><ap-visit-counter></ap-visit-counter><ap-login-box></ap-login-box></ap-portal>',
  );
  assert.equal(await page.evaluate(() => (globalThis as { litElementVersions?: string[] }).litElementVersions?.length), 1);
  const scriptsLoaded = responses.filter((path) => path.endsWith('.js'));
  assert.deepEqual(scriptsLoaded, [...new Set(scriptsLoaded)], 'a file loaded twice');
  assert.ok(scriptsLoaded.includes(`/${chunkNamed('shared')!.file}`));
  await page.close();
});
