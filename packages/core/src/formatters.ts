import { type Locale, localeTag } from './locale.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A count such as a view count or a visit total: `93.308` in Vietnamese, `93,308` in English. */
export function formatNumber(value: number, locale: Locale = 'vi'): string {
  const tag = localeTag(locale);
  let format = numberFormats.get(tag);
  if (!format) numberFormats.set(tag, (format = new Intl.NumberFormat(tag)));
  return format.format(value);
}

export interface DateFormatOptions {
  /** IANA time zone; Asia/Ho_Chi_Minh unless the site says otherwise. */
  timeZone?: string;
  /** Include the time of day. */
  time?: boolean;
}

/** A date in the portal's time zone: `27/11/2026` (with `time`, `27/11/2026 08:30`). */
export function formatDate(value: Date | string | number, locale: Locale = 'vi', options: DateFormatOptions = {}): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const key = `${localeTag(locale)}|${timeZone}|${options.time ? 't' : ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag(locale), {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(options.time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
}
