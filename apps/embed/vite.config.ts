// One multi-entry build: dist/<widget>.js per widget package, dist/portal.js for <ap-portal>, and one shared
// chunk under dist/chunks/ (Lit, the Lit context package and core) that every entry imports, so that a page with
// any set of widgets loads Lit once. One chunk rather than several: each file is compressed on its own, and a page
// with one widget then downloads two files. An entry that renders another widget imports that widget's entry
// (article-list.js imports pagination.js).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defineConfig, type Plugin } from 'vite';
import { minifyOptions } from '../../scripts/minify-options.mjs';
import { embedEntries, packagesDir } from './widgets.ts';

const coreDir = join(packagesDir, 'core') + '/';
/** Lit, the Lit context package and core: what every widget is built on. */
const isShared = (id: string) =>
  id.startsWith(coreDir) || /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|@lit[\\/]context)[\\/]/.test(id);

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Writes dist/integrity.json: this package's version and the Subresource Integrity hash (sha384, base64) of every
 * JavaScript file, by its path under dist/. The server serves the files under /embed/v<version>/ and lists the hashes
 * at /embed/versions.json, so that a page can pin a version with `integrity`.
 */
function integrity(): Plugin {
  return {
    name: 'embed-integrity',
    writeBundle({ dir = 'dist' }, bundle) {
      const sri = (name: string) =>
        `sha384-${createHash('sha384')
          .update(readFileSync(join(dir, name)))
          .digest('base64')}`;
      const names = Object.keys(bundle).filter((name) => name.endsWith('.js'));
      const files = Object.fromEntries(names.sort().map((name) => [name, sri(name)]));
      writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify({ version, files }, null, 2)}\n`);
    },
  };
}

export default defineConfig({
  plugins: [
    integrity(),
    // The `css` and `html` templates, as in the packages' dist/ (which their builds minify already: this covers
    // anything that reaches the bundle unminified).
    minifyTemplateLiterals({ include: [`${packagesDir}**/*.js`], options: minifyOptions, failOnError: true }),
  ],
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
        // One chunk for what the widgets share, so that a page with any set of embeds loads Lit once. It takes only
        // modules that two or more entries use: what one entry alone needs (the article list's API client) stays
        // in that entry, so a page without it skips it.
        codeSplitting: { groups: [{ name: 'shared', test: isShared, minShareCount: 2 }] },
      },
    },
  },
});
