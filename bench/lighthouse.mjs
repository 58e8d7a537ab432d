// Scores the portal's home and an article page with Lighthouse (pinned, see package.json) in Debian's
// Chromium: performance, accessibility, best practices and SEO, under Lighthouse's default mobile emulation
// and simulated throttling, on the built server with a fresh, seeded DATA_DIR. Also prints the JavaScript
// the home page loads: every script, gzip -9, beside the goal of 30 KB for all widgets together.
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { ensureBrowsers } from '../scripts/browsers.mjs';
import { startPortalServer } from '../scripts/test-portal-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const JS_GOAL = 30 * 1024;
/** Each page is scored RUNS times and the median kept: one Lighthouse run varies by a few points on a busy machine. */
const RUNS = 3;

const server = await startPortalServer();
const { chromium } = ensureBrowsers(['chromium']);
// Lighthouse drives a tab of its own; --headless=new keeps the real rendering path.
const chrome = await chromeLauncher.launch({ chromePath: chromium, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const newest = await (await fetch(`${server.origin}/api/v1/articles?pageSize=1`)).json();
  const pages = [
    ['Home', '/'],
    ['Article', newest.items[0].url.replace(/^https?:\/\/[^/]+/, '')],
  ];
  const rows = [];
  let homeScripts = [];
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
    rows.push({ name, path, scores, lcp: median(runs.map((run) => run.audits['largest-contentful-paint'].numericValue)), failing });
    rows.version = lhr.lighthouseVersion;
    if (name === 'Home') {
      homeScripts = lhr.audits['network-requests'].details.items.filter((item) => item.resourceType === 'Script').map((item) => item.url);
    }
  }

  console.log(`Lighthouse ${rows.version} (mobile emulation, simulated throttling), median of ${RUNS} runs per page\n`);
  console.log('| Page | Performance | Accessibility | Best practices | SEO | LCP |');
  console.log('|---|---|---|---|---|---|');
  for (const { name, path, scores, lcp } of rows)
    console.log(`| ${name} (\`${path}\`) | ${scores.join(' | ')} | ${(lcp / 1000).toFixed(2)} s |`);
  for (const { name, failing } of rows)
    if (failing.length) console.log(`\n${name}, audits below 100 in the last run:\n  ${failing.join('\n  ')}`);

  let total = 0;
  console.log('\nJavaScript the home page loads (gzip -9):');
  for (const url of homeScripts) {
    const bytes = gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
    total += bytes;
    console.log(`  ${url.replace(server.origin, '')}: ${bytes} bytes`);
  }
  console.log(`  total: ${total} bytes (goal ${JS_GOAL}: ${total <= JS_GOAL ? 'ok' : 'OVER'})`);
} finally {
  await chrome.kill();
  server.stop();
}
