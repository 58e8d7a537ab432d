// Scores the portal's home, a category and an article page with Lighthouse (pinned, see package.json) in Debian's
// Chromium: performance, accessibility, best practices and SEO, with largest contentful paint, total blocking time
// and cumulative layout shift, under Lighthouse's default mobile emulation and simulated throttling, on the built
// server with a fresh, seeded DATA_DIR. Also prints the JavaScript each page loaded during the run (every script,
// gzip -9; the widgets' code comes when the browser is idle, see apps/portal/src/widgets.ts).
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { ensureBrowsers } from '../scripts/browsers.mjs';
import { startPortalServer } from '../scripts/test-portal-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Each page is scored RUNS times and the median kept: one Lighthouse run varies by a few points on a busy machine. */
const RUNS = 3;

const server = await startPortalServer();
const { chromium } = ensureBrowsers(['chromium']);
// Lighthouse drives a tab of its own; --headless=new keeps the real rendering path.
const chrome = await chromeLauncher.launch({ chromePath: chromium, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const newest = await (await fetch(`${server.origin}/api/v1/articles?pageSize=1`)).json();
  const categories = await (await fetch(`${server.origin}/api/v1/categories`)).json();
  const pages = [
    ['Home', '/'],
    ['Category', `/chuyen-muc/${(categories.items ?? categories)[0].slug}`],
    ['Article', newest.items[0].url.replace(/^https?:\/\/[^/]+/, '')],
  ];
  const rows = [];
  for (const [name, path] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      runs.push(result.lhr);
    }
    const lhr = runs.at(-1);
    const scores = CATEGORIES.map((id) => Math.round(100 * median(runs.map((run) => run.categories[id].score ?? 0))));
    const failing = CATEGORIES.flatMap((id) =>
      lhr.categories[id].auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => `${id}: ${audit.id} (${audit.displayValue ?? audit.score})`),
    );
    const metric = (id) => median(runs.map((run) => run.audits[id].numericValue));
    const scripts = lhr.audits['network-requests'].details.items.filter((item) => item.resourceType === 'Script').map((item) => item.url);
    rows.push({
      name,
      path,
      scores,
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      failing,
      scripts,
    });
    rows.version = lhr.lighthouseVersion;
  }

  console.log(`Lighthouse ${rows.version} (mobile emulation, simulated throttling), median of ${RUNS} runs per page\n`);
  console.log('| Page | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const { name, path, scores, lcp, tbt, cls } of rows)
    console.log(
      `| ${name} (\`${path}\`) | ${scores.join(' | ')} | ${(lcp / 1000).toFixed(2)} s | ${Math.round(tbt)} ms | ${cls.toFixed(3)} |`,
    );
  for (const { name, failing } of rows)
    if (failing.length) console.log(`\n${name}, audits below 100 in the last run:\n  ${failing.join('\n  ')}`);

  for (const { name, scripts } of rows) {
    let total = 0;
    // Everything the page loaded during the run, the widgets' code loaded when the browser was idle included (the
    // budgets, of the script a page needs at load, are bench:size's).
    console.log(`\nJavaScript the ${name.toLowerCase()} page loaded, at load and when idle (gzip -9):`);
    for (const url of scripts) {
      const bytes = gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
      total += bytes;
      console.log(`  ${url.replace(server.origin, '')}: ${bytes} bytes`);
    }
    console.log(`  total: ${total} bytes`);
  }
} finally {
  await chrome.kill();
  server.stop();
}
