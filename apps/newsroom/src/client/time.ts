// The newsroom shows and takes times in the portal's time zone, whatever the computer's own zone is.
import { DEFAULT_TIME_ZONE } from '@agency-portal/core';

/** Hà Nội has had no daylight saving time since 1975: its offset is always +07:00. */
const OFFSET = '+07:00';
const OFFSET_MS = 7 * 60 * 60 * 1000;

/** An ISO time as the value of an `<input type="datetime-local">` in the portal's zone (`2026-12-05T07:00`). */
export function toLocalInput(iso: string): string {
  return new Date(new Date(iso).getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** An `<input type="datetime-local">` value read in the portal's zone, as ISO 8601 with its offset; undefined when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const iso = `${value}:00${OFFSET}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/**
 * A time for people, in the portal's zone: `07:00 05/12/2026` (vi) or `05/12/2026, 07:00` (en). The year is written
 * in full (the short date style writes `5/12/26` in Vietnamese).
 */
export function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: DEFAULT_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
