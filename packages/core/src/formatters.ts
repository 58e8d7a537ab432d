import { type Locale, localeTag } from './locale.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

// Whole numbers and dates in Vietnam's time zone are written by hand, the same as Intl writes them (the tests
// compare both): the first Intl formatter of a page costs the browser tens to hundreds of milliseconds of
// main-thread time while it loads its locale and time zone data. Everything else goes to Intl.

/** Thousands separators of the locales' whole numbers. */
const GROUP_SEPARATORS: Record<Locale, string> = { vi: '.', en: ',' };

/** Time zones with one UTC offset (in minutes) since `since` (ms): Vietnam has kept UTC+7 since 13 June 1975. */
const FIXED_ZONES: Record<string, { offset: number; since: number }> = {
  [DEFAULT_TIME_ZONE]: { offset: 7 * 60, since: Date.UTC(1975, 5, 12, 17) },
};

const pad = (value: number) => String(value).padStart(2, '0');

/** A count such as a view count or a visit total: `93.308` in Vietnamese, `93,308` in English. */
export function formatNumber(value: number, locale: Locale = 'vi'): string {
  if (Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATORS[locale]);
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

/** A date in the portal's time zone: `27/11/2026` (with `time`, `08:30 27/11/2026`; in English `27/11/2026, 08:30`). */
export function formatDate(value: Date | string | number, locale: Locale = 'vi', options: DateFormatOptions = {}): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const fixed = FIXED_ZONES[timeZone];
  if (fixed && date.getTime() >= fixed.since && date.getUTCFullYear() < 9999) {
    const local = new Date(date.getTime() + fixed.offset * 60_000);
    const day = `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
    if (!options.time) return day;
    const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
    return locale === 'vi' ? `${clock} ${day}` : `${day}, ${clock}`;
  }
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
