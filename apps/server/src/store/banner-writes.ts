// What the SQLite and PostgreSQL sides of the newsroom's banner and partner writes share: which column each field
// is stored in, the display orders, the audit entries, and where the counts are kept.
import { DEFAULT_BANNER_SET } from './types.js';
import type { AuditChanges, Banner, BannerFields, NewAuditEntry, Partner, PartnerFields, StoredImage } from './types.js';

export type BannerType = 'banner' | 'partner';

/** Where the clicks and impressions per day of each type are kept: the table, its id column, and the items' table. */
export const COUNTS: Record<BannerType, { table: string; key: string; items: string }> = {
  banner: { table: 'banner_counts', key: 'banner_id', items: 'banners' },
  partner: { table: 'partner_counts', key: 'partner_id', items: 'partners' },
};

export const BANNER_ORDER = 'banner_set, position, id';
export const PARTNER_ORDER = 'pinned DESC, position, id';

const COLUMNS: Record<BannerType, Record<string, string>> = {
  banner: { title: 'title', url: 'url', interval: 'interval_ms', startsAt: 'starts_at', endsAt: 'ends_at', set: 'banner_set' },
  partner: {
    name: 'name',
    url: 'url',
    placement: 'placement',
    startsAt: 'starts_at',
    endsAt: 'ends_at',
    pinned: 'pinned',
    paid: 'paid',
  },
};

/**
 * The columns and values of the fields given (absent ones are left out), as `sqlite` (ISO text, 0 or 1) or
 * PostgreSQL (Date, boolean) take them.
 */
export function fieldColumns(
  type: BannerType,
  fields: Partial<BannerFields> | Partial<PartnerFields>,
  sqlite: boolean,
): [column: string, value: unknown][] {
  const out: [string, unknown][] = [];
  const convert = (value: unknown) => {
    if (!sqlite) return value;
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'boolean') return Number(value);
    return value;
  };
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (field === 'image') {
      const image = value as StoredImage;
      out.push(
        ['image_path', image.path],
        ['image_alt', image.alt],
        ['image_width', image.width],
        ['image_height', image.height],
        ['image_media_id', image.mediaId ?? null],
      );
      continue;
    }
    const column = COLUMNS[type][field];
    if (column === undefined) throw new Error(`A ${type} has no field ${field}.`);
    out.push([column, convert(value)]);
  }
  return out;
}

/** A banner's or partner's fields as the audit log records them. */
function auditView(item: Banner | Partner): Record<string, unknown> {
  const { id: _id, key: _key, position: _position, image, startsAt, endsAt, ...rest } = item;
  return {
    ...rest,
    image: { mediaId: image.mediaId ?? null, path: image.path, alt: image.alt },
    startsAt: startsAt?.toISOString() ?? null,
    endsAt: endsAt?.toISOString() ?? null,
  };
}

/** The audit entry of a change to a banner or partner: `before` undefined for a new one, `after` for a deleted one. */
export function bannerAuditEntry(
  type: BannerType,
  action: string,
  before: Banner | Partner | undefined,
  after: Banner | Partner | undefined,
): NewAuditEntry {
  const old = before === undefined ? {} : auditView(before);
  const now = after === undefined ? {} : auditView(after);
  const changes: AuditChanges = {};
  for (const field of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (JSON.stringify(old[field]) !== JSON.stringify(now[field]))
      changes[field] = { before: old[field] ?? null, after: now[field] ?? null };
  }
  const item = (after ?? before) as Banner | Partner;
  return { action: `${type}.${action}`, target: { type, id: String(item.id) }, summary: 'title' in item ? item.title : item.name, changes };
}

/**
 * Banners are ordered within their set (its column and the set of an item with none), partners all together: the
 * group a position counts in, or undefined.
 */
export const ORDER_GROUP: Record<BannerType, { field: 'set'; column: string; fallback: string } | undefined> = {
  banner: { field: 'set', column: 'banner_set', fallback: DEFAULT_BANNER_SET },
  partner: undefined,
};

/** The audit entry of a new order (ids, first first), of one banner set or of all partners. */
export function reorderAuditEntry(type: BannerType, before: number[], after: readonly number[], group?: string): NewAuditEntry {
  return {
    action: `${type}.reorder`,
    target: { type, id: group ?? '*' },
    summary: group === undefined ? `${after.length} ${type}s` : `${after.length} ${type}s of ${group}`,
    changes: { order: { before, after: [...after] } },
  };
}

/** Whether `ids` are exactly `current`, each once, in any order. */
export function sameIds(current: readonly number[], ids: readonly number[]): boolean {
  const set = new Set(ids);
  return set.size === ids.length && ids.length === current.length && current.every((id) => set.has(id));
}
