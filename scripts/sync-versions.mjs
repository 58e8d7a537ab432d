// Writes each package's version from package.json into src/version.ts, which the elements report so that
// define() can warn about two versions of one widget on a page. `--check` only reports a mismatch.
// Runs after `changeset version` (npm run version-packages).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;
for (const dir of readdirSync(packagesDir)) {
  const versionFile = join(packagesDir, dir, 'src/version.ts');
  if (!existsSync(versionFile)) continue;
  const { version } = JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8'));
  const wanted = `// Written by scripts/sync-versions.mjs from package.json; do not edit by hand.\nexport const VERSION = '${version}';\n`;
  if (readFileSync(versionFile, 'utf8') === wanted) continue;
  if (check) {
    console.error(`packages/${dir}/src/version.ts does not say ${version}: run node scripts/sync-versions.mjs`);
    stale++;
  } else {
    writeFileSync(versionFile, wanted);
    console.log(`packages/${dir}/src/version.ts -> ${version}`);
  }
}
process.exit(stale ? 1 : 0);
