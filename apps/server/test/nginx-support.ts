// nginx in front of test servers, with the configuration in deploy/nginx.conf: only the listening port, the upstream
// instances and the cache folder are replaced, so the tests run what a deployment runs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNginx } from '../../../scripts/nginx.mjs';
import { freePort } from './auth-support.js';
import { sayOnce } from './say-once.js';

const DEPLOY_CONF = fileURLToPath(new URL('../../../deploy/nginx.conf', import.meta.url));
const CACHE_DIR = '/var/cache/nginx/agency_portal';

/**
 * nginx's path, or why its tests are skipped (said once per run). On CI (`CI` set) a missing nginx is a failure, not
 * a skip: `npm test` gets it first (scripts/test.mjs), and a test that silently does not run proves nothing.
 */
export function nginxOrSkip(): { nginx?: string; skip?: string } {
  const nginx = ensureNginx();
  if (nginx) return { nginx };
  const skip = 'nginx is not installed and could not be unpacked: the tests behind nginx are skipped';
  if (process.env.CI) throw new Error(`${skip.split(':')[0]} (CI): install it with apt-get install -y nginx-light`);
  sayOnce('nginx', skip);
  return { skip };
}

export interface Nginx {
  url(path: string): string;
  close(): Promise<void>;
}

export interface NginxTls {
  /** PEM files of the certificate (with its chain) and of its key. */
  cert: string;
  key: string;
  /** Where the plain-HTTP server listens (its redirect and the challenge folder). */
  httpPort: number;
  /** The folder of the certificate authority's challenge files (/var/www/letsencrypt in the file). */
  challengeRoot: string;
}

/**
 * Writes `dir`/nginx.conf: deploy/nginx.conf's servers on 127.0.0.1, the HTTPS one on `port`, in front of `upstreams`
 * (ports on 127.0.0.1, each with the file's own server options), the cache under `dir`. With `tls`, the file as it is
 * deployed, with these certificate and ports; without, the HTTPS server over plain HTTP (its TLS lines left out) and
 * no redirecting server, for tests of what the proxy and the cache do.
 */
export async function writeNginxConfig(dir: string, port: number, upstreams: number[], tls?: NginxTls): Promise<string> {
  await mkdir(dir, { recursive: true });
  const deployed = await readFile(DEPLOY_CONF, 'utf8');
  const serverLine = /^( *)server 127\.0\.0\.1:8081(.*)\n(?: *server 127\.0\.0\.1:8082.*\n)/m;
  const match = serverLine.exec(deployed);
  const redirect = /^# Plain HTTP:[^]*?\n}\n/m;
  assert.ok(
    match && redirect.test(deployed) && deployed.includes('listen 443 ssl http2;') && deployed.includes(CACHE_DIR),
    'the test knows the shape of deploy/nginx.conf: two upstream servers, the plain-HTTP server, the HTTPS one, the cache folder',
  );
  const [, indent, options] = match;
  let site = deployed
    .replace(serverLine, upstreams.map((upstream) => `${indent}server 127.0.0.1:${upstream}${options}\n`).join(''))
    .replace(CACHE_DIR, join(dir, 'cache'));
  site = tls
    ? site
        .replace('listen 80;', `listen 127.0.0.1:${tls.httpPort};`)
        .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port} ssl http2;`)
        .replace(/ssl_certificate \S+;/, `ssl_certificate ${tls.cert};`)
        .replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${tls.key};`)
        .replace('root /var/www/letsencrypt;', `root ${tls.challengeRoot};`)
    : site
        .replace(redirect, '')
        .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port};`)
        .replace(/^ *ssl_.*\n/gm, '');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(dir, name)};`).join(' ');
  const file = join(dir, 'nginx.conf');
  await writeFile(
    file,
    `daemon off; master_process off; pid ${join(dir, 'nginx.pid')}; error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http { access_log off; ${temp}
${site}
}`,
  );
  return file;
}

/**
 * Starts nginx (at `nginxPath`) with deploy/nginx.conf in `dir` (see writeNginxConfig): listening on a free port of
 * 127.0.0.1 in front of `upstreams`; waits until `/healthz` answers through it (over plain HTTP; with `tls`, the
 * caller checks it is up).
 */
export async function startNginx(nginxPath: string, dir: string, upstreams: number[], tls?: NginxTls): Promise<Nginx> {
  const port = await freePort();
  await writeNginxConfig(dir, port, upstreams, tls);
  const nginx = spawn(nginxPath, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  const close = async () => {
    if (nginx.exitCode !== null || nginx.signalCode !== null) return;
    nginx.kill('SIGTERM');
    await once(nginx, 'exit');
  };
  const url = (path: string) => `${tls ? 'https' : 'http'}://127.0.0.1:${port}${path}`;
  if (tls) return { url, close };
  let up = false;
  for (let i = 0; i < 100 && !up && nginx.exitCode === null; i++) {
    up = await fetch(url('/healthz')).then(
      (response) => response.ok,
      () => false,
    );
    if (!up) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!up) {
    await close();
    assert.fail(`nginx did not come up: ${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`);
  }
  return { url, close };
}
