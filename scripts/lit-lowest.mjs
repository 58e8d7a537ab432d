// The low ends of the widget packages' peer range for Lit, for the component tests: `AP_LIT=lowest` (Lit 3.0.0 with
// the Lit context package 1.1.0) and `AP_LIT=lit2` (Lit 2.8.0). Installs exactly these versions of Lit and its parts
// into node_modules/.cache/lit-<mode>/, from where web-test-runner.config.mjs resolves every import of Lit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The versions each mode installs. `lowest` must match the low end of the packages' peer ranges (a test checks it). */
export const LIT_MODES = {
  lowest: { lit: '3.0.0', '@lit/reactive-element': '2.0.0', 'lit-element': '4.0.0', 'lit-html': '3.0.0', '@lit/context': '1.1.0' },
  lit2: { lit: '2.8.0', '@lit/reactive-element': '1.6.3', 'lit-element': '3.3.3', 'lit-html': '2.8.0', '@lit/context': '1.1.0' },
};

/** Whether an import specifier names Lit or one of its parts. */
export const isLitImport = (specifier) => /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)(\/|$)/.test(specifier);

const root = fileURLToPath(new URL('..', import.meta.url));

/** Installs the mode's versions once (again when they change) and returns the folder to resolve Lit from. */
export function ensureLit(mode) {
  const versions = LIT_MODES[mode];
  if (!versions) throw new Error(`Unknown AP_LIT=${mode}; use ${Object.keys(LIT_MODES).join(' or ')}.`);
  const dir = join(root, 'node_modules/.cache', `lit-${mode}`);
  const manifest = { name: `lit-${mode}`, private: true, dependencies: versions };
  const manifestFile = join(dir, 'package.json');
  const installed = () =>
    Object.entries(versions).every(([name, version]) => {
      const file = join(dir, 'node_modules', name, 'package.json');
      return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
    });
  if (!installed()) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
    console.log(
      `Installing ${Object.entries(versions)
        .map(([n, v]) => `${n}@${v}`)
        .join(' ')} into ${dir}`,
    );
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', '--workspaces=false'], {
      cwd: dir,
      stdio: 'inherit',
    });
    if (npm.status !== 0 || !installed()) throw new Error(`Could not install Lit for AP_LIT=${mode} into ${dir}.`);
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureLit(process.argv[2] ?? 'lowest'));
