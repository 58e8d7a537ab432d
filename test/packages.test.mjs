// What npm publishes: for every public workspace package, the exact file list of `npm pack --dry-run`, source maps
// that carry their sources, the metadata npm and the CDNs show, Lit as a peer dependency with the range the
// component tests cover (AP_LIT=lowest and AP_LIT=lit2), and publint and arethetypeswrong (esm-only) passing.
// Run after the build (npm test builds first).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LIT_MODES, ensureLit } from '../scripts/lit-lowest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const publicPackages = ['packages', 'apps']
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)))
  .filter((dir) => existsSync(join(dir, 'package.json')) && !readJson(join(dir, 'package.json')).private)
  .map((dir) => ({ dir, folder: relative(root, dir), pkg: readJson(join(dir, 'package.json')) }));
/** The packages of custom elements (each has a manifest): the widgets and core. */
const widgetPackages = publicPackages.filter((p) => p.pkg.customElements);

/** Every file under `dir` (relative to it), recursively. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))],
  );
}

/** What a package's tarball must hold, no more, no less. */
function expectedFiles({ dir, folder }) {
  const always = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
  if (folder === 'packages/react') {
    // The wrappers and JSX types, generated into src/ at build time: compiled, with declarations and without source
    // maps (src/ is not kept in git, and the text is the manifests' own).
    return [
      ...always,
      ...walk(join(dir, 'src')).flatMap((file) => [`dist/${file.replace(/\.ts$/, '.js')}`, `dist/${file.replace(/\.ts$/, '.d.ts')}`]),
    ];
  }
  if (folder === 'apps/embed') {
    // The script-tag bundles: every file the Vite manifest lists (entries and the shared chunk).
    const manifest = readJson(join(dir, 'dist/.vite/manifest.json'));
    return [...always, ...new Set(Object.values(manifest).map((chunk) => `dist/${chunk.file}`))];
  }
  // A widget package: each module of src/ compiled, with its declarations and its source map.
  const modules = walk(join(dir, 'src'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.replace(/\.ts$/, ''));
  const editorData = ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'].filter((file) =>
    existsSync(join(dir, file)),
  );
  return [
    ...always,
    'custom-elements.json',
    ...editorData,
    ...modules.flatMap((module) => [`dist/${module}.js`, `dist/${module}.js.map`, `dist/${module}.d.ts`]),
  ];
}

function packedFiles(dir) {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout)[0].files.map((file) => file.path);
}

const rootLicense = readFileSync(join(root, 'LICENSE'), 'utf8');
const litRange = `^${LIT_MODES.lit2.lit} || ^${LIT_MODES.lowest.lit}`;
const contextRange = `^${LIT_MODES.lowest['@lit/context']}`;

test('the public packages are the widget packages, the React wrappers and the embed bundles', () => {
  assert.deepEqual(
    publicPackages.map((p) => p.pkg.name),
    [
      '@agency-portal/ad-strip',
      '@agency-portal/article-list',
      '@agency-portal/banner-carousel',
      '@agency-portal/core',
      '@agency-portal/login-box',
      '@agency-portal/pagination',
      '@agency-portal/react',
      '@agency-portal/visit-counter',
      '@agency-portal/embed',
    ],
  );
});

for (const p of publicPackages) {
  const { dir, folder, pkg } = p;

  test(`${pkg.name}: npm pack holds exactly the built files, README, LICENSE and CHANGELOG`, () => {
    const packed = packedFiles(dir).sort();
    const expected = expectedFiles(p).sort();
    assert.deepEqual(
      packed,
      expected,
      `unexpected: ${packed.filter((f) => !expected.includes(f)).join(', ') || 'none'}; missing: ${
        expected.filter((f) => !packed.includes(f)).join(', ') || 'none'
      } (a stale file in dist/? delete dist/ and build again)`,
    );
    for (const map of packed.filter((file) => file.endsWith('.map'))) {
      const { sources, sourcesContent } = readJson(join(dir, map));
      assert.ok(sources.length > 0, `${folder}/${map} has no sources`);
      assert.equal(sourcesContent?.length, sources.length, `${folder}/${map} does not carry the text of its sources`);
      assert.ok(
        sourcesContent.every((text) => typeof text === 'string' && text.length > 0),
        `${folder}/${map} has an empty source`,
      );
    }
  });

  test(`${pkg.name}: MIT, the root LICENSE, and the metadata npm shows`, () => {
    assert.equal(pkg.license, 'MIT');
    assert.equal(readFileSync(join(dir, 'LICENSE'), 'utf8'), rootLicense, `${folder}/LICENSE differs from the root LICENSE`);
    assert.match(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'), new RegExp(`^# ${pkg.name}\n`));
    assert.equal(pkg.repository?.type, 'git');
    assert.equal(pkg.repository?.directory, folder);
    assert.match(pkg.homepage ?? '', new RegExp(`/${folder}#readme$`));
    assert.match(pkg.bugs?.url ?? '', /\/issues$/);
    assert.ok(pkg.keywords?.length >= 3, 'keywords');
    assert.ok(pkg.description, 'description');
    assert.deepEqual(pkg.publishConfig, { access: 'public' });
    assert.ok(!pkg.files.includes('src'), 'src/ is not shipped: the source maps carry the sources');
  });

  if (widgetPackages.includes(p)) {
    test(`${pkg.name}: Lit (and the Lit context package) are peer dependencies with the range the tests cover`, () => {
      const source = walk(join(dir, 'src'))
        .map((file) => readFileSync(join(dir, 'src', file), 'utf8'))
        .join('\n');
      const imports = (name) => new RegExp(`from '${name}(/[^']*)?'`).test(source);
      assert.ok(imports('lit'), 'every widget package imports lit');
      assert.equal(pkg.peerDependencies?.lit, litRange);
      assert.ok(pkg.devDependencies?.lit, 'lit is a devDependency for the workspace');
      assert.equal(pkg.dependencies?.lit, undefined, 'lit as a dependency gives an app a second copy');
      if (imports('@lit/context')) {
        assert.equal(pkg.peerDependencies?.['@lit/context'], contextRange);
        assert.ok(pkg.devDependencies?.['@lit/context']);
      }
      assert.equal(pkg.dependencies?.['@lit/context'], undefined);
      for (const name of Object.keys(pkg.dependencies ?? {})) assert.match(name, /^@agency-portal\//);
    });
  }

  test(`${pkg.name}: publint --strict finds nothing`, () => {
    const result = spawnSync(bin('publint'), ['--strict'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /All good!/);
  });

  test(`${pkg.name}: arethetypeswrong (esm-only profile) finds no problem`, () => {
    const result = spawnSync(bin('attw'), ['--pack', '--profile', 'esm-only', '--format', 'ascii', '--no-emoji'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
}

// An app's TypeScript, with skipLibCheck off, on the lowest Lit 3 and on Lit 2.8: each package's declarations (built
// against the workspace's Lit 3.3) must hold against the Lit types the app has. One program per package: an app that
// uses one widget.
for (const lit of ['lowest', 'lit2']) {
  test(`an app on AP_LIT=${lit} typechecks against each package's packed declarations`, () => {
    const app = mkdtempSync(join(tmpdir(), `ap-types-${lit}-`));
    try {
      cpSync(join(ensureLit(lit), 'node_modules'), join(app, 'node_modules'), { recursive: true });
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
      for (const { dir, pkg } of widgetPackages) {
        const [{ filename }] = JSON.parse(
          execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: dir, encoding: 'utf8' }),
        );
        const target = join(app, 'node_modules', pkg.name);
        mkdirSync(target, { recursive: true });
        execFileSync('tar', ['-xzf', join(app, filename), '-C', target, '--strip-components=1']);
      }
      const tsconfigs = [];
      for (const { folder, pkg } of widgetPackages) {
        const name = folder.slice('packages/'.length);
        const tag = name === 'core' ? 'ap-portal' : `ap-${name}`;
        writeFileSync(
          join(app, `${name}.ts`),
          [
            "import { LitElement, html } from 'lit';",
            `import '${pkg.name}/define.js';`,
            `import * as widget from '${pkg.name}';`,
            'export const api = widget;',
            `export const element: HTMLElementTagNameMap['${tag}'] = document.createElement('${tag}');`,
            'export class AppShell extends LitElement {',
            '  override render() {',
            `    return html\`<${tag}></${tag}>\`;`,
            '  }',
            '}',
          ].join('\n'),
        );
        const tsconfig = join(app, `tsconfig.${name}.json`);
        const compilerOptions = {
          target: 'ES2022',
          module: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          lib: ['ES2023', 'DOM'],
        };
        writeFileSync(tsconfig, JSON.stringify({ compilerOptions, files: [`${name}.ts`] }));
        tsconfigs.push(tsconfig);
      }
      // Build mode: one process checks every program, each on its own.
      const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--build', ...tsconfigs], {
        encoding: 'utf8',
      });
      assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
}
