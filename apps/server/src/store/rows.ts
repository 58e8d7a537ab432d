// The rows both stores select (the same column names in SQLite and PostgreSQL) and their conversion to the
// store's objects. Only the column types differ: SQLite gives times as ISO 8601 text and booleans as 0 or 1,
// PostgreSQL gives Dates and booleans.
import type { Lang } from '@agency-portal/portal/templates.js';
import type {
  ArticleSummary,
  AuditEntry,
  Banner,
  FeedItem,
  FeedSourceStatus,
  MediaFile,
  MediaRecord,
  NewAuditEntry,
  Partner,
  StoredImage,
  StaffArticle,
  StaffUser,
  StoredSession,
  User,
  UserRole,
} from './types.js';

/** A time column: ISO 8601 text (SQLite) or a Date (PostgreSQL). */
export type Time = string | Date;

const toDate = (value: Time) => new Date(value);
const toDateOrNull = (value: Time | null) => (value === null ? null : new Date(value));

export interface ArticleRow {
  id: number;
  slug: string;
  title: string;
  summary: string;
  author: string;
  image_path: string | null;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
  image_bytes: number | null;
  image_type: string | null;
  image_media_id: number | null;
  /** The renditions of the uploaded cover (`media.files`): JSON text (SQLite) or parsed jsonb (PostgreSQL); null for none. */
  image_files: string | MediaFile[] | null;
  views: number;
  published_at: Time;
  updated_at: Time;
  category_slug: string;
  category_name: string;
  /** Whether the article has an English version: 0 or 1 (SQLite) or a boolean (PostgreSQL). */
  has_english: number | boolean;
}

/** The columns of an ArticleRow with the title and summary of the table aliased `text` (the article's, or a translation's). */
const summaryColumns = (text: string) => `a.id, a.slug, ${text}.title, ${text}.summary, a.author, a.image_path, a.image_alt, a.image_width,
  a.image_height, a.image_bytes, a.image_type, a.image_media_id, (SELECT m.files FROM media m WHERE m.id = a.image_media_id) AS image_files,
  a.views, a.published_at, a.updated_at, c.slug AS category_slug, c.name AS category_name,
  EXISTS (SELECT 1 FROM article_translations tr WHERE tr.article_id = a.id AND tr.lang = 'en') AS has_english`;

/** The columns of an ArticleRow, from `articles a JOIN categories c` (the cover's renditions by a lookup in `media`). */
export const SUMMARY_COLUMNS = summaryColumns('a');

/**
 * What readers of a language read: the columns of an ArticleRow, the body's column and the tables they come from
 * (`articles a`, `categories c` and, for English, the English version `t`). In Vietnamese, every article; in English,
 * only the articles that have an English version, with its title, summary and body.
 */
export function readerColumns(lang: Lang): { columns: string; body: string; from: string } {
  const from = 'FROM articles a JOIN categories c ON c.id = a.category_id';
  if (lang === 'vi') return { columns: SUMMARY_COLUMNS, body: 'a.body', from };
  return {
    columns: summaryColumns('t'),
    body: 't.body',
    from: `${from} JOIN article_translations t ON t.article_id = a.id AND t.lang = 'en'`,
  };
}
export const NEWEST_FIRST = 'ORDER BY a.published_at DESC, a.id DESC';
export const MOST_VIEWED_FIRST = 'ORDER BY a.views DESC, a.published_at DESC, a.id DESC';

/** What readers may see, given the time as the one parameter `now` (`?` in SQLite, `$n` in PostgreSQL). */
export const visibleTo = (now: string) => `a.status = 'published' AND a.deleted_at IS NULL AND a.published_at <= ${now}`;

export interface StaffArticleRow extends ArticleRow {
  body: string;
  status: 'draft' | 'published';
  version: number;
  created_at: Time;
  deleted_at: Time | null;
  /** The English version's fields: all null when there is none. */
  en_title: string | null;
  en_summary: string | null;
  en_body: string | null;
}

/** The tables of a StaffArticleRow: an article, its category and its English version if any (`en`). */
export const STAFF_FROM =
  "FROM articles a JOIN categories c ON c.id = a.category_id LEFT JOIN article_translations en ON en.article_id = a.id AND en.lang = 'en'";

/** The columns of a StaffArticleRow, from STAFF_FROM. */
export const STAFF_COLUMNS = `${SUMMARY_COLUMNS}, a.body, a.status, a.version, a.created_at, a.deleted_at,
  en.title AS en_title, en.summary AS en_summary, en.body AS en_body`;

export const toStaffArticle = (row: StaffArticleRow): StaffArticle => ({
  ...toSummary(row),
  body: row.body,
  english: row.en_title === null ? null : { title: row.en_title, summary: row.en_summary ?? '', body: row.en_body ?? '' },
  status: row.status,
  version: row.version,
  createdAt: toDate(row.created_at),
  deletedAt: toDateOrNull(row.deleted_at),
});

export interface AuditRow {
  id: number;
  at: Time;
  actor_id: number | null;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  summary: string;
  /** JSON text (SQLite) or parsed jsonb (PostgreSQL). */
  changes: string | AuditEntry['changes'];
}

export const toAuditEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: toDate(row.at),
  actor: { id: row.actor_id, username: row.actor },
  action: row.action,
  target: { type: row.target_type, id: row.target_id },
  summary: row.summary,
  changes: typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes,
});

export function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    image:
      row.image_path === null
        ? null
        : {
            path: row.image_path,
            alt: row.image_alt as string,
            width: row.image_width as number,
            height: row.image_height as number,
            bytes: row.image_bytes as number,
            type: row.image_type as string,
            ...(row.image_media_id !== null &&
              row.image_files !== null && {
                media: {
                  id: row.image_media_id,
                  files: typeof row.image_files === 'string' ? (JSON.parse(row.image_files) as MediaFile[]) : row.image_files,
                },
              }),
          },
    category: { slug: row.category_slug, name: row.category_name },
    author: row.author,
    publishedAt: toDate(row.published_at),
    updatedAt: toDate(row.updated_at),
    views: row.views,
    languages: row.has_english ? ['vi', 'en'] : ['vi'],
  };
}

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: UserRole;
  site_id: string | null;
  password_hash: string;
  disabled_at: Time | null;
  /** 0 or 1 (SQLite) or a boolean (PostgreSQL). */
  must_change_password: number | boolean;
  created_at: Time;
  updated_at: Time;
}

/** The columns of a UserRow, from `users`. */
export const USER_COLUMNS =
  'id, username, display_name, role, site_id, password_hash, disabled_at, must_change_password, created_at, updated_at';

export const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  siteId: row.site_id,
  disabled: row.disabled_at !== null,
  mustChangePassword: Boolean(row.must_change_password),
});

export const toStaffUser = (row: UserRow): StaffUser => ({
  ...toUser(row),
  disabledAt: toDateOrNull(row.disabled_at),
  createdAt: toDate(row.created_at),
  updatedAt: toDate(row.updated_at),
});

export interface SessionRow {
  id_hash: string;
  user_id: number;
  created_at: Time;
  last_seen_at: Time;
}

export const toSession = (row: SessionRow): StoredSession => ({
  idHash: row.id_hash,
  userId: row.user_id,
  createdAt: toDate(row.created_at),
  lastSeenAt: toDate(row.last_seen_at),
});

export interface SourceRow {
  id: string;
  name: string;
  url: string;
  refresh_minutes: number;
  created_at: Time;
  fetched_at: Time | null;
  checked_at: Time | null;
  next_fetch_at: Time;
  failures: number;
  error_code: string | null;
  error_message: string | null;
  etag: string | null;
  last_modified: string | null;
  site_url: string | null;
  item_count: number;
  /** Whether the member site of the same id is disabled: 0/1 (SQLite) or a boolean, null when there is no such site. */
  site_disabled: number | boolean | null;
}

/** The SourceRow column `site_disabled`, for `feed_sources s`. */
export const SITE_DISABLED_COLUMN = '(SELECT m.disabled_at IS NOT NULL FROM stats_sites m WHERE m.id = s.id) AS site_disabled';

/**
 * Whether the feed item `i` may be found by readers: its source is not the feed of a disabled member site, which goes
 * quiet everywhere (its feed answers 410) until the site is enabled again. Its items are kept meanwhile.
 */
export const FEED_ITEM_SHOWN = 'NOT EXISTS (SELECT 1 FROM stats_sites m WHERE m.id = i.source_id AND m.disabled_at IS NOT NULL)';

export function toStatus(row: SourceRow): FeedSourceStatus {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    refreshMinutes: row.refresh_minutes,
    createdAt: toDate(row.created_at),
    fetchedAt: toDateOrNull(row.fetched_at),
    checkedAt: toDateOrNull(row.checked_at),
    nextFetchAt: toDate(row.next_fetch_at),
    failures: row.failures,
    error: row.error_code === null ? null : { code: row.error_code, message: row.error_message ?? '' },
    etag: row.etag,
    lastModified: row.last_modified,
    siteUrl: row.site_url,
    itemCount: row.item_count,
    siteDisabled: Boolean(row.site_disabled),
  };
}

export interface ItemRow {
  id: number;
  title: string;
  url: string | null;
  summary: string;
  html: string;
  author: string;
  image_url: string | null;
  image_alt: string | null;
  published_at: Time | null;
}

export function toItem(row: ItemRow): FeedItem {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    summary: row.summary,
    html: row.html,
    author: row.author,
    image: row.image_url === null ? null : { url: row.image_url, alt: row.image_alt ?? '' },
    publishedAt: toDateOrNull(row.published_at),
  };
}

interface ImageColumns {
  image_path: string;
  image_alt: string;
  image_width: number;
  image_height: number;
  image_media_id?: number | null;
  /** The renditions of the uploaded image (`media.files`, see IMAGE_FILES): JSON text (SQLite) or jsonb (PostgreSQL). */
  image_files?: string | MediaFile[] | null;
}

/**
 * The renditions of a banner's or partner's uploaded image, by a lookup in `media`, as a column `image_files` of a
 * query on the table aliased `t`.
 */
export const IMAGE_FILES = '(SELECT m.files FROM media m WHERE m.id = t.image_media_id) AS image_files';

export interface BannerRow extends ImageColumns {
  id: number;
  key: string;
  title: string;
  url: string | null;
  interval_ms: number | null;
  starts_at: Time | null;
  ends_at: Time | null;
  position: number;
  banner_set: string;
}

export interface PartnerRow extends ImageColumns {
  id: number;
  key: string;
  name: string;
  url: string;
  placement: string;
  starts_at: Time | null;
  ends_at: Time | null;
  position: number;
  pinned: boolean | number;
  paid: boolean | number;
}

const toImage = (row: ImageColumns): StoredImage => ({
  path: row.image_path,
  alt: row.image_alt,
  width: row.image_width,
  height: row.image_height,
  ...(row.image_media_id == null ? {} : { mediaId: row.image_media_id }),
  ...(row.image_media_id != null &&
    row.image_files != null && {
      files: typeof row.image_files === 'string' ? (JSON.parse(row.image_files) as MediaFile[]) : row.image_files,
    }),
});

export const toBanner = (row: BannerRow): Banner => ({
  id: row.id,
  key: row.key,
  title: row.title,
  image: toImage(row),
  url: row.url,
  interval: row.interval_ms,
  startsAt: toDateOrNull(row.starts_at),
  endsAt: toDateOrNull(row.ends_at),
  position: row.position,
  set: row.banner_set,
});

export const toPartner = (row: PartnerRow): Partner => ({
  id: row.id,
  key: row.key,
  name: row.name,
  image: toImage(row),
  url: row.url,
  placement: row.placement,
  startsAt: toDateOrNull(row.starts_at),
  endsAt: toDateOrNull(row.ends_at),
  position: row.position,
  pinned: Boolean(row.pinned),
  paid: Boolean(row.paid),
});

export interface MediaRow {
  id: number;
  hash: string;
  width: number;
  height: number;
  /** JSON text (SQLite) or parsed jsonb (PostgreSQL). */
  files: string | MediaFile[];
  uploaded_by_id: number | null;
  uploaded_by: string;
  created_at: Time;
}

export const MEDIA_COLUMNS = 'id, hash, width, height, files, uploaded_by_id, uploaded_by, created_at';

export const toMedia = (row: MediaRow): MediaRecord => ({
  id: row.id,
  hash: row.hash,
  width: row.width,
  height: row.height,
  files: typeof row.files === 'string' ? JSON.parse(row.files) : row.files,
  uploadedBy: { id: row.uploaded_by_id, username: row.uploaded_by },
  createdAt: toDate(row.created_at),
});

/** The audit entry of an upload: its size and renditions. */
export const mediaAuditEntry = (media: MediaRecord): NewAuditEntry => ({
  action: 'media.upload',
  target: { type: 'media', id: String(media.id) },
  summary: `${media.hash} (${media.width}x${media.height})`,
  changes: {
    width: { before: null, after: media.width },
    height: { before: null, after: media.height },
    files: { before: null, after: media.files.map((file) => file.name) },
  },
});
