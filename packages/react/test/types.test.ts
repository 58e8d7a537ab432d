// The shipped types, compiled as a consumer compiles them: each file under test/types/ is one program (so the
// JSX namespaces of React, Preact and Solid never meet) that imports this package by name from dist/. Lines
// marked "error" must fail to type-check and every other line must pass.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const base: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** The lines (from 1) that the compiler reports, and the lines marked as expected errors. */
function check(file: string, options: ts.CompilerOptions) {
  const path = fileURLToPath(new URL(`./types/${file}`, import.meta.url));
  const program = ts.createProgram([path], { ...base, ...options });
  const reported = new Map<number, string>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (!d.file || d.file.fileName !== path) {
      assert.fail(`${file}: a problem outside the file: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
    const line = d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1;
    reported.set(line, ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
  const marked = readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((text, i) => (/\{\/\* error \*\/\}/.test(text) ? [i + 1] : []));
  return { reported, marked };
}

const frameworks: [string, ts.CompilerOptions][] = [
  ['react.tsx', { jsx: ts.JsxEmit.ReactJSX }],
  ['react-wrong.tsx', { jsx: ts.JsxEmit.ReactJSX }],
  ['preact.tsx', { jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact' }],
  ['solid.tsx', { jsx: ts.JsxEmit.Preserve, jsxImportSource: 'solid-js' }],
];

for (const [file, options] of frameworks) {
  test(`${file}: right uses type-check, every wrong one fails`, () => {
    const { reported, marked } = check(file, options);
    const unexpected = [...reported].filter(([line]) => !marked.includes(line));
    assert.deepEqual(unexpected, [], `${file}: unexpected errors`);
    assert.deepEqual(
      marked.filter((line) => !reported.has(line)),
      [],
      `${file}: lines marked "error" that type-check`,
    );
  });
}

test('without the JSX types entry a native tag is unknown to React', () => {
  // test/types/react.tsx without its import of the JSX types, compiled from memory.
  const path = fileURLToPath(new URL('./types/react.tsx', import.meta.url));
  const source = readFileSync(path, 'utf8').replace("import type {} from '@agency-portal/react/jsx-react';\n", '');
  const host = ts.createCompilerHost({ ...base, jsx: ts.JsxEmit.ReactJSX });
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === path ? source : readFile(name));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, target, ...rest) =>
    name === path ? ts.createSourceFile(name, source, target) : getSourceFile(name, target, ...rest);
  const program = ts.createProgram([path], { ...base, jsx: ts.JsxEmit.ReactJSX }, host);
  const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.ok(
    messages.some((m) => m.includes("Property 'ap-pagination' does not exist on type 'JSX.IntrinsicElements'")),
    messages.join('\n'),
  );
});
