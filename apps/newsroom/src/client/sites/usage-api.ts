// The calls of the member sites' usage components to the JSON API (apps/server, "Member sites" in its README), typed.
import { watchedClient, type NewsroomClient } from '../api.js';

/** A widget by its embed name, or `hit` for page-view hits. */
export type WidgetName = 'article-list' | 'banner-carousel' | 'ad-strip' | 'visit-counter' | 'pagination' | 'login-box' | 'hit';

/** Where the widgets live on one site (`GET newsroom/sites/usage`, one item). */
export interface SiteUsage {
  site: string;
  widgets: { widget: WidgetName; loads: number; lastSeen: string; versions: string[] }[];
  pageViews: number;
  lastSeen: string | null;
}

export interface UsageReport {
  from: string;
  to: string;
  items: SiteUsage[];
}

/** An origin that loads the widgets without being registered (`GET newsroom/origins`, one item). */
export interface UnregisteredOrigin {
  origin: string;
  widgets: WidgetName[];
  loads: number;
  firstSeen: string;
  lastSeen: string;
  siteHint: string | null;
  ignoredAt: string | null;
}

export class SitesApi {
  private readonly client: NewsroomClient;

  constructor(base: string) {
    this.client = watchedClient(base);
  }

  usage(days = 30): Promise<UsageReport> {
    return this.client.get('newsroom/sites/usage', { query: { days } });
  }

  async origins(status: 'new' | 'ignored' = 'new'): Promise<UnregisteredOrigin[]> {
    return (await this.client.get<{ items: UnregisteredOrigin[] }>('newsroom/origins', { query: { status } })).items;
  }

  /** Adds `origin` to the site's origins, made on `version` of the site. */
  approve(origin: string, site: string, version: number): Promise<{ origin: string; site: string; origins: string[]; version: number }> {
    return this.client.post('newsroom/origins/approve', { origin, site, version });
  }

  setIgnored(origin: string, ignored: boolean): Promise<{ origin: string; ignored: boolean }> {
    return this.client.post(`newsroom/origins/${ignored ? 'ignore' : 'unignore'}`, { origin });
  }
}
