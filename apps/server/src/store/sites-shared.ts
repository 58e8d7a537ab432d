// What the SQLite and PostgreSQL site registries (stats_sites, migration 12) share: the columns, the row as a site,
// and the audit entry of a change.
import type { AuditChanges, MemberSite, NewAuditEntry, SiteFields, StatsSite } from './types.js';

export const SITE_COLUMNS =
  'id, name, home_url, origins, feed_url, contact_name, contact_email, time_zone, disabled_at, created_at, updated_at, version';

export interface SiteRow<Time> {
  id: string;
  name: string;
  home_url: string | null;
  origins: string[];
  feed_url: string | null;
  contact_name: string | null;
  contact_email: string | null;
  time_zone: string;
  disabled_at: Time | null;
  created_at: Time;
  updated_at: Time;
  version: number;
}

export function toSite<Time>(row: SiteRow<Time>, date: (value: Time) => Date): MemberSite {
  return {
    id: row.id,
    name: row.name,
    homeUrl: row.home_url,
    origins: row.origins,
    feedUrl: row.feed_url,
    contact: { name: row.contact_name, email: row.contact_email },
    timeZone: row.time_zone,
    disabledAt: row.disabled_at === null ? null : date(row.disabled_at),
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
    version: row.version,
  };
}

/** The statistics' view of a site. */
export const statsSite = ({ id, origins, timeZone }: MemberSite): StatsSite => ({ id, origins, timeZone });

/** The fields of a new site registered the command line's way: named by its id, nothing else known. */
export const commandLineSite = ({ id, origins, timeZone }: StatsSite): SiteFields & { id: string } => ({
  id,
  name: id,
  homeUrl: null,
  origins,
  feedUrl: null,
  contact: { name: null, email: null },
  timeZone,
});

/** `before` with `changes` applied (what an update writes). */
export function withSiteChanges(before: MemberSite, changes: Partial<SiteFields> & { disabledAt?: Date | null }): MemberSite {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  return { ...before, ...defined };
}

/** A site's fields as the audit log records them. */
function siteView(site: MemberSite): Record<string, unknown> {
  return {
    name: site.name,
    homeUrl: site.homeUrl,
    origins: site.origins,
    feedUrl: site.feedUrl,
    contact: site.contact,
    timeZone: site.timeZone,
    disabled: site.disabledAt !== null,
  };
}

/** The audit entry of a change to a site (`before` undefined for a new one): each changed field before and after. */
export function siteAuditEntry(action: string, before: MemberSite | undefined, after: MemberSite): NewAuditEntry {
  const old = before === undefined ? {} : siteView(before);
  const changes: AuditChanges = {};
  for (const [field, value] of Object.entries(siteView(after))) {
    if (JSON.stringify(old[field]) !== JSON.stringify(value)) changes[field] = { before: old[field] ?? null, after: value };
  }
  return { action, target: { type: 'site', id: after.id }, summary: after.name, changes };
}

/** Whether an update changes nothing that is stored (then nothing is written). */
export const sameSite = (a: MemberSite, b: MemberSite) => JSON.stringify(siteView(a)) === JSON.stringify(siteView(b));
