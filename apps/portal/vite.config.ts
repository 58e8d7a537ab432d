// The portal's browser side: one entry (src/client/main.ts), which hydrates the widgets a page has from their own
// chunks, and the site stylesheet, built to dist/client and served by the server under /assets/. Hashed files go to
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
    rolldownOptions: { input: 'src/client/main.ts' },
  },
});
