// Measures what a page downloads for each embed entry (apps/embed/dist): the entry plus every chunk it
// imports statically, transitively; minified and gzip (zlib level 9) bytes, against bench/budgets.json.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

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
const allFiles = new Set();
let failed = false;
for (const [key, chunk] of entries) {
  const files = filesOf(key);
  for (const file of files) allFiles.add(file);
  const { min, gzip } = measure(files);
  const budget = budgets[chunk.name];
  const status = budget === undefined ? 'no budget' : gzip <= budget ? 'ok' : 'OVER';
  if (status === 'OVER') failed = true;
  rows.push([chunk.name, [...files].join(' + '), min, gzip, budget ?? '-', status]);
}
const total = measure(allFiles);
rows.push(['all on one page', `${allFiles.size} files`, total.min, total.gzip, '-', '']);

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

if (failed) {
  console.error('\nOver budget (bench/budgets.json, gzip bytes).');
  process.exit(1);
}
