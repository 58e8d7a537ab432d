// The sibling site's own script (src/site.ts, with Lit 2) as dist/site.js. The page itself (index.html) is
// served by serve.mjs, which writes the portal's origin into it.
import { defineConfig } from 'vite';

export default defineConfig({
  // Lit's production build, as a site in production would ship.
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    target: 'es2021',
    lib: { entry: 'src/site.ts', formats: ['es'], fileName: () => 'site.js' },
  },
});
