import type { Pool } from 'pg';
import { transaction } from './pg-db.js';
import { toBanner, toPartner, type BannerRow, type PartnerRow } from './rows.js';
import type { BannerStore, NewBanner, NewPartner, PartnerCounts } from './types.js';

/** Whether `id` can be a partner id (an integer column): anything else names no partner. */
const isPartnerId = (id: number) => Number.isInteger(id) && id >= 1 && id <= 2 ** 31 - 1;

const BANNER_COLUMNS = 'id, key, title, image_path, image_alt, image_width, image_height, url, interval_ms, starts_at, ends_at, position';
const PARTNER_COLUMNS =
  'id, key, name, image_path, image_alt, image_width, image_height, url, placement, starts_at, ends_at, position, pinned, paid';
/** Shown at $1: started (or always) and not ended. */
const SHOWN = '(starts_at IS NULL OR starts_at <= $1) AND (ends_at IS NULL OR ends_at > $1)';
const PARTNER_ORDER = 'ORDER BY pinned DESC, position, id';

/** The PostgreSQL side of BannerStore (tables from migration 5). */
export function pgBannerStore(pool: Pool): BannerStore {
  return {
    async listBanners(now) {
      const { rows } = await pool.query<BannerRow>(`SELECT ${BANNER_COLUMNS} FROM banners WHERE ${SHOWN} ORDER BY position, id`, [now]);
      return rows.map(toBanner);
    },

    async insertBanner(banner: NewBanner) {
      const { image } = banner;
      const result = await pool.query(
        `INSERT INTO banners (key, title, image_path, image_alt, image_width, image_height, url, interval_ms, starts_at, ends_at, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (key) DO NOTHING`,
        [
          banner.key,
          banner.title,
          image.path,
          image.alt,
          image.width,
          image.height,
          banner.url,
          banner.interval,
          banner.startsAt,
          banner.endsAt,
          banner.position,
        ],
      );
      return (result.rowCount ?? 0) > 0;
    },

    async listPartners(now, placement) {
      const { rows } =
        placement === undefined
          ? await pool.query<PartnerRow>(`SELECT ${PARTNER_COLUMNS} FROM partners WHERE ${SHOWN} ${PARTNER_ORDER}`, [now])
          : await pool.query<PartnerRow>(`SELECT ${PARTNER_COLUMNS} FROM partners WHERE placement = $2 AND ${SHOWN} ${PARTNER_ORDER}`, [
              now,
              placement,
            ]);
      return rows.map(toPartner);
    },

    async getPartner(id) {
      if (!isPartnerId(id)) return undefined;
      const { rows } = await pool.query<PartnerRow>(`SELECT ${PARTNER_COLUMNS} FROM partners WHERE id = $1`, [id]);
      return rows[0] && toPartner(rows[0]);
    },

    async insertPartner(partner: NewPartner) {
      const { image } = partner;
      const result = await pool.query(
        `INSERT INTO partners (key, name, image_path, image_alt, image_width, image_height, url, placement, starts_at, ends_at, position,
           pinned, paid)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (key) DO NOTHING`,
        [
          partner.key,
          partner.name,
          image.path,
          image.alt,
          image.width,
          image.height,
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

    async recordPartnerClick(id, day) {
      // Like SQLite's, an unknown partner fails on the foreign key.
      await pool.query(
        `INSERT INTO partner_counts (partner_id, day, clicks) VALUES ($1, $2, 1)
         ON CONFLICT (partner_id, day) DO UPDATE SET clicks = partner_counts.clicks + 1`,
        [id, day],
      );
    },

    async recordPartnerImpressions(ids, day) {
      if (!ids.every(isPartnerId)) return false;
      if (ids.length === 0) return true;
      // One upsert per partner (a partner listed twice counts twice), in id order so concurrent batches do not deadlock.
      const counts = new Map<number, number>();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const partners = [...counts.keys()].sort((a, b) => a - b);
      return transaction(pool, async (client) => {
        // FOR KEY SHARE: a partner seen here cannot be deleted before the counts are committed.
        const found = await client.query('SELECT id FROM partners WHERE id = ANY ($1::integer[]) FOR KEY SHARE', [partners]);
        if (found.rowCount !== partners.length) return false;
        await client.query(
          `INSERT INTO partner_counts (partner_id, day, impressions)
           SELECT id, $3, n FROM unnest($1::integer[], $2::bigint[]) AS c (id, n) ORDER BY id
           ON CONFLICT (partner_id, day) DO UPDATE SET impressions = partner_counts.impressions + excluded.impressions`,
          [partners, partners.map((id) => counts.get(id)), day],
        );
        return true;
      });
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
