import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Ids in one batch at most (the server takes up to 50). */
const BATCH = 50;

/**
 * Counts views of a host's items: an item (an element with `data-id`) counts once per page load, the first time
 * at least half of it is visible (IntersectionObserver). Views are sent in batches: `delay` ms after the first
 * of a batch, at once when a batch is full, and when the page is hidden (the reader leaves or switches tabs).
 */
export class ViewCounter implements ReactiveController {
  private readonly seen = new Set<number>();
  private queue: number[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const id = Number((entry.target as HTMLElement).dataset.id);
        if (entry.isIntersecting && entry.intersectionRatio >= 0.5) this.add(id);
      }
    },
    { threshold: 0.5 },
  );

  constructor(
    host: ReactiveControllerHost,
    private readonly send: (ids: number[]) => void,
    private readonly delay = 1000,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onHidden);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onHidden);
    this.observer.disconnect();
    this.flush();
  }

  /** Watches these elements (each with `data-id`), and no others. */
  watch(elements: Iterable<Element>): void {
    this.observer.disconnect();
    for (const element of elements) this.observer.observe(element);
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

  private readonly onHidden = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };
}
