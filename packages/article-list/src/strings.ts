import type { Locale } from '@agency-portal/core';

/** Every text `<ap-article-list>` shows or announces; override any of them with the `strings` property. */
export interface ArticleListStrings {
  /** Accessible name of the list region when there is no `label` attribute. */
  label: string;
  /** Announced while a page loads. */
  loading: string;
  /** Announced once a page has loaded: "Trang 2 / 5". */
  loaded: (page: number, totalPages: number) => string;
  /** Shown when there are no articles. */
  empty: string;
  /** Shown when the articles could not be loaded (the details go to the `ap-article-list-error` event). */
  error: string;
  retry: string;
  /** Accessible name of the inner pagination when the list has a `label`: "Phân trang Tin hoạt động". */
  pagination: (label: string) => string;
  /** The view count line, with the number already formatted: "Lượt xem: 1.234". */
  views: (count: string) => string;
  /** With `feed`: shown above the items when the server could not refresh the feed lately. */
  stale: string;
  /** With `feed`: shown instead of the items while the feed's member site is disabled (the API answers 410 `site_disabled`). */
  unavailable: string;
}

export const articleListStrings: Record<Locale, ArticleListStrings> = {
  vi: {
    label: 'Tin bài',
    loading: 'Đang tải…',
    loaded: (page, totalPages) => `Trang ${page} / ${totalPages}`,
    empty: 'Chưa có bài viết nào.',
    error: 'Không tải được danh sách bài viết.',
    retry: 'Thử lại',
    pagination: (label) => `Phân trang ${label}`,
    views: (count) => `Lượt xem: ${count}`,
    stale: 'Tin từ nguồn này có thể chưa được cập nhật.',
    unavailable: 'Tin từ đơn vị này tạm thời không hiển thị.',
  },
  en: {
    label: 'Articles',
    loading: 'Loading…',
    loaded: (page, totalPages) => `Page ${page} of ${totalPages}`,
    empty: 'No articles yet.',
    error: 'The articles could not be loaded.',
    retry: 'Retry',
    pagination: (label) => `${label}: pages`,
    views: (count) => `Views: ${count}`,
    stale: 'These items may be out of date.',
    unavailable: 'News from this site is not available at the moment.',
  },
};
