import type { Locale } from '@agency-portal/core';

/** Every text `<ap-banner-carousel>` shows or announces; override any of them with the `strings` property. */
export interface BannerCarouselStrings {
  /** Accessible name of the carousel when there is no `label` attribute. */
  label: string;
  /** The rotation button while the slide show runs. */
  stop: string;
  /** The rotation button while it does not. */
  start: string;
  previous: string;
  next: string;
  /** Accessible name of the slide picker (the tab list). */
  picker: string;
  /** Each picker tab: "Ảnh 2". */
  pick: (n: number) => string;
  /** Each slide's name: "2 / 5" ("2 of 5"). */
  slide: (n: number, total: number) => string;
}

export const bannerCarouselStrings: Record<Locale, BannerCarouselStrings> = {
  vi: {
    label: 'Ảnh nổi bật',
    stop: 'Dừng tự động chuyển ảnh',
    start: 'Bật tự động chuyển ảnh',
    previous: 'Ảnh trước',
    next: 'Ảnh sau',
    picker: 'Chọn ảnh để xem',
    pick: (n) => `Ảnh ${n}`,
    slide: (n, total) => `${n} / ${total}`,
  },
  en: {
    label: 'Featured',
    stop: 'Stop automatic slide show',
    start: 'Start automatic slide show',
    previous: 'Previous slide',
    next: 'Next slide',
    picker: 'Choose slide to display',
    pick: (n) => `Slide ${n}`,
    slide: (n, total) => `${n} of ${total}`,
  },
};
