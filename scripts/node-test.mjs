// Runs a workspace's node:test files (test/**/*.test.ts, TypeScript through tsx), prints the spec
// report, and records the totals in test-results/node.json for the closing line of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const cwd = process.cwd();
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.test\.(ts|mjs|js)$/.test(entry.name)) files.push(relative(cwd, path));
  }
};
if (existsSync(join(cwd, 'test'))) walk(join(cwd, 'test'));
if (files.length === 0) {
  console.error(`No test files under ${join(cwd, 'test')}.`);
  process.exit(1);
}
mkdirSync(join(cwd, 'test-results'), { recursive: true });
const totals = fileURLToPath(new URL('./node-test-totals.mjs', import.meta.url));
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${totals}`,
    `--test-reporter-destination=${join('test-results', 'node.json')}`,
    ...process.argv.slice(2),
    ...files.sort(),
  ],
  { stdio: 'inherit', cwd },
);
process.exit(result.status ?? 1);
