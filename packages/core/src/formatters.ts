import { type Locale, localeTag } from './locale.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// No caches of formatters: a widget formats a few dozen values per render, and creating an Intl formatter
// for each costs microseconds, less than the bytes a cache would add to every embed page.

/** A count such as a view count or a visit total: `93.308` in Vietnamese, `93,308` in English. */
export function formatNumber(value: number, locale: Locale = 'vi'): string {
  return new Intl.NumberFormat(localeTag(locale)).format(value);
}

export interface DateFormatOptions {
  /** IANA time zone; Asia/Ho_Chi_Minh unless the site says otherwise. */
  timeZone?: string;
  /** Include the time of day. */
  time?: boolean;
}

/** A date in the portal's time zone: `27/11/2026` (with `time`, `27/11/2026 08:30`). */
export function formatDate(
  value: Date | string | number,
  locale: Locale = 'vi',
  { timeZone = DEFAULT_TIME_ZONE, time }: DateFormatOptions = {},
): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(localeTag(locale), {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(time && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  }).format(date);
}
