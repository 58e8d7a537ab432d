// The crash test: the built server under a load of hits is killed with SIGKILL, started again on the same
// data, and every hit it had acknowledged must be counted. Group commit answers a hit only after the
// transaction that holds it has committed, so none may be lost.
//
// The kill only proves something if it lands while the server holds hits it has not answered yet. It is sent
// just as a hit has been handed to the server, but on a busy machine the server may still answer everything
// before the kill lands (the test's own process being the slow one). So a trial counts the hits that were
// handed to the server before the kill and never answered; when there were none, that trial proved nothing and
// the next one starts on fresh data, up to TRIALS times. Every trial checks that no acknowledged hit is missing.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../src/store/index.js';
import { freePort } from '../../../scripts/free-port.mjs';
import { postHit } from './load-support.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const CONNECTIONS = 32;
/** Kill once this many hits have been acknowledged: the load is well under way. */
const KILL_AFTER = 1500;
/** Trials at most, each on fresh data, until a kill lands with hits in flight. */
const TRIALS = 5;

async function startBuilt(dataDir: string): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [MAIN], {
    // The demo articles, without the demo visits: every stored hit is one of this test's.
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: origin,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'content',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
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

interface Trial {
  /** Hits answered 200. */
  acknowledged: number[];
  /** Hits sent, answered or not. */
  sent: number;
  /** Hits handed to the server before the kill and never answered. */
  inFlight: number[];
}

/**
 * Loads a fresh server on `dataDir` with hits and kills it with SIGKILL once KILL_AFTER are acknowledged, as the
 * next hit has just been handed to it.
 */
async function loadAndKill(dataDir: string): Promise<Trial> {
  const server = await startBuilt(dataDir);
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const acknowledged: number[] = [];
  const writtenBeforeKill = new Set<number>();
  let sent = 0;
  let killed = false;

  const worker = async () => {
    while (!killed) {
      const n = sent++;
      // A new visitor per hit, so that the visits count the acknowledged hits too.
      const status = await postHit(server.origin, agent, { site: 'portal', path: `/crash/${n}`, visitor: `load-${n}` }, () => {
        // `killed` is set in the same turn as the kill, so a request written before that turn reached the server first.
        if (killed) return;
        writtenBeforeKill.add(n);
        // The kill comes just as a hit reaches the server, which then has that one at least to answer.
        if (acknowledged.length >= KILL_AFTER) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      });
      if (status === 200) acknowledged.push(n);
      else if (status !== undefined) assert.fail(`hit ${n} was answered ${status}`);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  await exited;
  agent.destroy();
  assert.ok(acknowledged.length >= KILL_AFTER);
  const answered = new Set(acknowledged);
  return { acknowledged, sent, inFlight: [...writtenBeforeKill].filter((n) => !answered.has(n)) };
}

/** Checks what survived in `dataDir`, then starts the server on it again; returns the stored hits' numbers. */
async function checkSurvivors(dataDir: string, { acknowledged, sent }: Trial): Promise<Set<number>> {
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

  const again = await startBuilt(dataDir);
  const exited = new Promise((resolve) => again.child.once('exit', resolve));
  const summary = (await (await fetch(`${again.origin}/api/v1/stats/summary?site=portal`)).json()) as { total: number; today: number };
  again.child.kill('SIGTERM');
  await exited;
  assert.ok(summary.total >= acknowledged.length, `total ${summary.total} < ${acknowledged.length} acknowledged`);
  assert.ok(summary.total <= sent, `total ${summary.total} > ${sent} sent`);
  assert.equal(summary.total, paths.size);
  return paths;
}

const dataDirs: string[] = [];
const children: ChildProcess[] = [];
after(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

test('kill -9 under load loses no acknowledged hit', async (t) => {
  assert.ok(existsSync(MAIN), `${MAIN} is missing: build the server first (npm run build -w @agency-portal/server).`);
  for (let trial = 1; trial <= TRIALS; trial++) {
    const dataDir = await mkdtemp(join(tmpdir(), 'ap-crash-'));
    dataDirs.push(dataDir);
    const result = await loadAndKill(dataDir);
    const stored = await checkSurvivors(dataDir, result);
    const inFlightStored = result.inFlight.filter((n) => stored.has(n)).length;
    t.diagnostic(
      `trial ${trial}: ${result.acknowledged.length} acknowledged, ${result.inFlight.length} in flight when the server died ` +
        `(${inFlightStored} of them stored anyway), ${stored.size} stored, none missing`,
    );
    if (result.inFlight.length > 0) {
      t.diagnostic(`a kill with hits in flight took ${trial} trial${trial === 1 ? '' : 's'}`);
      return;
    }
  }
  assert.fail(
    `In ${TRIALS} trials the server had answered every hit sent to it before the kill landed, so no kill tested ` +
      'a hit in flight: the machine is too loaded for this test to say anything.',
  );
});
