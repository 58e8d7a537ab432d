// `npm run test:repeat -- <file> [--times N] [--no-load] [--no-build]`: runs one node:test file N times (default
// 10) with every core kept busy, to shake out tests that pass only on an idle machine. The load is
// `stress-ng --cpu <cores>` when it is installed, else one busy child process per core; it is stopped at the
// end whatever happens (a failure, an error, Ctrl-C). Before the runs, the file's workspace and what it
// depends on are built with turbo (cached: about a second when nothing changed), unless --no-build.
// Each run is `node --import tsx --test <file>` from the file's workspace, as scripts/node-test.mjs runs it.
// Web-test-runner files (packages/*/test, the browser tests) are not supported yet.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = 'Usage: npm run test:repeat -- <test file> [--times N] [--no-load] [--no-build]';

const args = process.argv.slice(2);
let file;
let times = 10;
let load = true;
let build = true;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--times' || arg.startsWith('--times=')) {
    const value = arg === '--times' ? args[++i] : arg.slice('--times='.length);
    times = Number(value);
    if (!Number.isInteger(times) || times < 1) fail(`--times takes a whole number of runs, at least 1 (got ${value}).`);
  } else if (arg === '--no-load') load = false;
  else if (arg === '--no-build') build = false;
  else if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  } else if (arg.startsWith('-')) fail(`Unknown option ${arg}.`);
  else if (file) fail('One test file at a time.');
  else file = arg;
}
if (!file) fail('Which test file?');

// npm runs scripts from the root; a path is relative to where the command was typed.
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
if (!existsSync(path)) fail(`${path} does not exist.`);
let workspace = dirname(path);
while (!existsSync(join(workspace, 'package.json'))) workspace = dirname(workspace);
const manifest = JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8'));
if (workspace === root.replace(/\/$/, '') || !/\.test\.(ts|mts|mjs|js)$/.test(path)) fail(`${file} is not a workspace's test file.`);
if (!manifest.scripts?.test?.includes('node-test.mjs')) {
  fail(`${manifest.name} runs its tests in browsers (web-test-runner): only node:test files can be repeated so far.`);
}
const testFile = relative(workspace, path);

if (build) {
  console.log(`Building ${manifest.name} and what it depends on (turbo)...`);
  const turbo = join(root, 'node_modules/.bin/turbo');
  const built = spawnSync(turbo, ['run', 'build', `--filter=${manifest.name}...`, '--output-logs=errors-only', '--log-prefix=none'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (built.status !== 0) fail(`The build failed: fix it, or run with --no-build (npx turbo run build --filter=${manifest.name}...).`);
}

// The load, and the run in progress: both are ended on the way out, however we leave.
const cores = availableParallelism();
let loaders = [];
let current;
let loadName = 'no load';
let passed = 0;
let failed = 0;

function startLoad() {
  if (spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0) {
    // The timeout only matters if this script is killed with SIGKILL and cannot stop stress-ng itself.
    const timeout = Math.max(3600, times * 900);
    loaders = [spawn('stress-ng', ['--cpu', String(cores), '--timeout', `${timeout}s`, '--quiet'], { stdio: 'ignore' })];
    loadName = `stress-ng --cpu ${cores}`;
  } else {
    // A busy loop per core, yielding now and then so that it notices when this script is gone (its IPC channel closes).
    const spin =
      "process.on('disconnect', () => process.exit(0));" +
      'const spin = () => { const end = Date.now() + 50; while (Date.now() < end); setImmediate(spin); }; spin();';
    loaders = Array.from({ length: cores }, () => spawn(process.execPath, ['-e', spin], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }));
    loadName = `${cores} busy node processes (stress-ng is not installed)`;
  }
  for (const loader of loaders) loader.on('error', (error) => console.error(`The load could not start: ${error.message}`));
}

function stopLoad() {
  for (const loader of loaders) if (loader.exitCode === null && loader.signalCode === null) loader.kill('SIGTERM');
  loaders = [];
}

process.on('exit', () => {
  stopLoad();
  // The run has a process group of its own: this ends the test runner, the test file and the servers it started.
  if (current && current.exitCode === null) {
    try {
      process.kill(-current.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.log(`\nStopped (${signal}): ${passed} passed, ${failed} failed of ${passed + failed} runs.`);
    process.exit(130);
  });
}

function runOnce() {
  return new Promise((resolveRun) => {
    const started = Date.now();
    current = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', testFile],
      { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let output = '';
    current.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    current.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    current.on('close', (code, signal) => {
      current = undefined;
      resolveRun({ ok: code === 0, code: code ?? signal, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const SUMMARY = /^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /;
const diagnostics = (output) =>
  output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('ℹ ') && !SUMMARY.test(line));
const count = (output, what) => Number(output.match(new RegExp(`^ℹ ${what} (\\d+)$`, 'm'))?.[1] ?? NaN);

const started = Date.now();
if (load) startLoad();
console.log(`Running ${relative(root, path)} ${times} times from ${relative(root, workspace)}, load: ${loadName}.`);
for (let run = 1; run <= times; run++) {
  const result = await runOnce();
  const tests = `${count(result.output, 'pass')} passed, ${count(result.output, 'fail')} failed, ${count(result.output, 'skipped')} skipped`;
  const label = `run ${String(run).padStart(String(times).length)}/${times}`;
  if (result.ok) {
    passed++;
    console.log(`${label}: passed in ${result.seconds.toFixed(1)} s (${tests})`);
    // The tests' own diagnostics (t.diagnostic), such as how many trials the crash test took.
    for (const line of diagnostics(result.output)) console.log(`  ${line}`);
  } else {
    failed++;
    console.log(`${label}: FAILED (exit ${result.code}) in ${result.seconds.toFixed(1)} s (${tests}); its output:`);
    console.log(result.output.replace(/^/gm, '  | '));
  }
}
stopLoad();
const minutes = Math.floor((Date.now() - started) / 60000);
const seconds = Math.round(((Date.now() - started) % 60000) / 1000);
console.log(`${times} runs under ${loadName} in ${minutes ? `${minutes} min ` : ''}${seconds} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function fail(message) {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}
