import type { Pool, PoolClient } from 'pg';
import { pgInsertAudit } from './audit-log.js';
import { transaction } from './pg-db.js';
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
import { KeyTakenError, type ChangeContext, type MemberSite, type SiteFields, type SiteStore, type SiteWrite } from './types.js';

type Db = Pool | PoolClient;

const PUT_FEED_SOURCE = putFeedSourceSql({ id: '$1', name: '$2', url: '$3', minutes: '$4', at: '$5' });

/** The site registry of the PostgreSQL store (stats_sites, migrations 2, 12 and 17). */
export function pgSiteStore(pool: Pool): SiteStore {
  const get = async (db: Db, id: string, forUpdate = false): Promise<MemberSite | undefined> => {
    const { rows } = await db.query<SiteRow<Date>>(
      `SELECT ${SITE_COLUMNS} FROM stats_sites WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] && toSite(rows[0], (date) => date);
  };
  // An array parameter would be sent as a PostgreSQL array: origins (and the look) go as JSON text.
  const values = (site: SiteFields & { id: string }) => [
    site.id,
    site.name,
    site.homeUrl,
    JSON.stringify(site.origins),
    site.feedUrl,
    site.contact.name,
    site.contact.email,
    site.timeZone,
    site.look === null ? null : JSON.stringify(site.look),
  ];

  /** Keeps the site's feed source in step with its feed URL (called inside the transaction that writes the site). */
  const syncFeedSource = async (db: PoolClient, before: MemberSite | undefined, after: MemberSite, at: Date) => {
    const write = feedSourceWrite(before, after);
    if (write.kind === 'remove') await db.query('DELETE FROM feed_sources WHERE id = $1', [after.id]);
    else if (write.kind === 'put') await db.query(PUT_FEED_SOURCE, [write.id, write.name, write.url, DEFAULT_REFRESH_MINUTES, at]);
  };

  const create = async (db: PoolClient, site: SiteFields & { id: string }, context: ChangeContext | undefined) => {
    const at = context?.at ?? new Date();
    // A feed source of this id from before the site (`feeds:add`) is the site's feed: without a feed URL of its own the
    // site takes the source's.
    const adopted =
      site.feedUrl === null ? await db.query<{ url: string }>('SELECT url FROM feed_sources WHERE id = $1', [site.id]) : undefined;
    const feedUrl = site.feedUrl ?? adopted?.rows[0]?.url ?? null;
    const { rowCount } = await db.query(
      `INSERT INTO stats_sites (id, name, home_url, origins, feed_url, contact_name, contact_email, time_zone, look, created_at, updated_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9::jsonb, $10, $10) ON CONFLICT (id) DO NOTHING`,
      [...values({ ...site, feedUrl }), at],
    );
    if (rowCount === 0) throw new KeyTakenError(site.id);
    const created = (await get(db, site.id)) as MemberSite;
    await syncFeedSource(db, undefined, created, at);
    if (context) await pgInsertAudit(db, siteAuditEntry('site.create', undefined, created), context);
    return created;
  };

  const change = async (
    db: PoolClient,
    id: string,
    version: number | undefined,
    changes: Partial<SiteFields> & { disabledAt?: Date | null },
    action: string,
    context: ChangeContext | undefined,
  ): Promise<SiteWrite> => {
    const before = await get(db, id, true);
    if (before === undefined) return { kind: 'not-found' };
    if (version !== undefined && version !== before.version) return { kind: 'conflict', current: before };
    const next = withSiteChanges(before, changes);
    if (sameSite(before, next)) return { kind: 'saved', site: before };
    await db.query(
      `UPDATE stats_sites SET name = $2, home_url = $3, origins = $4::jsonb, feed_url = $5, contact_name = $6, contact_email = $7,
       time_zone = $8, look = $9::jsonb, disabled_at = $10, updated_at = $11, version = version + 1 WHERE id = $1`,
      [...values(next), next.disabledAt, context?.at ?? new Date()],
    );
    const site = (await get(db, id)) as MemberSite;
    await syncFeedSource(db, before, site, context?.at ?? new Date());
    if (context) await pgInsertAudit(db, siteAuditEntry(action, before, site), context);
    return { kind: 'saved', site };
  };

  const listSites = async () => {
    const { rows } = await pool.query<SiteRow<Date>>(`SELECT ${SITE_COLUMNS} FROM stats_sites ORDER BY id`);
    return rows.map((row) => toSite(row, (date) => date));
  };

  return {
    async listStatsSites() {
      return (await listSites()).map(statsSite);
    },
    async upsertStatsSite(site, context) {
      // Two writers at once (the command line and a starting server): the second waits for the first's row lock, or
      // for its insert, and then changes the row it finds.
      await transaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`stats_sites:${site.id}`]);
        if ((await get(client, site.id, true)) === undefined) await create(client, commandLineSite(site), context);
        else
          await change(
            client,
            site.id,
            undefined,
            { origins: site.origins, timeZone: site.timeZone, feedUrl: site.feedUrl },
            'site.update',
            context,
          );
      });
    },
    listSites,
    getSite: (id) => get(pool, id),
    createSite: (site, context) => transaction(pool, (client) => create(client, site, context)),
    updateSite: (id, version, changes, action, context) =>
      transaction(pool, (client) => change(client, id, version, changes, action, context)),
  };
}
