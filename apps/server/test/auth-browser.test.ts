// Sign-in and sign-out end to end in Chromium, against the built server (dist/main.js) and the built embed bundle
// of <ap-login-box>: on the portal itself, on a second origin of the same site (credentialed CORS) and on another
// site, whose pages the portal's SameSite=Lax cookie never reaches (sign-in in the portal's window).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: a plain JavaScript helper of the repository's scripts
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { freePort } from './auth-support.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const USERS_CLI = fileURLToPath(new URL('../dist/auth/users-cli.js', import.meta.url));
const EMBED = fileURLToPath(new URL('../../embed/dist/login-box.js', import.meta.url));
const PASSWORD = 'bốn từ ngẫu nhiên dễ nhớ';

function run(command: string, args: string[], env: Record<string, string>, input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
    child.stdin.end(input);
  });
}

/** Starts the built server and resolves once it prints its address. */
function startPortal(env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`The server exited with code ${code}: ${output}`)));
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('Agency Portal is running at')) resolve(child);
    });
  });
}

describe('sign-in in Chromium against the built server', () => {
  let dataDir: string;
  let portal: ChildProcess;
  let site: Server;
  let browser: Browser;
  let portalOrigin: string;
  let sitePort: number;

  before(async () => {
    for (const file of [MAIN, USERS_CLI, EMBED])
      assert.ok(existsSync(file), `${file} is missing: build the server and the embed bundles first`);
    dataDir = await mkdtemp(join(tmpdir(), 'ap-auth-e2e-'));
    const port = await freePort();
    sitePort = await freePort();
    portalOrigin = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: portalOrigin,
      LOG_LEVEL: 'warn',
      // The second origin of the same site and another site: both registered.
      AUTH_ALLOWED_ORIGINS: `http://127.0.0.1:${sitePort},http://localhost:${sitePort}`,
    };
    await run(
      process.execPath,
      [USERS_CLI, '--username', 'pho-vien', '--role', 'editor', '--display-name', 'Phóng viên Lan'],
      env,
      `${PASSWORD}\n`,
    );
    portal = await startPortal(env);
    // The embedding site: one page with the box, loaded from the portal.
    site = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><html lang="vi"><head><title>Sở A</title>
<script type="module" src="${portalOrigin}/embed/login-box.js"></script></head>
<body><main><h1>Sở A</h1><ap-login-box api="${portalOrigin}/api/v1/"></ap-login-box></main></body></html>`);
    });
    await new Promise<void>((resolve) => site.listen(sitePort, '127.0.0.1', resolve));
    browser = await chromium.launch(chromiumLaunchOptions());
  });

  after(async () => {
    await browser?.close();
    site?.close();
    portal?.removeAllListeners('exit');
    portal?.kill();
    await rm(dataDir, { recursive: true, force: true });
  });

  const box = (page: Page) => page.locator('ap-login-box');
  async function signInHere(page: Page, password = PASSWORD) {
    await page.getByLabel('Tên đăng nhập').fill('pho-vien');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  }

  test('on the portal: a wrong password, then sign-in, a reload, and sign-out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portalOrigin}/dang-nhap`);
    await box(page).and(page.locator('[state=signed-out]')).waitFor();

    await signInHere(page, 'not the password, sorry');
    await page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng.' }).waitFor();

    await signInHere(page);
    await page.getByText('Xin chào, Phóng viên Lan').waitFor();
    const [cookie] = (await context.cookies()).filter(({ name }) => name === 'ap_session');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.expires, -1, 'a browser-session cookie');

    await page.reload();
    await page.getByText('Xin chào, Phóng viên Lan').waitFor();

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await box(page).and(page.locator('[state=signed-out]')).waitFor();
    assert.deepEqual(
      (await context.cookies()).filter(({ name }) => name === 'ap_session'),
      [],
    );
    const me = (await page.evaluate(() => fetch('/api/v1/auth/me').then((response) => response.json()))) as { user: unknown };
    assert.equal(me.user, null);
    await context.close();
  });

  test('on a second origin of the same site: sign-in right in the box, with credentialed CORS', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${sitePort}/`);
    await box(page).and(page.locator('[state=signed-out]')).waitFor();
    await signInHere(page);
    await page.getByText('Xin chào, Phóng viên Lan').waitFor();
    const me = (await page.evaluate(
      (api) => fetch(`${api}/api/v1/auth/me`, { credentials: 'include' }).then((r) => r.json()),
      portalOrigin,
    )) as {
      user: { username: string };
    };
    assert.equal(me.user.username, 'pho-vien');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await box(page).and(page.locator('[state=signed-out]')).waitFor();
    await context.close();
  });

  test('on another site: the box sees that the cookies are blocked and signs in (and out) in the portal window', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const embedding = `http://localhost:${sitePort}/`;
    await page.goto(embedding);
    await box(page).and(page.locator('[state=blocked]')).waitFor();

    const popupOpened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Đăng nhập trong cửa sổ mới' }).click();
    const popup = await popupOpened;
    assert.equal(popup.url(), `${portalOrigin}/dang-nhap?return=${encodeURIComponent(embedding)}`);
    await box(popup).and(popup.locator('[state=signed-out]')).waitFor();
    const closed = popup.waitForEvent('close');
    await signInHere(popup);
    await closed;
    await page.getByText('Xin chào, Phóng viên Lan').waitFor();

    const signOutOpened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    const signOut = await signOutOpened;
    await signOut.getByText('Xin chào, Phóng viên Lan').waitFor();
    const signOutClosed = signOut.waitForEvent('close');
    await signOut.getByRole('button', { name: 'Đăng xuất' }).click();
    await signOutClosed;
    await box(page).and(page.locator('[state=blocked]')).waitFor();
    await context.close();
  });

  test('on another site without a pop-up: the portal page returns to the embedding page after sign-in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const embedding = `http://localhost:${sitePort}/tin-tuc?trang=2`;
    await page.goto(`${portalOrigin}/dang-nhap?return=${encodeURIComponent(embedding)}`);
    await box(page).and(page.locator('[state=signed-out]')).waitFor();
    await signInHere(page);
    await page.waitForURL(embedding);
    await context.close();
  });
});
