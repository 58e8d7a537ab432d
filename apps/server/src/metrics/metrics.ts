import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { RefreshOutcome } from '../feeds-in/refresh.js';
import type { StatsHit } from '../store/types.js';

/** The route label of a request that matched no route: one series for every unknown URL. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * The server's Prometheus metrics, in a registry of their own (prom-client's default registry is global: two
 * apps in one process would register the same names twice). Durations are in seconds, as Prometheus expects.
 */
export class Metrics {
  readonly registry = new Registry();

  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status class.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly requestSeconds = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request received to its answer sent, by method, route pattern and status class.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly hits = new Counter({
    name: 'stats_hits_ingested_total',
    help: 'Page views committed by the visit statistics (bots and heartbeats are not), by site.',
    labelNames: ['site'] as const,
    registers: [this.registry],
  });
  private readonly visits = new Counter({
    name: 'stats_visits_total',
    help: 'Visits started by committed page views, by site.',
    labelNames: ['site'] as const,
    registers: [this.registry],
  });
  private readonly batchSize = new Histogram({
    name: 'stats_commit_batch_size',
    help: 'Hits written by one group commit of the visit statistics.',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000],
    registers: [this.registry],
  });
  private readonly commitSeconds = new Histogram({
    name: 'stats_commit_duration_seconds',
    help: 'Time one group commit of the visit statistics took, by result (ok or failed).',
    labelNames: ['result'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly feedFetches = new Counter({
    name: 'feeds_in_fetches_total',
    help: 'Fetches of sibling feeds, by source and outcome (updated, not-modified, failed).',
    labelNames: ['source', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly signInFailures = new Counter({
    name: 'auth_sign_in_failures_total',
    help: 'Sign-ins refused for a wrong username or password.',
    registers: [this.registry],
  });
  private readonly signInThrottles = new Counter({
    name: 'auth_sign_in_throttled_total',
    help: 'Sign-ins refused because the account or the address must wait (too many failures).',
    registers: [this.registry],
  });

  constructor() {
    // Event-loop lag, heap, garbage collection, CPU, open handles: prom-client's process and Node.js metrics.
    collectDefaultMetrics({ register: this.registry });
  }

  /** A request answered with `status` after `seconds`; `route` is the matched pattern (never the raw URL). */
  request(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: `${Math.floor(status / 100)}xx` };
    this.requests.inc(labels);
    this.requestSeconds.observe(labels, seconds);
  }

  /** A group commit of `hits` that took `seconds` (and failed, when `failed`). */
  commit(hits: readonly StatsHit[], seconds: number, failed: boolean): void {
    this.commitSeconds.observe({ result: failed ? 'failed' : 'ok' }, seconds);
    this.batchSize.observe(hits.length);
    if (failed) return;
    // Counted per site first: a batch under load holds hundreds of hits of a few sites.
    const sites = new Map<string, { hits: number; visits: number }>();
    for (const hit of hits) {
      let count = sites.get(hit.site);
      if (!count) sites.set(hit.site, (count = { hits: 0, visits: 0 }));
      count.hits++;
      if (hit.newVisit) count.visits++;
    }
    for (const [site, count] of sites) {
      this.hits.inc({ site }, count.hits);
      if (count.visits > 0) this.visits.inc({ site }, count.visits);
    }
  }

  feedFetch({ sourceId, status }: RefreshOutcome): void {
    this.feedFetches.inc({ source: sourceId, outcome: status });
  }

  signInFailed(): void {
    this.signInFailures.inc();
  }

  signInThrottled(): void {
    this.signInThrottles.inc();
  }

  /** The text exposition format, and its content type. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
