// Measures what a page downloads for each embed entry (apps/embed/dist): the entry plus every chunk it
// imports statically, transitively; minified and gzip (zlib level 9) bytes, against bench/budgets.json. Then the
// same for the pairs of widgets a sibling page is likely to use together (budgets.json "pairs"), for the six
// widgets on one page, and for every entry on one page ("all on one page", <ap-portal> included). Last, the
// JavaScript of the portal's own pages (home, a category, an article), read off the pages the built server sends.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startPortalServer } from '../scripts/test-portal-server.mjs';

const dist = new URL('../apps/embed/dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const budgets = JSON.parse(readFileSync(new URL('budgets.json', import.meta.url), 'utf8'));

const sizes = new Map();
const sizeOf = (file) => {
  if (!sizes.has(file)) {
    const bytes = readFileSync(new URL(file, dist));
    sizes.set(file, { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes.get(file);
};

/** The output files a page loads for manifest key `key`: its own and those of its static imports. */
const filesOf = (key, files = new Set()) => {
  const chunk = manifest[key];
  if (!files.has(chunk.file)) {
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) filesOf(imported, files);
  }
  return files;
};

const measure = (files) => {
  let min = 0;
  let gzip = 0;
  for (const file of files) {
    min += sizeOf(file).min;
    gzip += sizeOf(file).gzip;
  }
  return { min, gzip };
};

const entries = Object.entries(manifest)
  .filter(([, chunk]) => chunk.isEntry)
  .sort(([, a], [, b]) => a.name.localeCompare(b.name));
if (entries.length === 0) throw new Error('The embed manifest lists no entries.');

const rows = [];
let failed = false;
const row = (name, files, budget) => {
  const { min, gzip } = measure(files);
  const status = budget === undefined ? 'no budget' : gzip <= budget ? 'ok' : 'OVER';
  if (status === 'OVER') failed = true;
  rows.push([name, [...files].join(' + '), min, gzip, budget ?? '-', status]);
};
const entryKey = new Map(entries.map(([key, chunk]) => [chunk.name, key]));
/** The files a page with the named entries loads, each once. */
const filesOfEntries = (names) => {
  const files = new Set();
  for (const name of names) {
    if (!entryKey.has(name)) throw new Error(`bench/budgets.json names "${name}", which is not an embed entry.`);
    filesOf(entryKey.get(name), files);
  }
  return files;
};

for (const [key, chunk] of entries) row(chunk.name, filesOf(key), budgets[chunk.name]);
for (const [names, budget] of Object.entries(budgets.pairs ?? {})) row(names, filesOfEntries(names.split(' + ')), budget);
const widgets = entries.map(([, chunk]) => chunk.name).filter((name) => name !== 'portal');
const six = filesOfEntries(widgets);
rows.push([`all ${widgets.length} widgets`, `${six.size} files`, measure(six).min, measure(six).gzip, '-', '']);
const all = filesOfEntries(entries.map(([, chunk]) => chunk.name));
const total = measure(all);
const allBudget = budgets['all on one page'];
const allStatus = allBudget === undefined ? '' : total.gzip <= allBudget ? 'ok' : 'OVER';
if (allStatus === 'OVER') failed = true;
rows.push(['all on one page', `${all.size} files`, total.min, total.gzip, allBudget ?? '-', allStatus]);

// How many copies of Lit a page with every entry loads: each copy registers itself in litElementVersions.
const litCopies = [...all].filter((file) => /litElementVersions/.test(readFileSync(new URL(file, dist), 'utf8'))).length;

const header = ['widget', 'files', 'min bytes', 'gzip bytes', 'budget', 'status'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
const line = (row) =>
  row
    .map((cell, i) => (typeof cell === 'number' ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
console.log('\nPer file:');
for (const [file, { min, gzip }] of [...sizes].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${file}: ${min} min, ${gzip} gzip`);
console.log(`\nCopies of Lit on a page with every entry: ${litCopies}.`);

const pages = await measurePages();
const pageHeader = ['portal page', 'at load', 'gzip bytes', 'later (idle)', 'gzip bytes', 'budget', 'status'];
const pageRows = pages.map(({ name, path, now, later }) => {
  const budget = budgets.pages?.[name];
  const status = budget === undefined ? 'no budget' : now.gzip <= budget ? 'ok' : 'OVER';
  if (status === 'OVER') failed = true;
  return [`${name} (${path})`, `${now.files.length} files`, now.gzip, `${later.files.length} files`, later.gzip, budget ?? '-', status];
});
const pageWidths = pageHeader.map((h, i) => Math.max(h.length, ...pageRows.map((row) => String(row[i]).length)));
const pageLine = (row) =>
  row
    .map((cell, i) => (typeof cell === 'number' ? String(cell).padStart(pageWidths[i]) : String(cell).padEnd(pageWidths[i])))
    .join('  ')
    .trimEnd();
console.log(`\n${pageLine(pageHeader)}`);
console.log(pageWidths.map((w) => '-'.repeat(w)).join('  '));
for (const row of pageRows) console.log(pageLine(row));
for (const { name, now, later } of pages)
  console.log(`  ${name}: ${now.files.join(' + ')}${later.files.length ? `; later ${later.files.join(' + ')}` : ''}`);

if (litCopies !== 1) console.error('\nA page with every entry loads Lit more than once: every entry should use the shared chunk.');
if (failed) console.error('\nOver budget (bench/budgets.json, gzip bytes).');
if (failed || litCopies !== 1) process.exit(1);

/**
 * The JavaScript of the portal's pages, as the built server sends them (fresh demo data): at load, the module scripts
 * and `modulepreload` links in the HTML; later, the chunks of the page's `idle` widgets (apps/portal/src/widgets.ts),
 * which load when the browser is idle or the reader reaches for the widget. Gzip level 9, each file once.
 */
async function measurePages() {
  const client = new URL('../apps/portal/dist/client/', import.meta.url);
  const portalManifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', client), 'utf8'));
  const { PAGE_WIDGETS, widgetModule } = await import('../apps/portal/dist/widgets.js');
  const gzipOf = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(new URL(file, client)), { level: 9 }).length, 0);
  const server = await startPortalServer();
  try {
    const get = async (path) => (await fetch(server.origin + path)).text();
    const home = await get('/');
    const category = home.match(/href="(\/chuyen-muc\/[^"]+)"/)[1];
    const article = home.match(/href="(?:https?:\/\/[^/"]+)?(\/bai-viet\/[^"]+)"/)[1];
    const result = [];
    for (const [name, path, page] of [
      ['home', '/', home],
      ['category', category, await get(category)],
      ['article', article, await get(article)],
    ]) {
      const now = [...page.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="\/assets\/([^"]+)"/g)].map((m) => m[1]);
      const later = new Set();
      for (const [tag, when] of Object.entries(PAGE_WIDGETS))
        if (when === 'idle' && page.includes(`<${tag}`)) {
          const add = (key) => {
            const { file, imports = [] } = portalManifest[key];
            imports.forEach(add);
            if (!now.includes(file)) later.add(file);
          };
          add(widgetModule(tag));
        }
      result.push({ name, path, now: { files: now, gzip: gzipOf(now) }, later: { files: [...later], gzip: gzipOf([...later]) } });
    }
    return result;
  } finally {
    server.stop();
  }
}
