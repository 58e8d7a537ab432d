import type { Locale } from '@agency-portal/core';

/** Every text `<ap-pagination>` shows or announces; override any of them with the `strings` property. */
export interface PaginationStrings {
  /** Accessible name of the `<nav>` when there is no `label` attribute. */
  label: string;
  previous: string;
  next: string;
  /** Accessible name of a page control: "Trang 3". */
  page: (page: string) => string;
}

export const paginationStrings: Record<Locale, PaginationStrings> = {
  vi: {
    label: 'Phân trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: (page) => `Trang ${page}`,
  },
  en: {
    label: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
    page: (page) => `Page ${page}`,
  },
};
