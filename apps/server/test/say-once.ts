import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Prints `# line` once per test run: node:test runs each file in a process of its own, all children of one
 * runner, so a marker file named after the runner's pid tells the later files it was said.
 */
export function sayOnce(key: string, line: string): void {
  try {
    closeSync(openSync(join(tmpdir(), `ap-test-said-${process.ppid}-${key}`), 'wx'));
  } catch {
    return; // Said already in this run.
  }
  console.log(`# ${line}`);
}
