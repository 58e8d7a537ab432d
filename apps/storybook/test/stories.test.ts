// Opens every story of the built Storybook in Chromium and checks that it renders without errors
// and without axe violations. Run `npm run build` first (turbo's test task does).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const indexFile = join(root, 'index.json');
if (!existsSync(indexFile)) {
  throw new Error(`${indexFile} is missing: run "npx turbo run build --filter=@agency-portal/storybook" first.`);
}
const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
if (stories.length === 0) throw new Error(`${indexFile} lists no stories.`);

let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;
let base: string;

before(async () => {
  server = await startStaticServer(root);
  base = server.origin;
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const story of stories) {
  test(`${story.title} / ${story.name} (${story.id})`, { timeout: 30_000 }, async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      // Without the element in the manifest the docs page shows no attributes, events, parts or CSS properties.
      if (message.text().startsWith('Component not found in custom-elements.json')) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    try {
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
      // Storybook marks the body once the story has rendered (or failed to).
      await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay');
      const failure = await page.evaluate(() =>
        document.body.classList.contains('sb-show-errordisplay') ? document.getElementById('error-message')?.textContent : null,
      );
      assert.equal(failure, null, `Storybook could not render the story: ${failure}`);
      // Wait until every custom element in the story is defined and has rendered, including updates
      // made in the next frames (a ResizeObserver switching to the narrow layout, say).
      await page.evaluate(async () => {
        const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.includes('-'));
        await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
        for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
        await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
      });
      assert.deepEqual(errors, [], 'the story logged errors');

      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => (await window.axe.run('#storybook-root')).violations);
      const report = violations
        .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
        .join('\n');
      assert.equal(violations.length, 0, `axe violations:\n${report}`);
    } finally {
      await page.close();
    }
  });
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
