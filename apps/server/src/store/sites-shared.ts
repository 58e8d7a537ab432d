// What the SQLite and PostgreSQL site registries (stats_sites, migrations 12 and 17) share: the columns, the row as a site,
// and the audit entry of a change.
import type { SiteLook } from '@agency-portal/portal/site-look.js';
import type { AuditChanges, MemberSite, NewAuditEntry, SiteFields, StatsSite } from './types.js';

export const SITE_COLUMNS =
  'id, name, home_url, origins, feed_url, contact_name, contact_email, time_zone, look, disabled_at, created_at, updated_at, version';

export interface SiteRow<Time> {
  id: string;
  name: string;
  home_url: string | null;
  origins: string[];
  feed_url: string | null;
  contact_name: string | null;
  contact_email: string | null;
  time_zone: string;
  look: SiteLook | null;
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
    // In one key order: PostgreSQL's jsonb keeps its own, and changes are found by comparing JSON text.
    look: row.look && {
      primary: row.look.primary,
      text: row.look.text,
      surface: row.look.surface,
      fontFamily: row.look.fontFamily,
      radius: row.look.radius,
    },
    disabledAt: row.disabled_at === null ? null : date(row.disabled_at),
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
    version: row.version,
  };
}

/** The statistics' view of a site. */
export const statsSite = ({ id, origins, timeZone }: MemberSite): StatsSite => ({ id, origins, timeZone });

/** The fields of a new site registered the command line's way: named by its id, nothing else known but its feed. */
export const commandLineSite = ({
  id,
  origins,
  timeZone,
  feedUrl,
}: StatsSite & { feedUrl?: string | null }): SiteFields & { id: string } => ({
  id,
  name: id,
  homeUrl: null,
  origins,
  feedUrl: feedUrl ?? null,
  contact: { name: null, email: null },
  timeZone,
  look: null,
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
    look: site.look,
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

/**
 * What a write of a site does to its feed source, the source whose id is the site's id: a site's feed URL is its feed
 * source. Both stores apply it in the transaction that writes the site, so a site and its source never disagree.
 *
 * - `put`: a feed URL was set, changed, or the site renamed (the source is named after the site). An existing source
 *   of that id (one made with `feeds:add` before the site) is adopted, never duplicated.
 * - `remove`: the feed URL was cleared; the source goes with its items.
 */
export type FeedSourceWrite = { kind: 'keep' } | { kind: 'remove' } | { kind: 'put'; id: string; name: string; url: string };

export function feedSourceWrite(before: MemberSite | undefined, after: MemberSite): FeedSourceWrite {
  if (after.feedUrl === null) return before?.feedUrl ? { kind: 'remove' } : { kind: 'keep' };
  if (before !== undefined && before.feedUrl === after.feedUrl && before.name === after.name) return { kind: 'keep' };
  return { kind: 'put', id: after.id, name: after.name, url: after.feedUrl };
}

/**
 * The upsert of a `put`, with the parameters as each store writes them (`@id` or `$1`). A new source, or a source whose
 * address changes, is due at once (`at`) and starts from scratch: no validators (the old address's ETag could make
 * the new one answer 304 and keep the old items for good), no failures, never fetched (so its feed reads as stale).
 * Its items stay until the new address's first successful fetch replaces them: a site that moves its feed still
 * publishes the same articles, and a wrong new address leaves readers the last good items rather than an empty list.
 * A source whose address stays keeps its fetch state and interval; only its name follows the site.
 */
export function putFeedSourceSql(p: Record<'id' | 'name' | 'url' | 'minutes' | 'at', string>): string {
  const same = 'feed_sources.url = excluded.url';
  const keepIfSame = (column: string, otherwise = 'NULL') =>
    `${column} = CASE WHEN ${same} THEN feed_sources.${column} ELSE ${otherwise} END`;
  return `INSERT INTO feed_sources (id, name, url, refresh_minutes, created_at, next_fetch_at) VALUES (${p.id}, ${p.name}, ${p.url}, ${p.minutes}, ${p.at}, ${p.at})
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, url = excluded.url, ${[
      keepIfSame('next_fetch_at', 'excluded.next_fetch_at'),
      keepIfSame('failures', '0'),
      ...['fetched_at', 'etag', 'last_modified', 'error_code', 'error_message'].map((column) => keepIfSame(column)),
    ].join(', ')}`;
}
