import type Database from 'better-sqlite3';
import type { SiteLook } from '@agency-portal/portal/site-look.js';
import { sqliteAuditWriter } from './audit-log.js';
import { DEFAULT_REFRESH_MINUTES } from '../feeds-in/sources.js';
import {
  commandLineSite,
  feedSourceWrite,
  putFeedSourceSql,
  sameSite,
  SITE_COLUMNS,
  siteAuditEntry,
  statsSite,
  toSite,
  withSiteChanges,
  type SiteRow,
} from './sites-shared.js';
import {
  KeyTakenError,
  type ChangeContext,
  type MemberSite,
  type SiteFields,
  type SiteStore,
  type SiteWrite,
  type StatsSite,
} from './types.js';

type Row = Omit<SiteRow<string>, 'origins' | 'look'> & { origins: string; look: string | null };

/** The site registry of the SQLite store (stats_sites, migrations 2, 12 and 17). */
export function sqliteSiteStore(db: Database.Database): SiteStore {
  const audit = sqliteAuditWriter(db);
  const selectAll = db.prepare(`SELECT ${SITE_COLUMNS} FROM stats_sites ORDER BY id`);
  const selectOne = db.prepare(`SELECT ${SITE_COLUMNS} FROM stats_sites WHERE id = ?`);
  const insert = db.prepare(
    `INSERT INTO stats_sites (id, name, home_url, origins, feed_url, contact_name, contact_email, time_zone, look, created_at, updated_at)
     VALUES (@id, @name, @homeUrl, @origins, @feedUrl, @contactName, @contactEmail, @timeZone, @look, @at, @at) ON CONFLICT (id) DO NOTHING`,
  );
  const update = db.prepare(
    `UPDATE stats_sites SET name = @name, home_url = @homeUrl, origins = @origins, feed_url = @feedUrl, contact_name = @contactName,
     contact_email = @contactEmail, time_zone = @timeZone, look = @look, disabled_at = @disabledAt, updated_at = @at, version = version + 1 WHERE id = @id`,
  );
  const feedSourceUrl = db.prepare('SELECT url FROM feed_sources WHERE id = ?').pluck();
  const putFeedSource = db.prepare(putFeedSourceSql({ id: '@id', name: '@name', url: '@url', minutes: '@minutes', at: '@at' }));
  const deleteFeedSource = db.prepare('DELETE FROM feed_sources WHERE id = ?');
  /** Keeps the site's feed source in step with its feed URL (called inside the transaction that writes the site). */
  const syncFeedSource = (before: MemberSite | undefined, after: MemberSite, at: string) => {
    const write = feedSourceWrite(before, after);
    if (write.kind === 'remove') deleteFeedSource.run(after.id);
    else if (write.kind === 'put')
      putFeedSource.run({ id: write.id, name: write.name, url: write.url, minutes: DEFAULT_REFRESH_MINUTES, at });
  };
  const row = (site: SiteFields & { id: string }) => ({
    id: site.id,
    name: site.name,
    homeUrl: site.homeUrl,
    origins: JSON.stringify(site.origins),
    feedUrl: site.feedUrl,
    contactName: site.contact.name,
    contactEmail: site.contact.email,
    timeZone: site.timeZone,
    look: site.look === null ? null : JSON.stringify(site.look),
  });
  const read = (value: Row) =>
    toSite(
      { ...value, origins: JSON.parse(value.origins) as string[], look: value.look === null ? null : (JSON.parse(value.look) as SiteLook) },
      (text) => new Date(text),
    );
  const get = (id: string): MemberSite | undefined => {
    const found = selectOne.get(id) as Row | undefined;
    return found && read(found);
  };

  const create = db.transaction((site: SiteFields & { id: string }, context: ChangeContext | undefined): MemberSite => {
    const at = (context?.at ?? new Date()).toISOString();
    // A feed source of this id from before the site (`feeds:add`) is the site's feed: without a feed URL of its own the
    // site takes the source's.
    const feedUrl = site.feedUrl ?? (feedSourceUrl.get(site.id) as string | undefined) ?? null;
    if (insert.run({ ...row({ ...site, feedUrl }), at }).changes === 0) throw new KeyTakenError(site.id);
    const created = get(site.id) as MemberSite;
    syncFeedSource(undefined, created, at);
    if (context) audit(siteAuditEntry('site.create', undefined, created), context);
    return created;
  });

  const change = db.transaction(
    (
      id: string,
      version: number | undefined,
      changes: Partial<SiteFields> & { disabledAt?: Date | null },
      action: string,
      context: ChangeContext | undefined,
    ): SiteWrite => {
      const before = get(id);
      if (before === undefined) return { kind: 'not-found' };
      if (version !== undefined && version !== before.version) return { kind: 'conflict', current: before };
      const next = withSiteChanges(before, changes);
      if (sameSite(before, next)) return { kind: 'saved', site: before };
      const at = (context?.at ?? new Date()).toISOString();
      update.run({ ...row(next), disabledAt: next.disabledAt?.toISOString() ?? null, at });
      const site = get(id) as MemberSite;
      syncFeedSource(before, site, at);
      if (context) audit(siteAuditEntry(action, before, site), context);
      return { kind: 'saved', site };
    },
  );

  const upsert = db.transaction((site: StatsSite & { feedUrl?: string | null }, context: ChangeContext | undefined) => {
    if (get(site.id) === undefined) create(commandLineSite(site), context);
    else change(site.id, undefined, { origins: site.origins, timeZone: site.timeZone, feedUrl: site.feedUrl }, 'site.update', context);
  });

  return {
    async listStatsSites() {
      return (selectAll.all() as Row[]).map((value) => statsSite(read(value)));
    },
    async upsertStatsSite(site, context) {
      upsert(site, context);
    },
    async listSites() {
      return (selectAll.all() as Row[]).map(read);
    },
    async getSite(id) {
      return get(id);
    },
    async createSite(site, context) {
      return create(site, context);
    },
    async updateSite(id, version, changes, action, context) {
      return change(id, version, changes, action, context);
    },
  };
}
