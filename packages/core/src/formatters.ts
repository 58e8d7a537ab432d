import { type Locale, localeTag } from './locale.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Whole numbers and dates in Vietnam's time zone are written by hand, the same as Intl writes them (the tests
// compare both): the first Intl formatter of a page costs the browser tens to hundreds of milliseconds of
// main-thread time while it loads its locale and time zone data. Everything else goes to Intl, through
// toLocaleString (no formatter cache: those cases are rare, and the code ships in every embed bundle that formats).

/** Vietnam has kept UTC+7 since 13 June 1975 (ms since the epoch of that local midnight). */
const UTC7_SINCE = Date.UTC(1975, 5, 12, 17);

const pad = (value: number) => String(value).padStart(2, '0');

/** A count such as a view count or a visit total: `93.308` in Vietnamese, `93,308` in English. */
export function formatNumber(value: number, locale: Locale = 'vi'): string {
  return Number.isSafeInteger(value)
    ? String(value).replace(/\B(?=(\d{3})+$)/g, locale === 'vi' ? '.' : ',')
    : value.toLocaleString(localeTag(locale));
}

export interface DateFormatOptions {
  /** IANA time zone; Asia/Ho_Chi_Minh unless the site says otherwise. */
  timeZone?: string;
  /** Include the time of day. */
  time?: boolean;
}

/** A date in the portal's time zone: `27/11/2026` (with `time`, `08:30 27/11/2026`; in English `27/11/2026, 08:30`). */
export function formatDate(
  value: Date | string | number,
  locale: Locale = 'vi',
  { timeZone = DEFAULT_TIME_ZONE, time }: DateFormatOptions = {},
): string {
  const date = new Date(value instanceof Date ? value.getTime() : value);
  const ms = date.getTime();
  if (Number.isNaN(ms)) return '';
  if (timeZone === DEFAULT_TIME_ZONE && ms >= UTC7_SINCE && date.getUTCFullYear() < 9999) {
    // The UTC fields of the instant seven hours later are the local ones.
    date.setTime(ms + 25_200_000);
    const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
    if (!time) return day;
    const clock = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
    return locale === 'vi' ? `${clock} ${day}` : `${day}, ${clock}`;
  }
  return date.toLocaleString(localeTag(locale), {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  });
}
