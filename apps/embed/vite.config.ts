// One multi-entry build: dist/<widget>.js per widget package, dist/portal.js for <ap-portal>, and one shared
// chunk under dist/chunks/ (Lit and core) so that several widgets on a page load them once. One chunk rather
// than two: each file is compressed on its own, and a page with one widget then downloads two files, not three.
import { join } from 'node:path';
import { defineConfig } from 'vite';
import { embedEntries, packagesDir } from './widgets.ts';

const coreDir = join(packagesDir, 'core') + '/';

export default defineConfig({
  // Lit's production build even when NODE_ENV says development (Vite's default would pick Lit's dev mode).
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    target: 'es2021',
    manifest: true,
    rolldownOptions: {
      input: embedEntries(),
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
              // The context code is left out: only pages with <ap-portal> or a consumer of it load that.
              test: (id) =>
                (id.startsWith(coreDir) && !id.endsWith('context.js')) ||
                /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id),
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
});
