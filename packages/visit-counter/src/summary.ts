/** What the counters mean, as the server states them with every summary. */
export interface VisitDefinitions {
  /** `visits`: today, week, month and total count visits, not page views. */
  counts: string;
  /** A visit starts with a visitor's first hit after this many minutes without one. */
  visitGapMinutes: number;
  /** Online now: distinct visitors with a hit or heartbeat in this many minutes. */
  onlineWindowMinutes: number;
  /** `monday`. */
  weekStartsOn: string;
  botsExcluded: boolean;
  cookies: boolean;
}

/** `GET /api/v1/stats/summary?site=`, and each event of `/api/v1/stats/stream`. */
export interface VisitSummary {
  site: string;
  online: number;
  today: number;
  week: number;
  month: number;
  total: number;
  /** IANA time zone of the site's days, weeks and months. */
  timezone: string;
  definitions: VisitDefinitions;
  /** ISO 8601. */
  updatedAt: string;
}

const COUNTS = ['online', 'today', 'week', 'month', 'total'] as const;
export type VisitCount = (typeof COUNTS)[number];
export const VISIT_COUNTS: readonly VisitCount[] = COUNTS;

/** Whether `value` is a summary the widget can show: five whole numbers, a time zone and the definitions. */
export function isVisitSummary(value: unknown): value is VisitSummary {
  const v = value as VisitSummary;
  return (
    typeof v === 'object' &&
    v !== null &&
    COUNTS.every((key) => Number.isSafeInteger(v[key]) && v[key] >= 0) &&
    typeof v.timezone === 'string' &&
    typeof v.definitions === 'object' &&
    v.definitions !== null &&
    Number.isFinite(v.definitions.visitGapMinutes) &&
    Number.isFinite(v.definitions.onlineWindowMinutes)
  );
}
