// The storage interface the routes use. SQLite implements it now; a PostgreSQL implementation of the same
// interface comes later, so every method is async and nothing here names a database.

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
}

export interface ListArticlesOptions {
  offset: number;
  limit: number;
  /** Only this category's articles. */
  category?: string;
}

/** An image of a banner or partner, stored by its path under the site root. */
export interface StoredImage {
  /** Path under the site root, e.g. `/media/banners/ky-niem.jpg`; routes make it absolute with PUBLIC_URL. */
  path: string;
  alt: string;
  width: number;
  height: number;
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
  /** Lower first. */
  position: number;
}

export type NewBanner = Omit<Banner, 'id'>;

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

export interface PartnerCounts {
  id: number;
  name: string;
  placement: string;
  clicks: number;
  impressions: number;
}

/** Carousel banners and the partner strip, with click and impression counts per partner and day. */
export interface BannerStore {
  /** The banners shown at `now` (started, not ended), by position then id. */
  listBanners(now: Date): Promise<Banner[]>;
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
}

export interface Store extends BannerStore {
  /** Newest first (publishedAt, then id, descending), with the total for the same filter. */
  listArticles(options: ListArticlesOptions): Promise<{ items: ArticleSummary[]; total: number }>;
  getArticle(slug: string): Promise<Article | undefined>;
  listCategories(): Promise<Category[]>;
  getCategory(slug: string): Promise<Category | undefined>;
  /**
   * Counts a view of the article by `visitor` (an opaque hash) on `day` (YYYY-MM-DD in the portal's time
   * zone), at most once per visitor, article and day. Returns the article's view count afterwards, or
   * undefined when there is no such article.
   */
  recordArticleView(slug: string, visitor: string, day: string): Promise<number | undefined>;
  /** The secret salt for `day`, created on first use; salts and view records of earlier days are deleted. */
  visitorSalt(day: string): Promise<string>;
  /** For seeding and later the editor: creates or renames a category. */
  upsertCategory(category: Category): Promise<void>;
  /**
   * For seeding and later the editor: inserts an article unless its slug exists; true when inserted. Its
   * updatedAt starts equal to publishedAt. Throws when the category does not exist.
   */
  insertArticle(article: NewArticle): Promise<boolean>;
  close(): Promise<void>;
}
