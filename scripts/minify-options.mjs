// Options of minify-literals shared by the npm build (scripts/minify-dist.mjs) and the embed build
// (apps/embed/vite.config.ts), so that both ship the same templates.
export const minifyOptions = { minifyOptions: { removeAttributeQuotes: true } };
