// Counts the component tests of one web-test-runner run, writes them to test-results/<runner>.json and
// prints a plain "N passed, N failed" line when the process exits (a reporter's stop() prints too early).
import { relative } from 'node:path';
import { failure, writeResults } from './results.mjs';

function count(suite, totals, where, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(failure(where, [...path, test.name].join(' > '), test.error));
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, where, [...path, child.name]);
}

export function totalsReporter(runner = 'wtr') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const before = totals.failed;
        const where = `${relative(process.cwd(), session.testFile)} (${session.browser?.name ?? 'browser'})`;
        count(session.testResults, totals, where);
        // A file that failed to load, or an error outside any test, fails the session with no failed test.
        if (!session.passed && totals.failed === before) {
          totals.failed++;
          totals.failures.push(failure(where, '(the file, outside any test)', session.errors?.[0]));
        }
      }
      writeResults(process.cwd(), runner, totals);
      process.once('exit', () =>
        console.log(
          `${runner === 'wtr' ? 'component tests' : runner}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
        ),
      );
    },
  };
}
