// Measures the server-rendered pages: the built server (apps/server/dist) on a free loopback port with a fresh,
// seeded DATA_DIR, against a bare node:http server that answers a static string as long as the home page.
// Each target gets WARMUP requests, then up to REQUESTS sequential GETs over one keep-alive connection
// (stopping early after TIME_LIMIT_MS); prints median and p90 latency and requests per second.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort } from '../scripts/free-port.mjs';

const WARMUP = 200;
const REQUESTS = 2000;
const TIME_LIMIT_MS = 15_000;
const START_TIMEOUT_MS = 30_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** Starts `args` with node and resolves with the port from the first stdout line matching `portPattern`. */
async function startProcess(args, env, portPattern) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const timer = setTimeout(() => child.kill(), START_TIMEOUT_MS);
  try {
    for await (const chunk of child.stdout) {
      output += chunk;
      const match = portPattern.exec(output);
      if (match) return { child, port: Number(match[1]) };
    }
    throw new Error(`${args.join(' ')} exited before it was ready:\n${output}`);
  } finally {
    clearTimeout(timer);
  }
}

/** One GET over the keep-alive agent; resolves with the status and body once the body has been read. */
function request(port, path) {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

async function measure(name, port, path) {
  for (let i = 0; i < WARMUP; i++) await request(port, path);
  const times = [];
  let bytes = 0;
  const start = performance.now();
  while (times.length < REQUESTS && performance.now() - start < TIME_LIMIT_MS) {
    const t0 = performance.now();
    const { status, body } = await request(port, path);
    times.push(performance.now() - t0);
    if (status !== 200) throw new Error(`${name}: GET ${path} answered ${status}`);
    bytes = body.length;
  }
  const seconds = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  const rank = (p) => times[Math.ceil(p * times.length) - 1];
  return { name, path, requests: times.length, bytes, median: rank(0.5), p90: rank(0.9), perSecond: times.length / seconds };
}

const dataDir = await mkdtemp(join(tmpdir(), 'ap-bench-'));
const children = [];
try {
  const server = await startProcess(
    ['apps/server/dist/main.js'],
    { PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', PUBLIC_URL: '' },
    /running at http:\/\/127\.0\.0\.1:(\d+)\//,
  );
  children.push(server.child);

  const home = await request(server.port, '/');
  if (home.status !== 200) throw new Error(`GET / answered ${home.status}`);
  const articlePath = /href="(\/bai-viet\/[^"]+)"/.exec(home.body.toString())?.[1];
  if (!articlePath) throw new Error('The home page links no article: is the store seeded?');

  const bare = await startProcess(
    [
      '--input-type=module',
      '-e',
      `import { createServer } from 'node:http';
const body = Buffer.alloc(${home.body.length}, 'x');
createServer((request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body))
  .listen(0, '127.0.0.1', function () { console.log('port ' + this.address().port); });`,
    ],
    {},
    /port (\d+)/,
  );
  children.push(bare.child);

  const results = [
    await measure('portal home', server.port, '/'),
    await measure('portal article', server.port, articlePath),
    await measure('bare node:http', bare.port, '/'),
  ];

  const header = ['target', 'path', 'requests', 'bytes', 'median ms', 'p90 ms', 'req/s'];
  const rows = results.map((r) => [r.name, r.path, r.requests, r.bytes, r.median.toFixed(3), r.p90.toFixed(3), r.perSecond.toFixed(0)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i >= 2 ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join('  ');
  console.log(`Sequential GETs over one keep-alive connection on loopback; ${WARMUP} warm-up requests each; Node ${process.version}.`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const [homeResult, articleResult, bareResult] = results;
  console.log(
    `\nThroughput against bare node:http: home ${((homeResult.perSecond / bareResult.perSecond) * 100).toFixed(0)} %, ` +
      `article ${((articleResult.perSecond / bareResult.perSecond) * 100).toFixed(0)} %.`,
  );
} finally {
  agent.destroy();
  for (const child of children) {
    child.kill('SIGTERM');
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  }
  await rm(dataDir, { recursive: true, force: true });
}
