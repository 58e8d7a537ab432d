// Checked by `tsc` in the typecheck (test/types/tsconfig.json), against the built package as an app sees it: importing
// define.js alone brings the tag's type and the types of its events. Each @ts-expect-error line must fail to compile.
import '@agency-portal/banner-carousel/define.js';

const carousel = document.createElement('ap-banner-carousel');
carousel.addEventListener('ap-banner-carousel-load', (event) => event.detail.count satisfies number);
carousel.addEventListener('ap-banner-carousel-error', (event) => event.detail.error.code satisfies string);
carousel.addEventListener('ap-slide-change', (event) => event.detail.cause satisfies 'rotation' | 'user');
carousel.addEventListener('ap-rotation-change', (event) => event.detail.playing satisfies boolean);
carousel.addEventListener('ap-views-sent', (event) => event.detail.ids satisfies number[]);
document.addEventListener('ap-banner-carousel-load', (event) => event.detail.count satisfies number);

// @ts-expect-error: the carousel's load event has a count, not the article list's pages.
carousel.addEventListener('ap-banner-carousel-load', (event) => event.detail.totalPages);
// @ts-expect-error: the old shared name is no event of the carousel: a plain Event, without `detail`.
carousel.addEventListener('ap-load', (event) => event.detail.count);
