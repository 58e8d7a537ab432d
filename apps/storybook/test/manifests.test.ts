// The packages' custom elements manifests and editor data, after their build (scripts/check-manifests.mjs, which
// each package's build also runs on itself), and the check's own refusals on manifests made wrong on purpose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { editorDataProblems, manifestPackages, manifestProblems, packageProblems } from '../../../scripts/check-manifests.mjs';

const packages = manifestPackages();

test('every package with custom elements has a manifest', () => {
  assert.deepEqual(packages.map((dir) => basename(dir)).sort(), [
    'ad-strip',
    'article-list',
    'banner-carousel',
    'core',
    'login-box',
    'pagination',
    'visit-counter',
  ]);
});

for (const dir of packages) {
  test(`${basename(dir)}: the manifest lists only documented public API with paths into dist/, and the editor data every tag, attribute and event`, () => {
    assert.deepEqual(packageProblems(dir), []);
  });
}

/** A built package in a temporary folder: dist/x.js, a package.json naming its web-types, and `files`. */
function fakePackage(files: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ap-manifest-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/x.js'), '');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', 'web-types': './web-types.json' }));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content));
  return dir;
}

/** A manifest of one element, <ap-x>, with one of everything, documented; `change` breaks it. */
function manifest(change: (element: Record<string, unknown>) => void = () => {}) {
  const element: Record<string, unknown> = {
    kind: 'class',
    name: 'ApX',
    customElement: true,
    tagName: 'ap-x',
    description: 'An element.',
    members: [{ kind: 'field', name: 'src', privacy: 'public', description: 'Where from.', attribute: 'src' }],
    attributes: [{ name: 'src', fieldName: 'src', description: 'Where from.' }],
    events: [{ name: 'ap-x-load', type: { text: 'ApXLoadEvent' }, description: 'Loaded.' }],
    slots: [{ name: '', description: 'Fallback.' }],
    cssParts: [{ name: 'list', description: 'The list.' }],
    cssProperties: [{ name: '--ap-x-gap', default: '1rem', description: 'Gap.' }],
  };
  change(element);
  return {
    schemaVersion: '1.0.0',
    modules: [
      {
        kind: 'javascript-module',
        path: 'dist/x.js',
        declarations: [element],
        exports: [{ kind: 'custom-element-definition', name: 'ap-x', declaration: { name: 'ApX', module: 'dist/x.js' } }],
      },
    ],
  };
}

test('a complete manifest passes', () => {
  const dir = fakePackage();
  try {
    assert.deepEqual(manifestProblems(manifest(), dir), []);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

const broken: [string, (element: Record<string, unknown>) => void, RegExp][] = [
  ['an undocumented member', (e) => delete (e.members as { description?: string }[])[0]!.description, /members "src": no description/],
  ['a private member', (e) => ((e.members as { privacy: string }[])[0]!.privacy = 'private'), /members "src": not public/],
  ['a nameless event', (e) => (e.events = [{ type: { text: 'ApXLoadEvent' }, description: 'Loaded.' }]), /an event without a name/],
  [
    'an event named detail',
    (e) => (e.events = [{ name: 'detail', type: { text: 'ApXLoadEvent' }, description: 'Loaded.' }]),
    /an event without a name/,
  ],
  ['an event without a type', (e) => (e.events = [{ name: 'ap-x-load', description: 'Loaded.' }]), /events "ap-x-load": no type/],
  ['a CSS property without its default', (e) => delete (e.cssProperties as { default?: string }[])[0]!.default, /"--ap-x-gap": no default/],
  [
    'a part listed twice',
    (e) => (e.cssParts = [...(e.cssParts as object[]), ...(e.cssParts as object[])]),
    /cssParts "list": listed twice/,
  ],
  ['an undocumented slot', (e) => (e.slots = [{ name: 'footer' }]), /slots "footer": no description/],
];
for (const [what, change, problem] of broken) {
  test(`the check refuses ${what}`, () => {
    const dir = fakePackage();
    try {
      const problems = manifestProblems(manifest(change), dir);
      assert.ok(
        problems.some((p: string) => problem.test(p)),
        problems.join('\n'),
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
}

test('the check refuses a module path that does not exist after the build, and an element without its definition', () => {
  const dir = fakePackage();
  try {
    const wrong = manifest();
    wrong.modules[0]!.path = 'src/x.ts';
    wrong.modules[0]!.exports = [];
    const problems = manifestProblems(wrong, dir);
    assert.ok(problems.includes('module src/x.ts is not a built file that exists'), problems.join('\n'));
    assert.ok(problems.includes('<ap-x>: no custom-element-definition export'), problems.join('\n'));
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('the check refuses editor data that is missing or lacks a tag, attribute or event', () => {
  const complete = {
    vscode: { tags: [{ name: 'ap-x', description: '### **Events:**\n - **ap-x-load** - Loaded.', attributes: [{ name: 'src' }] }] },
    webTypes: { contributions: { html: { elements: [{ name: 'ap-x', attributes: [{ name: 'src' }], events: [{ name: 'ap-x-load' }] }] } } },
  };
  let dir = fakePackage({ 'vscode.html-custom-data.json': complete.vscode, 'web-types.json': complete.webTypes });
  assert.deepEqual(editorDataProblems(manifest(), dir), []);
  rmSync(dir, { recursive: true });

  dir = fakePackage();
  assert.deepEqual(editorDataProblems(manifest(), dir), ['vscode.html-custom-data.json is missing', 'web-types.json is missing']);
  rmSync(dir, { recursive: true });

  dir = fakePackage({
    'vscode.html-custom-data.json': { tags: [{ name: 'ap-x', description: '', attributes: [] }] },
    'web-types.json': { contributions: { html: { elements: [{ name: 'ap-x', attributes: [{ name: 'src' }], events: [] }] } } },
  });
  assert.deepEqual(editorDataProblems(manifest(), dir), [
    'vscode.html-custom-data.json: <ap-x> lacks attribute src',
    'vscode.html-custom-data.json: <ap-x> does not name event ap-x-load',
    'web-types.json: <ap-x> lacks event ap-x-load',
  ]);
  rmSync(dir, { recursive: true });
});
