/** One entry of a pagination list: a page number, or a gap shown as an ellipsis. */
export type PageItem = { type: 'page'; page: number; current: boolean } | { type: 'ellipsis'; after: number };

export interface PageItemsOptions {
  /** Pages shown on each side of the current one (1 by default; 0 for narrow containers). */
  siblings?: number;
}

/**
 * The pages to show for `current` of `total`, following the GOV.UK and USWDS rules: always the first
 * and the last page, the current page and `siblings` pages on each side of it; every other run of pages
 * becomes one ellipsis, except a run of a single page, which is shown as that page (an ellipsis would
 * take the same room and hide it). Expects whole numbers with 1 <= current <= total.
 */
export function pageItems(current: number, total: number, { siblings = 1 }: PageItemsOptions = {}): PageItem[] {
  if (total < 1) return [];
  const shown = new Set<number>([1, total]);
  for (let p = current - siblings; p <= current + siblings; p++) {
    if (p >= 1 && p <= total) shown.add(p);
  }
  const pages = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2) {
      items.push({ type: 'page', page: previous + 1, current: previous + 1 === current });
    } else if (page - previous > 2) {
      items.push({ type: 'ellipsis', after: previous });
    }
    items.push({ type: 'page', page, current: page === current });
    previous = page;
  }
  return items;
}

/** A page item and the widths it shows at: `only` is set for an item that one of the two layouts leaves out. */
export type ResponsivePageItem = PageItem & { only?: 'wide' | 'narrow' };

/**
 * The items of both layouts in one list, for a pagination that switches between them with CSS alone: the wide one
 * with `siblings` pages on each side of the current page, the narrow one with none. An item in both has no `only`;
 * hiding the `only: 'wide'` items gives exactly the narrow list, hiding the `only: 'narrow'` ones the wide list.
 */
export function responsivePageItems(current: number, total: number, siblings = 1): ResponsivePageItem[] {
  // Where an item sits: a page at its number, an ellipsis between the page before it and the next.
  const position = (item: PageItem) => (item.type === 'page' ? item.page : item.after + 0.5);
  const wide = pageItems(current, total, { siblings });
  const narrow = pageItems(current, total, { siblings: 0 });
  const inWide = new Set(wide.map(position));
  const inNarrow = new Set(narrow.map(position));
  return [
    ...wide.map((item): ResponsivePageItem => (inNarrow.has(position(item)) ? item : { ...item, only: 'wide' })),
    ...narrow.filter((item) => !inWide.has(position(item))).map((item): ResponsivePageItem => ({ ...item, only: 'narrow' })),
  ].sort((a, b) => position(a) - position(b));
}

/** Fills `{page}` in an href template such as `?page={page}` or `/tin-tuc/trang-{page}`. */
export function pageHref(template: string, page: number): string {
  return template.replaceAll('{page}', String(page));
}
