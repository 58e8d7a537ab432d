// Checked by `tsc` in the typecheck (test/types/tsconfig.json), against the built package as an app sees it: importing
// define.js alone brings the tag's type and the types of its events. Each @ts-expect-error line must fail to compile.
import '@agency-portal/ad-strip/define.js';

const strip = document.createElement('ap-ad-strip');
strip.addEventListener('ap-ad-strip-load', (event) => event.detail.count satisfies number);
strip.addEventListener('ap-ad-strip-error', (event) => event.detail.error.message satisfies string);
strip.addEventListener('ap-views-sent', (event) => event.detail.ids satisfies number[]);
document.addEventListener('ap-ad-strip-load', (event) => event.detail.count satisfies number);

// @ts-expect-error: the strip's load event has a count, not pages.
strip.addEventListener('ap-ad-strip-load', (event) => event.detail.totalPages);
// @ts-expect-error: the old shared name is no event of the strip: a plain Event, without `detail`.
strip.addEventListener('ap-error', (event) => event.detail.error);
