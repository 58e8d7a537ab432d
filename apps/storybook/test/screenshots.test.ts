// Screenshots of every built story at a phone's width (320 px) and a laptop's (1366 px) in Chromium, compared with
// the approved images in screenshots/: a story whose look changed by more than a few pixels fails, and the new image
// and a diff (changed pixels in red) are written under test-results/screenshots/. At 320 px a story must also not
// scroll sideways. After a deliberate change of look, approve the new images with `npm run screenshots:approve`
// (from the repository root) and commit them with the change. Run `npm run build` first (turbo's test task does).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const approvedDir = fileURLToPath(new URL('../screenshots/', import.meta.url));
const resultsDir = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const indexFile = join(root, 'index.json');
if (!existsSync(indexFile)) {
  throw new Error(`${indexFile} is missing: run "npx turbo run build --filter=@agency-portal/storybook" first.`);
}

/** Set by `npm run screenshots:approve`: write the images instead of comparing them. */
const approve = process.env.AP_APPROVE_SCREENSHOTS === '1';
const WIDTHS = [320, 1366];
/**
 * How many pixels may differ (beyond anti-aliasing, which pixelmatch leaves out) before an image counts as changed:
 * one in ten thousand, at least 10. A border, a radius or a colour that moves shows in far more.
 */
const allowedPixels = (width: number, height: number) => Math.max(10, Math.ceil(width * height * 1e-4));

/** Stories left out, and why. */
const SKIPPED: Record<string, string> = {
  // Its numbers go up every two seconds by design; the Default story has the same look.
  'widgets-visit-counter--live': 'its numbers change every two seconds',
};

const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && !(entry.id in SKIPPED));
if (stories.length === 0) throw new Error(`${indexFile} lists no stories.`);

// The widgets use the page's font; the images are made with Debian's DejaVu Sans, which Chromium's packages bring.
const FONT = 'DejaVu Sans';
try {
  if (!execFileSync('fc-list', [FONT], { encoding: 'utf8' }).trim()) throw new Error('not installed');
} catch {
  throw new Error(`The screenshots are made with the font "${FONT}": apt-get install -y fonts-dejavu-core`);
}

let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;
let base: string;

before(async () => {
  server = await startStaticServer(root);
  base = server.origin;
  browser = await chromium.launch(chromiumLaunchOptions());
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(approvedDir, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (approve) {
    // Images of stories that are gone.
    const wanted = new Set(stories.flatMap((story) => WIDTHS.map((width) => fileName(story.id, width))));
    for (const file of readdirSync(approvedDir)) if (!wanted.has(file)) rmSync(join(approvedDir, file));
  }
});

const fileName = (id: string, width: number) => `${id}.${width}.png`;

/** Everything the story needs to look settled: its elements rendered, fonts loaded, images in view decoded. */
async function settle(page: Page): Promise<void> {
  await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay');
  await page.evaluate(async () => {
    const deep = (node: ParentNode): Element[] =>
      [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    const elements = deep(document.getElementById('storybook-root')!).filter((el) => el.localName.includes('-'));
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
    await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    await document.fonts.ready;
  });
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const deep = (node: ParentNode): Element[] =>
      [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    const inView = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    };
    const images = deep(document.body).filter((el): el is HTMLImageElement => el instanceof HTMLImageElement && inView(el));
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
  });
}

for (const story of stories) {
  for (const width of WIDTHS) {
    test(`${story.title} / ${story.name} at ${width} px`, { timeout: 30_000 }, async () => {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      // tsx names the functions this file hands to the page with a helper that the page lacks.
      await context.addInitScript('globalThis.__name = (fn) => fn');
      // The shuffled strip's order: the same "random" numbers on every run.
      await context.addInitScript(() => {
        let seed = 42;
        Math.random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      });
      const page = await context.newPage();
      try {
        await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
        await page.addStyleTag({
          content: `body, #storybook-root { font-family: "${FONT}", sans-serif; }
            *, *::before, *::after { caret-color: transparent !important; }`,
        });
        await settle(page);
        // Lazy images below the first screen load only near the viewport: make the viewport as tall as the story.
        const height = await page.evaluate(() => Math.ceil(document.getElementById('storybook-root')!.getBoundingClientRect().bottom) + 16);
        if (height > 800) {
          await page.setViewportSize({ width, height });
          await settle(page);
        }
        if (width === 320) {
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scrollWidth <= width, `the story is ${scrollWidth} px wide at ${width} px: something overflows`);
        }
        const shot = await page.screenshot({
          fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.max(height, 32) },
          animations: 'disabled',
          caret: 'hide',
        });
        const name = fileName(story.id, width);
        const approvedFile = join(approvedDir, name);
        if (approve) {
          writeFileSync(approvedFile, shot);
          return;
        }
        assert.ok(existsSync(approvedFile), `no approved image ${name}: run "npm run screenshots:approve" and commit screenshots/`);
        const actual = PNG.sync.read(shot);
        const expected = PNG.sync.read(readFileSync(approvedFile));
        if (actual.width !== expected.width || actual.height !== expected.height) {
          writeFileSync(join(resultsDir, name), shot);
          assert.fail(
            `${name} is ${actual.width}x${actual.height} px, the approved image ${expected.width}x${expected.height} px (new image in test-results/screenshots/)`,
          );
        }
        const diff = new PNG({ width: actual.width, height: actual.height });
        const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
        if (changed > allowedPixels(actual.width, actual.height)) {
          writeFileSync(join(resultsDir, name), shot);
          writeFileSync(join(resultsDir, name.replace(/\.png$/, '.diff.png')), PNG.sync.write(diff));
          assert.fail(`${changed} pixels of ${name} changed (new image and diff in test-results/screenshots/)`);
        }
      } finally {
        await context.close();
      }
    });
  }
}
