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

const port = Number(process.env.PORT ?? 8080);
const siblingPort = process.env.SIBLING_PORT ?? String(port + 1);
const serverEnv = { ...process.env };
const children = [];
if (siblingPort !== '0') {
  // The demo site is a registered site of its own (visit statistics as `so-gd`) and may sign in to the portal.
  const siblingOrigin = `http://${process.env.HOST ?? '127.0.0.1'}:${siblingPort}`;
  const register = spawnSync(process.execPath, ['apps/server/dist/stats/cli.js', 'add', '--id', 'so-gd', '--origin', siblingOrigin], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (register.status !== 0) process.exit(register.status ?? 1);
  serverEnv.AUTH_ALLOWED_ORIGINS = [process.env.AUTH_ALLOWED_ORIGINS, siblingOrigin].filter(Boolean).join(',');
  const portal = process.env.PUBLIC_URL ?? `http://${process.env.HOST ?? '127.0.0.1'}:${port}`;
  const env = { ...process.env, PORTAL_URL: portal, SIBLING_PORT: siblingPort };
  children.push(spawn(process.execPath, ['apps/sibling-demo/serve.mjs'], { cwd: root, stdio: 'inherit', env }));
}
children.unshift(spawn(process.execPath, ['apps/server/dist/main.js'], { cwd: root, stdio: 'inherit', env: serverEnv }));

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));
// When either stops, stop the other and exit with the first one's status.
for (const child of children) {
  child.on('exit', (code, signal) => {
    children.forEach((other) => other !== child && other.kill());
    process.exit(code ?? 128 + constants.signals[signal]);
  });
}
