// Fresh apps as a new user makes them, from the packed tarballs of every public package (nothing from this
// repository's node_modules): a Lit 3 + Vite + TypeScript app, a React 19 + TypeScript app that uses both the
// React components and the native tags through the JSX types, and a React 18 one with the components. npm installs
// from its cache when it can.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ap-consumer-'));
const tarballs = new Map<string, string>();

// The apps' own npm, as a user's: none of the settings npm passes to this test when it runs under `npm test`.
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  npm_config_update_notifier: 'false',
};

/** Runs a command; fails the test with its output unless it exits as expected. Returns stdout and stderr together. */
function run(cwd: string, command: string, args: string[], { expect = 0 } = {}): string {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  const output = `${r.stdout}${r.stderr}`;
  assert.equal(r.status === 0 ? 0 : 1, expect, `${command} ${args.join(' ')} in ${cwd} exited ${r.status}:\n${output}`);
  return output;
}

/** Writes an app's files and installs its dependencies; reports how long the install took. */
function makeApp(t: TestContext, name: string, files: Record<string, string>, dependencies: Record<string, string>) {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const local = Object.fromEntries([...tarballs].map(([pkg, file]) => [pkg, `file:${file}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, private: true, type: 'module', dependencies: { ...local, ...dependencies } }, null, 2),
  );
  const started = Date.now();
  run(dir, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  t.diagnostic(`${name}: npm install took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

const tsconfig = JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
  include: ['src'],
});

const page = (entry: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Consumer app</title></head><body><div id="root"></div><script type="module" src="${entry}"></script></body></html>`;

/** The JavaScript files Vite wrote to dist/assets, read as one text. */
const bundle = (dir: string) =>
  readdirSync(join(dir, 'dist/assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, 'dist/assets', f), 'utf8'))
    .join('\n');

/** Fails unless npm installed exactly one copy of lit, lit-html and @lit/reactive-element, wherever it put them. */
function assertOneLit(dir: string) {
  const ls = run(dir, 'npm', ['ls', 'lit', 'lit-html', '@lit/reactive-element', '--all', '--parseable']);
  const copies = new Map<string, Set<string>>();
  for (const path of ls.split('\n').filter((l) => l.includes('node_modules'))) {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    copies.set(name, (copies.get(name) ?? new Set()).add(path));
  }
  assert.deepEqual(
    [...copies].map(([name, paths]) => [name, paths.size]).sort(),
    [
      ['@lit/reactive-element', 1],
      ['lit', 1],
      ['lit-html', 1],
    ],
    ls,
  );
}

/** Serves the app's dist/ and opens it in Chromium; fails on any error the page throws. */
async function inChromium(dir: string, check: (tab: Page) => Promise<void>) {
  const server = await startStaticServer(join(dir, 'dist'));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    await tab.goto(`${server.origin}/`);
    await check(tab);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
}

before(() => {
  const packages = readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name))
    .filter((dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private);
  const out = run(root, 'npm', ['pack', '--json', '--pack-destination', work, ...packages.flatMap((dir) => ['-w', dir])]);
  for (const { name, filename } of JSON.parse(out.slice(out.indexOf('['))) as { name: string; filename: string }[]) {
    tarballs.set(name, join(work, filename));
  }
  assert.ok(tarballs.has('@agency-portal/react') && tarballs.has('@agency-portal/pagination'), [...tarballs.keys()].join(', '));
});

after(() => rmSync(work, { recursive: true, force: true }));

test('a Lit 3 + Vite + TypeScript app gets one Lit, and its bundle one lit-html', (t) => {
  const dir = makeApp(
    t,
    'lit-app',
    {
      'index.html': page('/src/main.ts'),
      'tsconfig.json': tsconfig,
      'src/main.ts': `import { LitElement, html } from 'lit';
import '@agency-portal/pagination/define.js';
import '@agency-portal/article-list/define.js';

class NewsPage extends LitElement {
  override render() {
    return html\`<ap-article-list src="/api/v1/articles"></ap-article-list><ap-pagination total-pages="5"></ap-pagination>\`;
  }
}
customElements.define('news-page', NewsPage);
const pagination: HTMLElementTagNameMap['ap-pagination'] = document.createElement('ap-pagination');
pagination.totalPages = 5;
document.body.append(document.createElement('news-page'), pagination);
`,
    },
    { lit: '^3.3.0', typescript: '5.9.3', vite: '^8.3.8' },
  );
  assertOneLit(dir);
  run(dir, join(dir, 'node_modules/.bin/tsc'), ['-p', '.']);
  run(dir, join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error']);
  // Every copy of lit-html registers its version in globalThis.litHtmlVersions.
  assert.equal(bundle(dir).match(/litHtmlVersions/g)?.length, 1);
});

/** The files every React app here has beside its src/main.tsx: its page, TypeScript settings and Vite with React. */
const reactAppFiles = {
  'index.html': page('/src/main.tsx'),
  'tsconfig.json': tsconfig,
  'vite.config.js': `import react from '@vitejs/plugin-react';\nexport default { plugins: [react()] };\n`,
};

test('a React 19 + TypeScript app type-checks the components and the native tags, and their events update state', async (t) => {
  const dir = makeApp(
    t,
    'react-app',
    {
      ...reactAppFiles,
      'src/main.tsx': `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type {} from '@agency-portal/react/jsx-react';
import { ApPagination } from '@agency-portal/react/pagination.js';
import '@agency-portal/pagination/define.js';

function App() {
  const [page, setPage] = useState(2);
  const [nativePage, setNativePage] = useState(1);
  return (
    <main>
      <ApPagination id="wrapped" label="Wrapped" totalPages={5} current={page} onPageChange={(e) => setPage(e.detail.page)} />
      <p id="wrapped-page">Wrapped page {page}</p>
      <ap-pagination id="native" label="Native" total-pages={5} current={nativePage} onap-page-change={(e) => setNativePage(e.detail.page)} />
      <p id="native-page">Native page {nativePage}</p>
    </main>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
`,
    },
    {
      react: '^19.0.0',
      'react-dom': '^19.0.0',
      '@types/react': '^19.0.0',
      '@types/react-dom': '^19.0.0',
      '@vitejs/plugin-react': '^6.3.0',
      typescript: '5.9.3',
      vite: '^8.3.8',
    },
  );
  assertOneLit(dir);
  const tsc = join(dir, 'node_modules/.bin/tsc');
  run(dir, tsc, ['-p', '.']);
  writeFileSync(
    join(dir, 'src/wrong.tsx'),
    `import type {} from '@agency-portal/react/jsx-react';
import { ApPagination } from '@agency-portal/react/pagination.js';
export const a = <ApPagination totalPages="five" />;
export const b = <ap-pagination total-pages="five" />;
export const c = <ap-pagination onap-page-change={(e) => e.detail.slide} />;
`,
  );
  const errors = run(dir, tsc, ['-p', '.'], { expect: 1 });
  assert.deepEqual(errors.match(/src\/wrong\.tsx\(\d+/g), ['src/wrong.tsx(3', 'src/wrong.tsx(4', 'src/wrong.tsx(5'], errors);
  rmSync(join(dir, 'src/wrong.tsx'));

  run(dir, join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error']);
  // One subpath per component: the app that imports the pagination's ships no other widget.
  const js = bundle(dir);
  assert.ok(js.includes('ap-pagination'));
  for (const other of ['ap-article-list', 'ap-banner-carousel', 'ap-login-box']) assert.ok(!js.includes(other), other);
  await inChromium(dir, async (tab) => {
    await tab.locator('#wrapped').getByRole('button', { name: 'Page 4', exact: true }).click();
    await tab.getByText('Wrapped page 4').waitFor();
    await tab.locator('#native').getByRole('button', { name: 'Page 2', exact: true }).click();
    await tab.getByText('Native page 2').waitFor();
    assert.equal(await tab.locator('#native').evaluate((el) => (el as HTMLElement & { current: number }).current), 2);
  });
});

test('a React 18 + TypeScript app type-checks the components, and their events update state', async (t) => {
  const dir = makeApp(
    t,
    'react18-app',
    {
      ...reactAppFiles,
      'src/main.tsx': `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApPagination } from '@agency-portal/react/pagination.js';

function App() {
  const [page, setPage] = useState(2);
  return (
    <main>
      <ApPagination id="wrapped" label="Wrapped" totalPages={5} current={page} strings={{ next: 'Onward' }} onPageChange={(e) => setPage(e.detail.page)} />
      <p id="wrapped-page">Wrapped page {page}</p>
    </main>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
`,
    },
    {
      react: '^18.3.0',
      'react-dom': '^18.3.0',
      '@types/react': '^18.3.0',
      '@types/react-dom': '^18.3.0',
      '@vitejs/plugin-react': '^6.3.0',
      typescript: '5.9.3',
      vite: '^8.3.8',
    },
  );
  run(dir, join(dir, 'node_modules/.bin/tsc'), ['-p', '.']);
  run(dir, join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error']);
  await inChromium(dir, async (tab) => {
    // An object prop arrives as a property (React 18 alone would set the attribute "[object Object]").
    await tab
      .locator('#wrapped')
      .getByRole('button', { name: /Onward/ })
      .waitFor();
    await tab.locator('#wrapped').getByRole('button', { name: 'Page 4', exact: true }).click();
    await tab.getByText('Wrapped page 4').waitFor();
  });
});
