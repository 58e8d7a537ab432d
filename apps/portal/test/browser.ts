// A real browser on the real portal: the built server (apps/server/dist) on a free port with a fresh data
// directory and its demo content, and Debian's Chromium driven by Playwright. Each page records console
// errors, page errors, failed requests and Content-Security-Policy violations, so a test can demand none.
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startPortalServer } from '../../../scripts/test-portal-server.mjs';

/** A desktop Chromium's user agent: headless Chromium names itself HeadlessChrome, which the server counts as a bot. */
export const VISITOR_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

export interface Portal {
  origin: string;
  /** The server's data folder (its SQLite file), for the server's own commands. */
  dataDir: string;
  browser: Browser;
  /** A new browser profile (no cookies, no cache): one visitor. */
  visitor(options?: { userAgent?: string; viewport?: { width: number; height: number } }): Promise<BrowserContext>;
  close(): Promise<void>;
  /** Adds a staff account with the server's own command line (`npm run user:add`), the password typed at its prompt. */
  addStaff(account: { username: string; role: 'editor' | 'admin'; displayName: string; password: string }): void;
}

const USERS_CLI = fileURLToPath(new URL('../../server/dist/auth/users-cli.js', import.meta.url));

export async function startPortal(env: Record<string, string> = {}, port?: number, prepare?: (dataDir: string) => void): Promise<Portal> {
  const server = await startPortalServer({ env, port, prepare });
  const browser = await chromium.launch(chromiumLaunchOptions());
  return {
    origin: server.origin,
    dataDir: server.dataDir,
    browser,
    visitor: ({ userAgent = VISITOR_UA, viewport = { width: 1280, height: 900 } } = {}) =>
      browser.newContext({ userAgent, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' }),
    async close() {
      await browser.close();
      server.stop();
    },
    addStaff({ username, role, displayName, password }) {
      execFileSync(process.execPath, [USERS_CLI, '--username', username, '--role', role, '--display-name', displayName], {
        env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'warn' },
        input: `${password}\n`,
      });
    },
  };
}

/**
 * Resolves once every `tag` element on the page runs its code and has rendered over its server markup. The portal's
 * widgets load their code when the browser is first idle: a click before that is the page without JavaScript (the
 * sign-in box's form then posts to the sign-in page, which goes on to the newsroom), not what a test of the hydrated
 * widget means to do.
 */
export async function hydrated(page: Page, tag: string): Promise<void> {
  await page.evaluate(async (name) => {
    await customElements.whenDefined(name);
    await Promise.all(
      [...document.querySelectorAll(name)].map((element) => (element as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
  }, tag);
}

/** Signs `username` in with the home page's sign-in box and opens the newsroom from its link, as staff do. */
export async function openNewsroom(portal: Portal, page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${portal.origin}/`);
  await hydrated(page, 'ap-login-box');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('link', { name: 'Vào trang quản trị' }).click();
  await page.waitForURL(`${portal.origin}/quan-tri/`);
}

/** Everything that went wrong on a page since it opened. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it still had under way (its live-update stream, lazy images; a keepalive
    // impressions batch goes on in the browser but is reported here as cancelled): a cancel is no failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Runs axe (WCAG 2.x A and AA, and best practices) on the page, shadow roots included; fails on any violation. */
export async function assertAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
  });
  assert.deepEqual(violations, [], `axe violations on ${page.url()}`);
}

/**
 * Holds back the page's scripts (the portal's, under /assets/) until `release()`, so that a test can read the page as
 * the server sent it before the widgets hydrate. Call it before `page.goto`.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * The embed builder's preview frame once it shows the page for `query` (a part of its address). Up to 30 s: the
 * builder loads a new preview after a pause in the typing, and a loaded machine is slow to load it.
 */
export async function previewFrame(page: Page, query: string): Promise<Frame> {
  for (let i = 0; i < 300; i++) {
    const frame = page.frames().find((known) => known.url().includes('/embed/preview?') && known.url().includes(query));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(
    `No preview frame for ${query}: ${page
      .frames()
      .map((frame) => frame.url())
      .join(', ')}`,
  );
}
