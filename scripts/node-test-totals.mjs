// A node:test reporter that yields one JSON line of totals, in the shape of scripts/results.mjs, with each failed
// test's file, name and error (so the closing lines of `npm test` can say what failed without the whole log).
import { failure } from './results.mjs';

export default async function* totals(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) skipped++;
    else if (event.type === 'test:pass') passed++;
    else {
      failed++;
      const error = event.data.details?.error;
      failures.push(failure(event.data.file, event.data.name, error?.cause ?? error));
    }
  }
  yield JSON.stringify({ runner: 'node', passed, failed, skipped, failures }) + '\n';
}
