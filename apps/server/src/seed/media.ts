// The demo images go through the same pipeline as an upload in the newsroom (src/media/images.ts): each width as WebP
// and JPEG, written to the configured media folder, with a media record. A fresh portal thus gives `srcset` for every
// cover, body figure, banner and partner logo, and the newsroom's media library lists the demo pictures.
import { access, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { writeRenditions } from '../media/files.js';
import { contentHash, processImage, type ProcessedImage } from '../media/images.js';
import { mediaSources } from '../media/sources.js';
import type { ChangeContext, MediaRecord, StoredImage, Store } from '../store/types.js';
import { MEDIA_DIR } from './images.js';

/**
 * Who the media library and the audit log say uploaded the demo images: the server itself (no account; a username
 * never has spaces or brackets).
 */
export const SEED_ACTOR: ChangeContext['actor'] = { id: null, username: '(demo content)' };

/**
 * The renditions made in this process, by the hash of the demo file. They never change for the same bytes, so a
 * process that seeds many stores (the tests start a seeded server per file, some several) encodes each picture once.
 */
const made = new Map<string, Promise<ProcessedImage>>();

/** The demo images of one seeding: each file under apps/server/media uploaded once, several at a time. */
export class DemoUploads {
  /** Pictures whose renditions this seeding wrote (and recorded, unless the record was there). */
  written = 0;
  /** Pictures whose record and files were there already. */
  present = 0;
  private readonly records = new Map<string, Promise<MediaRecord>>();
  private readonly done = new Map<string, MediaRecord>();
  // Encoding takes a core per picture (libvips); more at once only queue inside it.
  private readonly limit = pLimit(Math.max(1, availableParallelism()));

  constructor(
    private readonly store: Store,
    private readonly mediaDir: string,
  ) {}

  /** The media record of `file` (a path under apps/server/media, e.g. `banners/x.jpg`), uploaded on first use. */
  get(file: string): Promise<MediaRecord> {
    let record = this.records.get(file);
    if (record === undefined) {
      record = this.limit(() => this.upload(file));
      this.records.set(file, record);
      void record.then(
        (media) => this.done.set(file, media),
        () => {},
      );
    }
    return record;
  }

  /** The media record of `file` once get() has given it; throws before. */
  uploaded(file: string): MediaRecord {
    const media = this.done.get(file);
    if (media === undefined) throw new Error(`The demo image ${file} is not uploaded yet.`);
    return media;
  }

  /** A banner's or partner's image from `file`, as the newsroom stores an uploaded one (its largest JPEG). */
  async image(file: string, alt: string): Promise<StoredImage> {
    const media = await this.get(file);
    const { url, width, height } = mediaSources(media, '');
    return { path: url, alt, width, height, mediaId: media.id };
  }

  private async upload(file: string): Promise<MediaRecord> {
    const data = await readFile(join(MEDIA_DIR, file));
    const hash = contentHash(data);
    const known = await this.store.getMediaByHash(hash);
    if (known !== undefined && (await this.filesExist(known))) {
      this.present++;
      return known;
    }
    let image = made.get(hash);
    if (image === undefined) {
      image = processImage(data);
      made.set(hash, image);
      image.catch(() => made.delete(hash));
    }
    const processed = await image;
    await writeRenditions(this.mediaDir, processed);
    const files = processed.renditions.map(({ name, width, height, type, bytes }) => ({ name, width, height, type, bytes }));
    const { media } = await this.store.addMedia(
      { hash, width: processed.width, height: processed.height, files },
      { actor: SEED_ACTOR, at: new Date() },
    );
    this.written++;
    return media;
  }

  /** Whether every rendition of `media` is in the media folder (another MEDIA_DIR, or one emptied, has none). */
  private async filesExist(media: MediaRecord): Promise<boolean> {
    try {
      await Promise.all(media.files.map((file) => access(join(this.mediaDir, file.name))));
      return true;
    } catch {
      return false;
    }
  }
}
