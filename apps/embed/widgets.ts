// The embed entries: one per workspace package under packages/ that exports "./define.js".
// The entry is named after the package folder, except core, whose define.js registers <ap-portal>, and a package
// whose package.json names its own (`agencyPortal.embed`), for a folder name that ad blockers block as a file name.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));

interface PackageJson {
  name: string;
  exports?: Record<string, unknown>;
  agencyPortal?: { embed?: string };
}

/** Maps entry name (dist/<name>.js) to the module it bundles, e.g. pagination -> @agency-portal/pagination/define.js. */
export function embedEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const dir of readdirSync(packagesDir).sort()) {
    const file = join(packagesDir, dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
    if (!pkg.exports?.['./define.js']) continue;
    entries[dir === 'core' ? 'portal' : (pkg.agencyPortal?.embed ?? dir)] = `${pkg.name}/define.js`;
  }
  return entries;
}
