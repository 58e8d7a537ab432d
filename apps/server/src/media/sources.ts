import type { MediaFile, MediaRecord, StoredImage } from '../store/types.js';

/** Where uploaded images are served (app.ts). */
export const MEDIA_PREFIX = '/media/u/';

/** What a page needs to show an uploaded image: `<picture>` sources, the fallback `<img>` and its size. */
export interface MediaSources {
  /** The largest JPEG: the `<img src>` (where one file must do, as in Open Graph and feeds, see shareRendition()). */
  url: string;
  /** The size of that JPEG. */
  width: number;
  height: number;
  /** `srcset` values by format: `".../x-320.webp 320w, .../x-640.webp 640w"`. */
  srcset: { webp: string; jpeg: string };
  /** A `sizes` value for an image as wide as its column, at most its largest width. */
  sizes: string;
}

/** The absolute address of a rendition. */
export function mediaUrl(publicUrl: string, file: Pick<MediaFile, 'name'>): string {
  return `${publicUrl}${MEDIA_PREFIX}${file.name}`;
}

/**
 * The `<picture>`/`srcset` of an uploaded image, with absolute addresses under `publicUrl`:
 * `<picture><source type="image/webp" srcset="{srcset.webp}" sizes="{sizes}"><img src="{url}" srcset="{srcset.jpeg}"
 * sizes="{sizes}" width="{width}" height="{height}" alt="..."></picture>`. The alt text belongs to where the image
 * is used, not to the image.
 */
export function mediaSources(record: Pick<MediaRecord, 'files'>, publicUrl: string): MediaSources {
  // Each width once, also for a record stored while a picture wider than 1920 pixels got its 1920 rendition twice.
  const of = (type: MediaFile['type']) =>
    record.files
      .filter((file, i, files) => file.type === type && files.findIndex((other) => other.name === file.name) === i)
      .sort((a, b) => a.width - b.width);
  const srcset = (files: MediaFile[]) => files.map((file) => `${mediaUrl(publicUrl, file)} ${file.width}w`).join(', ');
  const jpeg = of('image/jpeg');
  const largest = jpeg[jpeg.length - 1];
  return {
    url: mediaUrl(publicUrl, largest),
    width: largest.width,
    height: largest.height,
    srcset: { webp: srcset(of('image/webp')), jpeg: srcset(jpeg) },
    sizes: `(max-width: ${largest.width}px) 100vw, ${largest.width}px`,
  };
}

/**
 * `{ srcset: { webp, jpeg } }` of a banner's or partner's image made from an upload (addresses under `publicUrl`), to
 * spread into its JSON; `{}` for an image of one file.
 */
export function imageSrcset(image: StoredImage, publicUrl: string): { srcset?: MediaSources['srcset'] } {
  return image.files?.length ? { srcset: mediaSources({ files: image.files }, publicUrl).srcset } : {};
}

/** Open Graph asks for pictures at least 1200 pixels wide; larger ones only weigh more. */
const SHARE_WIDTH = 1200;

/**
 * The JPEG rendition of an uploaded image to give where only one file fits (Open Graph tags, feed enclosures): the
 * narrowest one at least 1200 pixels wide, or the largest when none is.
 */
export function shareRendition(record: Pick<MediaRecord, 'files'>): MediaFile {
  const jpeg = record.files.filter((file) => file.type === 'image/jpeg').sort((a, b) => a.width - b.width);
  return jpeg.find((file) => file.width >= SHARE_WIDTH) ?? jpeg[jpeg.length - 1];
}
