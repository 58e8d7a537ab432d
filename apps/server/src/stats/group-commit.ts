/**
 * Group commit: items added while a write is running, or in the same turn of the event loop, are written
 * together in one call of `write` (one transaction), as soon as the previous write has finished. Each
 * `add()` resolves only after the write that holds its item has succeeded, and rejects if it failed; so
 * whatever a caller acknowledged is stored, and throughput stays high because one commit serves many items.
 */
export class GroupCommit<T> {
  private pending: T[] = [];
  private waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;
  private running: Promise<void> | undefined;

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    /** Runs after a successful write, before the callers are answered. */
    private readonly afterWrite: (items: T[]) => void = () => {},
  ) {}

  /** Queues `item`; resolves once it is committed. */
  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push(item);
      this.waiters.push({ resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once every item added so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.running || this.pending.length > 0) {
      if (!this.running) this.flush();
      await this.running?.catch(() => {});
    }
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // The next turn of the event loop: every request read in this one joins the batch.
    setImmediate(() => {
      this.scheduled = false;
      if (!this.running) this.flush();
    });
  }

  private flush(): void {
    const items = this.pending;
    const waiters = this.waiters;
    if (items.length === 0) return;
    this.pending = [];
    this.waiters = [];
    this.running = (async () => {
      try {
        await this.write(items);
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
        return;
      } finally {
        this.running = undefined;
        // Items that arrived during the write go in the next batch, straight away.
        if (this.pending.length > 0) this.schedule();
      }
      this.afterWrite(items);
      for (const waiter of waiters) waiter.resolve();
    })();
  }
}
