// Component tests for every widget package, in Chromium, Firefox and WebKit (Debian's builds).
// Run from a package folder through scripts/wtr.mjs; AP_BROWSERS=chromium (or firefox, webkit) runs one engine.
// A package whose test task depends on the server's build (its turbo.json) also gets the built portal server,
// with /api/ and /media/ proxied through the test server, for tests against the real API; AP_TEST_PORTAL=1 or 0
// forces it on or off. AP_LIT=lowest (or lit2) resolves every import of Lit to the low end of the packages' peer range
// (scripts/lit-lowest.mjs) and records the totals as test-results/wtr-lit-lowest.json (or wtr-lit-lit2.json).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { ensureBrowsers, selectedEngines } from './scripts/browsers.mjs';
import { LIT_MODES, ensureLit, isLitImport } from './scripts/lit-lowest.mjs';
import { apiTestRoutes } from './scripts/test-api-routes.mjs';
import { freePort, startPortalServer } from './scripts/test-portal-server.mjs';
import { totalsReporter } from './scripts/wtr-totals-reporter.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const engines = selectedEngines();
const paths = ensureBrowsers(engines);
const litMode = process.env.AP_LIT;
// Lit and its parts, for the tests, the widgets and the test helpers alike, from one folder: one copy at the version asked.
const litResolve = litMode ? { dedupe: isLitImport, rootDir: ensureLit(litMode) } : {};
// The lit-html version the page must load, once (core's test/lit.test.ts reads it).
const litHtmlVersion = litMode
  ? LIT_MODES[litMode]['lit-html']
  : JSON.parse(readFileSync(join(rootDir, 'node_modules/lit-html/package.json'), 'utf8')).version;

/**
 * Starts Debian's WebKitWebDriver on a free port and resolves once it answers /status. On a loaded machine it can
 * take seconds to start, and a port found free can be taken before the driver binds it: a driver that exits or
 * does not answer within 30 s is stopped and another port tried, three times in all.
 */
async function startWebKitDriver(driverPath) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const driver = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore' });
    const exited = new Promise((resolve) => driver.once('exit', () => resolve(true)));
    const stop = () => driver.kill();
    process.once('exit', stop);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`);
        if (res.ok) return port;
      } catch {
        // Not listening yet.
      }
      if (await Promise.race([exited, new Promise((r) => setTimeout(() => r(false), 200))])) break;
    }
    stop();
    process.off('exit', stop);
    if (attempt === 3) throw new Error(`WebKitWebDriver did not start (last tried on port ${port})`);
  }
}

/** Whether the package in the current folder tests against the real portal server. */
function wantsPortal() {
  if (process.env.AP_TEST_PORTAL) return process.env.AP_TEST_PORTAL === '1';
  const turbo = join(process.cwd(), 'turbo.json');
  return (
    existsSync(turbo) && Boolean(JSON.parse(readFileSync(turbo, 'utf8')).tasks?.test?.dependsOn?.includes('@agency-portal/server#build'))
  );
}

/** The real portal server behind the test server, which then needs a port known in advance for PUBLIC_URL. */
async function startPortal() {
  const port = await freePort();
  const { proxy } = await startPortalServer({ publicUrl: `http://localhost:${port}` });
  return { port, proxy };
}
const portal = wantsPortal() ? await startPortal() : undefined;

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS },
    }),
  firefox: () =>
    puppeteerLauncher({
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
    }),
  webkit: async () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: await startWebKitDriver(paths.webkit),
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
      logLevel: 'error',
    }),
};

export default {
  rootDir,
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'], ...litResolve },
  concurrency: 1,
  browsers: await Promise.all(engines.map((engine) => launchers[engine]())),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.web.json', import.meta.url)) })],
  // A port of our own choosing, so that test runs of several packages or checkouts at once never collide.
  ...(portal ? { hostname: 'localhost', port: portal.port } : { port: await freePort() }),
  middleware: [apiTestRoutes, ...(portal ? [portal.proxy] : [])],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>window.expectedLitHtmlVersion = ${JSON.stringify(litHtmlVersion)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  // A loaded machine can take long to start Firefox; the default 30 s is too short there.
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), totalsReporter(litMode ? `wtr-lit-${litMode}` : 'wtr')],
};
