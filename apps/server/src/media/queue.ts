// How many uploads are turned into renditions at once. Decoding a 40-megapixel photo takes some 160 MB and a core
// for a second or more: a burst of uploads (a whole album from a phone) is queued rather than run all together,
// and when the queue is full an upload is refused at once with 503 and Retry-After instead of waiting for minutes.
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { MediaError } from './images.js';

export interface UploadQueueOptions {
  /** Images processed at once: the machine's cores, at most 4, by default. */
  concurrency?: number;
  /** Uploads that may wait their turn; one more is refused. */
  waiting?: number;
}

/** Seconds a refused upload is told to wait before it tries again. */
export const RETRY_AFTER_SECONDS = 5;

export class UploadQueue {
  private readonly limit;
  private readonly waiting: number;

  constructor({ concurrency = Math.min(4, availableParallelism()), waiting = 16 }: UploadQueueOptions = {}) {
    this.limit = pLimit(concurrency);
    this.waiting = waiting;
  }

  /** Runs `task` in its turn; throws a 503 MediaError when `waiting` uploads already wait. */
  run<T>(task: () => Promise<T>): Promise<T> {
    if (this.limit.activeCount >= this.limit.concurrency && this.limit.pendingCount >= this.waiting) {
      return Promise.reject(
        new MediaError(503, 'busy', `The server is processing many images right now: try again in ${RETRY_AFTER_SECONDS} seconds.`),
      );
    }
    return this.limit(task);
  }
}
