// The embed bundles pinned to a version: /embed/v<version>/<file>.js, immutable, and /embed/versions.json listing
// every version served with each file's Subresource Integrity hash. The current build (EMBED_DIR) and every earlier
// release kept in EMBED_VERSIONS_DIR/<version>/ are read once at start, checked against the hashes their build wrote
// (integrity.json), and served from memory, so the bytes served are the bytes hashed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** A release's folder name and the `<version>` of its URLs: a semantic version, nothing that could name a path. */
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** A file of a release: an entry or a chunk, as the embed build names them. */
const FILE = /^(?:chunks\/)?[\w.-]+\.js$/;

export interface EmbedRelease {
  version: string;
  /** Path under the release folder (`article-list.js`, `chunks/shared-….js`) to its bytes and `sha384-…` hash. */
  files: Map<string, { body: Buffer; integrity: string }>;
}

export interface EmbedVersions {
  /** The version of the current build (EMBED_DIR), or undefined without one. */
  latest: string | undefined;
  releases: EmbedRelease[];
  /** Why a folder is not served, one sentence each, for the log. */
  problems: string[];
}

export function sri(body: Buffer): string {
  return `sha384-${createHash('sha384').update(body).digest('base64')}`;
}

/** Reads `dir/integrity.json` and the files it lists; throws when it is malformed or a file's bytes do not match. */
export function readRelease(dir: string): EmbedRelease {
  const manifest = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8')) as { version?: unknown; files?: unknown };
  if (typeof manifest.version !== 'string' || !VERSION.test(manifest.version)) {
    throw new Error(`${dir}/integrity.json has no valid "version"`);
  }
  if (typeof manifest.files !== 'object' || manifest.files === null) throw new Error(`${dir}/integrity.json has no "files"`);
  const files: EmbedRelease['files'] = new Map();
  for (const [name, expected] of Object.entries(manifest.files)) {
    if (!FILE.test(name)) throw new Error(`${dir}/integrity.json lists "${name}", which is not an embed file name`);
    const body = readFileSync(join(dir, name));
    if (sri(body) !== expected) throw new Error(`${join(dir, name)} does not match its hash in ${dir}/integrity.json`);
    files.set(name, { body, integrity: expected });
  }
  return { version: manifest.version, files };
}

/** The current build (if it has an integrity.json) and every release folder under `versionsDir`, newest first. */
export function loadEmbedVersions(embedDir: string, versionsDir: string): EmbedVersions {
  const releases: EmbedRelease[] = [];
  const problems: string[] = [];
  let latest: string | undefined;
  if (existsSync(join(embedDir, 'integrity.json'))) {
    try {
      const current = readRelease(embedDir);
      latest = current.version;
      releases.push(current);
    } catch (error) {
      problems.push(`The current embed build is not served under /embed/v<version>/: ${(error as Error).message}.`);
    }
  }
  const folders = existsSync(versionsDir) ? readdirSync(versionsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()) : [];
  for (const { name } of folders) {
    if (name === latest) continue; // the current build serves it
    const where = `Embed version folder ${join(versionsDir, name)} is not served`;
    if (!VERSION.test(name)) {
      problems.push(`${where}: its name is not a version such as 1.4.0.`);
      continue;
    }
    try {
      const release = readRelease(join(versionsDir, name));
      if (release.version !== name) throw new Error(`its integrity.json says version ${release.version}`);
      releases.push(release);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}.`);
    }
  }
  releases.sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }));
  return { latest, releases, problems };
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A `..` path segment, as written or percent-encoded (`%2e%2e`, `..%2f`). */
const PARENT = /(?:^|\/|%2f|\\|%5c)(?:\.|%2e){2}(?:$|\/|%2f|\\|%5c)/i;

/**
 * `GET /embed/v<version>/<file>` for every file of every release, and `GET /embed/versions.json`; a path under /embed/
 * that climbs with `..` is not found (rather than the static files' 403), like any other file that is not there.
 */
export function registerEmbedVersions(app: FastifyInstance, versions: EmbedVersions): void {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?', 1)[0]!;
    if (path.startsWith('/embed/') && PARENT.test(path)) return reply.callNotFound();
  });
  for (const problem of versions.problems) app.log.error(problem);
  for (const release of versions.releases) {
    for (const [name, { body }] of release.files) {
      app.get(`/embed/v${release.version}/${name}`, async (_request, reply) =>
        reply
          .header('content-type', 'application/javascript; charset=utf-8')
          .header('cache-control', IMMUTABLE)
          // Sibling sites load the bundles with <script type="module" integrity=…>, which is a CORS request.
          .header('access-control-allow-origin', '*')
          .send(body),
      );
    }
  }
  const listing = JSON.stringify({
    latest: versions.latest ?? null,
    versions: Object.fromEntries(
      versions.releases.map((release) => [
        release.version,
        { files: Object.fromEntries([...release.files].map(([name, { integrity }]) => [name, integrity])) },
      ]),
    ),
  });
  app.get('/embed/versions.json', async (_request, reply) =>
    reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', 'public, max-age=60')
      .header('access-control-allow-origin', '*')
      .send(listing),
  );
}
