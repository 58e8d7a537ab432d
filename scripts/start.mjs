// `npm start`: builds the server and everything it serves (the portal shell and the embed bundles included),
// then runs it, and beside it the sibling demo site (apps/sibling-demo) on the next port, which embeds the
// portal's widgets from another origin. SIBLING_PORT=0 leaves the demo site out.
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const build = spawnSync(
  'npx',
  ['turbo', 'run', 'build', '--filter=@agency-portal/server...', '--filter=@agency-portal/sibling-demo', '--output-logs=errors-only'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [spawn(process.execPath, ['apps/server/dist/main.js'], { cwd: root, stdio: 'inherit' })];

const port = Number(process.env.PORT ?? 8080);
const siblingPort = process.env.SIBLING_PORT ?? String(port + 1);
if (siblingPort !== '0') {
  const portal = process.env.PUBLIC_URL ?? `http://${process.env.HOST ?? '127.0.0.1'}:${port}`;
  const env = { ...process.env, PORTAL_URL: portal, SIBLING_PORT: siblingPort };
  children.push(spawn(process.execPath, ['apps/sibling-demo/serve.mjs'], { cwd: root, stdio: 'inherit', env }));
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));
// When either stops, stop the other and exit with the first one's status.
for (const child of children) {
  child.on('exit', (code, signal) => {
    children.forEach((other) => other !== child && other.kill());
    process.exit(code ?? 128 + constants.signals[signal]);
  });
}
