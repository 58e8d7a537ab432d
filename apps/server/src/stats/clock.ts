// Calendar arithmetic for the statistics: days, weeks (starting Monday) and months in a site's time zone.
// Days are YYYY-MM-DD strings, so text order is time order.

/** The portal's own time zone, and the default of every site. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formats = new Map<string, Intl.DateTimeFormat>();
/** The last minute asked for, per time zone: every UTC offset in use is a whole number of minutes. */
const lastMinute = new Map<string, { minute: number; day: string }>();

/** Whether `timeZone` is an IANA time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) of the instant `ms` in `timeZone`. */
export function dayIn(timeZone: string, ms: number): string {
  const minute = Math.floor(ms / 60_000);
  const cached = lastMinute.get(timeZone);
  if (cached?.minute === minute) return cached.day;
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(ms)) parts[type] = value;
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  lastMinute.set(timeZone, { minute, day });
  return day;
}

function toUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** `day` moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week that holds `day`. */
export function weekStart(day: string): string {
  const weekday = toUtc(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The first day of the month that holds `day`. */
export function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`;
}
