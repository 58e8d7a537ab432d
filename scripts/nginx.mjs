// nginx for the server's tests behind it (apps/server/test/nginx-support.ts: the load balancer and the shared cache;
// scripts/test.mjs gets it before the tests run): NGINX_PATH, else nginx on the PATH or in
// /usr/sbin, else Debian's package unpacked into node_modules/.cache/nginx (`apt-get download`, no root, nothing
// installed system-wide, no service started). Returns its path, or undefined when none can be had: the tests are
// then skipped with a line saying so, except on CI, where they fail.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules/.cache/nginx');
const unpacked = join(cache, 'usr/sbin/nginx');

const works = (path) => spawnSync(path, ['-v']).status === 0;

export function ensureNginx() {
  const candidates = [process.env.NGINX_PATH, 'nginx', '/usr/sbin/nginx', unpacked].filter(Boolean);
  const found = candidates.find(works);
  if (found) return found;
  if (!existsSync('/etc/debian_version') || spawnSync('apt-get', ['--version']).error) return undefined;
  try {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    console.log("Unpacking Debian's nginx package into node_modules/.cache/nginx for the tests behind nginx.");
    // Its warning about downloading as root (no _apt sandbox) is noise here: stderr is shown only on failure.
    execFileSync('apt-get', ['download', '-qq', 'nginx'], { cwd: cache, stdio: 'pipe' });
    const deb = readdirSync(cache).find((name) => name.endsWith('.deb'));
    if (deb) execFileSync('dpkg', ['-x', deb, '.'], { cwd: cache });
  } catch (error) {
    console.log(
      `Could not get nginx: ${String(error.stderr ?? error.message)
        .trim()
        .split('\n')
        .at(-1)}`,
    );
  }
  return works(unpacked) ? unpacked : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureNginx() ?? 'nginx is not available');
