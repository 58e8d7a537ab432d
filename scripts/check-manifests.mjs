// Checks a package's custom elements manifest and the editor data made from it (cem.config.mjs), after its build.
// `node scripts/check-manifests.mjs [package folder ...]` (every package under packages/ without arguments) prints
// each problem and exits 1 when there is one; each package's build runs it on itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The kinds of a custom element's API, as the manifest names them. */
const KINDS = ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'];

/**
 * What is wrong with `manifest`, read from the package in `dir` (whose built files its paths must name): a member,
 * attribute, event, slot, part or CSS property without a description; an event without a name, or named `detail`;
 * a CSS property without its default; a module path that does not exist; a name twice in one kind; a custom element
 * without its custom-element-definition export.
 */
export function manifestProblems(manifest, dir) {
  const problems = [];
  const exists = (path) => existsSync(join(dir, path));
  const checkReference = (reference, where) => {
    if (reference?.module && !exists(reference.module)) problems.push(`${where}: module ${reference.module} does not exist`);
  };
  const definitions = new Set();
  for (const module of manifest.modules ?? []) {
    if (!module.path?.startsWith('dist/') || !exists(module.path)) problems.push(`module ${module.path} is not a built file that exists`);
    for (const exported of module.exports ?? []) {
      checkReference(exported.declaration, `${module.path} export ${exported.name}`);
      if (exported.kind === 'custom-element-definition') definitions.add(exported.name);
    }
    for (const declaration of module.declarations ?? []) {
      const where = `${module.path} ${declaration.name}`;
      checkReference(declaration.superclass, `${where} superclass`);
      if (!declaration.customElement && !declaration.tagName) continue;
      if (!declaration.description && !declaration.summary) problems.push(`${where}: no description`);
      for (const kind of KINDS) {
        const seen = new Set();
        for (const item of declaration[kind] ?? []) {
          const name = item.name;
          const label = `${where} ${kind} "${name ?? ''}"`;
          if (kind === 'events' && (!name || name === 'detail'))
            problems.push(`${where}: an event without a name (${JSON.stringify(item)})`);
          if (!item.description) problems.push(`${label}: no description`);
          if (kind === 'events' && !item.type?.text) problems.push(`${label}: no type`);
          if (kind === 'cssProperties' && !item.default) problems.push(`${label}: no default`);
          if (kind === 'members' && (item.privacy ?? 'public') !== 'public') problems.push(`${label}: not public`);
          const key = kind === 'members' && item.static ? `static ${name}` : name;
          if (seen.has(key)) problems.push(`${label}: listed twice`);
          seen.add(key);
          checkReference(item.inheritedFrom, label);
        }
      }
    }
  }
  for (const element of customElements(manifest))
    if (!definitions.has(element.tagName)) problems.push(`<${element.tagName}>: no custom-element-definition export`);
  return problems;
}

/** The custom element declarations of a manifest. */
export function customElements(manifest) {
  return (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

/**
 * What the editor data of the package in `dir` misses of `manifest`: VS Code's `vscode.html-custom-data.json` must
 * list every tag and its attributes, and name its events in the tag's description (the format has no events);
 * `web-types.json`, which package.json must name, every tag, attribute and event.
 */
export function editorDataProblems(manifest, dir) {
  const problems = [];
  const read = (file) => {
    if (existsSync(join(dir, file))) return readJson(join(dir, file));
    problems.push(`${file} is missing`);
  };
  const vscode = read('vscode.html-custom-data.json');
  const webTypes = read('web-types.json');
  const pkg = readJson(join(dir, 'package.json'));
  if (pkg['web-types'] !== './web-types.json') problems.push('package.json does not name ./web-types.json under "web-types"');
  for (const element of customElements(manifest)) {
    const tag = element.tagName;
    const attributes = (element.attributes ?? []).map((a) => a.name);
    const events = (element.events ?? []).map((e) => e.name);
    const fromVsCode = vscode?.tags?.find((t) => t.name === tag);
    if (vscode && !fromVsCode) problems.push(`vscode.html-custom-data.json: no <${tag}>`);
    for (const name of fromVsCode ? attributes : [])
      if (!fromVsCode.attributes?.some((a) => a.name === name))
        problems.push(`vscode.html-custom-data.json: <${tag}> lacks attribute ${name}`);
    for (const name of fromVsCode ? events : [])
      if (!fromVsCode.description?.includes(`**${name}**`))
        problems.push(`vscode.html-custom-data.json: <${tag}> does not name event ${name}`);
    const fromWebTypes = webTypes?.contributions?.html?.elements?.find((e) => e.name === tag);
    if (webTypes && !fromWebTypes) problems.push(`web-types.json: no <${tag}>`);
    for (const name of fromWebTypes ? attributes : [])
      if (!fromWebTypes.attributes?.some((a) => a.name === name)) problems.push(`web-types.json: <${tag}> lacks attribute ${name}`);
    for (const name of fromWebTypes ? events : [])
      if (!fromWebTypes.events?.some((e) => e.name === name)) problems.push(`web-types.json: <${tag}> lacks event ${name}`);
  }
  return problems;
}

/** Every problem of the package in `dir`: its manifest, then its editor data. */
export function packageProblems(dir) {
  const file = join(dir, 'custom-elements.json');
  if (!existsSync(file)) return [`${file} is missing: build the package first`];
  const manifest = readJson(file);
  return [...manifestProblems(manifest, dir), ...editorDataProblems(manifest, dir)];
}

/** The folders of the packages that have a manifest (package.json `customElements`). */
export function manifestPackages() {
  const root = fileURLToPath(new URL('../packages/', import.meta.url));
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => existsSync(join(dir, 'package.json')) && readJson(join(dir, 'package.json')).customElements);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : manifestPackages();
  let failed = false;
  for (const dir of dirs) {
    for (const problem of packageProblems(dir)) {
      console.error(`${dir}: ${problem}`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}
