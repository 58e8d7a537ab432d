/** Work that must not overlap with other work under the same key, such as the sign-ins of one account. */
export interface Locks {
  /** Runs `work` once no earlier work under `key` is running, in this process or, with Redis, in any instance. */
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** The locks of a single server process: a queue per key. */
export class LocalLocks implements Locks {
  private readonly queues = new Map<string, Promise<unknown>>();

  exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(key) ?? Promise.resolve()).then(work, work);
    const tail = next.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => this.queues.get(key) === tail && this.queues.delete(key));
    return next;
  }
}
