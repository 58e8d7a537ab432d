// Where the widgets live: which origins load which widget, counted in memory per portal day and added to the store in
// batches. Only the page's origin (scheme, host, port) is kept: no IP, user agent, path or cookie, so nothing here is
// about a person.
import { dayIn, DEFAULT_TIME_ZONE } from '../stats/clock.js';
import type { Store, WidgetUsageCount } from '../store/types.js';

/** The widgets as their embed bundles are named, and `hit` for a page-view hit (POST /api/v1/stats/hit). */
export const WIDGETS = ['article-list', 'banner-carousel', 'ad-strip', 'visit-counter', 'pagination', 'login-box', 'hit'] as const;
export type Widget = (typeof WIDGETS)[number];

/** The counts go to the store this often (and when the server closes). */
export const USAGE_FLUSH_MS = 5_000;
/**
 * Distinct origins counted between two flushes; the loads of further origins are dropped until the next flush, so a
 * flood of made-up Origin headers costs a bounded amount of memory (origins x widgets x versions entries).
 */
export const MAX_ORIGINS_PER_FLUSH = 1_000;
/** An origin is at most `https://` + a 253-character host + `:65535`. */
const MAX_ORIGIN_LENGTH = 8 + 253 + 6;

export interface UsageRecorderOptions {
  now: () => Date;
  /** The portal's own origin (PUBLIC_URL's): its pages are not recorded. */
  portalOrigin: string;
  /** Told when a flush fails or drops origins over the cap. */
  warn: (message: string) => void;
}

/** Origins found well-formed lately (at most MAX_ORIGINS_PER_FLUSH, then forgotten all at once). */
const checkedOrigins = new Set<string>();

/**
 * The origin a request came from: its Origin header (module scripts and cross-origin fetches send one), else the origin
 * of its Referer; undefined when neither is a plain http(s) origin.
 */
export function requestOrigin(origin: string | undefined, referer: string | undefined): string | undefined {
  if (origin !== undefined) {
    // Every hit comes here: the few origins that send them are checked once (parsing a URL costs more than the rest).
    if (checkedOrigins.has(origin)) return origin;
    if (origin.length > MAX_ORIGIN_LENGTH || !URL.canParse(origin)) return undefined;
    const url = new URL(origin);
    // Exactly an origin, as browsers send it; anything else did not come from a browser.
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== origin) return undefined;
    if (checkedOrigins.size >= MAX_ORIGINS_PER_FLUSH) checkedOrigins.clear();
    checkedOrigins.add(origin);
    return origin;
  }
  if (referer === undefined || referer.length > 4096 || !URL.canParse(referer)) return undefined;
  const url = new URL(referer);
  return ['http:', 'https:'].includes(url.protocol) && url.origin.length <= MAX_ORIGIN_LENGTH ? url.origin : undefined;
}

type Pending = Omit<WidgetUsageCount, 'siteId'>;

/**
 * Counts widget loads in memory and adds them to the store every USAGE_FLUSH_MS in one transaction, as additive upserts,
 * so that several instances add up and no request waits for the database. Each flush attributes an origin to the site
 * whose registered origins include it at that moment (none: an unregistered origin).
 */
export class UsageRecorder {
  private pending = new Map<string, Pending>();
  private origins = new Set<string>();
  private dropped = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly options: UsageRecorderOptions,
  ) {}

  /** Counts one load of `widget` from `origin` (already read with requestOrigin); the portal's own origin is not counted. */
  record(origin: string | undefined, widget: Widget, version: string | null = null, siteHint: string | null = null): void {
    if (origin === undefined || origin === this.options.portalOrigin) return;
    if (!this.origins.has(origin)) {
      if (this.origins.size >= MAX_ORIGINS_PER_FLUSH) {
        this.dropped++;
        return;
      }
      this.origins.add(origin);
    }
    const at = this.options.now();
    const day = dayIn(DEFAULT_TIME_ZONE, at.getTime());
    const key = `${day} ${origin} ${widget} ${version ?? ''}`;
    const count = this.pending.get(key);
    if (count) {
      count.loads++;
      count.lastSeen = at;
      count.siteHint = siteHint ?? count.siteHint;
    } else {
      this.pending.set(key, { day, origin, widget, version, siteHint, loads: 1, firstSeen: at, lastSeen: at });
    }
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), USAGE_FLUSH_MS);
    this.timer.unref();
  }

  /** Stops the timer and writes what is still counted. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** Writes the counts so far (one flush at a time); resolves when they are stored, or dropped after a failure. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  private async write(): Promise<void> {
    const counts = [...this.pending.values()];
    const dropped = this.dropped;
    this.pending = new Map();
    this.origins = new Set();
    this.dropped = 0;
    if (dropped > 0) {
      this.options.warn(`Widget usage: ${dropped} loads from origins over the ${MAX_ORIGINS_PER_FLUSH} of one flush were not counted.`);
    }
    if (counts.length === 0) return;
    try {
      const siteOf = new Map<string, string>();
      for (const site of await this.store.listSites()) for (const origin of site.origins) siteOf.set(origin, site.id);
      await this.store.addWidgetUsage(counts.map((count) => ({ ...count, siteId: siteOf.get(count.origin) ?? null })));
    } catch (error) {
      // Counts are a picture of where the widgets live, not a ledger: a failed batch is reported and let go, so a
      // database that stays down cannot make memory grow.
      this.options.warn(`Widget usage: a batch of ${counts.length} counts could not be stored: ${(error as Error).message}`);
    }
  }
}
