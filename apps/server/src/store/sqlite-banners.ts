import type Database from 'better-sqlite3';
import { sqliteAuditWriter } from './audit-log.js';
import {
  BANNER_ORDER,
  COUNTS,
  ORDER_GROUP,
  PARTNER_ORDER,
  bannerAuditEntry,
  fieldColumns,
  reorderAuditEntry,
  sameIds,
  type BannerType,
} from './banner-writes.js';
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
  StoredImage,
} from './types.js';
import { DEFAULT_BANNER_SET, KeyTakenError } from './types.js';

const fromDate = (value: Date | null) => (value === null ? null : value.toISOString());

const imageParams = (image: StoredImage) => ({
  imagePath: image.path,
  imageAlt: image.alt,
  imageWidth: image.width,
  imageHeight: image.height,
  imageMediaId: image.mediaId ?? null,
});

/** Every column of a banner or partner in `table`, with its uploaded image's renditions; aliased `t` for WHERE clauses. */
const selectFrom = (table: string) => `SELECT t.*, ${IMAGE_FILES} FROM ${table} t`;

// Times are ISO 8601 UTC text, so text comparison is time comparison.
const SHOWN = '(starts_at IS NULL OR starts_at <= @now) AND (ends_at IS NULL OR ends_at > @now)';

/** The SQLite side of BannerStore, on a database migrated to at least schema version 2. */
export function sqliteBannerStore(db: Database.Database): BannerStore {
  const selectBanners = db.prepare(`${selectFrom('banners')} WHERE banner_set = @set AND ${SHOWN} ORDER BY position, id`);
  const selectSets = db.prepare(`SELECT banner_set AS "set", SUM(CASE WHEN ${SHOWN} THEN 1 ELSE 0 END) AS count
    FROM banners GROUP BY banner_set ORDER BY banner_set`);
  const insertBanner = db.prepare(`INSERT INTO banners (key, title, image_path, image_alt, image_width, image_height, image_media_id, url,
    interval_ms, starts_at, ends_at, position, banner_set) VALUES (@key, @title, @imagePath, @imageAlt, @imageWidth, @imageHeight,
    @imageMediaId, @url, @interval, @startsAt, @endsAt, @position, @set) ON CONFLICT (key) DO NOTHING`);
  const ORDER = 'ORDER BY pinned DESC, position, id';
  const selectPartners = db.prepare(`${selectFrom('partners')} WHERE ${SHOWN} ${ORDER}`);
  const selectPartnersIn = db.prepare(`${selectFrom('partners')} WHERE placement = @placement AND ${SHOWN} ${ORDER}`);
  const selectPartner = db.prepare(`${selectFrom('partners')} WHERE id = ?`);
  const insertPartner = db.prepare(`INSERT INTO partners (key, name, image_path, image_alt, image_width, image_height, image_media_id, url,
    placement, starts_at, ends_at, position, pinned, paid) VALUES (@key, @name, @imagePath, @imageAlt, @imageWidth, @imageHeight,
    @imageMediaId, @url, @placement, @startsAt, @endsAt, @position, @pinned, @paid) ON CONFLICT (key) DO NOTHING`);
  const selectCounts = db.prepare(`SELECT p.id, p.name, p.placement, COALESCE(SUM(c.clicks), 0) AS clicks,
    COALESCE(SUM(c.impressions), 0) AS impressions
    FROM partners p LEFT JOIN partner_counts c ON c.partner_id = p.id AND c.day >= @from AND c.day <= @to
    GROUP BY p.id ORDER BY p.id`);

  const partnerCounts = sqliteCounts(db, 'partner');
  const bannerCounts = sqliteCounts(db, 'banner');
  const banners = sqliteWrites<Banner, BannerFields>(db, 'banner', 'banners', BANNER_ORDER, (row) => toBanner(row as BannerRow));
  const partners = sqliteWrites<Partner, PartnerFields>(db, 'partner', 'partners', PARTNER_ORDER, (row) => toPartner(row as PartnerRow));

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
      return (selectBanners.all({ now: now.toISOString(), set }) as BannerRow[]).map(toBanner);
    },

    async bannerSets(now) {
      return selectSets.all({ now: now.toISOString() }) as BannerSetCount[];
    },

    async insertBanner(banner: NewBanner) {
      const { image, startsAt, endsAt, set, ...rest } = banner;
      const params = {
        ...rest,
        ...imageParams(image),
        startsAt: fromDate(startsAt),
        endsAt: fromDate(endsAt),
        set: set ?? DEFAULT_BANNER_SET,
      };
      return insertBanner.run(params).changes > 0;
    },

    async listPartners(now, placement) {
      const rows =
        placement === undefined
          ? selectPartners.all({ now: now.toISOString() })
          : selectPartnersIn.all({ now: now.toISOString(), placement });
      return (rows as PartnerRow[]).map(toPartner);
    },

    async getPartner(id) {
      const row = selectPartner.get(id) as PartnerRow | undefined;
      return row && toPartner(row);
    },

    async insertPartner(partner: NewPartner) {
      const { image, startsAt, endsAt, pinned, paid, ...rest } = partner;
      const params = {
        ...rest,
        ...imageParams(image),
        startsAt: fromDate(startsAt),
        endsAt: fromDate(endsAt),
        pinned: Number(pinned),
        paid: Number(paid),
      };
      return insertPartner.run(params).changes > 0;
    },

    async partnerCounts({ from, to } = {}) {
      return selectCounts.all({ from: from ?? '0000-00-00', to: to ?? '9999-99-99' }) as PartnerCounts[];
    },
  };
}

/**
 * The clicks and impressions per day of banners or partners: `click` adds one (an unknown id fails on the foreign
 * key), `impressions` one to each id, all or none (false when one does not exist), `daily` reads them.
 */
function sqliteCounts(db: Database.Database, type: BannerType) {
  const { table, key, items } = COUNTS[type];
  const exists = db.prepare(`SELECT 1 FROM ${items} WHERE id = ?`).pluck();
  const addClick = db.prepare(`INSERT INTO ${table} (${key}, day, clicks) VALUES (?, ?, 1)
    ON CONFLICT (${key}, day) DO UPDATE SET clicks = clicks + 1`);
  const addImpression = db.prepare(`INSERT INTO ${table} (${key}, day, impressions) VALUES (?, ?, 1)
    ON CONFLICT (${key}, day) DO UPDATE SET impressions = impressions + 1`);
  const selectDaily = db.prepare(`SELECT ${key} AS id, day, clicks, impressions FROM ${table}
    WHERE day >= @from AND day <= @to AND (@id IS NULL OR ${key} = @id) ORDER BY ${key}, day`);
  const recordImpressions = db.transaction((ids: readonly number[], day: string): boolean => {
    if (!ids.every((id) => exists.get(id) !== undefined)) return false;
    for (const id of ids) addImpression.run(id, day);
    return true;
  });
  return {
    click: async (id: number, day: string) => {
      addClick.run(id, day);
    },
    impressions: async (ids: readonly number[], day: string) => recordImpressions(ids, day),
    daily: async ({ from, to, id }: { from: string; to: string; id?: number }) =>
      selectDaily.all({ from, to, id: id ?? null }) as DayCounts[],
  };
}

/** The newsroom's writes to `table` (banners or partners), each with its audit entry in the same transaction. */
function sqliteWrites<T extends Banner | Partner, F extends BannerFields | PartnerFields>(
  db: Database.Database,
  type: BannerType,
  table: string,
  order: string,
  toItem: (row: unknown) => T,
) {
  const audit = sqliteAuditWriter(db);
  const group = ORDER_GROUP[type];
  // Positions count within the item's group (a banner's set), or across the table.
  const inGroup = group === undefined ? '1 = 1' : `${group.column} = @group`;
  const groupOf = (fields: object) => (group === undefined ? null : ((fields as Record<string, unknown>)[group.field] ?? group.fallback));
  const selectAll = db.prepare(`${selectFrom(table)} ORDER BY ${order}`);
  const selectIds = db.prepare(`SELECT id FROM ${table} WHERE ${inGroup} ORDER BY ${order}`).pluck();
  const nextPosition = `(SELECT COALESCE(MAX(position), -1) + 1 FROM ${table} WHERE ${inGroup})`;
  const selectOne = db.prepare(`${selectFrom(table)} WHERE id = ?`);
  const selectKey = db.prepare(`SELECT 1 FROM ${table} WHERE key = ?`).pluck();
  const deleteOne = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  const setPosition = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  const get = (id: number): T | undefined => {
    const row = selectOne.get(id);
    return row === undefined ? undefined : toItem(row);
  };

  const create = db.transaction((fields: F & { key: string }, context: ChangeContext): T => {
    const { key, ...rest } = fields;
    if (selectKey.get(key) !== undefined) throw new KeyTakenError(key);
    const columns = fieldColumns(type, rest, true);
    const id = db
      .prepare(
        `INSERT INTO ${table} (key, position, ${columns.map(([column]) => column).join(', ')})
         VALUES (@key, ${nextPosition}, ${columns.map((_, i) => `@v${i}`).join(', ')}) RETURNING id`,
      )
      .pluck()
      .get({ key, group: groupOf(rest), ...Object.fromEntries(columns.map(([, value], i) => [`v${i}`, value])) }) as number;
    const created = get(id) as T;
    audit(bannerAuditEntry(type, 'create', undefined, created), context);
    return created;
  });

  const update = db.transaction((id: number, changes: Partial<F>, context: ChangeContext): T | undefined => {
    const before = get(id);
    if (before === undefined) return undefined;
    const columns = fieldColumns(type, changes, true);
    const newGroup = group === undefined ? undefined : (changes as Record<string, unknown>)[group.field];
    // Into another set: after that set's banners.
    const moved = newGroup !== undefined && newGroup !== groupOf(before);
    if (columns.length > 0) {
      const set = columns.map(([column], i) => `${column} = @v${i}`);
      if (moved) set.push(`position = ${nextPosition}`);
      db.prepare(`UPDATE ${table} SET ${set.join(', ')} WHERE id = @id`).run({
        id,
        group: moved ? newGroup : null,
        ...Object.fromEntries(columns.map(([, value], i) => [`v${i}`, value])),
      });
    }
    const after = get(id) as T;
    const entry = bannerAuditEntry(type, 'update', before, after);
    if (Object.keys(entry.changes).length > 0) audit(entry, context);
    return after;
  });

  const remove = db.transaction((id: number, context: ChangeContext): boolean => {
    const before = get(id);
    if (before === undefined) return false;
    deleteOne.run(id);
    audit(bannerAuditEntry(type, 'delete', before, undefined), context);
    return true;
  });

  const reorder = db.transaction((groupValue: string | undefined, ids: readonly number[], context: ChangeContext): boolean => {
    const current = selectIds.all({ group: groupValue ?? null }) as number[];
    if (!sameIds(current, ids)) return false;
    ids.forEach((id, position) => setPosition.run(position, id));
    audit(reorderAuditEntry(type, current, ids, groupValue), context);
    return true;
  });

  return {
    list: async () => selectAll.all().map(toItem),
    get: async (id: number) => get(id),
    keyTaken: (key: string) => selectKey.get(key) !== undefined,
    create: async (fields: F & { key: string }, context: ChangeContext) => create(fields, context),
    update: async (id: number, changes: Partial<F>, context: ChangeContext) => update(id, changes, context),
    remove: async (id: number, context: ChangeContext) => remove(id, context),
    /** `group`: the banner set (undefined for partners). */
    reorder: async (groupValue: string | undefined, ids: readonly number[], context: ChangeContext) => reorder(groupValue, ids, context),
  };
}
