// The deployment files of docs/deploy.md as the tools that run them read them: the systemd unit through
// `systemd-analyze verify` (and its hardening through `systemd-analyze security`), deploy/nginx.conf with TLS through
// `nginx -t`, and nginx serving it: the redirect to HTTPS, the challenge folder, the portal over TLS with HSTS. Each
// part is skipped, with the reason, only when its tool is not installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { get, type RequestOptions } from 'node:https';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from './auth-support.js';
import { startServer, type TestServer } from './helpers.js';
import { nginxOrSkip, startNginx, writeNginxConfig, type Nginx } from './nginx-support.js';

const DEPLOY = fileURLToPath(new URL('../../../deploy/', import.meta.url));
const UNIT = 'agency-portal@.service';

const installed = (tool: string, args: string[]) => spawnSync(tool, args).error === undefined;
const systemdSkip = installed('systemd-analyze', ['--version'])
  ? undefined
  : 'systemd-analyze is not installed (Debian: apt-get install systemd): the unit file is not checked';
const opensslSkip = installed('openssl', ['version']) ? undefined : 'openssl is not installed: no certificate for the TLS tests';
const { nginx: NGINX, skip: nginxSkip } = nginxOrSkip();
const tlsSkip = nginxSkip ?? opensslSkip;

const folders: string[] = [];
after(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ap-deploy-'));
  folders.push(dir);
  return dir;
}

describe('the systemd unit (deploy/agency-portal@.service)', () => {
  test('systemd-analyze verify finds nothing to say about an instance of it', { skip: systemdSkip }, async () => {
    const dir = await tempDir();
    const unit = join(dir, 'agency-portal@8081.service');
    await copyFile(join(DEPLOY, UNIT), unit);
    const result = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
  });

  test(
    'it runs as its own user with DATA_DIR in /var/lib, and its hardening rates "OK" (exposure under 2)',
    { skip: systemdSkip },
    async () => {
      const text = await readFile(join(DEPLOY, UNIT), 'utf8');
      assert.match(text, /^User=agency-portal$/m);
      assert.match(text, /^Environment=.*\bDATA_DIR=\/var\/lib\/agency-portal\b/m);
      assert.match(text, /^StateDirectory=agency-portal$/m);
      const dir = await tempDir();
      const unit = join(dir, 'agency-portal@8081.service');
      await copyFile(join(DEPLOY, UNIT), unit);
      const result = spawnSync('systemd-analyze', ['security', '--offline=yes', '--no-pager', unit], { encoding: 'utf8' });
      const level = /Overall exposure level for \S+: ([\d.]+) (\w+)/.exec(result.stdout);
      assert.ok(level, result.stdout + result.stderr);
      assert.ok(Number(level[1]) < 2, `exposure ${level[1]} ${level[2]}`);
    },
  );
});

describe('nginx with TLS (deploy/nginx.conf)', () => {
  let dir: string;
  let certificate: string;
  let server: TestServer | undefined;
  let nginx: Nginx | undefined;
  let httpPort: number;

  after(async () => {
    await nginx?.close();
    await server?.close();
  });

  /** A self-signed certificate for 127.0.0.1, and the nginx configuration with it. */
  async function configure(upstreams: number[]) {
    dir = await tempDir();
    const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
    const generated = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(generated.status, 0, generated.stderr);
    certificate = await readFile(cert, 'utf8');
    const challengeRoot = join(dir, 'letsencrypt');
    await mkdir(join(challengeRoot, '.well-known/acme-challenge'), { recursive: true });
    await writeFile(join(challengeRoot, '.well-known/acme-challenge/token-1'), 'token-1.proof');
    httpPort = await freePort();
    return { cert, key, httpPort, challengeRoot, upstreams };
  }

  test('nginx -t accepts the file as deployed, with its TLS server', { skip: tlsSkip }, async () => {
    const { upstreams, ...tls } = await configure([await freePort()]);
    const file = await writeNginxConfig(join(dir, 'checked'), await freePort(), upstreams, tls);
    const result = spawnSync(NGINX!, ['-t', '-p', join(dir, 'checked'), '-c', file, '-e', join(dir, 'checked', 'error.log')], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /syntax is ok/);
    assert.match(result.stderr, /test is successful/);
  });

  test('plain HTTP redirects to HTTPS and serves the challenge; HTTPS serves the portal with HSTS', { skip: tlsSkip }, async () => {
    server = await startServer({ TRUST_PROXY: '127.0.0.1' }, { seed: false });
    const { upstreams, ...tls } = await configure([Number(new URL(server.url('/')).port)]);
    nginx = await startNginx(NGINX!, join(dir, 'nginx'), upstreams, tls);

    const secure = (path: string, options: RequestOptions = {}) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        const req = get(nginx!.url(path), { ca: certificate, ...options }, (response) => {
          let body = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
        });
        req.on('error', reject);
      });
    let up: Awaited<ReturnType<typeof secure>> | undefined;
    for (let i = 0; i < 100 && up === undefined; i++) {
      up = await secure('/healthz').catch(() => undefined);
      if (up === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(up?.status, 200, await readFile(join(dir, 'nginx', 'error.log'), 'utf8').catch(() => ''));
    assert.equal(up.headers['strict-transport-security'], 'max-age=31536000');

    const home = await secure('/');
    assert.equal(home.status, 200);
    assert.match(home.body, /<html/);

    const plain = (path: string) =>
      new Promise<{ status: number; location?: string; body: string }>((resolve, reject) => {
        const req = request(`http://127.0.0.1:${httpPort}${path}`, (response) => {
          let body = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, location: response.headers.location, body }));
        });
        req.on('error', reject);
        req.end();
      });
    const redirected = await plain('/tin-tuc?page=2');
    assert.deepEqual([redirected.status, redirected.location], [301, 'https://127.0.0.1/tin-tuc?page=2']);
    assert.equal((await plain('/.well-known/acme-challenge/token-1')).body, 'token-1.proof');

    // A client that trusts no such certificate is refused: the TLS is real.
    await assert.rejects(secure('/healthz', { ca: undefined }), /self-signed certificate/);
  });
});
