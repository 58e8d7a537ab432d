// Part of each package's build, after tsc (run from the package folder): minifies the `css` and `html` template
// literals in dist/**/*.js with minify-literals, the same minifier as the embed build, and chains the source maps so
// that they still lead to the readable templates in src/, whose text they carry (`sourcesContent`, from tsc's
// `inlineSources`): the packages ship dist/ only. Nothing else in the JavaScript changes: the app that installs the
// package minifies the rest with its own bundler.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from 'minify-literals';
import { minifyOptions } from './minify-options.mjs';

const dist = join(process.cwd(), 'dist');
if (!existsSync(dist)) throw new Error(`${dist} is missing: run tsc first.`);

const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.js')) files.push(path);
  }
};
walk(dist);

let before = 0;
let after = 0;
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  const result = await minifyHTMLLiterals(code, { fileName: file, ...minifyOptions });
  if (!result) continue;
  before += code.length;
  after += result.code.length;
  writeFileSync(file, result.code);
  const mapFile = `${file}.map`;
  if (existsSync(mapFile)) {
    const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
    // The minifier's map goes from dist/x.js before to after; tsc's from src/x.ts to dist/x.js.
    // Named by its base name, tsc's sources (../src/x.ts, relative to the map) and their text stay as they are.
    const name = basename(file);
    const map = remapping({ ...result.map, sources: [name], sourcesContent: undefined }, (source) => (source === name ? tscMap : null));
    map.file = tscMap.file;
    writeFileSync(mapFile, JSON.stringify(map));
  }
}
console.log(`minify-dist: template literals in ${relative(process.cwd(), dist)}/: ${before} -> ${after} bytes in the files that have them`);
