// `npm test`: lint, typecheck and build every workspace, run every test runner in the repo, and end with
// one plain line of totals ("N passed, N failed") summed over all of them.
// `--browsers=chromium` (or firefox, webkit, or a comma-separated list) runs the component tests in those engines only.
// The widget packages' component tests run once more in Chromium on each Lit the packages' peer range promises at its
// low ends (AP_LIT=lowest: Lit 3.0; AP_LIT=lit2: Lit 2.8), and the root's test/ checks what npm would publish.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, selectedEngines } from './browsers.mjs';
import { ensureNginx } from './nginx.mjs';
import { readResults } from './results.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const browsersArg = process.argv.find((a) => a.startsWith('--browsers='));
if (browsersArg) process.env.AP_BROWSERS = browsersArg.slice('--browsers='.length);
process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

// Chromium is needed by the page tests whatever engines the component tests use.
ensureBrowsers([...new Set(['chromium', ...selectedEngines()])]);
// nginx, for the server's tests behind it (the load balancer, the shared cache): Debian's package when it is missing, like
// the browsers. Those tests skip without it on a developer's machine; on CI they fail, so say it here first.
if (!ensureNginx()) {
  console.log("nginx is missing and Debian's package could not be unpacked: apt-get install -y nginx-light (or set NGINX_PATH).");
  if (process.env.CI) process.exit(1);
}
// systemd-analyze, for the deployment test's check of the unit file in deploy/: on CI, Debian's systemd package when it
// is missing (the test skips without it on a developer's machine).
if (process.env.CI && spawnSync('systemd-analyze', ['--version']).error) {
  console.log("Installing Debian's systemd package for systemd-analyze (the deployment test checks deploy/'s unit file).");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', '--no-install-recommends', 'systemd'])) process.exit(1);
}

const workspaces = ['packages', 'apps'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .map((name) => join(root, dir, name))
    .filter((ws) => existsSync(join(ws, 'package.json'))),
);
const withTests = workspaces.filter((ws) => JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8')).scripts?.test);
// Results come only from this run: turbo restores them from its cache for tasks whose inputs did not change.
for (const ws of [root, ...workspaces]) rmSync(join(ws, 'test-results'), { recursive: true, force: true });

const run = (label, command, args, env = {}) => {
  console.log(`\n== ${label}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`== ${label}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
};

const turbo = join(root, 'node_modules/.bin/turbo');
const steps = [
  run('format', join(root, 'node_modules/.bin/prettier'), ['--check', '--log-level=warn', '.']),
  run('versions', process.execPath, ['scripts/sync-versions.mjs', '--check']),
  run('lint, typecheck, build', turbo, ['run', 'lint', 'typecheck', 'build', '--continue', '--output-logs=new-only', '--log-prefix=none']),
  // One test task at a time: each opens up to three browsers, and these machines have two cores.
  run('tests', turbo, ['run', 'test', '--concurrency=1', '--continue', '--output-logs=new-only', '--log-prefix=none']),
  ...['lowest', 'lit2'].map((lit) =>
    run(
      `component tests on AP_LIT=${lit} (Chromium)`,
      turbo,
      ['run', 'test', '--filter=./packages/*', '--concurrency=1', '--continue', '--output-logs=new-only', '--log-prefix=none'],
      { AP_LIT: lit, AP_BROWSERS: 'chromium' },
    ),
  ),
  run('packages as published (npm pack, publint, attw) and changesets', process.execPath, ['scripts/node-test.mjs']),
];

const withResults = [root, ...withTests];
const results = readResults(withResults);
const missing = withResults.filter((ws) => !results.some((r) => r.workspace === ws));
let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\nTest totals');
for (const r of results) {
  console.log(
    `  ${(r.workspace.slice(root.length) || '.').padEnd(24)} ${r.runner.padEnd(14)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`,
  );
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped;
}
for (const ws of missing) {
  console.log(`  ${(ws.slice(root.length) || '.').padEnd(24)} no results: its tests did not run (see above)`);
  failed++;
}
// What failed, at the end where a reader of a long log looks first.
const failures = results.flatMap((r) => (r.failures ?? []).map((f) => ({ ...f, workspace: r.workspace.slice(root.length) || '.' })));
if (failures.length > 0) {
  console.log('\nFailed tests');
  for (const f of failures) {
    console.log(`  ${f.workspace} ${f.file}: ${f.name}`);
    if (f.message) console.log(f.message.replace(/^/gm, '      '));
  }
}
const ok = steps.every(Boolean) && failed === 0 && passed > 0;
if (!steps.every(Boolean)) console.log('A step failed: see the "== ... FAILED" lines above.');
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
