// Opens the Docs page of every widget in the built Storybook and checks its table against the widget's manifest:
// each attribute, property, event, slot, part and CSS property shows exactly once, in its category.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { CATEGORIES, rowName, rowsOf, type ElementDeclaration } from '../.storybook/arg-types.js';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const indexFile = join(root, 'index.json');
if (!existsSync(indexFile)) {
  throw new Error(`${indexFile} is missing: run "npx turbo run build --filter=@agency-portal/storybook" first.`);
}
const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; importPath: string; storiesImports?: string[] }>;
};
const entries = Object.values(index.entries);
const docs = entries.filter((entry) => entry.type === 'docs');

/** The custom element of the package whose stories a docs page shows. */
function elementOf(title: string): ElementDeclaration {
  const story = entries.find((entry) => entry.type === 'story' && entry.title === title)!;
  const pkg = dirname(dirname(resolve(fileURLToPath(new URL('..', import.meta.url)), story.importPath)));
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: ElementDeclaration[] }[];
  };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.equal(elements.length, 1, `${pkg}: one custom element per package`);
  return elements[0]!;
}

let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;

before(async () => {
  server = await startStaticServer(root);
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('Storybook has a Docs page for every widget', () => {
  assert.equal(docs.length, 6, docs.map((d) => d.id).join(', '));
});

for (const entry of docs) {
  test(
    `${entry.title}: the docs table shows each attribute, property, event, slot, part and CSS property once`,
    { timeout: 30_000 },
    async () => {
      const element = elementOf(entry.title);
      const page = await browser.newPage();
      try {
        await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
        await page.waitForSelector('.docblock-argstable tbody tr');
        // The table's rows in order: a category's own row ("Hide attributes items"), then its entries' names.
        const shown = await page.evaluate(() => {
          const table: Record<string, string[]> = {};
          let category: string | undefined;
          for (const row of document.querySelector('.docblock-argstable tbody')!.children) {
            const title = row.getAttribute('title')?.match(/^(?:Hide|Show) (.+) items$/);
            if (title) table[(category = title[1]!)] = [];
            else if (category) table[category]!.push(row.firstElementChild!.textContent!.trim());
          }
          return table;
        });
        const expected = Object.fromEntries(
          CATEGORIES.map(([category, kind]) => [category, rowsOf(element, kind).map((item) => rowName(kind, item))] as const).filter(
            ([, names]) => names.length > 0,
          ),
        );
        const sorted = (table: Record<string, string[]>) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, [...v].sort()]));
        assert.deepEqual(sorted(shown), sorted(expected));
      } finally {
        await page.close();
      }
    },
  );
}
