// One multi-entry build: dist/<widget>.js per widget package, dist/portal.js for <ap-portal>, and one shared
// chunk under dist/chunks/ (Lit and core) so that several widgets on a page load them once. One chunk rather
// than two: each file is compressed on its own, and a page with one widget then downloads two files, not three.
// The exception is article-list.js, which carries its own copy of everything (see selfContained below).
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { embedEntries, packagesDir } from './widgets.ts';

const coreDir = join(packagesDir, 'core') + '/';
const COPY = '?self-contained';

/**
 * Makes `entry` (its package folder under packages/) a single file with its own copy of everything it imports:
 * Lit, core and, for the article list, the pagination. Each file is compressed on its own, and one file compresses
 * far better than three that repeat the same patterns: measured (bench/size.mjs), article-list.js alone is about
 * 0.6 KB gzip smaller than article-list.js + the shared chunk + pagination.js, which is what keeps the list within
 * its 12 KB budget. The price is paid only by a page with the list and another widget: it downloads Lit and core a
 * second time (each bundle's Lit is private, as for any page with two Lit copies), and the copy of <ap-pagination>
 * registers only when no other script did (same version, so silently). With `copied`, only the modules it accepts
 * (and what they import) are copied; the rest is shared as usual.
 */
function selfContained(entry: string, copied: (id: string) => boolean = () => true): Plugin {
  const entryDir = join(packagesDir, entry) + '/';
  return {
    name: `self-contained-entry-${entry}`,
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(importer.startsWith(entryDir) || (importer.endsWith(COPY) && copied(importer.replace(COPY, ''))))) return null;
      const resolved = await this.resolve(source, importer.replace(COPY, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.startsWith(entryDir) || !copied(resolved.id)) return resolved;
      return { ...resolved, id: resolved.id + COPY };
    },
  };
}

/**
 * The banner carousel's own copy of core's JSON loader and view counter (it imports them from their modules): in
 * the carousel's file they compress with its code (the rotation's observer, visibility and event code is much the
 * same), which is what keeps the carousel with its click and view counting within its 11 KB budget. As a chunk
 * shared with the partner strip they cost it about 400 bytes gzip more (bench/size.mjs: 11,621 against 11,215). The
 * strip, their only other user, then carries them in its own file: a page with both downloads them twice, about
 * 1 KB gzip.
 */
const carouselCopies = (id: string) => id.startsWith(coreDir) && /[\\/](load-json|view-counter)\.js$/.test(id);

export default defineConfig({
  plugins: [selfContained('article-list'), selfContained('banner-carousel', carouselCopies)],
  // Lit's production build even when NODE_ENV says development (Vite's default would pick Lit's dev mode).
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    // Class static blocks stay as written (lowering them costs the article list about 50 bytes gzip). ES2022 runs in
    // Chrome 94, Firefox 93 and Safari 16.4; the data widgets need AbortSignal.any anyway (Chrome 116, Firefox 124, Safari 17.4).
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
              // Left out: the context code (only pages with <ap-portal> or a consumer of it load that), and the JSON
              // loader and view counter (the partner strip's file and the banner carousel's carry them: see above).
              test: (id) =>
                (id.startsWith(coreDir) && !/(context|load-json|view-counter)\.js$/.test(id)) ||
                /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id),
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
});
