import type { FeedSourceStatus, FeedStore } from '../store/types.js';
import { decodeFeed } from './charset.js';
import { asFeedError, type FeedError } from './errors.js';
import { fetchFeed, type FetchFeedOptions } from './fetch.js';
import { parseFeed } from './parse.js';

/** A failing source waits longer after each failure, doubling from its refresh interval, up to a day. */
export const MAX_BACKOFF_MINUTES = 24 * 60;
export const DEFAULT_CONCURRENCY = 4;
/** How often the scheduler looks for sources that are due. */
export const DEFAULT_TICK_MS = 30_000;

export interface RefreshOptions {
  /** Passed to fetchFeed (tests inject a resolver and guard exemptions here). */
  fetch?: Omit<FetchFeedOptions, 'etag' | 'lastModified' | 'signal'>;
  now?: () => Date;
  signal?: AbortSignal;
}

export interface RefreshOutcome {
  sourceId: string;
  status: 'updated' | 'not-modified' | 'failed';
  /** Items stored after an update. */
  items?: number;
  error?: FeedError;
}

/** Minutes until a source is tried again after its `failures`-th failure in a row. */
export function backoffMinutes(refreshMinutes: number, failures: number): number {
  return Math.min(refreshMinutes * 2 ** Math.min(failures, 20), Math.max(MAX_BACKOFF_MINUTES, refreshMinutes));
}

/**
 * Fetches one source and records the outcome in the store: new items, "not modified", or an error (the last
 * good items stay). Never throws for a feed's fault: a broken feed only marks its own source as failing.
 */
export async function refreshSource(store: FeedStore, source: FeedSourceStatus, options: RefreshOptions = {}): Promise<RefreshOutcome> {
  const now = options.now ?? (() => new Date());
  const minutesFromNow = (minutes: number) => new Date(now().getTime() + minutes * 60_000);
  try {
    const answer = await fetchFeed(source.url, {
      ...options.fetch,
      etag: source.etag,
      lastModified: source.lastModified,
      signal: options.signal,
    });
    if (answer.notModified) {
      await store.saveFeedFetch(source.id, {
        kind: 'not-modified',
        at: now(),
        nextFetchAt: minutesFromNow(source.refreshMinutes),
        url: source.url,
      });
      return { sourceId: source.id, status: 'not-modified' };
    }
    const { text } = decodeFeed(answer.body, answer.contentType);
    const feed = await parseFeed(text, answer.url);
    await store.saveFeedFetch(source.id, {
      kind: 'updated',
      at: now(),
      nextFetchAt: minutesFromNow(source.refreshMinutes),
      etag: answer.etag,
      lastModified: answer.lastModified,
      siteUrl: feed.link,
      items: feed.items,
      url: source.url,
    });
    return { sourceId: source.id, status: 'updated', items: feed.items.length };
  } catch (thrown) {
    const error = asFeedError(thrown);
    const failures = source.failures + 1;
    try {
      await store.saveFeedFetch(source.id, {
        kind: 'failed',
        at: now(),
        nextFetchAt: minutesFromNow(backoffMinutes(source.refreshMinutes, failures)),
        error: { code: error.code, message: error.message },
        url: source.url,
      });
    } catch {
      // The store is closing (shutdown): the failure is reported to the caller, nothing more to do.
    }
    return { sourceId: source.id, status: 'failed', error };
  }
}

/** A disabled member site's feed is not fetched (nor shown) until the site is enabled again. */
const fetchable = (source: FeedSourceStatus) => !source.siteDisabled;

/** Runs `task` over `items` with at most `limit` at once, in order of start; results in the items' order. */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface SchedulerOptions extends Omit<RefreshOptions, 'signal'> {
  concurrency?: number;
  tickMs?: number;
  /**
   * With several server instances: true when this one may fetch the source now (no other instance claimed it);
   * sources it may not fetch are left out of the pass. Every source is fetched when absent.
   */
  claim?: (sourceId: string) => Promise<boolean>;
  /** Where outcomes are reported (the server's logger). */
  log?: { info(object: object, message: string): void; warn(object: object, message: string): void };
  /** Told of every source's outcome (the server's metrics). */
  onOutcome?: (outcome: RefreshOutcome) => void;
}

export interface RefreshPassOptions {
  /** Only these sources (all of them by default, due or not). */
  ids?: readonly string[];
  /** Called as each source finishes, e.g. to show progress. */
  onResult?: (outcome: RefreshOutcome, done: number, total: number) => void;
}

/**
 * Refreshes due sources in the background, `concurrency` at a time (4 by default: 63 sources take 16 rounds),
 * backing off failing ones. One pass at a time; stop() cancels fetches under way.
 */
export class FeedScheduler {
  private readonly store: FeedStore;
  private readonly options: SchedulerOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly abort = new AbortController();

  constructor(store: FeedStore, options: SchedulerOptions = {}) {
    this.store = store;
    this.options = options;
  }

  /** Starts looking for due sources now and every `tickMs`. */
  start(): void {
    if (this.timer) return;
    const tick = () => {
      if (!this.running) {
        this.running = this.refreshDue()
          .catch((error: unknown) => this.options.log?.warn({ err: error }, 'feed refresh pass failed'))
          .finally(() => (this.running = undefined));
      }
    };
    this.timer = setInterval(tick, this.options.tickMs ?? DEFAULT_TICK_MS);
    this.timer.unref();
    tick();
  }

  /** Stops the timer, cancels fetches under way and waits for the pass to record them. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.abort.abort();
    await this.running;
  }

  /** One pass over the sources that are due now. */
  async refreshDue(): Promise<RefreshOutcome[]> {
    const now = (this.options.now ?? (() => new Date()))();
    let due = (await this.store.listFeedSources()).filter((source) => fetchable(source) && source.nextFetchAt.getTime() <= now.getTime());
    const { claim } = this.options;
    if (claim) {
      const claimed = await Promise.all(due.map((source) => claim(source.id)));
      due = due.filter((_source, index) => claimed[index]);
    }
    return this.run(due, {});
  }

  /** One pass over every source (or the given ones), due or not, but a disabled site's: what `npm run feeds:refresh` does. */
  async refreshAll(pass: RefreshPassOptions = {}): Promise<RefreshOutcome[]> {
    const sources = (await this.store.listFeedSources()).filter(fetchable);
    const chosen = pass.ids ? sources.filter((source) => pass.ids!.includes(source.id)) : sources;
    return this.run(chosen, pass);
  }

  private async run(sources: FeedSourceStatus[], { onResult }: RefreshPassOptions): Promise<RefreshOutcome[]> {
    let done = 0;
    return mapWithLimit(sources, this.options.concurrency ?? DEFAULT_CONCURRENCY, async (source) => {
      const outcome = await refreshSource(this.store, source, { ...this.options, signal: this.abort.signal });
      done++;
      onResult?.(outcome, done, sources.length);
      const { log, onOutcome } = this.options;
      onOutcome?.(outcome);
      if (outcome.error)
        log?.warn(
          { feed: source.id, code: outcome.error.code, failures: source.failures + 1 },
          `feed ${source.id}: ${outcome.error.message}`,
        );
      else log?.info({ feed: source.id, status: outcome.status, items: outcome.items }, `feed ${source.id} refreshed`);
      return outcome;
    });
  }
}
