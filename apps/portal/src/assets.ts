import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Assets } from './types.js';
import { PAGE_WIDGETS, widgetModule, type PageWidget } from './widgets.js';

/** The browser build (`vite build`): the server serves this folder under `/assets/`. */
export const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

/** Hashed files live under this subfolder of CLIENT_DIR and can be cached for good. */
export const HASHED_DIR = 'v';

const ENTRY = 'src/client/main.ts';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/**
 * The pages' stylesheet (its text, which every page inlines: one request less before the first paint, for about
 * 3 KB gzip on each page), the URL of their script and those of the chunks each widget's code needs (for
 * `modulepreload`), read from the build's manifest; throws when it is not built.
 */
export function loadAssets(clientDir = CLIENT_DIR): Assets {
  const path = `${clientDir}.vite/manifest.json`;
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  } catch (error) {
    throw new Error(`The portal's browser build is missing (${path}): run npm run build -w @agency-portal/portal.`, { cause: error });
  }
  const chunk = (key: string) => {
    const found = manifest[key];
    if (!found) throw new Error(`${path} has no entry for ${key}.`);
    return found;
  };
  /** The files a module needs, its static imports first, without those the entry already loads. */
  const filesOf = (key: string, files: Set<string>): Set<string> => {
    const { file, imports = [] } = chunk(key);
    for (const imported of imports) filesOf(imported, files);
    files.add(file);
    return files;
  };
  const entry = chunk(ENTRY);
  const loaded = filesOf(ENTRY, new Set());
  const preloads: Partial<Record<PageWidget, string[]>> = {};
  for (const [tag, when] of Object.entries(PAGE_WIDGETS) as [PageWidget, string][]) {
    if (when !== 'now') continue;
    preloads[tag] = [...filesOf(widgetModule(tag), new Set())].filter((file) => !loaded.has(file)).map((file) => `/assets/${file}`);
  }
  // The script's own imports (Lit and what the widgets share) are preloaded on every page, beside the script.
  const imports = [...loaded].filter((file) => file !== entry.file).map((file) => `/assets/${file}`);
  return {
    css: (entry.css ?? []).map((file) => readFileSync(`${clientDir}${file}`, 'utf8')),
    scripts: [`/assets/${entry.file}`],
    preloads: { '*': imports, ...preloads },
  };
}
