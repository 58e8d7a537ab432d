import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Assets } from './types.js';

/** The browser build (`vite build`): the server serves this folder under `/assets/`. */
export const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

/** Hashed files live under this subfolder of CLIENT_DIR and can be cached for good. */
export const HASHED_DIR = 'v';

const ENTRY = 'src/client/main.ts';

interface ManifestChunk {
  file: string;
  css?: string[];
}

/** The URLs of the pages' stylesheet and script, read from the build's manifest; throws when it is not built. */
export function loadAssets(clientDir = CLIENT_DIR): Assets {
  const path = `${clientDir}.vite/manifest.json`;
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  } catch (error) {
    throw new Error(`The portal's browser build is missing (${path}): run npm run build -w @agency-portal/portal.`, { cause: error });
  }
  const entry = manifest[ENTRY];
  if (!entry) throw new Error(`${path} has no entry for ${ENTRY}.`);
  return { styles: (entry.css ?? []).map((file) => `/assets/${file}`), scripts: [`/assets/${entry.file}`] };
}
