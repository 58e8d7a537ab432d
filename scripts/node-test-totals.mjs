// A node:test reporter that yields one JSON line of totals, in the shape of scripts/results.mjs.
export default async function* totals(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) skipped++;
    else if (event.type === 'test:pass') passed++;
    else failed++;
  }
  yield JSON.stringify({ runner: 'node', passed, failed, skipped }) + '\n';
}
