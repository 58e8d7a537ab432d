export { ApPagination } from './pagination.js';
export { ApPageChangeEvent } from './events.js';
export type { PageChangeDetail } from './events.js';
export { pageHref, pageItems } from './page-items.js';
export type { PageItem, PageItemsOptions } from './page-items.js';
export { paginationStrings } from './strings.js';
export type { PaginationStrings } from './strings.js';
