// One multi-entry build: dist/<widget>.js per widget package, dist/portal.js for <ap-portal>, and one shared
// chunk under dist/chunks/ (Lit and core) so that several widgets on a page load them once. One chunk rather
// than two: each file is compressed on its own, and a page with one widget then downloads two files, not three.
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { embedEntries, packagesDir } from './widgets.ts';

const coreDir = join(packagesDir, 'core') + '/';
const paginationDir = join(packagesDir, 'pagination') + '/';
const COPY = '?in-article-list';

/**
 * Bundles a copy of the pagination into article-list.js instead of importing pagination.js: one file compresses
 * far better than two that repeat the same patterns (about 0.8 KB gzip less for a page with the list). The copy
 * registers <ap-pagination> only when no other script did (same version, so silently); a page with both
 * article-list.js and pagination.js downloads the pagination twice but runs one.
 */
function paginationInArticleList(): Plugin {
  return {
    name: 'pagination-in-article-list',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const fromList = importer.includes('/packages/article-list/') && source.startsWith('@agency-portal/pagination');
      const fromCopy = importer.endsWith(COPY);
      if (!fromList && !fromCopy) return null;
      const resolved = await this.resolve(source, importer.replace(COPY, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(paginationDir)) return resolved;
      return { ...resolved, id: resolved.id + COPY };
    },
  };
}

export default defineConfig({
  plugins: [paginationInArticleList()],
  // Lit's production build even when NODE_ENV says development (Vite's default would pick Lit's dev mode).
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    target: 'es2022',
    manifest: true,
    rolldownOptions: {
      input: embedEntries(),
      optimization: { inlineConst: { mode: 'all', pass: 2 } },
      output: {
        format: 'es',
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // The group takes only modules that two or more entries use: what one entry alone needs (a directive,
        // the API client of the article list) stays in that entry, so a page with one widget skips it.
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              // Left out: the context code (only pages with <ap-portal> or a consumer of it load that) and the JSON
              // loader of the banner carousel and the partner strip (its own chunk, so the other widgets skip it).
              test: (id) =>
                (id.startsWith(coreDir) && !id.endsWith('context.js') && !id.endsWith('load-json.js')) ||
                /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id),
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
});
