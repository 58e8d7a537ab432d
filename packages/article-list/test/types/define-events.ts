// Checked by `tsc` in the typecheck (test/types/tsconfig.json), against the built package as an app sees it: importing
// define.js alone brings the tag's type and the types of its events. Each @ts-expect-error line must fail to compile.
import '@agency-portal/article-list/define.js';

const list = document.createElement('ap-article-list');
list.addEventListener('ap-article-list-load', (event) => event.detail.totalPages satisfies number);
list.addEventListener('ap-article-list-error', (event) => event.detail.error.status satisfies number);
list.addEventListener('ap-page-change', (event) => event.detail.previousPage satisfies number);
// Bubbling and composed, so typed on the document too.
document.addEventListener('ap-article-list-load', (event) => event.detail.page satisfies number);

// @ts-expect-error: the list's load event counts pages, it has no `count`.
list.addEventListener('ap-article-list-load', (event) => event.detail.count);
// @ts-expect-error: the old shared name is no event of the list: a plain Event, without `detail`.
list.addEventListener('ap-load', (event) => event.detail);
