// One multi-entry build: dist/<widget>.js per widget package, dist/portal.js for <ap-portal>, and shared
// chunks under dist/chunks/ (Lit in one, core in another) so that several widgets on a page load them once.
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
        // A group takes only modules that two or more entries use: what one entry alone needs (a directive,
        // the context provider of <ap-portal>) stays in that entry, so a page with one widget skips it.
        codeSplitting: {
          groups: [
            {
              name: 'lit',
              test: /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|@lit[\\/]context)[\\/]/,
              minShareCount: 2,
              priority: 2,
            },
            { name: 'core', test: (id) => id.startsWith(coreDir), minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});
