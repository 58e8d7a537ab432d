// The newsroom's calls to the JSON API (apps/server, "Newsroom API" in its README), typed. Requests go to the
// portal's own origin with its session cookie.
import { ApiError, ApiNetworkError, createApiClient, fetchJson, type ApiClient } from '@agency-portal/core';
import type { EmbedCatalog } from '@agency-portal/portal/embed-catalog.js';
import type { SiteLook } from '@agency-portal/portal/site-look.js';

/**
 * Fired on the window when the API answers 401: the session has ended (expired, signed out elsewhere, or the
 * account was disabled). `<nr-app>` then offers to sign in again, keeping what is on the page.
 */
export class NrSessionEndedEvent extends Event {
  static readonly eventName = 'nr-session-ended';
  constructor() {
    super(NrSessionEndedEvent.eventName);
  }
}

declare global {
  interface WindowEventMap {
    'nr-session-ended': NrSessionEndedEvent;
  }
}

/** The core client's calls, and PUT (which the core client does not have). */
export type NewsroomClient = ApiClient & { put<T>(path: string, body: unknown): Promise<T> };

/** An ApiClient whose 401 answers also fire NrSessionEndedEvent (screens with their own API module use it too). */
export function watchedClient(base: string): NewsroomClient {
  const client = createApiClient({ base });
  const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI);
  const put = <T>(path: string, body: unknown) => fetchJson<T>(new URL(path, baseUrl), { method: 'PUT', body });
  const watch =
    <A extends unknown[], T>(call: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      try {
        return await call(...args);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) dispatchEvent(new NrSessionEndedEvent());
        throw error;
      }
    };
  return {
    get: watch(client.get) as ApiClient['get'],
    post: watch(client.post) as ApiClient['post'],
    patch: watch(client.patch) as ApiClient['patch'],
    delete: watch(client.delete) as ApiClient['delete'],
    put: watch(put) as NewsroomClient['put'],
  };
}

export type ArticleStatus = 'draft' | 'published';
export type ArticleState = 'draft' | 'scheduled' | 'published' | 'deleted';

export interface Category {
  slug: string;
  name: string;
}

/** An article's cover picture, as the newsroom API gives it. */
export interface ArticleImage {
  /** The uploaded picture it is made from; null for a picture of the demo content. */
  mediaId: number | null;
  /** The JPEG used where one file must do (Open Graph, feeds). */
  url: string;
  alt: string;
  width: number;
  height: number;
  /** Every width of an uploaded picture. */
  srcset?: { webp: string; jpeg: string };
  sizes?: string;
}

/** An article's English version, shown at `/en/bai-viet/{slug}` and in the English lists and feeds. */
export interface ArticleEnglish {
  title: string;
  summary: string;
  /** HTML, sanitized by the server on save like the Vietnamese body. */
  body: string;
}

export interface StaffArticle {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  category: Category;
  author: string;
  image: ArticleImage | null;
  status: ArticleStatus;
  state: ArticleState;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
  views: number;
  url: string;
  /** Null when the article is in Vietnamese only (its English address then answers 404). */
  english: ArticleEnglish | null;
}

/** `site-editor`: the webmaster of one member site, who sees its traffic and settings only. */
export type Role = 'editor' | 'admin' | 'site-editor';

/** The signed-in user, as the auth API gives it. */
export interface StaffUser {
  username: string;
  displayName: string;
  role: Role;
  /** The member site of a site editor; null for the other roles. */
  siteId: string | null;
  /** Signed in with a temporary password: the newsroom asks for a new one first. */
  mustChangePassword: boolean;
}

/** An account, as the users API gives it to admins. */
export interface Account {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The member site of a site editor; null for the other roles. */
  siteId: string | null;
  disabledAt: string | null;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An account with the temporary password made for it, shown once. */
export interface AccountWithPassword {
  user: Account;
  temporaryPassword: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: number | null; username: string };
  action: string;
  target: { type: string; id: string };
  summary: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

export interface AuditPage {
  items: AuditEntry[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}

/** An uploaded picture, as the media API gives it. */
export interface Media {
  id: number;
  width: number;
  height: number;
  /** The largest JPEG. */
  url: string;
  srcset: { webp: string; jpeg: string };
  sizes: string;
}

/** Where a banner or partner stands now: before its start, after its end, or on show. */
export type ScheduleState = 'shown' | 'scheduled' | 'ended';

/** A banner's or partner's picture, as the staff API gives it. */
export interface ItemImage {
  /** The upload it was made from; null for the demo pictures. */
  mediaId: number | null;
  url: string;
  alt: string;
  width: number;
  height: number;
}

interface Scheduled {
  id: number;
  key: string;
  image: ItemImage;
  startsAt: string | null;
  endsAt: string | null;
  /** Lower first. */
  position: number;
  state: ScheduleState;
}

/** A slide of a carousel: the home page's (`trang-chu`) or another banner set's. */
export interface StaffBanner extends Scheduled {
  title: string;
  url: string | null;
  /** Milliseconds on screen; null for the carousel's default. */
  interval: number | null;
  /** The banner set (carousel) it belongs to; `position` orders it within that set. */
  set: string;
}

/** The home page's banner set: every banner's unless another is named. */
export const HOME_BANNER_SET = 'trang-chu';

/** A banner set in use, as the public `GET /api/v1/banners/sets` gives it. */
export interface BannerSet {
  set: string;
  /** How many of its banners are shown now. */
  count: number;
}

/** A partner of the partner strip. */
export interface StaffPartner extends Scheduled {
  name: string;
  url: string;
  placement: string;
  /** Shown before the others. */
  pinned: boolean;
  /** A paid placement: its link gets rel="sponsored". */
  paid: boolean;
}

/** What a banner or partner is made with (`null` clears a field in an edit). */
export interface BannerInput {
  title: string;
  image: { mediaId: number; alt: string };
  url?: string | null;
  interval?: number | null;
  startsAt?: string | null;
  endsAt?: string | null;
  /** The banner set; `trang-chu` when absent. */
  set?: string;
}

export interface PartnerInput {
  name: string;
  image: { mediaId: number; alt: string };
  url: string;
  placement: string;
  pinned?: boolean;
  paid?: boolean;
  startsAt?: string | null;
  endsAt?: string | null;
}

/** Clicks and impressions of each item per day (the portal's days), with the totals of the range. */
export interface ItemCounts {
  from: string;
  to: string;
  items: { id: number; clicks: number; impressions: number; days: { day: string; clicks: number; impressions: number }[] }[];
}

export interface ArticlePage {
  items: StaffArticle[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}

export interface ArticleQuery {
  q?: string;
  category?: string;
  state?: ArticleState;
  page?: number;
  pageSize?: number;
}

/** The fields an editor writes; `publishAt` is ISO 8601 with a zone. */
export interface ArticleInput {
  title: string;
  slug?: string;
  summary: string;
  body: string;
  category: string;
  author: string;
  status?: ArticleStatus;
  publishAt?: string;
  /** The cover picture: an upload and its alt text, or null for none. */
  image?: { mediaId: number; alt: string } | null;
  /** The English version (replaces the stored one), or null to remove it; absent leaves it as stored. */
  english?: ArticleEnglish | null;
}

/** A period of the traffic report, in days up to and including today. */
export type TrafficPeriod = 30 | 90 | 365;

/** The traffic report: visits per day of sites and of the whole network, and the most viewed articles. */
export interface Traffic {
  /** YYYY-MM-DD, oldest first, ending today (Hà Nội time). */
  days: string[];
  sites: { id: string; name: string; visits: number[]; total: number }[];
  network: { visits: number[]; total: number };
  /** The portal and the whole network: the most viewed articles; views are all-time counts. */
  topArticles?: { id: number; slug: string; title: string; url: string; views: number }[];
  /** One member site: its most viewed pages, with their views within the period. */
  topPages?: { path: string; views: number }[];
}

/** A member site of the network, as the site registry's API gives it (`/api/v1/newsroom/sites`). */
export interface MemberSite {
  id: string;
  name: string;
  /** Null for a site registered with the command line only. */
  homeUrl: string | null;
  origins: string[];
  feedUrl: string | null;
  contact: { name: string | null; email: string | null };
  timeZone: string;
  /** The site's own look for the widgets; null for the portal's. */
  look: SiteLook | null;
  disabled: boolean;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What a site is made with; `null` clears the feed or the contact. */
export interface SiteInput {
  name: string;
  homeUrl: string;
  origins: string[];
  feedUrl: string | null;
  contact: { name: string | null; email: string | null } | null;
  timeZone: string;
  look: SiteLook | null;
}

export class NewsroomApi {
  private readonly client: NewsroomClient;

  constructor(private readonly base: string) {
    this.client = watchedClient(base);
  }

  /** The signed-in user, or null when the session has ended (the auth API answers 200 either way). */
  async me(): Promise<StaffUser | null> {
    return (await this.client.get<{ user: StaffUser | null }>('auth/me')).user;
  }

  listArticles(query: ArticleQuery, signal?: AbortSignal): Promise<ArticlePage> {
    return this.client.get('newsroom/articles', { query: { ...query }, signal });
  }

  getArticle(id: number, signal?: AbortSignal): Promise<StaffArticle> {
    return this.client.get(`newsroom/articles/${id}`, { signal });
  }

  async categories(): Promise<Category[]> {
    return (await this.client.get<{ items: Category[] }>('categories')).items;
  }

  /** The embeddable widgets, their options and the versions served (public). */
  embedCatalog(): Promise<EmbedCatalog> {
    return this.client.get('embed/catalog');
  }

  createArticle(input: ArticleInput): Promise<StaffArticle> {
    return this.client.post('articles', input);
  }

  /** Saves `changes` made on `version`; rejects with an ApiError `version_conflict` when someone saved since. */
  updateArticle(id: number, version: number, changes: Partial<ArticleInput>): Promise<StaffArticle> {
    return this.client.patch(`articles/${id}`, { version, ...changes });
  }

  deleteArticle(id: number): Promise<StaffArticle> {
    return this.client.delete(`articles/${id}`);
  }

  /**
   * Uploads a picture (JPEG, PNG or WebP, as it is: the server checks it, turns it upright, strips its metadata and
   * makes its sizes). Rejects with the server's ApiError (415 not a picture it takes, 413 too large, 422 damaged).
   */
  async uploadImage(file: File): Promise<Media> {
    const url = new URL('media', new URL(this.base.endsWith('/') ? this.base : `${this.base}/`, document.baseURI));
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { 'content-type': file.type || 'application/octet-stream' }, body: file });
    } catch (error) {
      throw new ApiNetworkError(url.href, error);
    }
    const answer = (await response.json().catch(() => undefined)) as Media | { error?: { code: string; message: string } } | undefined;
    if (response.ok) return answer as Media;
    if (response.status === 401) dispatchEvent(new NrSessionEndedEvent());
    const error = (answer as { error?: { code: string; message: string } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? `${url.href} answered ${response.status}`);
  }

  changePassword(currentPassword: string, newPassword: string): Promise<{ user: StaffUser }> {
    return this.client.post('auth/password', { currentPassword, newPassword });
  }

  audit(query: { actor?: string; action?: string; page?: number; pageSize?: number }): Promise<AuditPage> {
    return this.client.get('audit', { query: { ...query } });
  }

  async accounts(): Promise<Account[]> {
    return (await this.client.get<{ items: Account[] }>('users')).items;
  }

  /** Creates an account with a temporary password (which the user replaces at their first sign-in). */
  createAccount(account: { username: string; displayName: string; role: Role; siteId?: string }): Promise<AccountWithPassword> {
    return this.client.post('users', account);
  }

  updateAccount(id: number, changes: { displayName?: string; role?: Role; siteId?: string; disabled?: boolean }): Promise<Account> {
    return this.client.patch(`users/${id}`, changes);
  }

  resetPassword(id: number): Promise<AccountWithPassword> {
    return this.client.post(`users/${id}/password-reset`, undefined);
  }

  /** Visits per day over the last `days` of every site (`site: 'all'`) or one, and the most viewed articles or pages. */
  traffic(query: { days: TrafficPeriod; site: string }, signal?: AbortSignal): Promise<Traffic> {
    return this.client.get('newsroom/traffic', { query: { ...query }, signal });
  }

  /** Brings a deleted article back in the state it had (admins only). */
  restoreArticle(id: number): Promise<StaffArticle> {
    return this.client.post(`articles/${id}/restore`, undefined);
  }

  // Carousel banners and partners.

  async banners(): Promise<StaffBanner[]> {
    return (await this.client.get<{ items: StaffBanner[] }>('newsroom/banners')).items;
  }

  createBanner(input: BannerInput): Promise<StaffBanner> {
    return this.client.post('newsroom/banners', input);
  }

  updateBanner(id: number, changes: Partial<BannerInput>): Promise<StaffBanner> {
    return this.client.patch(`newsroom/banners/${id}`, changes);
  }

  deleteBanner(id: number): Promise<void> {
    return this.client.delete(`newsroom/banners/${id}`);
  }

  /** Puts every banner of `set` in the order of `ids`; resolves with all banners as stored in their new order. */
  async orderBanners(set: string, ids: number[]): Promise<StaffBanner[]> {
    return (await this.client.put<{ items: StaffBanner[] }>('newsroom/banners/order', { set, ids })).items;
  }

  /** The banner sets in use (the home page's first) with how many banners each shows now. */
  async bannerSets(): Promise<BannerSet[]> {
    return (await this.client.get<{ items: BannerSet[] }>('banners/sets')).items;
  }

  /** The banners' clicks and impressions over the last 30 days; null where the server does not count them. */
  async bannerCounts(): Promise<ItemCounts | null> {
    try {
      return await this.client.get<ItemCounts>('newsroom/banners/counts');
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }

  async partners(): Promise<StaffPartner[]> {
    return (await this.client.get<{ items: StaffPartner[] }>('newsroom/partners')).items;
  }

  createPartner(input: PartnerInput): Promise<StaffPartner> {
    return this.client.post('newsroom/partners', input);
  }

  updatePartner(id: number, changes: Partial<PartnerInput>): Promise<StaffPartner> {
    return this.client.patch(`newsroom/partners/${id}`, changes);
  }

  deletePartner(id: number): Promise<void> {
    return this.client.delete(`newsroom/partners/${id}`);
  }

  /** Puts every partner in the order of `ids` (pinned ones still first); resolves with the partners in their new order. */
  async orderPartners(ids: number[]): Promise<StaffPartner[]> {
    return (await this.client.put<{ items: StaffPartner[] }>('newsroom/partners/order', { ids })).items;
  }

  /** The partners' clicks and impressions over the last 30 days (up to today, the portal's days). */
  partnerCounts(): Promise<ItemCounts> {
    return this.client.get('newsroom/partners/counts');
  }

  // The member sites (admins; a site editor gets only their own site).

  async sites(): Promise<MemberSite[]> {
    return (await this.client.get<{ items: MemberSite[] }>('newsroom/sites')).items;
  }

  createSite(input: SiteInput & { id: string }): Promise<MemberSite> {
    return this.client.post('newsroom/sites', input);
  }

  /** Saves `changes` made on `version`; rejects with an ApiError `version_conflict` (the current site in its details) when someone saved since. */
  updateSite(id: string, version: number, changes: Partial<SiteInput>): Promise<MemberSite> {
    return this.client.patch(`newsroom/sites/${encodeURIComponent(id)}`, { version, ...changes });
  }

  /** Disables (its hits are refused, its widgets show "unavailable") or enables a site again. */
  setSiteDisabled(id: string, disabled: boolean): Promise<MemberSite> {
    return this.client.post(`newsroom/sites/${encodeURIComponent(id)}/${disabled ? 'disable' : 'enable'}`, undefined);
  }
}
