// Every test runner in the repo writes its totals to <workspace>/test-results/<runner>.json; `npm test`
// sums them into the closing line. Turbo caches test-results/ with the task, so a cached run still counts.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Writes one runner's totals (and what failed: see `failure`) for the workspace in `cwd`. */
export function writeResults(cwd, runner, { passed, failed, skipped = 0, failures = [] }) {
  const dir = join(cwd, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${runner}.json`), JSON.stringify({ runner, passed, failed, skipped, failures }) + '\n');
}

/** One failed test as the results files keep it: where, which, and the first lines of its error. */
export function failure(file, name, error) {
  // A WebKit stack is frames only: the message goes first unless the stack already starts with it.
  const text = error?.message ?? String(error ?? '');
  const stack = error?.stack ?? '';
  const message = (stack.includes(text) ? stack : [text, stack].filter(Boolean).join('\n')).split('\n').slice(0, 12).join('\n');
  return { file: file ?? '', name, message: message.slice(0, 2000) };
}

/** Reads every results file under the given workspace folders. */
export function readResults(workspaceDirs) {
  const all = [];
  for (const ws of workspaceDirs) {
    const dir = join(ws, 'test-results');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      all.push({ workspace: ws, ...JSON.parse(readFileSync(join(dir, file), 'utf8')) });
    }
  }
  return all;
}
