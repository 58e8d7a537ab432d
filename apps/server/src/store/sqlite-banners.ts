import type Database from 'better-sqlite3';
import { toBanner, toPartner, type BannerRow, type PartnerRow } from './rows.js';
import type { BannerStore, NewBanner, NewPartner, PartnerCounts, StoredImage } from './types.js';

const fromDate = (value: Date | null) => (value === null ? null : value.toISOString());

const imageParams = (image: StoredImage) => ({
  imagePath: image.path,
  imageAlt: image.alt,
  imageWidth: image.width,
  imageHeight: image.height,
});

// Times are ISO 8601 UTC text, so text comparison is time comparison.
const SHOWN = '(starts_at IS NULL OR starts_at <= @now) AND (ends_at IS NULL OR ends_at > @now)';

/** The SQLite side of BannerStore, on a database migrated to at least schema version 2. */
export function sqliteBannerStore(db: Database.Database): BannerStore {
  const selectBanners = db.prepare(`SELECT * FROM banners WHERE ${SHOWN} ORDER BY position, id`);
  const insertBanner = db.prepare(`INSERT INTO banners (key, title, image_path, image_alt, image_width, image_height, url, interval_ms,
    starts_at, ends_at, position) VALUES (@key, @title, @imagePath, @imageAlt, @imageWidth, @imageHeight, @url, @interval, @startsAt,
    @endsAt, @position) ON CONFLICT (key) DO NOTHING`);
  const ORDER = 'ORDER BY pinned DESC, position, id';
  const selectPartners = db.prepare(`SELECT * FROM partners WHERE ${SHOWN} ${ORDER}`);
  const selectPartnersIn = db.prepare(`SELECT * FROM partners WHERE placement = @placement AND ${SHOWN} ${ORDER}`);
  const selectPartner = db.prepare('SELECT * FROM partners WHERE id = ?');
  const insertPartner = db.prepare(`INSERT INTO partners (key, name, image_path, image_alt, image_width, image_height, url, placement,
    starts_at, ends_at, position, pinned, paid) VALUES (@key, @name, @imagePath, @imageAlt, @imageWidth, @imageHeight, @url, @placement,
    @startsAt, @endsAt, @position, @pinned, @paid) ON CONFLICT (key) DO NOTHING`);
  const partnerExists = db.prepare('SELECT 1 FROM partners WHERE id = ?').pluck();
  const addClick = db.prepare(`INSERT INTO partner_counts (partner_id, day, clicks) VALUES (?, ?, 1)
    ON CONFLICT (partner_id, day) DO UPDATE SET clicks = clicks + 1`);
  const addImpression = db.prepare(`INSERT INTO partner_counts (partner_id, day, impressions) VALUES (?, ?, 1)
    ON CONFLICT (partner_id, day) DO UPDATE SET impressions = impressions + 1`);
  const selectCounts = db.prepare(`SELECT p.id, p.name, p.placement, COALESCE(SUM(c.clicks), 0) AS clicks,
    COALESCE(SUM(c.impressions), 0) AS impressions
    FROM partners p LEFT JOIN partner_counts c ON c.partner_id = p.id AND c.day >= @from AND c.day <= @to
    GROUP BY p.id ORDER BY p.id`);

  const recordImpressions = db.transaction((ids: readonly number[], day: string): boolean => {
    if (!ids.every((id) => partnerExists.get(id) !== undefined)) return false;
    for (const id of ids) addImpression.run(id, day);
    return true;
  });

  return {
    async listBanners(now) {
      return (selectBanners.all({ now: now.toISOString() }) as BannerRow[]).map(toBanner);
    },

    async insertBanner(banner: NewBanner) {
      const { image, startsAt, endsAt, ...rest } = banner;
      return insertBanner.run({ ...rest, ...imageParams(image), startsAt: fromDate(startsAt), endsAt: fromDate(endsAt) }).changes > 0;
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

    async recordPartnerClick(id, day) {
      addClick.run(id, day);
    },

    async recordPartnerImpressions(ids, day) {
      return recordImpressions(ids, day);
    },

    async partnerCounts({ from, to } = {}) {
      return selectCounts.all({ from: from ?? '0000-00-00', to: to ?? '9999-99-99' }) as PartnerCounts[];
    },
  };
}
