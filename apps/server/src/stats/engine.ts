import { createHash } from 'node:crypto';
import { isbot } from 'isbot';
import type { SharedStats } from '../shared/redis.js';
import type { MemberSite, StatsHit, StatsStore, Store } from '../store/types.js';
import { addDays, dayIn, DEFAULT_TIME_ZONE, monthStart, weekStart } from './clock.js';
import { GroupCommit } from './group-commit.js';

/** A visit ends after this long without a hit from its visitor. */
export const VISIT_GAP_MS = 30 * 60_000;
/** "Online now" looks back this far for hits and heartbeats. */
export const ONLINE_WINDOW_MS = 5 * 60_000;
/** The site id of the portal itself, created on first start with PUBLIC_URL's origin. */
export const PORTAL_SITE = 'portal';
/** Site ids: lowercase words of letters and digits joined by single hyphens. */
export const SITE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SITE_ID_LENGTH = 64;

/** What the counters mean; sent with every summary so that a widget can state it. */
export const DEFINITIONS = {
  /** today, week, month and total count visits, not hits. */
  counts: 'visits',
  /** A visit starts with a visitor's first hit after this many minutes without one. */
  visitGapMinutes: VISIT_GAP_MS / 60_000,
  /** online: distinct visitors with a hit or heartbeat in this many minutes. */
  onlineWindowMinutes: ONLINE_WINDOW_MS / 60_000,
  weekStartsOn: 'monday',
  /** Bots (crawlers, headless browsers, requests without a user agent) are not counted. */
  botsExcluded: true,
  /** Visitors are a daily salted hash of site, IP and user agent: no cookie, no stored IP. */
  cookies: false,
} as const;

export interface Summary {
  site: string;
  online: number;
  today: number;
  week: number;
  month: number;
  total: number;
  timezone: string;
  definitions: typeof DEFINITIONS;
  updatedAt: string;
}

export interface NetworkSummary extends Omit<Summary, 'site' | 'timezone'> {
  sites: number;
}

export interface HitInput {
  site: string;
  path: string;
  /** Host of the referring page, or null. */
  referrer: string | null;
  /** The Origin header, which must be one of the site's origins. */
  origin: string | undefined;
  ip: string;
  userAgent: string | undefined;
  /** A heartbeat keeps the visitor online and counts nothing else. */
  heartbeat?: boolean;
}

export type HitResult = { counted: true; visit: boolean } | { counted: false; reason: 'bot' | 'heartbeat' };

/** A refused hit: `status` and `code` for the JSON error. */
export class StatsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface SiteState {
  site: MemberSite;
  origins: Set<string>;
  /** A disabled site is refused as an unknown one, and its counters are not shown (its rollups stay in the network's). */
  disabled: boolean;
  /** Committed visits per day (the days of the last few weeks). */
  days: Map<string, number>;
  total: number;
  /** Last hit per visitor hash, for the visit rule (entries older than the visit gap are dropped). */
  visitors: Map<string, number>;
  /** Last hit or heartbeat per visitor hash (entries older than the online window are dropped). */
  online: Map<string, number>;
  /** With shared statistics: the visitors online, as Redis counted them at the last refresh. */
  onlineCount: number;
}

/** Days of rollups kept in memory: enough for the longest month plus a week. */
const DAYS_IN_MEMORY = 40;
const BOT_CACHE_SIZE = 10_000;
/** A failed site lookup reloads the sites from the store at most this often (the CLI adds sites). */
const SITE_RELOAD_MS = 1_000;
/**
 * The sites are read again at least this often, so that a change made elsewhere (the command line, or another instance
 * whose announcement was lost) applies everywhere without a restart; with Redis, a change in the API applies at once.
 */
export const SITES_TTL_MS = 10_000;
/** With shared statistics: how often the counters are read again even when no instance said they changed. */
const SHARED_REFRESH_MS = 10_000;
/** With shared statistics: the least time between two reads of the counters. */
const SHARED_REFRESH_GAP_MS = 100;

export interface StatsEngineOptions {
  now?: () => Date;
  /** The portal's origin (from PUBLIC_URL): the `portal` site, created on first start, always allows it. */
  portalOrigin: string;
  /**
   * Several server instances on one database: visits and presence are decided in Redis, and the counters are
   * read from the database's rollups whenever any instance says they changed.
   */
  shared?: SharedStats;
  /** Told of every group commit: its hits, how long it took in seconds, and whether it failed (metrics). */
  onCommit?: (hits: readonly StatsHit[], seconds: number, failed: boolean) => void;
}

type Listener = (site: string) => void;

/**
 * The visit statistics engine: decides what a hit is (bot, new visit or not), writes hits with group commit,
 * and keeps per-site aggregates in memory (loaded from the daily rollups at start), so a summary costs the
 * same however many hits are stored. Article views use its visitor identification and bot filter too.
 *
 * One instance alone keeps visitors in memory and adds its own commits to the aggregates. With `shared`
 * (several instances), Redis decides new visits and who is online, every commit is announced to all
 * instances, and each of them reads the aggregates again from the database (at most every 100 ms): a
 * summary may lag a commit by that much, but never drifts, as nothing is added up twice.
 */
export class StatsEngine {
  private readonly now: () => Date;
  private readonly sites = new Map<string, SiteState>();
  private readonly listeners = new Set<Listener>();
  private readonly bots = new Map<string, boolean>();
  private readonly calendars = new Map<string, { today: string; week: string; month: string; days: string[] }>();
  private readonly commits: GroupCommit<StatsHit>;
  private salt: { day: string; value: string } | undefined;
  private saltLoading: Promise<{ day: string; value: string }> | undefined;
  /** Yesterday's salt, kept in memory only, so a visit that goes on past midnight stays one visit. */
  private previousSalt: { value: string; until: number } | undefined;
  private sitesLoadedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private sitesTimer: NodeJS.Timeout | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;
  private started = false;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly options: StatsEngineOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    const { onCommit } = options;
    this.commits = new GroupCommit(
      onCommit
        ? async (hits) => {
            const started = performance.now();
            let failed = true;
            try {
              await store.commitStatsHits(hits);
              failed = false;
            } finally {
              onCommit(hits, (performance.now() - started) / 1000, failed);
            }
          }
        : (hits) => store.commitStatsHits(hits),
      (hits) => this.applyCommitted(hits),
    );
  }

  /** Ensures the portal site, then loads sites, rollups and recent visitors. */
  async start(): Promise<void> {
    // The portal's own origin is not stored: it follows PUBLIC_URL (see reloadSites).
    if (!(await this.store.listStatsSites()).some((site) => site.id === PORTAL_SITE)) {
      await this.store.upsertStatsSite({ id: PORTAL_SITE, origins: [], timeZone: DEFAULT_TIME_ZONE });
    }
    await this.reloadSites();
    const now = this.now().getTime();
    const { shared } = this.options;
    this.sitesTimer = setInterval(() => void this.reloadSites().catch(() => {}), SITES_TTL_MS);
    this.sitesTimer.unref();
    if (shared) {
      await shared.onSitesChanged(() => void this.reloadSites().catch(() => {}));
      await shared.subscribe(() => this.refreshSoon());
      await this.refresh();
      this.refreshTimer = setInterval(() => this.refreshSoon(), SHARED_REFRESH_MS);
      this.refreshTimer.unref();
    } else {
      await this.loadRollups(now);
      for (const { site, visitor, lastHit } of await this.store.recentStatsVisitors(now - VISIT_GAP_MS)) {
        const state = this.sites.get(site);
        if (!state) continue;
        state.visitors.set(visitor, lastHit);
        if (now - lastHit < ONLINE_WINDOW_MS) state.online.set(visitor, lastHit);
      }
    }
    this.started = true;
    this.timer = setInterval(() => void this.prune().catch(() => {}), 60_000);
    this.timer.unref();
  }

  /** Writes the hits still waiting and stops the timers; later hits are refused. */
  async stop(): Promise<void> {
    this.started = false;
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.sitesTimer);
    clearInterval(this.refreshTimer);
    await this.commits.drain();
    await this.refreshing;
  }

  /** Every site's visits per day (the last few weeks) and in all, from the store's rollups. */
  private async loadRollups(now: number): Promise<void> {
    const fromDay = addDays(dayIn('UTC', now), -DAYS_IN_MEMORY);
    const [totals, days] = await Promise.all([this.store.statsTotals(), this.store.listStatsDays(fromDay)]);
    for (const state of this.sites.values()) {
      state.total = 0;
      state.days = new Map();
    }
    for (const { site, visits } of totals) {
      const state = this.sites.get(site);
      if (state) state.total = visits;
    }
    for (const { site, day, visits } of days) this.sites.get(site)?.days.set(day, visits);
  }

  /** With shared statistics: reads the counters again, soon, and at most one read at a time. */
  private refreshSoon(): void {
    if (this.stopped) return;
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false;
        await this.refresh().catch(() => {}); // The next announcement or the timer tries again.
        if (this.refreshAgain) await new Promise((resolve) => setTimeout(resolve, SHARED_REFRESH_GAP_MS));
      } while (this.refreshAgain && !this.stopped);
    })().finally(() => (this.refreshing = undefined));
  }

  /** With shared statistics: the rollups from the store and who is online from Redis; tells the listeners what changed. */
  private async refresh(): Promise<void> {
    const now = this.now().getTime();
    const before = new Map([...this.sites].map(([id, state]) => [id, JSON.stringify(this.counts(state, now))]));
    const [online] = await Promise.all([
      this.options.shared!.onlineCounts([...this.sites.keys()], now - ONLINE_WINDOW_MS),
      this.loadRollups(now),
    ]);
    for (const [id, state] of this.sites) {
      state.onlineCount = online.get(id) ?? 0;
      if (before.get(id) !== JSON.stringify(this.counts(state, now))) this.notify(id);
    }
  }

  /** Reads the registered sites again (new sites, changed origins or time zones, disabled or enabled ones). */
  async reloadSites(): Promise<void> {
    this.sitesLoadedAt = Date.now();
    for (const site of await this.store.listSites()) {
      const origins = new Set(site.origins);
      if (site.id === PORTAL_SITE) origins.add(this.options.portalOrigin);
      const disabled = site.disabledAt !== null;
      const state = this.sites.get(site.id);
      if (state) {
        const changed = state.disabled !== disabled;
        state.site = site;
        state.origins = origins;
        state.disabled = disabled;
        // Its live streams end (disabled) or its counters show again.
        if (changed) this.notify(site.id);
      } else {
        this.sites.set(site.id, {
          site,
          origins,
          disabled,
          days: new Map(),
          total: 0,
          visitors: new Map(),
          online: new Map(),
          onlineCount: 0,
        });
      }
    }
  }

  /** Another instance, or this one, changed the site registry: every instance reads the sites again now. */
  async sitesChanged(): Promise<void> {
    await this.reloadSites();
    await this.options.shared?.publishSitesChanged();
  }

  /**
   * The site, reloading the sites once if it is unknown, disabled or `origin` is not (yet) one of its origins. A
   * disabled site is refused as an unknown one: its pages learn nothing from the answer.
   */
  private async siteFor(id: string, origin: string | undefined): Promise<SiteState> {
    let state = this.sites.get(id);
    const allowed = () => origin !== undefined && state!.origins.has(origin);
    if ((!state || state.disabled || !allowed()) && Date.now() - this.sitesLoadedAt > SITE_RELOAD_MS) {
      await this.reloadSites();
      state = this.sites.get(id);
    }
    if (!state || state.disabled) throw unknownSite(id);
    if (origin === undefined)
      throw new StatsError(403, 'origin_required', 'A hit must come from a browser page: the Origin header is missing.');
    if (!allowed()) throw new StatsError(403, 'origin_not_allowed', `The origin ${origin} is not registered for site "${id}".`);
    return state;
  }

  /** Whether the user agent is a bot (isbot, with headless browsers); a missing user agent counts as one. */
  isBot(userAgent: string | undefined): boolean {
    if (!userAgent) return true;
    let bot = this.bots.get(userAgent);
    if (bot === undefined) {
      if (this.bots.size >= BOT_CACHE_SIZE) this.bots.clear();
      bot = isbot(userAgent);
      this.bots.set(userAgent, bot);
    }
    return bot;
  }

  /** The portal's calendar day of `ms`, which also names the visitor salt. */
  portalDay(ms: number): string {
    return dayIn(DEFAULT_TIME_ZONE, ms);
  }

  /**
   * The visitor hash: sha256 of the day's secret salt, the site, the IP and the user agent. With `previous`,
   * also the hash under yesterday's salt while it is kept (the first half hour after the salt changed).
   */
  async visitor(site: string, ip: string, userAgent: string, at: number): Promise<{ visitor: string; previous?: string }> {
    const salt = await this.saltFor(at);
    const hash = (value: string) => createHash('sha256').update(`${value}\n${site}\n${ip}\n${userAgent}`).digest('hex');
    if (this.previousSalt && at > this.previousSalt.until) this.previousSalt = undefined;
    return { visitor: hash(salt), previous: this.previousSalt && hash(this.previousSalt.value) };
  }

  private async saltFor(at: number): Promise<string> {
    const day = this.portalDay(at);
    if (this.salt?.day === day) return this.salt.value;
    if (!this.saltLoading) {
      const old = this.salt;
      this.saltLoading = this.store.visitorSalt(day).then(
        (value) => {
          this.saltLoading = undefined;
          if (old && old.day < day) this.previousSalt = { value: old.value, until: at + VISIT_GAP_MS };
          return (this.salt = { day, value });
        },
        (error: unknown) => {
          this.saltLoading = undefined;
          throw error;
        },
      );
    }
    return (await this.saltLoading).value;
  }

  /**
   * Records a hit (or a heartbeat). Resolves once the hit is committed; rejects with a StatsError for an
   * unknown site or origin (nothing counted).
   */
  async hit(input: HitInput): Promise<HitResult> {
    if (!this.started) throw new StatsError(503, 'unavailable', 'The statistics are not ready.');
    const state = await this.siteFor(input.site, input.origin);
    if (this.isBot(input.userAgent)) return { counted: false, reason: 'bot' };
    const at = this.now().getTime();
    const site = state.site.id;
    const hashes = await this.visitor(site, input.ip, input.userAgent!, at);
    const { visitor } = hashes;
    const previous = hashes.previous === visitor ? undefined : hashes.previous;
    const heartbeat = input.heartbeat === true;
    const { shared } = this.options;
    const seen = shared
      ? await shared.touch({ site, visitor, previous, at, heartbeat, gapMs: VISIT_GAP_MS, windowMs: ONLINE_WINDOW_MS })
      : this.touch(state, visitor, previous, at, heartbeat);
    // Someone came online: the new visit's commit tells the listeners, or nothing would.
    if (seen.online && !seen.visit) this.changed([site]);
    if (heartbeat) return { counted: false, reason: 'heartbeat' };
    const day = dayIn(state.site.timeZone, at);
    await this.commits.add({ site, at, day, path: input.path, referrer: input.referrer, visitor, newVisit: seen.visit });
    return { counted: true, visit: seen.visit };
  }

  /** The in-memory side of SharedStats#touch, for one instance alone. */
  private touch(state: SiteState, visitor: string, previous: string | undefined, at: number, heartbeat: boolean) {
    if (previous !== undefined) {
      // The same person under yesterday's salt: carry the last hit over to today's hash.
      const last = state.visitors.get(previous);
      if (last !== undefined && !state.visitors.has(visitor)) state.visitors.set(visitor, last);
      state.visitors.delete(previous);
      const seen = state.online.get(previous);
      if (seen !== undefined && !state.online.has(visitor)) state.online.set(visitor, seen);
      state.online.delete(previous);
    }
    const online = !state.online.has(visitor);
    state.online.set(visitor, at);
    if (heartbeat) return { visit: false, online };
    const last = state.visitors.get(visitor);
    state.visitors.set(visitor, Math.max(at, last ?? 0));
    return { visit: last === undefined || at - last >= VISIT_GAP_MS, online };
  }

  /** After a batch is committed: the aggregates (or, when shared, every instance is told), then the live listeners. */
  private applyCommitted(hits: StatsHit[]): void {
    const changed = new Set<string>();
    for (const hit of hits) {
      if (!hit.newVisit) continue;
      changed.add(hit.site);
      if (this.options.shared) continue;
      const state = this.sites.get(hit.site);
      if (!state) continue;
      state.days.set(hit.day, (state.days.get(hit.day) ?? 0) + 1);
      state.total++;
    }
    this.changed([...changed]);
  }

  /** The counters of `sites` changed: the listeners here, or with shared statistics every instance's. */
  private changed(sites: string[]): void {
    if (this.options.shared)
      void this.options.shared.publish(sites).catch(() => {}); // The refresh timer catches up.
    else for (const site of sites) this.notify(site);
  }

  /** Whether the site is registered and enabled; an unknown one reloads the sites first (at most every SITE_RELOAD_MS: the CLI adds sites). */
  async hasSite(id: string): Promise<boolean> {
    return (await this.unavailable(id)) === undefined;
  }

  /**
   * Why the counters of site `id` cannot be shown (404 `unknown_site`, 410 `site_disabled`), or undefined when they can. An
   * unknown site reloads the sites first (at most every SITE_RELOAD_MS: the CLI adds sites).
   */
  async unavailable(id: string): Promise<StatsError | undefined> {
    if (!this.sites.has(id) && Date.now() - this.sitesLoadedAt > SITE_RELOAD_MS) await this.reloadSites();
    const state = this.sites.get(id);
    if (!state) return unknownSite(id);
    if (state.disabled) return new StatsError(410, 'site_disabled', `The site "${id}" is disabled: its statistics are not available.`);
    return undefined;
  }

  /** The counters of one site, or undefined when it is not registered or disabled. */
  summary(id: string): Summary | undefined {
    const state = this.sites.get(id);
    if (!state || state.disabled) return undefined;
    const now = this.now().getTime();
    const counts = this.counts(state, now);
    return { site: id, ...counts, timezone: state.site.timeZone, definitions: DEFINITIONS, updatedAt: new Date(now).toISOString() };
  }

  /** The counters of every registered site added up (each site's days in its own time zone). */
  network(): NetworkSummary {
    const now = this.now().getTime();
    const sum = { online: 0, today: 0, week: 0, month: 0, total: 0 };
    for (const state of this.sites.values()) {
      const counts = this.counts(state, now);
      for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += counts[key];
    }
    return { sites: this.sites.size, ...sum, definitions: DEFINITIONS, updatedAt: new Date(now).toISOString() };
  }

  private counts(state: SiteState, now: number) {
    const { today, week, month, days } = this.calendar(dayIn(state.site.timeZone, now));
    let weekVisits = 0;
    let monthVisits = 0;
    for (const day of days) {
      const visits = state.days.get(day);
      if (visits === undefined) continue;
      if (day >= week) weekVisits += visits;
      if (day >= month) monthVisits += visits;
    }
    let online = state.onlineCount;
    if (!this.options.shared) for (const seen of state.online.values()) if (now - seen < ONLINE_WINDOW_MS) online++;
    return { online, today: state.days.get(today) ?? 0, week: weekVisits, month: monthVisits, total: state.total };
  }

  /**
   * The week's Monday, the month's first day and the days from the earlier of them to `today` (at most 31),
   * worked out once per day: every summary needs them.
   */
  private calendar(today: string): { today: string; week: string; month: string; days: string[] } {
    let calendar = this.calendars.get(today);
    if (!calendar) {
      const week = weekStart(today);
      const month = monthStart(today);
      const days: string[] = [];
      for (let day = week < month ? week : month; day <= today; day = addDays(day, 1)) days.push(day);
      if (this.calendars.size > 8) this.calendars.clear(); // A few time zones' todays at most.
      this.calendars.set(today, (calendar = { today, week, month, days }));
    }
    return calendar;
  }

  /** Calls `listener` with a site's id whenever its counters may have changed. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(site: string): void {
    for (const listener of this.listeners) listener(site);
  }

  /** Forgets visitors past the visit gap and the online window, and rollups older than the month shown. */
  async prune(): Promise<void> {
    const now = this.now().getTime();
    const oldest = addDays(dayIn('UTC', now), -DAYS_IN_MEMORY);
    for (const state of this.sites.values()) {
      for (const [visitor, last] of state.visitors) if (now - last >= VISIT_GAP_MS) state.visitors.delete(visitor);
      let dropped = false;
      for (const [visitor, seen] of state.online) {
        if (now - seen >= ONLINE_WINDOW_MS) {
          state.online.delete(visitor);
          dropped = true;
        }
      }
      for (const day of state.days.keys()) if (day < oldest) state.days.delete(day);
      if (dropped) this.notify(state.site.id);
    }
    if (this.previousSalt && now > this.previousSalt.until) this.previousSalt = undefined;
    await this.store.pruneStatsVisitors(now - VISIT_GAP_MS);
  }
}

const unknownSite = (id: string) => new StatsError(404, 'unknown_site', `No site "${id}" is registered for statistics.`);

export type { StatsStore };
