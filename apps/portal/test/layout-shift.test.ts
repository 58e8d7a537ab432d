// Layout stability in Chromium against the built server: the pages arrive complete (widgets rendered on the server
// into Declarative Shadow DOM, images with their sizes), so nothing moves while they load and hydrate. The Layout
// Instability API reports every shift from the start of the load (`buffered`), here over the load and 5 s after, on
// a phone and on a desktop. Run `npx turbo run build --filter=@agency-portal/server...` first (turbo's test task does).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal, watch, type Portal } from './browser.js';

let portal: Portal;
const api = async <T>(path: string): Promise<T> => (await fetch(portal.origin + path)).json() as Promise<T>;

before(async () => {
  portal = await startPortal();
});
after(() => portal?.close());

/** The layout shifts a page made from its start until `settle` ms after its load event, each as `value: nodes`. */
async function shiftsOf(path: string, viewport: { width: number; height: number }, settle = 5000): Promise<string[]> {
  const context = await portal.visitor({ viewport });
  try {
    const page = await context.newPage();
    // Registered before the page's own scripts: collects every shift, with the elements that moved.
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          const nodes = (entry.sources ?? []).map(({ node }) =>
            node instanceof Element
              ? `${node.localName}${node.className ? `.${String(node.className).split(' ')[0]}` : ''}`
              : String(node?.nodeName),
          );
          shifts.push(`${entry.value.toFixed(4)}: ${nodes.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const problems = watch(page);
    await page.goto(portal.origin + path, { waitUntil: 'load' });
    await page.waitForTimeout(settle);
    assert.deepEqual(problems, [], `problems on ${path}`);
    return await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
  } finally {
    await context.close();
  }
}

describe('layout stability (cumulative layout shift 0)', () => {
  const phone = { width: 412, height: 823 };
  const desktop = { width: 1280, height: 900 };
  const pages = async () => {
    const { items } = await api<{ items: { url: string; category: { slug: string } }[] }>('/api/v1/articles?pageSize=1');
    return [
      ['home', '/'],
      ['category', `/chuyen-muc/${items[0].category.slug}`],
      ['article', new URL(items[0].url).pathname],
    ];
  };

  for (const [device, viewport] of [
    ['a phone', phone],
    ['a desktop', desktop],
  ] as const) {
    test(`home, category and article pages do not move on ${device}`, async () => {
      for (const [name, path] of await pages()) {
        const shifts = await shiftsOf(path, viewport);
        assert.deepEqual(shifts, [], `the ${name} page (${path}) shifted`);
      }
    });
  }
});
