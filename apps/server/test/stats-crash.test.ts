// The crash test: the built server under a load of hits is killed with SIGKILL, started again on the same
// data, and every hit it had acknowledged must be counted. Group commit answers a hit only after the
// transaction that holds it has committed, so none may be lost.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../src/store/index.js';
import { freePort } from '../../../scripts/free-port.mjs';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const CONNECTIONS = 32;
/** Kill once this many hits have been acknowledged: the load is well under way. */
const KILL_AFTER = 1500;

async function startBuilt(dataDir: string): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: origin, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Agency Portal is running at')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The server exited (${code}) before it started:\n${output}`)));
  });
  return { child, origin };
}

/** One hit over a kept-alive connection; resolves to the HTTP status, or undefined if the connection died. */
function postHit(origin: string, agent: Agent, n: number): Promise<number | undefined> {
  const body = JSON.stringify({ site: 'portal', path: `/crash/${n}`, referrer: '' });
  return new Promise((resolve) => {
    const req = request(
      `${origin}/api/v1/stats/hit`,
      {
        method: 'POST',
        agent,
        headers: {
          origin,
          'content-type': 'text/plain;charset=UTF-8',
          // A new visitor per hit, so that the visits count the acknowledged hits too.
          'user-agent': `Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 load-${n}`,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
        response.on('error', () => resolve(undefined));
      },
    );
    req.on('error', () => resolve(undefined));
    req.end(body);
  });
}

const dataDir = await mkdtemp(join(tmpdir(), 'ap-crash-'));
const children: ChildProcess[] = [];
after(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

test('kill -9 under load loses no acknowledged hit', async () => {
  assert.ok(existsSync(MAIN), `${MAIN} is missing: build the server first (npm run build -w @agency-portal/server).`);
  const first = await startBuilt(dataDir);
  children.push(first.child);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const acknowledged: number[] = [];
  let sent = 0;
  let killed = false;
  const exited = new Promise((resolve) => first.child.once('exit', resolve));

  const worker = async () => {
    while (!killed) {
      const n = sent++;
      const status = await postHit(first.origin, agent, n);
      if (status === 200) acknowledged.push(n);
      else if (status !== undefined) assert.fail(`hit ${n} was answered ${status}`);
      if (acknowledged.length >= KILL_AFTER && !killed) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  await exited;
  agent.destroy();
  assert.ok(acknowledged.length >= KILL_AFTER);
  assert.ok(sent > acknowledged.length, 'some hits were still in flight when the server died');

  // Read what survived, then start the server again on the same data.
  const db = new Database(join(dataDir, SQLITE_FILE));
  const paths = new Set((db.prepare('SELECT path FROM stats_hits').pluck().all() as string[]).map((path) => Number(path.slice(7))));
  const rollup = db.prepare("SELECT SUM(visits) AS visits, SUM(hits) AS hits FROM stats_daily WHERE site = 'portal'").get() as {
    visits: number;
    hits: number;
  };
  db.close();
  const lost = acknowledged.filter((n) => !paths.has(n));
  assert.deepEqual(lost, [], `${lost.length} acknowledged hits are missing`);
  assert.equal(rollup.hits, paths.size, 'the daily rollup agrees with the hit log');
  assert.equal(rollup.visits, paths.size, 'every hit came from a new visitor');

  const second = await startBuilt(dataDir);
  children.push(second.child);
  const summary = (await (await fetch(`${second.origin}/api/v1/stats/summary?site=portal`)).json()) as { total: number; today: number };
  second.child.kill('SIGTERM');
  assert.ok(summary.total >= acknowledged.length, `total ${summary.total} < ${acknowledged.length} acknowledged`);
  assert.ok(summary.total <= sent, `total ${summary.total} > ${sent} sent`);
  assert.equal(summary.total, paths.size);
});
