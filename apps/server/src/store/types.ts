// The storage interface the routes use, implemented for SQLite (sqlite.ts) and PostgreSQL (pg.ts): every method
// is async and nothing here names a database. Lists are in the order stated; text keys sort by code point.
import type { SiteLook } from '@agency-portal/portal/site-look.js';
import type { Lang } from '@agency-portal/portal/templates.js';
import type { SearchQuery } from '../search/text.js';

export interface Category {
  /** URL-safe id, e.g. `tin-hoat-dong`. */
  slug: string;
  /** Display name, e.g. "Tin hoạt động". */
  name: string;
}

export interface ArticleImage {
  /** Path under the site root, e.g. `/media/hoi-nghi-1.jpg`; routes make it absolute with PUBLIC_URL. */
  path: string;
  alt: string;
  width: number;
  height: number;
  /** Size of the file in bytes (RSS enclosures need it). */
  bytes: number;
  /** MIME type, e.g. `image/jpeg`. */
  type: string;
  /**
   * The uploaded image (MediaStore) a cover set in the newsroom was made from, with its renditions (for `srcset`);
   * absent for the demo images. `path`, `width`, `height`, `bytes` and `type` are then those of one of its JPEGs
   * (`shareRendition()` in media/sources.ts), for Open Graph and feeds.
   */
  media?: { id: number; files: MediaFile[] };
}

export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  summary: string;
  image: ArticleImage | null;
  category: Category;
  author: string;
  publishedAt: Date;
  updatedAt: Date;
  views: number;
  /** The languages it can be read in: Vietnamese always (the article itself), English when it has an English version. */
  languages: readonly Lang[];
}

export interface Article extends ArticleSummary {
  /** Sanitized HTML (sanitized when stored). */
  body: string;
}

export interface NewArticle {
  slug: string;
  title: string;
  summary: string;
  /** HTML; the store sanitizes it before writing. */
  body: string;
  image: ArticleImage | null;
  categorySlug: string;
  author: string;
  publishedAt: Date;
  /** Starting view count, for articles brought over from an earlier site and for the demo content; 0 when absent. */
  views?: number;
  /** Its English version (its body HTML; the store sanitizes it); none when absent. */
  english?: ArticleTranslation;
}

export interface ListArticlesOptions {
  offset: number;
  limit: number;
  /** Only this category's articles. */
  category?: string;
  /** Readers see the articles published at or before this time: not drafts, not deleted ones, not scheduled ones yet. */
  now: Date;
  /**
   * The readers' language: in English, only the articles with an English version, with its title and summary;
   * Vietnamese (every article) when absent.
   */
  lang?: Lang;
}

/** A draft is seen only in the newsroom; a published article from its publishedAt on (until then it is scheduled). */
export type ArticleStatus = 'draft' | 'published';

/** Where an article stands at a given time, as the newsroom filters and shows it. */
export type ArticleState = 'draft' | 'scheduled' | 'published' | 'deleted';

/**
 * An article's English version, written in the newsroom (the article itself is Vietnamese). Stored as a row of
 * `article_translations`, so that another language later is a row too.
 */
export interface ArticleTranslation {
  title: string;
  summary: string;
  /** Sanitized HTML (sanitized when stored, as the article's body). */
  body: string;
}

/** An article as the newsroom sees it: in every state, with its version for the edit conflict check. */
export interface StaffArticle extends Article {
  /** The English version; null when the article is in Vietnamese only. */
  english: ArticleTranslation | null;
  status: ArticleStatus;
  /** Starts at 1 and goes up by one with every change: a save names the version it was made on. */
  version: number;
  createdAt: Date;
  /** Set when the article is deleted (it can be restored); null otherwise. */
  deletedAt: Date | null;
}

/** The fields the newsroom writes. For a draft, publishedAt is when it is meant to appear (or when it was created). */
export interface ArticleFields {
  slug: string;
  title: string;
  summary: string;
  /** HTML; the store sanitizes it before writing. */
  body: string;
  categorySlug: string;
  author: string;
  image: ArticleImage | null;
  status: ArticleStatus;
  publishedAt: Date;
  /** The English version (its body HTML, sanitized by the store); null for none. */
  english: ArticleTranslation | null;
}

export interface StaffArticleQuery {
  offset: number;
  limit: number;
  /** Words of the title, matched with diacritics folded ("chuyen doi" finds "Chuyển đổi"). */
  q?: string;
  category?: string;
  /** Only articles in this state at `now`; without it, all but the deleted ones. */
  state?: ArticleState;
  now: Date;
}

/** Who makes a change, and when: the store writes the change and its audit entry in one transaction. */
export interface ChangeContext {
  /** Who made the change: a user, or (id null) the server itself, as when the seed uploads the demo images. */
  actor: { id: number | null; username: string };
  at: Date;
}

/** Changed fields, each with its value before and after (a long text is given as its length). */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditEntry {
  id: number;
  at: Date;
  /** The actor's user id (null once the account is deleted) and username at the time. */
  actor: { id: number | null; username: string };
  /** What was done, e.g. `article.publish` or `user.disable`. */
  action: string;
  target: { type: string; id: string };
  /** What the target was called at the time: an article's title, a username. */
  summary: string;
  changes: AuditChanges;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at' | 'actor'>;

export interface AuditQuery {
  offset: number;
  limit: number;
  actor?: string;
  /** An action (`article.publish`) or every action on one kind of target (`article`). */
  action?: string;
  target?: { type: string; id: string };
  /** Entries at or after `from` and before `to`. */
  from?: Date;
  to?: Date;
}

/** The outcome of a write to an existing article. */
export type ArticleWrite =
  | { kind: 'saved'; article: StaffArticle }
  /** The article changed since the version the write was made on: nothing was written; `current` is what is stored now. */
  | { kind: 'conflict'; current: StaffArticle }
  | { kind: 'not-found' };

/** Thrown by a write whose slug belongs to another article, now or as an old address. */
export class SlugTakenError extends Error {
  override name = 'SlugTakenError';
  constructor(readonly slug: string) {
    super(`The address "${slug}" is already used by another article.`);
  }
}

/** Thrown by a banner, partner or site creation whose key (a site's id) another one took first. */
export class KeyTakenError extends Error {
  override name = 'KeyTakenError';
  constructor(readonly key: string) {
    super(`The key "${key}" is already used.`);
  }
}

/** The newsroom's articles and the audit log. */
export interface NewsroomStore {
  /** Articles in every state, most recently changed first, with the total for the same filter. */
  listStaffArticles(query: StaffArticleQuery): Promise<{ items: StaffArticle[]; total: number }>;
  getStaffArticle(id: number): Promise<StaffArticle | undefined>;
  /** Whether `slug` is the slug, or an old slug, of an article other than `exceptId`. */
  slugTaken(slug: string, exceptId?: number): Promise<boolean>;
  /** Creates an article (version 1, no views) and its `article.create` audit entry; throws SlugTakenError. */
  createArticle(fields: ArticleFields, context: ChangeContext): Promise<StaffArticle>;
  /**
   * Changes the fields given, if the article is still at `version` (any version when undefined), with an audit
   * entry of `action` listing what changed. A new slug keeps the old one as a redirect. Throws SlugTakenError.
   */
  updateArticle(
    id: number,
    version: number | undefined,
    changes: Partial<ArticleFields> & { deletedAt?: Date | null },
    action: string,
    context: ChangeContext,
  ): Promise<ArticleWrite>;
  /** The current slug of an article that had `slug` before (and is visible at `now`), for a redirect. */
  renamedSlug(slug: string, now: Date): Promise<string | undefined>;
  /** Writes an audit entry on its own (for changes that are not in the store, such as a sign-out everywhere). */
  recordAudit(entry: NewAuditEntry, context: ChangeContext): Promise<void>;
  /** Newest first, with the total for the same filter. */
  listAudit(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }>;
}

/** A site that may record visit statistics: a hit is accepted only from one of its origins. */
export interface StatsSite {
  /** URL-safe id, e.g. `portal` or `so-gd`. */
  id: string;
  /** Allowed origins, such as `https://sogd.example.vn` (scheme, host and port; no path). */
  origins: string[];
  /** IANA time zone of the site's days, weeks and months, e.g. `Asia/Ho_Chi_Minh`. */
  timeZone: string;
}

/** One counted hit, as the stats engine decided it. */
export interface StatsHit {
  site: string;
  /** Milliseconds since 1970 (UTC). */
  at: number;
  /** The site's calendar day of `at` (YYYY-MM-DD in its time zone). */
  day: string;
  path: string;
  /** Host of the referring page, or null. */
  referrer: string | null;
  /** Opaque visitor hash. */
  visitor: string;
  /** Whether this hit starts a visit. */
  newVisit: boolean;
}

export interface StatsDay {
  site: string;
  day: string;
  visits: number;
  hits: number;
}

/**
 * A member site of the network, as the site registry keeps it (the same table as the statistics' sites): the sites
 * that embed the widgets and send visits. A disabled site's hits are refused and its counters are not shown.
 */
export interface MemberSite extends StatsSite {
  name: string;
  /** The site's home page (http or https); null for a site registered with the command line only. */
  homeUrl: string | null;
  /**
   * The site's RSS or Atom feed; null for none. It is the address of the site's feed source (the source with the
   * site's id), which the server fetches for the article list's feed mode (`feed="{id}"`).
   */
  feedUrl: string | null;
  contact: { name: string | null; email: string | null };
  /** The site's own look for the widgets (the embed builder's preview and CSS); null for the portal's. */
  look: SiteLook | null;
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Starts at 1; every change adds one (the edit conflict check). */
  version: number;
}

/** What the registry sets on a site: everything but its id (which never changes), state and timestamps. */
export type SiteFields = Pick<MemberSite, 'name' | 'homeUrl' | 'origins' | 'feedUrl' | 'contact' | 'timeZone' | 'look'>;

export type SiteWrite =
  | { kind: 'saved'; site: MemberSite }
  /** The site changed since the version the write was made on: nothing was written; `current` is what is stored now. */
  | { kind: 'conflict'; current: MemberSite }
  | { kind: 'not-found' };

/** The site registry: every change with its audit entry (`site.create`, `site.update`, ...) in one transaction. */
export interface SiteStore {
  /** Every site (disabled ones too) as the statistics see it, by id. */
  listStatsSites(): Promise<StatsSite[]>;
  /**
   * Creates the site (named by its id) or replaces its origins and time zone, and its feed URL when `feedUrl` is given
   * (null clears it), the command line's way; a change adds one to its version and, with `context`, is in the audit
   * log. Nothing is written when nothing changes.
   */
  upsertStatsSite(site: StatsSite & { feedUrl?: string | null }, context?: ChangeContext): Promise<void>;
  /** Every site, by id. */
  listSites(): Promise<MemberSite[]>;
  getSite(id: string): Promise<MemberSite | undefined>;
  /**
   * Creates a site (version 1, enabled); throws KeyTakenError when the id is taken. Like every write of a site, it keeps
   * the site's feed source in step with its feed URL in the same transaction (see `feedSourceWrite` in sites-shared.ts).
   */
  createSite(site: SiteFields & { id: string }, context: ChangeContext): Promise<MemberSite>;
  /** Changes the fields given, if the site is still at `version` (any version when undefined), audited as `action`. */
  updateSite(
    id: string,
    version: number | undefined,
    changes: Partial<SiteFields> & { disabledAt?: Date | null },
    action: string,
    context: ChangeContext,
  ): Promise<SiteWrite>;
}

export interface StatsStore {
  /**
   * Stores a batch of hits in one transaction: the hit log, each visitor's last hit, and the daily rollups.
   * Resolves once the batch is committed; on failure nothing of the batch is stored.
   */
  commitStatsHits(hits: StatsHit[]): Promise<void>;
  /** Daily rollups of every site for days from `fromDay` (YYYY-MM-DD) on, by site then day. */
  listStatsDays(fromDay: string): Promise<StatsDay[]>;
  /** The `limit` paths of `site` with the most hits on days from `fromDay` on, from the hit log: most first, then by path. */
  topStatsPaths(site: string, fromDay: string, limit: number): Promise<{ path: string; views: number }[]>;
  /** Visits and hits of every site over all time, from the rollups, by site. */
  statsTotals(): Promise<{ site: string; visits: number; hits: number }[]>;
  /** Visitors whose last hit is at or after `since` (ms), by site then visitor. */
  recentStatsVisitors(since: number): Promise<{ site: string; visitor: string; lastHit: number }[]>;
  /** Deletes visitors whose last hit is before `before` (ms). */
  pruneStatsVisitors(before: number): Promise<void>;
}

/** `site-editor`: the webmaster of one member site, who sees and changes only that site (its settings and traffic). */
export type UserRole = 'editor' | 'admin' | 'site-editor';

export interface User {
  id: number;
  /** Normalized: NFC, lower case. */
  username: string;
  displayName: string;
  role: UserRole;
  /** The member site of a `site-editor` (a statistics site id); null for every other role. */
  siteId: string | null;
  /** A disabled user cannot sign in, and their sessions are worth nothing. */
  disabled: boolean;
  /** Signed in with a temporary password: staff routes are closed until they set their own. */
  mustChangePassword: boolean;
}

/** A user as an admin sees it in the user list. */
export interface StaffUser extends User {
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface UserWithPassword extends User {
  /** The Argon2id hash string (PHC format). */
  passwordHash: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: UserRole;
  /** Required with the `site-editor` role, null (or absent) otherwise. */
  siteId?: string | null;
  passwordHash: string;
  createdAt: Date;
  /** Set for a temporary password (the user must choose their own at the next sign-in); false when absent. */
  mustChangePassword?: boolean;
}

/** What an admin may change of a user: `disabled` disables or enables the account. */
export interface UserChanges {
  displayName?: string;
  role?: UserRole;
  /** The site of a `site-editor`; the caller keeps it consistent with the role (the database refuses otherwise). */
  siteId?: string | null;
  disabled?: boolean;
}

/** The outcome of a change to a user. */
export type UserWrite =
  | { kind: 'saved'; user: StaffUser }
  | { kind: 'not-found' }
  /** The change would leave no enabled admin: nothing was written. */
  | { kind: 'last-admin' };

export interface StoredSession {
  /** sha256 (hex) of the session id; the id itself is only in the cookie. */
  idHash: string;
  userId: number;
  createdAt: Date;
  lastSeenAt: Date;
}

/** Users, server-side sessions and sign-in failure counters. */
export interface AuthStore {
  /**
   * Creates a user; throws an Error with code `user_exists` when the username is taken. With a `context`, the
   * `user.create` audit entry is written in the same transaction.
   */
  createUser(user: NewUser, context?: ChangeContext): Promise<User>;
  getUserByUsername(username: string): Promise<UserWithPassword | undefined>;
  getUserById(id: number): Promise<User | undefined>;
  /** Every user, by username. */
  listStaffUsers(): Promise<StaffUser[]>;
  getStaffUser(id: number): Promise<StaffUser | undefined>;
  /**
   * Changes a user, with an audit entry (`user.disable` or `user.enable` when `disabled` changes, `user.update`
   * otherwise) in the same transaction. Disabling deletes all of the user's sessions. Refused (`last-admin`)
   * when no enabled admin would be left.
   */
  updateUser(id: number, changes: UserChanges, context: ChangeContext): Promise<UserWrite>;
  /**
   * Sets a new password hash and the must-change flag, and deletes the user's sessions except `keepSession`
   * (an id hash), with an audit entry of `action` in the same transaction (no password material in it).
   * Returns the user, or undefined when there is none.
   */
  setPassword(
    id: number,
    passwordHash: string,
    options: { mustChangePassword: boolean; action: 'user.password-reset' | 'user.password-change'; keepSession?: string },
    context: ChangeContext,
  ): Promise<StaffUser | undefined>;
  createSession(session: StoredSession): Promise<void>;
  getSession(idHash: string): Promise<StoredSession | undefined>;
  /** Records activity on a session (its idle expiry starts again from `at`). */
  touchSession(idHash: string, at: Date): Promise<void>;
  /** True when there was such a session. */
  deleteSession(idHash: string): Promise<boolean>;
  /** Deletes sessions last seen before `idleBefore` or created before `createdBefore`; returns how many. */
  deleteExpiredSessions(idleBefore: Date, createdBefore: Date): Promise<number>;
  /** The failures counted for `key`, if any. */
  getLoginFailures(key: string): Promise<{ count: number; lastFailureAt: Date } | undefined>;
  /**
   * Counts one more failure for `key` at `at` (starting again from 1 when the last one was before
   * `forgetBefore`) and returns the new count.
   */
  addLoginFailure(key: string, at: Date, forgetBefore: Date): Promise<number>;
  clearLoginFailures(key: string): Promise<void>;
}

export interface FeedSource {
  /** URL-safe id, e.g. `so-tttt`; the widget's `feed` attribute and the API path name it. */
  id: string;
  /** Display name, e.g. "Sở Thông tin và Truyền thông". */
  name: string;
  /** The feed's absolute http(s) URL. Only configured URLs are ever fetched. */
  url: string;
  /** How often the feed is fetched, in minutes. */
  refreshMinutes: number;
  createdAt: Date;
}

export type NewFeedSource = Omit<FeedSource, 'createdAt'>;

/** A source with what its fetches left behind. */
export interface FeedSourceStatus extends FeedSource {
  /** The last fetch that succeeded (new items or "not modified"); null before the first. */
  fetchedAt: Date | null;
  /** The last fetch attempt, successful or not. */
  checkedAt: Date | null;
  /** When the source is due again (backed off after failures). */
  nextFetchAt: Date;
  /** Failed attempts since the last success. */
  failures: number;
  /** Why the last attempt failed, or null when it succeeded. */
  error: { code: string; message: string } | null;
  /** Validators for a conditional GET. */
  etag: string | null;
  lastModified: string | null;
  /** The source site's home page, as the feed names it. */
  siteUrl: string | null;
  itemCount: number;
  /**
   * The member site of the same id is disabled: the source is not fetched and its feed answers 410 `site_disabled`
   * until the site is enabled again. False for a source that is no site's.
   */
  siteDisabled: boolean;
}

export interface FeedItem {
  id: number;
  /** Plain text; markup in a title is text, never HTML. */
  title: string;
  /** Absolute http(s) link to the article on the source site, or null when the feed gives none. */
  url: string | null;
  /** Plain text, at most SUMMARY_LENGTH characters (feeds-in/parse.ts). */
  summary: string;
  /** Sanitized HTML of the item's content (see feeds-in/sanitize.ts). */
  html: string;
  author: string;
  image: { url: string; alt: string } | null;
  /** Null when the feed gives no date or one that cannot be read. */
  publishedAt: Date | null;
}

export interface NewFeedItem extends Omit<FeedItem, 'id'> {
  /** The item's identity within its feed (guid, id or link): the same key keeps the same item id. */
  key: string;
}

/** The outcome of one fetch of a source. */
export type FeedFetchRecord = (
  | {
      kind: 'updated';
      at: Date;
      nextFetchAt: Date;
      etag: string | null;
      lastModified: string | null;
      siteUrl: string | null;
      items: NewFeedItem[];
    }
  | { kind: 'not-modified'; at: Date; nextFetchAt: Date }
  | { kind: 'failed'; at: Date; nextFetchAt: Date; error: { code: string; message: string } }
) & {
  /**
   * The address that was fetched: when given and the source has moved to another one since (its site's feed URL
   * changed during the fetch), the record is ignored, so the old address's items and validators never land on the new.
   */
  url?: string;
};

export interface FeedStore {
  /** Adds a source, due at once; false (and nothing changed) when the id is taken. */
  addFeedSource(source: NewFeedSource, now: Date): Promise<boolean>;
  /** Removes a source and its items; false when there is no such source. */
  removeFeedSource(id: string): Promise<boolean>;
  /** All sources, by id. */
  listFeedSources(): Promise<FeedSourceStatus[]>;
  getFeedSource(id: string): Promise<FeedSourceStatus | undefined>;
  /** A source's items in the order they are shown (newest first, undated ones after), with the total. */
  listFeedItems(sourceId: string, options: { offset: number; limit: number }): Promise<{ items: FeedItem[]; total: number }>;
  /**
   * Records a fetch. `updated` replaces the items (an item keeps its id while its key stays); `not-modified`
   * keeps them; `failed` keeps the last good items and counts the failure. Unknown sources are ignored.
   */
  saveFeedFetch(sourceId: string, record: FeedFetchRecord): Promise<void>;
}

/** An image of a banner or partner, stored by its path under the site root. */
export interface StoredImage {
  /** Path under the site root, e.g. `/media/banners/ky-niem.jpg`; routes make it absolute with PUBLIC_URL. */
  path: string;
  alt: string;
  width: number;
  height: number;
  /**
   * The uploaded image (MediaStore) it is made from, when it is one; absent for an image of one file (demo content
   * seeded before the demo images were uploads). `path`, `width` and `height` are then those of its largest JPEG.
   */
  mediaId?: number;
  /** The renditions of that uploaded image (for `srcset`), as the store reads them; ignored when writing. */
  files?: MediaFile[];
}

/** One slide of the banner carousel. */
export interface Banner {
  id: number;
  /** Stable name, for seeding and the editor. */
  key: string;
  title: string;
  image: StoredImage;
  /** Where the slide links to; null for a slide without a link. */
  url: string | null;
  /** How long this slide stays before the next, in milliseconds; null for the widget's default. */
  interval: number | null;
  /** Shown from this time on; null for always. */
  startsAt: Date | null;
  /** Shown until this time; null for always. */
  endsAt: Date | null;
  /** Lower first, within its set. */
  position: number;
  /** The carousel it belongs to (a slug): `trang-chu`, the home page's, unless another is named. */
  set: string;
}

/** The set of a banner that names none: the home page's carousel. */
export const DEFAULT_BANNER_SET = 'trang-chu';

/** A banner to store; without `set`, of DEFAULT_BANNER_SET. */
export type NewBanner = Omit<Banner, 'id' | 'set'> & { set?: string };

/** One partner or advertiser banner of the partner strip. */
export interface Partner {
  id: number;
  key: string;
  name: string;
  image: StoredImage;
  /** The partner's site: the only place its click redirect goes to. */
  url: string;
  /** Where on the portal it shows, e.g. `sidebar`. */
  placement: string;
  startsAt: Date | null;
  endsAt: Date | null;
  /** Lower first, after the pinned ones. */
  position: number;
  /** Shown before the others, also when the strip shuffles. */
  pinned: boolean;
  /** A paid placement: its link gets rel="sponsored". */
  paid: boolean;
}

export type NewPartner = Omit<Partner, 'id'>;

/** What the newsroom sets on a banner: everything but its id, key and position. */
export type BannerFields = Omit<NewBanner, 'key' | 'position'>;
/** What the newsroom sets on a partner: everything but its id, key and position. */
export type PartnerFields = Omit<NewPartner, 'key' | 'position'>;

/** A banner set in use: its slug and how many of its banners are shown now. */
export interface BannerSetCount {
  set: string;
  count: number;
}

/** A partner's (or banner's) clicks and impressions on one day (YYYY-MM-DD) that has any. */
export interface DayCounts {
  id: number;
  day: string;
  clicks: number;
  impressions: number;
}

export type PartnerDayCounts = DayCounts;
/** A banner's clicks and impressions on one day that has any. */
export type BannerDayCounts = DayCounts;

export interface PartnerCounts {
  id: number;
  name: string;
  placement: string;
  clicks: number;
  impressions: number;
}

/** Carousel banners and the partner strip, with click and impression counts per banner or partner and day. */
export interface BannerStore {
  /** The banners of `set` (DEFAULT_BANNER_SET when absent) shown at `now` (started, not ended), by position then id. */
  listBanners(now: Date, set?: string): Promise<Banner[]>;
  /** Every set that has a banner, by slug, with how many of its banners are shown at `now`. */
  bannerSets(now: Date): Promise<BannerSetCount[]>;
  /** For seeding and later the editor: inserts a banner unless its key exists; true when inserted. */
  insertBanner(banner: NewBanner): Promise<boolean>;
  /** The partners shown at `now`, in `placement` when given: pinned first, then by position and id. */
  listPartners(now: Date, placement?: string): Promise<Partner[]>;
  /** One partner by id, shown or not. */
  getPartner(id: number): Promise<Partner | undefined>;
  /** For seeding and later the editor: inserts a partner unless its key exists; true when inserted. */
  insertPartner(partner: NewPartner): Promise<boolean>;
  /** Adds one click to the partner on `day` (YYYY-MM-DD). */
  recordPartnerClick(id: number, day: string): Promise<void>;
  /** Adds one impression to each partner of `ids` on `day`, all or none; false (and nothing counted) when one does not exist. */
  recordPartnerImpressions(ids: readonly number[], day: string): Promise<boolean>;
  /** Clicks and impressions of every partner from `from` to `to` (days, both included; open when absent), by id. */
  partnerCounts(range?: { from?: string; to?: string }): Promise<PartnerCounts[]>;
  /** Every partner's (or partner `id`'s) counts per day from `from` to `to` (both included), by id then day; days without counts are left out. */
  partnerDailyCounts(range: { from: string; to: string; id?: number }): Promise<PartnerDayCounts[]>;
  /** Adds one click to the banner on `day` (YYYY-MM-DD). */
  recordBannerClick(id: number, day: string): Promise<void>;
  /** Adds one impression to each banner of `ids` on `day`, all or none; false (and nothing counted) when one does not exist. */
  recordBannerImpressions(ids: readonly number[], day: string): Promise<boolean>;
  /** Every banner's (or banner `id`'s) counts per day from `from` to `to` (both included), by id then day; days without counts are left out. */
  bannerDailyCounts(range: { from: string; to: string; id?: number }): Promise<BannerDayCounts[]>;

  // The newsroom's writes: each with its audit entry (`banner.create`, `partner.update`, ...) in one transaction.
  /** Every banner of every set, shown or not, by set, then position and id. */
  listAllBanners(): Promise<Banner[]>;
  /** One banner by id, shown or not. */
  getBanner(id: number): Promise<Banner | undefined>;
  /** Every partner, shown or not, in the order of the strip: pinned first, then by position and id. */
  listAllPartners(): Promise<Partner[]>;
  /** Whether a banner (or partner) has `key`. */
  bannerKeyTaken(type: 'banner' | 'partner', key: string): Promise<boolean>;
  /** Adds a banner after the others of its set; throws KeyTakenError when another banner has its key (taken meanwhile). */
  createBanner(banner: BannerFields & { key: string }, context: ChangeContext): Promise<Banner>;
  /** Changes the fields given (a new set puts it after that set's others); undefined when there is no such banner. */
  updateBanner(id: number, changes: Partial<BannerFields>, context: ChangeContext): Promise<Banner | undefined>;
  /** Deletes the banner and its counts; false when there is no such banner. */
  deleteBanner(id: number, context: ChangeContext): Promise<boolean>;
  /** Rewrites the positions of `set` to the order of `ids`; false (nothing written) unless `ids` are exactly that set's banners' ids. */
  reorderBanners(set: string, ids: readonly number[], context: ChangeContext): Promise<boolean>;
  /** Adds a partner after the others; throws KeyTakenError when another partner has its key. */
  createPartner(partner: PartnerFields & { key: string }, context: ChangeContext): Promise<Partner>;
  updatePartner(id: number, changes: Partial<PartnerFields>, context: ChangeContext): Promise<Partner | undefined>;
  /** Deletes the partner and its counts. */
  deletePartner(id: number, context: ChangeContext): Promise<boolean>;
  reorderPartners(ids: readonly number[], context: ChangeContext): Promise<boolean>;
}

/** One stored rendition of an uploaded image: a width in one format, named by the image's hash. */
export interface MediaFile {
  /** The file name under the media folder, e.g. `3f2a9c0d4b1e7a55-640.webp`. */
  name: string;
  width: number;
  height: number;
  type: 'image/webp' | 'image/jpeg';
  bytes: number;
}

/** An uploaded image as stored: only its re-encoded renditions, never the uploaded bytes. */
export interface MediaRecord {
  id: number;
  /** The first 16 hex digits of the sha256 of the uploaded bytes: the same picture uploaded twice is one record. */
  hash: string;
  /** The size a reader sees (after the EXIF orientation is applied). */
  width: number;
  height: number;
  /** Smallest first, each width in WebP and JPEG. */
  files: MediaFile[];
  /** Who uploaded it: the user id (null once the account is deleted) and username at the time. */
  uploadedBy: { id: number | null; username: string };
  createdAt: Date;
}

export type NewMedia = Pick<MediaRecord, 'hash' | 'width' | 'height' | 'files'>;

/** The newsroom's uploaded images. */
export interface MediaStore {
  /**
   * Stores the record of an image and its `media.upload` audit entry in one transaction; when an image with the same
   * hash is stored already, writes nothing and returns that one with `created: false`.
   */
  addMedia(media: NewMedia, context: ChangeContext): Promise<{ media: MediaRecord; created: boolean }>;
  getMedia(id: number): Promise<MediaRecord | undefined>;
  getMediaByHash(hash: string): Promise<MediaRecord | undefined>;
  /** Newest first, with the total. */
  listMedia(query: { offset: number; limit: number }): Promise<{ items: MediaRecord[]; total: number }>;
}

/** What a search looks in: the portal's own articles, the member sites' feed items, or both. */
export type SearchSource = 'portal' | 'feeds' | 'all';

export interface SearchOptions {
  query: SearchQuery;
  source: SearchSource;
  /** Only the portal's articles of this category (feed items have none, so none are found). */
  category?: string;
  offset: number;
  limit: number;
  /** Readers find what they may see at this time: articles as for listArticles. */
  now: Date;
}

/** A search result: an article readers may see (with its body, for the snippet) or a stored feed item with its source. */
export type SearchHit =
  | { type: 'article'; article: Article }
  | { type: 'feed-item'; item: FeedItem; feed: { id: string; name: string; url: string; siteUrl: string | null } };

export interface SearchStore {
  /**
   * Articles and feed items matching every term of the query (diacritics and case folded), best first: matches of
   * the exact form (when the query has diacritics), then the whole query as a phrase in the title, every term in
   * the title, the phrase anywhere, every term anywhere; then newest first (undated feed items last). With the total.
   */
  search(options: SearchOptions): Promise<{ items: SearchHit[]; total: number }>;
}

/**
 * Loads of one widget from one origin on one portal day (what the usage recorder counted since its last flush): only
 * what the page's Origin says, nothing about a visitor.
 */
export interface WidgetUsageCount {
  day: string;
  origin: string;
  /** An embed name (`article-list` ...) or `hit` for a page-view hit. */
  widget: string;
  /** The release a pinned bundle path named, `latest` for the moving path, null where not a bundle. */
  version: string | null;
  /** The site whose origins include `origin`; null for an unregistered origin. */
  siteId: string | null;
  /** The site a hit from this origin named, if any. */
  siteHint: string | null;
  loads: number;
  firstSeen: Date;
  lastSeen: Date;
}

/** The counts of one (origin, widget, version) over a range of days, with the site they are attributed to. */
export type WidgetUsageTotal = Omit<WidgetUsageCount, 'day'>;

export interface IgnoredOrigin {
  origin: string;
  ignoredAt: Date;
  /** The username of the admin who ignored it. */
  ignoredBy: string;
}

/** Where the widgets live (widget_usage, ignored_origins): counts added in batches, several instances adding up. */
export interface UsageStore {
  /** Adds the counts to the stored ones in one transaction (loads added, first and last seen widened). */
  addWidgetUsage(counts: readonly WidgetUsageCount[]): Promise<void>;
  /** The counts of every (origin, widget, version) from `fromDay` (YYYY-MM-DD) on, by origin, widget, version. */
  listWidgetUsage(fromDay: string): Promise<WidgetUsageTotal[]>;
  /** Attributes every record of `origin` to site `siteId` (an origin just approved), and forgets that it was ignored. */
  attributeWidgetUsage(origin: string, siteId: string): Promise<void>;
  listIgnoredOrigins(): Promise<IgnoredOrigin[]>;
  /**
   * Ignores `origin` (or stops ignoring it), with an audit entry (`origin.ignore`, `origin.unignore`) in the same
   * transaction; false when it already was (nothing written).
   */
  setOriginIgnored(origin: string, ignored: boolean, context: ChangeContext): Promise<boolean>;
}

export interface Store
  extends StatsStore, SiteStore, UsageStore, AuthStore, FeedStore, BannerStore, NewsroomStore, MediaStore, SearchStore {
  /** Newest first (publishedAt, then id, descending), with the total for the same filter. */
  listArticles(options: ListArticlesOptions): Promise<{ items: ArticleSummary[]; total: number }>;
  /**
   * The article at `slug` if readers can see it at `now` (published, not scheduled later, not deleted), in `lang`
   * (Vietnamese when absent): in English, its English version's title, summary and body, undefined when it has none.
   */
  getArticle(slug: string, now: Date, lang?: Lang): Promise<Article | undefined>;
  /**
   * The `limit` articles readers can see at `now` with the most views (all-time counts: views per day are not kept),
   * most viewed first (then newest, then highest id).
   */
  mostViewedArticles(limit: number, now: Date): Promise<ArticleSummary[]>;
  listCategories(): Promise<Category[]>;
  getCategory(slug: string): Promise<Category | undefined>;
  /**
   * Counts a view of the article by `visitor` (an opaque hash) on `day` (YYYY-MM-DD in the portal's time
   * zone), at most once per visitor, article and day. Returns the article's view count afterwards, or
   * undefined when there is no such article that readers can see at `now`.
   */
  recordArticleView(slug: string, visitor: string, day: string, now: Date): Promise<number | undefined>;
  /** The secret salt for `day`, created on first use; salts and view records of earlier days are deleted. */
  visitorSalt(day: string): Promise<string>;
  /** For seeding and later the editor: creates or renames a category. */
  upsertCategory(category: Category): Promise<void>;
  /**
   * For seeding and later the editor: inserts an article unless its slug exists; true when inserted. Its
   * updatedAt starts equal to publishedAt. Throws when the category does not exist.
   */
  insertArticle(article: NewArticle): Promise<boolean>;
  /** The database's schema version and the newest this server knows, read from the database (the readiness check). */
  schemaVersions(): Promise<{ current: number; latest: number }>;
  close(): Promise<void>;
}
