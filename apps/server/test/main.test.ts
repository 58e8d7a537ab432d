import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Runs src/main.ts (through tsx) with the given environment on top of this one. */
function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

describe('main', { timeout: 30_000 }, () => {
  test('a configuration error prints the message alone and exits 1', async () => {
    const run = runMain({ PORT: 'abc' });
    assert.equal(await run.exited, 1);
    assert.deepEqual(run.output(), { stdout: '', stderr: 'PORT must be a whole number from 1 to 65535; got "abc".\n' });
  });

  test('starts, prints its URL, warns about a missing embed build and closes on SIGTERM', async () => {
    const port = await freePort();
    const run = runMain({ PORT: String(port), EMBED_DIR: '/nonexistent/embed/dist' });
    const line = `Agency Portal is running at http://127.0.0.1:${port}/\n`;
    while (!run.output().stdout.includes(line)) {
      if (run.child.exitCode !== null) assert.fail(`the server exited: ${JSON.stringify(run.output())}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.match(run.output().stdout, /"level":40,.*"msg":"Embed bundles not found at \/nonexistent\/embed\/dist/);
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.deepEqual(await response.json(), { status: 'ok' });

    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 0);
    assert.equal(run.output().stderr, '');
  });
});
