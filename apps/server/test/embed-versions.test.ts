import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadEmbedVersions, sri } from '../src/embed/versions.js';
import { startServer, type TestServer } from './helpers.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Writes a release folder as the embed build does: an entry, a chunk it imports, and integrity.json. */
async function writeRelease(dir: string, version: string, { tamper = false } = {}): Promise<Record<string, string>> {
  const files = {
    'article-list.js': `import"./chunks/shared-${version}.js";export const list=${JSON.stringify(version)};\n`,
    [`chunks/shared-${version}.js`]: `export const shared=${JSON.stringify(version)};\n`,
  };
  await mkdir(join(dir, 'chunks'), { recursive: true });
  const hashes: Record<string, string> = {};
  for (const [name, source] of Object.entries(files)) {
    hashes[name] = sri(Buffer.from(source));
    await writeFile(join(dir, name), tamper ? source.replace('export', 'exporT') : source);
  }
  await writeFile(join(dir, 'integrity.json'), JSON.stringify({ version, files: hashes }));
  return files;
}

/** A GET with the path sent as written (fetch would resolve `..` before sending it). */
function rawGet(url: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('/embed/v<version>/ and /embed/versions.json', () => {
  let root: string;
  let server: TestServer;
  let current: Record<string, string>;
  let previous: Record<string, string>;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'ap-embed-versions-'));
    current = await writeRelease(join(root, 'dist'), '1.4.0');
    previous = await writeRelease(join(root, 'versions', '1.3.0'), '1.3.0');
    await writeRelease(join(root, 'versions', '1.2.0'), '1.2.0', { tamper: true });
    await writeRelease(join(root, 'versions', 'latest'), '1.1.0');
    server = await startServer({ EMBED_DIR: join(root, 'dist'), EMBED_VERSIONS_DIR: join(root, 'versions') }, { seed: false });
  });
  after(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  test('the versioned URL serves the moving URL’s bytes, immutable for a year, to any origin', async () => {
    const moving = await fetch(server.url('/embed/article-list.js'));
    assert.equal(moving.headers.get('cache-control'), 'public, max-age=300');
    const pinned = await fetch(server.url('/embed/v1.4.0/article-list.js'), { headers: { origin: 'https://so-a.example.vn' } });
    assert.equal(pinned.status, 200);
    assert.equal(pinned.headers.get('content-type'), 'application/javascript; charset=utf-8');
    assert.equal(pinned.headers.get('cache-control'), IMMUTABLE);
    assert.equal(pinned.headers.get('access-control-allow-origin'), '*');
    assert.equal(await pinned.text(), await moving.text());
    const chunk = await fetch(server.url('/embed/v1.4.0/chunks/shared-1.4.0.js'));
    assert.equal(chunk.headers.get('cache-control'), IMMUTABLE);
    assert.equal(await chunk.text(), current['chunks/shared-1.4.0.js']);
  });

  test('an earlier release kept in EMBED_VERSIONS_DIR is served under its own version', async () => {
    for (const [name, source] of Object.entries(previous)) {
      const response = await fetch(server.url(`/embed/v1.3.0/${name}`));
      assert.equal(response.status, 200, name);
      assert.equal(response.headers.get('cache-control'), IMMUTABLE);
      assert.equal(await response.text(), source);
    }
  });

  test('versions.json lists every served file with the sha384 of the bytes served', async () => {
    const response = await fetch(server.url('/embed/versions.json'), { headers: { origin: 'https://so-a.example.vn' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=60');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const listing = (await response.json()) as { latest: string; versions: Record<string, { files: Record<string, string> }> };
    assert.equal(listing.latest, '1.4.0');
    assert.deepEqual(Object.keys(listing.versions), ['1.4.0', '1.3.0']);
    for (const [version, files] of [['1.4.0', current] as const, ['1.3.0', previous] as const]) {
      assert.deepEqual(Object.keys(listing.versions[version]!.files).sort(), Object.keys(files).sort());
      for (const [name, hash] of Object.entries(listing.versions[version]!.files)) {
        const served = Buffer.from(await (await fetch(server.url(`/embed/v${version}/${name}`))).arrayBuffer());
        assert.equal(hash, sri(served), `${version}/${name}`);
      }
    }
  });

  test('unknown versions, files outside a release, a tampered release and path traversal answer 404', async () => {
    for (const path of [
      '/embed/v9.9.9/article-list.js',
      '/embed/v1.4.0/khong-co.js',
      '/embed/v1.4.0/integrity.json',
      '/embed/v1.2.0/article-list.js',
      '/embed/v1.1.0/article-list.js',
      '/embed/vlatest/article-list.js',
    ]) {
      assert.equal((await fetch(server.url(path))).status, 404, path);
    }
    for (const path of [
      '/embed/v1.4.0/../../versions/1.3.0/article-list.js',
      '/embed/v1.4.0/%2e%2e/%2e%2e/versions/1.3.0/article-list.js',
      '/embed/v1.3.0/..%2f..%2f..%2fdist%2fintegrity.json',
      '/embed/..%2fversions%2f1.3.0%2farticle-list.js',
    ]) {
      assert.equal(await rawGet(server.url('/'), path), 404, path);
    }
  });

  test('a release folder that is not served says why', () => {
    const { latest, releases, problems } = loadEmbedVersions(join(root, 'dist'), join(root, 'versions'));
    assert.equal(latest, '1.4.0');
    assert.deepEqual(
      releases.map((release) => release.version),
      ['1.4.0', '1.3.0'],
    );
    assert.equal(problems.length, 2);
    assert.match(problems.find((problem) => problem.includes('1.2.0')) ?? '', /article-list\.js does not match its hash/);
    assert.match(problems.find((problem) => problem.includes('latest')) ?? '', /its name is not a version/);
  });
});

describe('/embed/versions.json without an integrity.json', () => {
  test('lists no version; the moving URLs still work', async () => {
    const server = await startServer({ EMBED_VERSIONS_DIR: '/nonexistent/embed-versions' }, { seed: false });
    try {
      assert.deepEqual(await (await fetch(server.url('/embed/versions.json'))).json(), { latest: null, versions: {} });
      assert.equal((await fetch(server.url('/embed/pagination.js'))).status, 200);
      assert.equal((await fetch(server.url('/embed/v0.0.0/pagination.js'))).status, 404);
    } finally {
      await server.close();
    }
  });
});
