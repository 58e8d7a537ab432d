// Part of each widget package's `npm run lint` (run from the package folder): checks its stylesheets
// (src/*.styles.ts) against the shared design tokens and its own documentation.
//
// - Every shared token a stylesheet reads (`var(--ap-color-primary, #b3131b)`) falls back to the token's default
//   in core's src/tokens.ts, so a widget looks right on a page that sets no tokens.
// - Every other `--ap-*` property is the widget's own (`--ap-<package>-*`) and is documented on the class with
//   `@cssprop [--name=default]`, with the same default as the stylesheet's fallback; nothing documented is unused.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cwd = process.cwd();
const coreTokens = fileURLToPath(new URL('../packages/core/src/tokens.ts', import.meta.url));

/** Same value, written with or without optional spaces and leading zeros. */
const normal = (value) =>
  value
    .replace(/\s+/g, ' ')
    .replace(/\s*([,/()])\s*/g, '$1')
    .replace(/(^|[^\d.])0\./g, '$1.')
    .trim();

/** `--ap-color-primary` -> `#b3131b`, from the string constants in tokens.ts. */
const tokens = new Map();
for (const [, value] of readFileSync(coreTokens, 'utf8').matchAll(/^export const [A-Z_]+ = '(var\(--ap-[^']+\))';$/gm)) {
  const { name, fallback } = splitVar(value);
  tokens.set(name, normal(fallback));
}
if (tokens.size === 0) throw new Error(`No tokens found in ${coreTokens}.`);

/** `var(--a, b)` -> { name: '--a', fallback: 'b' }; `fallback` is undefined without one. */
function splitVar(text) {
  const inner = text.slice(4, -1);
  const comma = inner.indexOf(',');
  return comma < 0 ? { name: inner.trim() } : { name: inner.slice(0, comma).trim(), fallback: inner.slice(comma + 1).trim() };
}

/** Every `var(...)` in `css`, outermost first, with balanced parentheses. */
function* vars(css) {
  for (let start = css.indexOf('var('); start >= 0; start = css.indexOf('var(', start + 4)) {
    let depth = 0;
    for (let i = start + 3; i < css.length; i++) {
      if (css[i] === '(') depth++;
      else if (css[i] === ')' && --depth === 0) {
        yield { text: css.slice(start, i + 1), line: css.slice(0, start).split('\n').length };
        break;
      }
    }
  }
}

const src = join(cwd, 'src');
const pkg = basename(cwd);
const problems = [];
const used = new Map();
for (const file of readdirSync(src).filter((name) => name.endsWith('.styles.ts'))) {
  const css = readFileSync(join(src, file), 'utf8');
  for (const { text, line } of vars(css)) {
    const { name, fallback } = splitVar(text);
    const where = `src/${file}:${line}`;
    if (!name.startsWith('--ap-')) continue;
    if (tokens.has(name)) {
      if (fallback === undefined || normal(fallback) !== tokens.get(name))
        problems.push(`${where}: ${text} should fall back to the token's default, ${tokens.get(name)} (packages/core/src/tokens.ts)`);
    } else if (name.startsWith(`--ap-${pkg}-`)) {
      if (fallback === undefined) problems.push(`${where}: ${text} has no fallback`);
      else if (used.has(name) && used.get(name).fallback !== normal(fallback))
        problems.push(`${where}: ${name} falls back to ${fallback} here and to ${used.get(name).fallback} at ${used.get(name).where}`);
      else if (!used.has(name)) used.set(name, { fallback: normal(fallback), where });
    } else {
      problems.push(`${where}: ${name} is neither a shared token nor one of this widget's --ap-${pkg}-* properties`);
    }
  }
}

// The documentation: `@cssprop [--name=default] - text` in the JSDoc of the class.
const documented = new Map();
for (const file of readdirSync(src).filter((name) => name.endsWith('.ts') && !name.endsWith('.styles.ts'))) {
  const code = readFileSync(join(src, file), 'utf8');
  for (const [, bracketed, plain] of code.matchAll(/@cssprop\s+(?:\[([^\]]+)\]|(--[\w-]+))/g)) {
    const [name, ...rest] = (bracketed ?? plain).split('=');
    documented.set(name.trim(), { fallback: rest.length ? normal(rest.join('=')) : undefined, file });
  }
}
for (const [name, { fallback, where }] of used) {
  const doc = documented.get(name);
  if (!doc) problems.push(`${where}: ${name} is not documented: add "@cssprop [${name}=${fallback}] - ..." to the class`);
  else if (doc.fallback !== fallback)
    problems.push(`src/${doc.file}: @cssprop ${name} says the default is ${doc.fallback ?? '(none)'}; the stylesheet's is ${fallback}`);
}
for (const [name, { file }] of documented) {
  if (!used.has(name)) problems.push(`src/${file}: @cssprop ${name} is documented, but no stylesheet reads it`);
}

if (!existsSync(src) || problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`${pkg}: ${used.size} custom properties documented with their defaults; shared tokens fall back to their defaults.`);
