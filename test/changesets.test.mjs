// Each changeset names one public package, so that each package's CHANGELOG.md holds only its own changes (a
// changeset that names several packages writes its one text into every one of their changelogs).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const changesetDir = join(root, '.changeset');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const workspaces = ['packages', 'apps']
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name, 'package.json')))
  .filter((file) => existsSync(file))
  .map(readJson);
const publicNames = workspaces.filter((pkg) => !pkg.private).map((pkg) => pkg.name);

/** The packages a changeset's front matter names, with their bump types. */
export function parseChangeset(text) {
  const match = /^---\n([\s\S]*?)\n?---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('a changeset starts with a front matter block between two --- lines');
  const releases = match[1]
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const release = /^\s*['"]?([^'":]+)['"]?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (!release) throw new Error(`not a release line: ${line}`);
      return { name: release[1], type: release[2] };
    });
  return { releases, summary: match[2].trim() };
}

const files = readdirSync(changesetDir).filter((file) => file.endsWith('.md') && file !== 'README.md');

test('the changeset parser reads names and bumps, and refuses what is not a changeset', () => {
  assert.deepEqual(parseChangeset("---\n'@agency-portal/core': minor\n---\n\nText.\n"), {
    releases: [{ name: '@agency-portal/core', type: 'minor' }],
    summary: 'Text.',
  });
  assert.throws(() => parseChangeset('Text without front matter.\n'), /front matter/);
  assert.throws(() => parseChangeset("---\n'@agency-portal/core': huge\n---\nText.\n"), /not a release line/);
});

for (const file of files) {
  test(`.changeset/${file} names one public package and says what changed`, () => {
    const { releases, summary } = parseChangeset(readFileSync(join(changesetDir, file), 'utf8'));
    assert.equal(releases.length, 1, `names ${releases.map((r) => r.name).join(', ')}: write one changeset per package`);
    assert.ok(publicNames.includes(releases[0].name), `${releases[0].name} is not a public workspace package`);
    assert.ok(summary.length > 0, 'the text is empty');
  });
}

test('private apps are never versioned or tagged', () => {
  const config = readJson(join(changesetDir, 'config.json'));
  assert.deepEqual(config.privatePackages, { version: false, tag: false });
  assert.equal(config.access, 'public');
  for (const name of config.ignore) assert.ok(!publicNames.includes(name), `${name} is public: do not ignore it`);
});
