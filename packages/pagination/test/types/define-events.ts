// Checked by `tsc` in the typecheck (test/types/tsconfig.json), against the built package as an app sees it: importing
// define.js alone brings the tag's type and the types of its events. Each @ts-expect-error line must fail to compile.
import '@agency-portal/pagination/define.js';

const pagination = document.createElement('ap-pagination');
pagination.addEventListener('ap-page-change', (event) => event.detail.page satisfies number);
document.addEventListener('ap-page-change', (event) => event.detail.previousPage satisfies number);

// @ts-expect-error: a page change has a page and the previous page, nothing else.
pagination.addEventListener('ap-page-change', (event) => event.detail.count);
