import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Ids in one batch at most (the server takes up to 50). */
const BATCH = 50;

/**
 * Counts views of a host's items (elements with `data-id`, given to `watch()`): an item counts once per page load,
 * the first time it is shown to the reader: at least half of it in view (IntersectionObserver), the page visible,
 * and `shown(item)`, for a host that shows some of its items at a time (a carousel's current slide; the host calls
 * `check()` when that changes). Views are sent in batches: `delay` ms after the first of a batch, at once when a
 * batch is full, and when the page is hidden (the reader leaves or switches tabs). The partner strip and the banner
 * carousel use it.
 */
export class ViewCounter implements ReactiveController {
  private readonly seen = new Set<number>();
  private watched: Element[] = [];
  private queue: number[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  // Made when the host first connects: a widget rendered on the server never has one.
  private observer: IntersectionObserver | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly send: (ids: number[]) => void,
    private readonly delay = 1000,
    private readonly shown: (item: HTMLElement) => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting, intersectionRatio } of entries)
          if (isIntersecting && intersectionRatio >= 0.5 && document.visibilityState === 'visible' && this.shown(target as HTMLElement))
            this.add(+(target as HTMLElement).dataset.id!);
      },
      { threshold: 0.5 },
    );
    document.addEventListener('visibilitychange', this.onVisibility);
    this.check();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.flush();
  }

  /** Watches these items (each with `data-id`), and no others. */
  watch(items: Iterable<Element>): void {
    const list = [...items];
    if (list.length !== this.watched.length || list.some((item, i) => item !== this.watched[i])) {
      this.watched = list;
      this.check();
    }
  }

  /**
   * Looks at every watched item again (the observer answers for each, with what is in view now); the counter does
   * this itself, except when `shown` changes its answer.
   */
  check(): void {
    const observer = this.observer;
    if (!observer) return;
    observer.disconnect();
    for (const item of this.watched) observer.observe(item);
  }

  /** Sends the views waiting now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const ids = this.queue;
    this.queue = [];
    if (ids.length) this.send(ids);
  }

  private add(id: number): void {
    if (!Number.isSafeInteger(id) || this.seen.has(id)) return;
    this.seen.add(id);
    this.queue.push(id);
    if (this.queue.length >= BATCH) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.delay);
  }

  private readonly onVisibility = () => (document.visibilityState === 'hidden' ? this.flush() : this.check());
}

export interface ViewDetail {
  /** The ids sent in this batch: each item was shown to the reader for the first time on this page. */
  ids: number[];
}

/** Fired by a widget that counts views (the partner strip, the banner carousel) when a batch of views reached the server. */
export class ApViewsSentEvent extends CustomEvent<ViewDetail> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-views-sent';

  constructor(detail: ViewDetail) {
    super(ApViewsSentEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/**
 * Posts a batch of views, `{ "ids": [...] }`, to `url` (the list's `impressionsUrl`; nothing without one) and fires
 * `ap-views-sent` on `host` once the server took it. Sent as text, a simple request that needs no CORS preflight
 * from a sibling site, without cookies, and with `keepalive` so that it outlives the page, as a beacon would. Best
 * effort: a lost batch is not worth an error on the page.
 */
export async function sendViews(host: EventTarget, url: string | undefined, ids: number[]): Promise<void> {
  if (!url) return;
  try {
    const response = await fetch(url, { method: 'POST', body: JSON.stringify({ ids }), keepalive: true, credentials: 'omit' });
    if (response.ok) host.dispatchEvent(new ApViewsSentEvent({ ids }));
  } catch {
    // Nothing to do: see above.
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ap-views-sent': ApViewsSentEvent;
  }
  interface HTMLElementEventMap {
    'ap-views-sent': ApViewsSentEvent;
  }
}
