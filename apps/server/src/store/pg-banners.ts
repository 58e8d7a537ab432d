import type { Pool, PoolClient } from 'pg';
import { pgInsertAudit } from './audit-log.js';
import {
  BANNER_ORDER,
  COUNTS,
  ORDER_GROUP,
  PARTNER_ORDER as STRIP_ORDER,
  bannerAuditEntry,
  fieldColumns,
  reorderAuditEntry,
  sameIds,
  type BannerType,
} from './banner-writes.js';
import { transaction } from './pg-db.js';
import { IMAGE_FILES, toBanner, toPartner, type BannerRow, type PartnerRow } from './rows.js';
import type {
  Banner,
  BannerFields,
  BannerSetCount,
  BannerStore,
  ChangeContext,
  DayCounts,
  NewBanner,
  NewPartner,
  Partner,
  PartnerCounts,
  PartnerFields,
} from './types.js';
import { DEFAULT_BANNER_SET, KeyTakenError } from './types.js';

/** Whether `id` can be a banner or partner id (an integer column): anything else names none. */
const isPartnerId = (id: number) => Number.isInteger(id) && id >= 1 && id <= 2 ** 31 - 1;

// Of the table aliased `t` (`FROM banners t`), with the uploaded image's renditions.
const BANNER_COLUMNS = `t.id, key, title, image_path, image_alt, image_width, image_height, image_media_id, ${IMAGE_FILES}, url, interval_ms,
  starts_at, ends_at, position, banner_set`;
const PARTNER_COLUMNS = `t.id, key, name, image_path, image_alt, image_width, image_height, image_media_id, ${IMAGE_FILES}, url, placement,
  starts_at, ends_at, position, pinned, paid`;
/** Shown at $1: started (or always) and not ended. */
const SHOWN = '(starts_at IS NULL OR starts_at <= $1) AND (ends_at IS NULL OR ends_at > $1)';
const PARTNER_ORDER = 'ORDER BY pinned DESC, position, id';

/** The PostgreSQL side of BannerStore (tables from migrations 5, 8, 9 and 16). */
export function pgBannerStore(pool: Pool): BannerStore {
  const banners = pgWrites<Banner, BannerFields>(pool, 'banner', 'banners', BANNER_COLUMNS, BANNER_ORDER, (row) =>
    toBanner(row as BannerRow),
  );
  const partners = pgWrites<Partner, PartnerFields>(pool, 'partner', 'partners', PARTNER_COLUMNS, STRIP_ORDER, (row) =>
    toPartner(row as PartnerRow),
  );
  const partnerCounts = pgCounts(pool, 'partner');
  const bannerCounts = pgCounts(pool, 'banner');
  return {
    listAllBanners: banners.list,
    getBanner: banners.get,
    createBanner: banners.create,
    updateBanner: banners.update,
    deleteBanner: banners.remove,
    reorderBanners: (set, ids, context) => banners.reorder(set, ids, context),
    listAllPartners: partners.list,
    createPartner: partners.create,
    updatePartner: partners.update,
    deletePartner: partners.remove,
    reorderPartners: (ids, context) => partners.reorder(undefined, ids, context),

    async bannerKeyTaken(type, key) {
      return (type === 'banner' ? banners : partners).keyTaken(key);
    },

    partnerDailyCounts: partnerCounts.daily,
    recordPartnerClick: partnerCounts.click,
    recordPartnerImpressions: partnerCounts.impressions,
    bannerDailyCounts: bannerCounts.daily,
    recordBannerClick: bannerCounts.click,
    recordBannerImpressions: bannerCounts.impressions,

    async listBanners(now, set = DEFAULT_BANNER_SET) {
      const { rows } = await pool.query<BannerRow>(
        `SELECT ${BANNER_COLUMNS} FROM banners t WHERE banner_set = $2 AND ${SHOWN} ORDER BY position, id`,
        [now, set],
      );
      return rows.map(toBanner);
    },

    async bannerSets(now) {
      const { rows } = await pool.query<BannerSetCount>(
        `SELECT banner_set AS "set", (COUNT(*) FILTER (WHERE ${SHOWN}))::integer AS count FROM banners GROUP BY banner_set ORDER BY banner_set`,
        [now],
      );
      return rows;
    },

    async insertBanner(banner: NewBanner) {
      const { image } = banner;
      const result = await pool.query(
        `INSERT INTO banners (key, title, image_path, image_alt, image_width, image_height, image_media_id, url, interval_ms, starts_at,
           ends_at, position, banner_set)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (key) DO NOTHING`,
        [
          banner.key,
          banner.title,
          image.path,
          image.alt,
          image.width,
          image.height,
          image.mediaId ?? null,
          banner.url,
          banner.interval,
          banner.startsAt,
          banner.endsAt,
          banner.position,
          banner.set ?? DEFAULT_BANNER_SET,
        ],
      );
      return (result.rowCount ?? 0) > 0;
    },

    async listPartners(now, placement) {
      const { rows } =
        placement === undefined
          ? await pool.query<PartnerRow>(`SELECT ${PARTNER_COLUMNS} FROM partners t WHERE ${SHOWN} ${PARTNER_ORDER}`, [now])
          : await pool.query<PartnerRow>(`SELECT ${PARTNER_COLUMNS} FROM partners t WHERE placement = $2 AND ${SHOWN} ${PARTNER_ORDER}`, [
              now,
              placement,
            ]);
      return rows.map(toPartner);
    },

    async getPartner(id) {
      if (!isPartnerId(id)) return undefined;
      const { rows } = await pool.query<PartnerRow>(`SELECT ${PARTNER_COLUMNS} FROM partners t WHERE id = $1`, [id]);
      return rows[0] && toPartner(rows[0]);
    },

    async insertPartner(partner: NewPartner) {
      const { image } = partner;
      const result = await pool.query(
        `INSERT INTO partners (key, name, image_path, image_alt, image_width, image_height, image_media_id, url, placement, starts_at,
           ends_at, position, pinned, paid)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (key) DO NOTHING`,
        [
          partner.key,
          partner.name,
          image.path,
          image.alt,
          image.width,
          image.height,
          image.mediaId ?? null,
          partner.url,
          partner.placement,
          partner.startsAt,
          partner.endsAt,
          partner.position,
          partner.pinned,
          partner.paid,
        ],
      );
      return (result.rowCount ?? 0) > 0;
    },

    async partnerCounts({ from, to } = {}) {
      const { rows } = await pool.query<PartnerCounts>(
        `SELECT p.id, p.name, p.placement, COALESCE(SUM(c.clicks), 0)::bigint AS clicks, COALESCE(SUM(c.impressions), 0)::bigint AS impressions
         FROM partners p LEFT JOIN partner_counts c ON c.partner_id = p.id
           AND ($1::date IS NULL OR c.day >= $1::date) AND ($2::date IS NULL OR c.day <= $2::date)
         GROUP BY p.id ORDER BY p.id`,
        [from ?? null, to ?? null],
      );
      return rows;
    },
  };
}

/**
 * The clicks and impressions per day of banners or partners: `click` adds one (an unknown id fails on the foreign
 * key), `impressions` one to each id, all or none (false when one does not exist), `daily` reads them.
 */
function pgCounts(pool: Pool, type: BannerType) {
  const { table, key, items } = COUNTS[type];
  return {
    async click(id: number, day: string): Promise<void> {
      // Like SQLite's, an unknown id fails on the foreign key.
      await pool.query(
        `INSERT INTO ${table} (${key}, day, clicks) VALUES ($1, $2, 1)
         ON CONFLICT (${key}, day) DO UPDATE SET clicks = ${table}.clicks + 1`,
        [id, day],
      );
    },

    async impressions(ids: readonly number[], day: string): Promise<boolean> {
      if (!ids.every(isPartnerId)) return false;
      if (ids.length === 0) return true;
      // One upsert per item (an item listed twice counts twice), in id order so concurrent batches do not deadlock.
      const counts = new Map<number, number>();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const sorted = [...counts.keys()].sort((a, b) => a - b);
      return transaction(pool, async (client) => {
        // FOR KEY SHARE: an item seen here cannot be deleted before the counts are committed.
        const found = await client.query(`SELECT id FROM ${items} WHERE id = ANY ($1::integer[]) FOR KEY SHARE`, [sorted]);
        if (found.rowCount !== sorted.length) return false;
        await client.query(
          `INSERT INTO ${table} (${key}, day, impressions)
           SELECT id, $3, n FROM unnest($1::integer[], $2::bigint[]) AS c (id, n) ORDER BY id
           ON CONFLICT (${key}, day) DO UPDATE SET impressions = ${table}.impressions + excluded.impressions`,
          [sorted, sorted.map((id) => counts.get(id)), day],
        );
        return true;
      });
    },

    async daily({ from, to, id }: { from: string; to: string; id?: number }): Promise<DayCounts[]> {
      if (id !== undefined && !isPartnerId(id)) return [];
      const { rows } = await pool.query<DayCounts>(
        `SELECT ${key} AS id, day, clicks, impressions FROM ${table}
         WHERE day >= $1::date AND day <= $2::date AND ($3::integer IS NULL OR ${key} = $3) ORDER BY ${key}, day`,
        [from, to, id ?? null],
      );
      return rows;
    },
  };
}

/** The newsroom's writes to `table` (banners or partners), each with its audit entry in the same transaction. */
function pgWrites<T extends Banner | Partner, F extends BannerFields | PartnerFields>(
  pool: Pool,
  type: BannerType,
  table: string,
  columns: string,
  order: string,
  toItem: (row: unknown) => T,
) {
  type Db = Pick<Pool, 'query'>;
  const get = async (db: Db, id: number): Promise<T | undefined> => {
    if (!isPartnerId(id)) return undefined;
    const { rows } = await db.query(`SELECT ${columns} FROM ${table} t WHERE t.id = $1`, [id]);
    return rows[0] === undefined ? undefined : toItem(rows[0]);
  };
  /**
   * A transaction of the newsroom's that writes the table: it takes the table's lock first, before any row's, so these
   * writes wait for each other instead of deadlocking. (In the other order, a move to another set holding its row
   * while it waits for the table, and a reorder of the set it leaves holding the table while it waits for that row,
   * would each wait for the other, and PostgreSQL would cancel one: a 500.) Under the lock no other write can change a
   * row read, nor take the same last position in a creation or a move; readers and the counts, which only share-lock
   * an item's key, go on.
   */
  const write = <R>(work: (client: PoolClient) => Promise<R>) =>
    transaction(pool, async (client) => {
      await client.query(`LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE`);
      return work(client);
    });
  const values = (list: [string, unknown][]) => list.map(([, value]) => value);
  const group = ORDER_GROUP[type];
  const groupOf = (fields: object) => (group === undefined ? null : ((fields as Record<string, unknown>)[group.field] ?? group.fallback));
  /** The position after the others of the item's group (a banner's set; `$n` is its value), or of the table. */
  const nextPosition = (n: number) =>
    `(SELECT COALESCE(MAX(position), -1) + 1 FROM ${table}${group === undefined ? '' : ` WHERE ${group.column} = $${n}::text`})`;

  return {
    list: async () => (await pool.query(`SELECT ${columns} FROM ${table} t ORDER BY ${order}`)).rows.map(toItem),
    get: (id: number) => get(pool, id),
    keyTaken: async (key: string) => ((await pool.query(`SELECT 1 FROM ${table} WHERE key = $1`, [key])).rowCount ?? 0) > 0,

    create: (fields: F & { key: string }, context: ChangeContext) =>
      write(async (client) => {
        const { key, ...rest } = fields;
        const set = fieldColumns(type, rest, false);
        if ((await client.query(`SELECT 1 FROM ${table} WHERE key = $1`, [key])).rowCount) throw new KeyTakenError(key);
        const { rows } = await client.query<{ id: number }>(
          `INSERT INTO ${table} (key, position, ${set.map(([column]) => column).join(', ')})
           VALUES ($1, ${nextPosition(set.length + 2)}, ${set.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
          [key, ...values(set), ...(group === undefined ? [] : [groupOf(rest)])],
        );
        const created = (await get(client, rows[0].id)) as T;
        await pgInsertAudit(client, bannerAuditEntry(type, 'create', undefined, created), context);
        return created;
      }),

    update: (id: number, changes: Partial<F>, context: ChangeContext) =>
      write(async (client) => {
        const before = await get(client, id);
        if (before === undefined) return undefined;
        const set = fieldColumns(type, changes, false);
        const newGroup = group === undefined ? undefined : (changes as Record<string, unknown>)[group.field];
        // Into another set: after that set's banners.
        const moved = newGroup !== undefined && newGroup !== groupOf(before);
        if (set.length > 0) {
          const assignments = set.map(([column], i) => `${column} = $${i + 2}`);
          if (moved) assignments.push(`position = ${nextPosition(set.length + 2)}`);
          await client.query(`UPDATE ${table} SET ${assignments.join(', ')} WHERE id = $1`, [
            id,
            ...values(set),
            ...(moved ? [newGroup] : []),
          ]);
        }
        const after = (await get(client, id)) as T;
        const entry = bannerAuditEntry(type, 'update', before, after);
        if (Object.keys(entry.changes).length > 0) await pgInsertAudit(client, entry, context);
        return after;
      }),

    remove: (id: number, context: ChangeContext) =>
      write(async (client) => {
        const before = await get(client, id);
        if (before === undefined) return false;
        await client.query(`DELETE FROM ${table} WHERE id = $1`, [id]);
        await pgInsertAudit(client, bannerAuditEntry(type, 'delete', before, undefined), context);
        return true;
      }),

    /** `groupValue`: the banner set (undefined for partners). */
    reorder: (groupValue: string | undefined, ids: readonly number[], context: ChangeContext) =>
      write(async (client) => {
        const current = (
          group === undefined
            ? await client.query<{ id: number }>(`SELECT id FROM ${table} ORDER BY ${order}`)
            : await client.query<{ id: number }>(`SELECT id FROM ${table} WHERE ${group.column} = $1 ORDER BY ${order}`, [groupValue])
        ).rows.map((row) => row.id);
        if (!sameIds(current, ids)) return false;
        await client.query(
          `UPDATE ${table} t SET position = o.position FROM unnest($1::integer[], $2::integer[]) AS o (id, position) WHERE t.id = o.id`,
          [ids, ids.map((_, i) => i)],
        );
        await pgInsertAudit(client, reorderAuditEntry(type, current, ids, groupValue), context);
        return true;
      }),
  };
}
