import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  clearServerMarkup,
  LocalizeController,
  localeTag,
  portalConfigContext,
  readServerData,
  widgetStyles,
  liveRegionStyles,
} from '@agency-portal/core';
import { VisitCounterError } from './error.js';
import { ApVisitCounterErrorEvent, ApVisitCounterTrackEvent, ApVisitCounterUpdateEvent } from './events.js';
import { isVisitSummary, VISIT_COUNTS, type VisitSummary } from './summary.js';
import { visitCounterStrings, type VisitCounterStrings } from './strings.js';
import { styles } from './visit-counter.styles.js';
import { VERSION } from './version.js';

/** How often a visible page with `track` says it is still open (the server's online window is 5 minutes). */
export const HEARTBEAT_MS = 60_000;

/**
 * The portal's visit statistics: online now, today, this week, this month and total, for one site, updated
 * live from the server's event stream, with a disclosure that states how they are counted. With `track`,
 * the page view is sent with `navigator.sendBeacon` (no cookie, no delay to the page) and, while the page is
 * visible, a heartbeat every minute keeps the reader "online".
 *
 * Server rendering: given `initialData` (the summary API's answer), the widget renders its numbers without a
 * browser (Lit SSR), and in the browser shows them at once without asking the summary API, then follows the live
 * stream. The page view is only ever sent from the browser.
 *
 * @summary Visit counters with live updates and cookieless tracking.
 * @tagname ap-visit-counter
 *
 * @event {ApVisitCounterUpdateEvent} ap-visit-counter-update - The counters are shown: after the first load and after each live update; `detail.summary` is the server's summary.
 * @event {ApVisitCounterErrorEvent} ap-visit-counter-error - The counters could not be loaded; `detail.error` is a VisitCounterError (status, code, message). Cancel it to keep the console quiet.
 * @event {ApVisitCounterTrackEvent} ap-visit-counter-track - A beacon (page view or heartbeat) was handed to the browser; `detail` is `{ type, url, body, queued }`.
 *
 * @csspart region - The labelled region around everything.
 * @csspart list - The list of counters (a description list).
 * @csspart item - Each counter: its label and number.
 * @csspart label - Each counter's label.
 * @csspart value - Each counter's number.
 * @csspart error - The error message and its retry button.
 * @csspart retry - The retry button.
 * @csspart definitions - The disclosure that states the definitions.
 *
 * @cssprop [--ap-visit-counter-color=var(--ap-color-text, #1f2328)] - Text colour.
 * @cssprop [--ap-visit-counter-value-color=var(--ap-color-primary, #b3131b)] - The numbers.
 * @cssprop [--ap-visit-counter-border-color=var(--ap-color-border, #c9ced6)] - Lines between the counters.
 * @cssprop [--ap-visit-counter-gap=var(--ap-space, 0.5rem)] - Space around each counter.
 */
export class ApVisitCounter extends LitElement {
  /** The version of the package: `define()` compares it when the tag is already registered. */
  static readonly version = VERSION;

  static override styles = [widgetStyles, liveRegionStyles, styles];

  static override properties: PropertyDeclarations = {
    site: {},
    track: { type: Boolean },
    api: {},
    label: {},
    timeout: { type: Number },
    strings: { attribute: false },
    initialData: { attribute: false },
  };

  /** The registered site whose counters to show and to count for; by default the enclosing `<ap-portal>`'s, else `portal`. */
  site?: string;

  /** Count this page view (and keep the reader online while the page is visible). */
  track = false;

  /** Base URL of the portal's API; by default the `api` of the enclosing `<ap-portal>`, else `/api/v1/`. */
  api?: string;

  /** Accessible name of the region. */
  label?: string;

  /** Milliseconds to wait for the counters before showing the error state. */
  timeout = 10_000;

  /** Overrides for any of the localised texts. */
  strings?: Partial<VisitCounterStrings>;

  /**
   * The answer of the widget's first API request (the API's JSON shape), as a server rendered the widget with: shown
   * at once, not fetched again. In the browser it is also read from a `<script type="application/json">` child.
   */
  initialData?: unknown;

  /** The counters shown; until the first load, the initial data's. */
  private loaded?: VisitSummary;
  private failed = false;

  private readonly localize = new LocalizeController(this, visitCounterStrings, () => this.strings);
  /** What the enclosing `<ap-portal>` provides, if any, kept up to date (each change renders again). */
  private readonly portal = new ContextConsumer(this, { context: portalConfigContext, subscribe: true });
  private stream?: EventSource;
  private loading?: AbortController;
  private heartbeat?: ReturnType<typeof setInterval>;
  private tracked = false;
  /** Whether the counters were ever loaded (or taken from the initial data): the initial data serves only the first time. */
  private started = false;
  /** The site and API the counters were loaded for. */
  private source = '';

  private get siteId(): string {
    return this.site || this.portal.value?.site || 'portal';
  }

  private endpoint(path: string): URL {
    const base = (this.api || this.portal.value?.api || '/api/v1/').replace(/\/?$/, '/');
    const url = new URL(`${base}stats/${path}`, document.baseURI);
    url.searchParams.set('site', this.siteId);
    return url;
  }

  /** The summary shown: the last one loaded, else (until the first load) the initial data when it is one; on the server too. */
  private get summary(): VisitSummary | undefined {
    return this.loaded ?? (!this.started && isVisitSummary(this.initialData) ? this.initialData : undefined);
  }

  // Typed so that it overrides Lit 2.8's declaration too (an element or a shadow root), for apps on Lit 2.
  protected override createRenderRoot(): HTMLElement | ShadowRoot {
    // Server-rendered on a page that does not hydrate (a member site's embed): render over the server's copy.
    clearServerMarkup(this);
    return super.createRenderRoot() as HTMLElement | ShadowRoot;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.initialData ??= readServerData(this);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.close();
    this.source = '';
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const source = this.endpoint('summary').href;
    if (source !== this.source) {
      // The first counters may be at hand (server-rendered): shown already, so only the live stream is opened.
      const initial = this.started ? undefined : this.summary;
      this.started = true;
      this.source = source;
      if (initial) {
        this.show(initial, false);
        this.follow();
      } else void this.load();
    }
    if (changed.has('track') && this.track) {
      // After the first render, off the critical path: the beacon never delays the counters or the page.
      setTimeout(() => this.startTracking());
    }
  }

  protected override render() {
    const strings = this.localize.strings;
    const { summary, failed } = this;
    const busy = !summary && !failed;
    return html`<div role="status">${busy ? strings.loading : failed ? strings.error : ''}</div><section part="region" aria-label=${this.label || strings.label} aria-busy=${busy}>${
      failed && !summary
        ? html`<p part="error">${strings.error} <button part="retry" type="button" @click=${this.load}>${strings.retry}</button></p>`
        : html`<dl part="list">${VISIT_COUNTS.map(
            (key) =>
              html`<div part="item ${key}"><dt part="label">${strings.counts[key]}</dt><dd part="value">${
                summary ? this.format(summary[key]) : html`<span class="skeleton" aria-hidden="true"></span>`
              }</dd></div>`,
          )}</dl>`
    }${
      summary
        ? html`<details part="definitions"><summary>${strings.definitions}</summary><ul>${strings
            .explain(summary.definitions, summary.timezone)
            .map((line) => html`<li>${line}</li>`)}</ul></details>`
        : nothing
    }</section>`;
  }

  /** Loads the counters, then follows the live stream. */
  private async load(): Promise<void> {
    this.close();
    const controller = (this.loading = new AbortController());
    const url = this.endpoint('summary');
    if (this.failed) {
      this.failed = false;
      this.requestUpdate();
    }
    // A few lines of fetch rather than the core API client: the client would then be shared by two widgets
    // and move into the chunk that every widget loads.
    const timer = setTimeout(
      () => controller.abort(new VisitCounterError(0, 'timeout', `No response from ${url} within ${this.timeout} ms.`)),
      this.timeout,
    );
    try {
      let response: Response;
      try {
        response = await fetch(url, { headers: { accept: 'application/json' }, signal: controller.signal });
      } catch {
        throw controller.signal.reason instanceof VisitCounterError
          ? controller.signal.reason
          : new VisitCounterError(0, 'network_error', `Could not reach ${url}.`);
      }
      const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
      if (!response.ok) {
        throw new VisitCounterError(
          response.status,
          body?.error?.code ?? 'http_error',
          body?.error?.message ?? `${url} answered ${response.status}.`,
        );
      }
      if (!isVisitSummary(body))
        throw new VisitCounterError(response.status, 'invalid_response', 'The statistics API answered something other than a summary.');
      this.show(body);
      this.follow();
    } catch (error) {
      if (controller !== this.loading || (controller.signal.aborted && !(controller.signal.reason instanceof VisitCounterError))) return;
      this.failed = true;
      this.requestUpdate();
      this.fail(error instanceof VisitCounterError ? error : new VisitCounterError(0, 'network_error', String(error)));
    } finally {
      clearTimeout(timer);
    }
  }

  // Events go out through a variable: the manifest analyzer would list `dispatchEvent(new X({...}))` once
  // more, without a name, next to the documented events.
  private fail(error: VisitCounterError): void {
    const event = new ApVisitCounterErrorEvent({ error });
    if (this.dispatchEvent(event)) console.warn(`<ap-visit-counter> could not load the statistics: ${error.message}`);
  }

  private follow(): void {
    if (typeof EventSource === 'undefined') return;
    const stream = (this.stream = new EventSource(this.endpoint('stream')));
    stream.addEventListener('summary', (event) => {
      let summary: unknown;
      try {
        summary = JSON.parse((event as MessageEvent<string>).data);
      } catch {
        return;
      }
      if (isVisitSummary(summary)) this.show(summary);
    });
  }

  /** vi-VN grouping in Vietnamese (93.308), en-GB in English (93,308). */
  private format(value: number): string {
    return new Intl.NumberFormat(localeTag(this.localize.locale)).format(value);
  }

  /** Shows `summary` (`render` false: it is on screen already) and says so with `ap-visit-counter-update`. */
  private show(summary: VisitSummary, render = true): void {
    this.loaded = summary;
    this.failed = false;
    if (render) this.requestUpdate();
    const event = new ApVisitCounterUpdateEvent({ summary });
    this.dispatchEvent(event);
  }

  private close(): void {
    this.loading?.abort();
    this.stream?.close();
    this.stream = undefined;
  }

  private startTracking(): void {
    if (!this.track || !this.isConnected) return;
    if (!this.tracked) {
      this.tracked = true;
      this.beacon('pageview');
    }
    this.onVisibility();
  }

  private readonly onVisibility = (event?: Event): void => {
    const beat = this.track && this.tracked && document.visibilityState === 'visible';
    if (beat && this.heartbeat === undefined) {
      // Back on the page: online again at once.
      if (event) this.beacon('heartbeat');
      this.heartbeat = setInterval(() => this.beacon('heartbeat'), HEARTBEAT_MS);
    } else if (!beat) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
  };

  /** Hands a hit or heartbeat to the browser: a text/plain JSON body, which needs no CORS preflight. */
  private beacon(type: 'pageview' | 'heartbeat'): void {
    if (typeof navigator.sendBeacon !== 'function') return;
    const url = this.endpoint('hit');
    url.search = '';
    const body = JSON.stringify({ site: this.siteId, path: location.pathname, referrer: document.referrer, type });
    const queued = navigator.sendBeacon(url, body);
    const event = new ApVisitCounterTrackEvent({ type, url: url.href, body, queued });
    this.dispatchEvent(event);
  }
}
