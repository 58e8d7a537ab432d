// Compares how two checkouts of this repository look to a reader: the home page, a category page, an article page
// and the sibling demo site, each at 320 and 1366 px wide, in Debian's Chromium. Each checkout's built server runs on
// a free port with a fresh DATA_DIR and its demo content (no demo visits), the sibling demo is served beside it the
// way apps/portal/test/sibling.test.ts does, and every page is shot whole once its widgets have rendered. Each pair
// is compared with pixelmatch; the images and a diff (changed pixels in red) go to test-results/look-compare/.
//
//   node bench/look-compare.mjs <before checkout> <after checkout>
//
// Both checkouts must be built (`npx turbo run build` in each). The screenshots are taken one checkout after the
// other, in the same order, so the visit counts match; where a visit count or view count still differs between the
// two, its boxes are painted over in both images before comparing, and the table says so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { startBuiltServer } from '../scripts/built-server.mjs';
import { freePort } from '../scripts/free-port.mjs';

const WIDTHS = [320, 1366];
/** A desktop Chromium's user agent: the server counts HeadlessChrome as a bot, and a reader's visit is what is shown. */
const VISITOR_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
/**
 * Numbers that depend on the visits made so far: the visit counter's values and the articles' view counts (Playwright's
 * CSS selectors go through open shadow roots).
 */
const COUNT_SELECTORS = ['ap-visit-counter [part~="value"]', '.views', 'ap-article-list [part~="meta"] > span'];
/** The colour of masked boxes, and of the area one image has and the other does not (so that area counts as changed). */
const MASK = [128, 128, 128, 255];
const MISSING = [255, 0, 255, 255];

const [beforeArg, afterArg] = process.argv.slice(2);
if (!beforeArg || !afterArg) {
  console.error('Usage: node bench/look-compare.mjs <before checkout> <after checkout>');
  process.exit(2);
}
const checkouts = { before: resolve(beforeArg), after: resolve(afterArg) };
for (const [side, root] of Object.entries(checkouts)) {
  for (const built of ['apps/server/dist/main.js', 'apps/server/dist/stats/cli.js', 'apps/embed/dist', 'apps/sibling-demo/dist/site.js']) {
    if (!existsSync(join(root, built))) {
      console.error(`${side}: ${join(root, built)} is missing: run "npx turbo run build" in ${root} first.`);
      process.exit(2);
    }
  }
}
const outDir = fileURLToPath(new URL('../test-results/look-compare/', import.meta.url));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

/**
 * Starts `root`'s built server on a free port with a fresh DATA_DIR (seeded with the demo content on start) and the
 * sibling demo on another port; the sibling's origin is registered as the site so-gd before the server starts.
 */
async function startCheckout(root) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ap-look-'));
  const [port, siblingPort] = [await freePort(), await freePort()];
  const siblingOrigin = `http://127.0.0.1:${siblingPort}`;
  // SEED_DEMO=content: the demo articles, banners and partners, without the random demo visits of newer servers.
  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO: 'content' };
  execFileSync(process.execPath, [join(root, 'apps/server/dist/stats/cli.js'), 'add', '--id', 'so-gd', '--origin', siblingOrigin], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const { origin, stop: stopServer } = await startBuiltServer(join(root, 'apps/server/dist/main.js'), {
    cwd: root,
    dataDir,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, AUTH_ALLOWED_ORIGINS: siblingOrigin },
    label: `The server of ${root}`,
  });
  const { startSiblingDemo } = await import(pathToFileURL(join(root, 'apps/sibling-demo/serve.mjs')).href);
  const sibling = await startSiblingDemo({ portal: origin, port: siblingPort });
  return {
    origin,
    sibling: sibling.origin,
    async stop() {
      await sibling.close();
      stopServer();
    },
  };
}

/** The category and article paths to shoot: the first category in the home page's navigation and its first article. */
async function pagePaths(origin) {
  const home = await (await fetch(`${origin}/`)).text();
  // Links are written with or without the origin (the article list's come from the API, absolute).
  const category = /href="(?:https?:\/\/[^/"]+)?(\/chuyen-muc\/[^"]+)"/.exec(home)?.[1];
  const article = /href="(?:https?:\/\/[^/"]+)?(\/bai-viet\/[^"]+)"/.exec(home)?.[1];
  if (!category || !article) throw new Error(`The home page of ${origin} links no category or no article.`);
  return { home: '/', category, article };
}

/**
 * Waits until the page has settled: every custom element defined and rendered, no request under way for half a
 * second (live event streams aside), fonts loaded and every image in the viewport decoded. A step that takes over
 * 10 s is given up with a warning (the screenshot is still taken, and the warning says what it may lack).
 */
async function settle(page, pending, label) {
  await page.waitForLoadState('load');
  const late = await page.evaluate(async () => {
    const deep = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    const inTime = (promise, what) => Promise.race([promise.then(() => []), new Promise((done) => setTimeout(() => done([what]), 10_000))]);
    const widgets = () => deep(document).filter((el) => el.localName.includes('-'));
    const names = [...new Set(widgets().map((el) => el.localName))];
    return [
      ...(await inTime(Promise.all(names.map((name) => customElements.whenDefined(name))), `definitions of ${names.join(', ')}`)),
      ...(await inTime(Promise.all(widgets().map((el) => el.updateComplete)), 'first render')),
    ];
  });
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - start < 20_000) {
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 500) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  if (pending.size > 0) late.push(`requests (${[...pending].map((request) => request.url()).join(', ')})`);
  late.push(
    ...(await page.evaluate(async () => {
      const deep = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
      const inTime = (promise, what) =>
        Promise.race([promise.then(() => []), new Promise((done) => setTimeout(() => done([what]), 10_000))]);
      const all = deep(document);
      // A lazy image outside the viewport never loads, so its decode() would wait for ever: only those in view.
      const inView = (el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      };
      const images = all.filter((el) => el instanceof HTMLImageElement && inView(el));
      const late = [
        ...(await inTime(Promise.all(images.map((img) => img.decode().catch(() => undefined))), 'images')),
        ...(await inTime(Promise.all(all.filter((el) => el.localName.includes('-')).map((el) => el.updateComplete)), 'renders')),
        ...(await inTime(document.fonts.ready, 'fonts')),
      ];
      for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
      return late;
    })),
  );
  if (late.length > 0) console.error(`warning: ${label}: not settled in time: ${late.join('; ')}`);
}

/** A whole-page screenshot of `url` at `width`, with the boxes and texts of the visit-dependent numbers on it. */
async function shoot(browser, url, width) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    deviceScaleFactor: 1,
    // The carousel never starts its slide show under reduced motion, and transitions are off.
    reducedMotion: 'reduce',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    userAgent: VISITOR_UA,
  });
  // The partner strip may shuffle: the same "random" numbers on every run, as in the Storybook screenshot test.
  await context.addInitScript(() => {
    let seed = 42;
    Math.random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  });
  const page = await context.newPage();
  // Requests under way; a live event stream stays open by design and does not count once it has answered.
  const pending = new Set();
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  page.on('response', (response) => {
    if (response.headers()['content-type']?.startsWith('text/event-stream')) pending.delete(response.request());
  });
  try {
    await page.goto(url);
    await settle(page, pending, `${url} at ${width} px`);
    // Lazy images below the first screen load only near the viewport: make the viewport as tall as the page.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height: Math.max(height, 800) });
    await settle(page, pending, `${url} at ${width} px`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const counts = [];
    for (const selector of COUNT_SELECTORS) {
      for (const locator of await page.locator(selector).all()) {
        const box = await locator.boundingBox();
        if (box) counts.push({ text: (await locator.textContent())?.trim() ?? '', box });
      }
    }
    const shot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    return { png: PNG.sync.read(shot), scrollWidth, counts };
  } finally {
    await context.close();
  }
}

/** `image` on a canvas of `width` x `height`, the area outside it in MISSING. */
function padded(image, width, height) {
  const out = new PNG({ width, height });
  for (let i = 0; i < out.data.length; i += 4) out.data.set(MISSING, i);
  PNG.bitblt(image, out, 0, 0, image.width, image.height, 0, 0);
  return out;
}

function paint(image, { x, y, width, height }) {
  const [x0, y0] = [Math.max(0, Math.floor(x)), Math.max(0, Math.floor(y))];
  const [x1, y1] = [Math.min(image.width, Math.ceil(x + width)), Math.min(image.height, Math.ceil(y + height))];
  for (let row = y0; row < y1; row++) for (let col = x0; col < x1; col++) image.data.set(MASK, (row * image.width + col) * 4);
}

const browser = await chromium.launch(chromiumLaunchOptions());
const shots = { before: new Map(), after: new Map() };
let paths;
try {
  for (const side of ['before', 'after']) {
    const running = await startCheckout(checkouts[side]);
    try {
      paths ??= await pagePaths(running.origin);
      const urls = {
        ...Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, running.origin + path])),
        sibling: `${running.sibling}/`,
      };
      for (const [name, url] of Object.entries(urls)) {
        for (const width of WIDTHS) {
          const shot = await shoot(browser, url, width);
          writeFileSync(join(outDir, `${name}.${width}.${side}.png`), PNG.sync.write(shot.png));
          shots[side].set(`${name}.${width}`, shot);
          console.error(`${side}: ${name} at ${width} px (${shot.png.width} x ${shot.png.height})`);
        }
      }
    } finally {
      await running.stop();
    }
  }
} finally {
  await browser.close();
}

const rows = [];
for (const [key, before] of shots.before) {
  const after = shots.after.get(key);
  const [name, width] = key.split('.');
  const [w, h] = [Math.max(before.png.width, after.png.width), Math.max(before.png.height, after.png.height)];
  const [a, b] = [padded(before.png, w, h), padded(after.png, w, h)];
  const masked = before.counts.map(({ text }) => text).join('|') !== after.counts.map(({ text }) => text).join('|');
  if (masked) for (const { box } of [...before.counts, ...after.counts]) for (const image of [a, b]) paint(image, box);
  const diff = new PNG({ width: w, height: h });
  const changed = pixelmatch(a.data, b.data, diff.data, w, h, { threshold: 0.1 });
  writeFileSync(join(outDir, `${key}.diff.png`), PNG.sync.write(diff));
  rows.push({
    page: paths[name] ?? 'sibling demo /',
    width: `${width} px`,
    size: `${before.png.width}x${before.png.height} / ${after.png.width}x${after.png.height}`,
    'scroll width': `${before.scrollWidth} / ${after.scrollWidth}`,
    counts: masked ? 'differ: masked' : 'same',
    'differing pixels': changed.toLocaleString('en-US'),
    share: `${((100 * changed) / (w * h)).toFixed(3)} %`,
  });
}

const columns = Object.keys(rows[0]);
const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, i) => (i >= columns.length - 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
console.log(`before: ${checkouts.before}\nafter:  ${checkouts.after}\n`);
console.log(line(columns));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(columns.map((column) => row[column])));
console.log(`\nImages (before, after, diff) in ${outDir}`);
