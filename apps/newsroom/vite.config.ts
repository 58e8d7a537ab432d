// The newsroom's browser side: one entry (src/client/main.ts) that registers the newsroom's components, built to
// dist/client and served by the server under /newsroom/. The rich-text editor (TipTap, ProseMirror) is its own
// chunk, loaded when an article is opened, so the article list does not wait for it.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/newsroom/',
  // Lit's production build even when NODE_ENV says development.
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    outDir: 'dist/client',
    assetsDir: 'v',
    target: 'es2022',
    manifest: true,
    rolldownOptions: { input: 'src/client/main.ts' },
  },
});
