// The portal's browser side: one entry (src/client/main.ts) that registers every widget the pages use and
// the site stylesheet, built to dist/client and served by the server under /assets/. Hashed files go to
// dist/client/v/ (served as immutable); public/ (the favicon) keeps its names.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/assets/',
  // Lit's production build even when NODE_ENV says development.
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    outDir: 'dist/client',
    assetsDir: 'v',
    target: 'es2021',
    manifest: true,
    rolldownOptions: {
      input: 'src/client/main.ts',
      // What two or more widgets share (core, the Lit context package) in one chunk: fewer, larger files compress better.
      output: {
        codeSplitting: {
          groups: [
            { name: 'shared', test: /[\\/](packages[\\/]core|node_modules[\\/](lit|lit-html|lit-element|@lit))[\\/]/, minShareCount: 2 },
          ],
        },
      },
    },
  },
});
