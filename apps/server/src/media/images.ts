// Checking and re-encoding an uploaded image with sharp (libvips). Nothing of the uploaded file is kept: the
// renditions are new encodings of its pixels, so metadata (EXIF with GPS, comments, XMP, ICC), trailing data and
// anything hidden in it are gone.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { MediaFile } from '../store/types.js';

/** The largest upload accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The most pixels (width x height) an upload may have: a 40 MP photo; a decompression bomb has far more. */
export const MAX_PIXELS = 40_000_000;
/**
 * The widths made of each image: those narrower than it, and its own width when it is under the largest, so that
 * the sharpest rendition is the picture itself (an 800-pixel picture: 320, 640 and 800).
 */
export const WIDTHS = [320, 640, 960, 1280, 1920] as const;
/** The content types an upload may be sent with. */
export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

const WEBP = { quality: 80, effort: 4 } as const;
const WEBP_LOSSLESS = { lossless: true, effort: 4 } as const;
const JPEG = { quality: 82, progressive: true, mozjpeg: false } as const;

type Format = 'jpeg' | 'png' | 'webp';

/** A refusal, with the status and error code the API answers. */
export class MediaError extends Error {
  override name = 'MediaError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** An image ready to store: its hash, its size as readers see it, and the encoded renditions. */
export interface ProcessedImage {
  hash: string;
  width: number;
  height: number;
  renditions: (MediaFile & { data: Buffer })[];
}

/** The first 16 hex digits of the sha256 of `data`: what the files of an image are named by. */
export function contentHash(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

/** What the first bytes say the file is: one of the accepted formats, or the name of another kind of file. */
export function sniff(data: Buffer): { format: Format } | { other: string } {
  const starts = (bytes: number[], at = 0) => bytes.every((byte, i) => data[at + i] === byte);
  const ascii = (text: string, at = 0) => data.subarray(at, at + text.length).toString('latin1') === text;
  if (starts([0xff, 0xd8, 0xff])) return { format: 'jpeg' };
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { format: 'png' };
  if (ascii('RIFF') && ascii('WEBP', 8)) return { format: 'webp' };
  if (ascii('GIF8')) return { other: 'a GIF image' };
  if (ascii('ftyp', 4)) return { other: 'a HEIC or AVIF image (as iPhones save them)' };
  if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return { other: 'a TIFF image' };
  if (ascii('BM')) return { other: 'a BMP image' };
  if (ascii('%PDF')) return { other: 'a PDF document' };
  const head = data.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
  if (head.startsWith('<?php')) return { other: 'a PHP script' };
  if (head.includes('<svg')) return { other: 'an SVG drawing' };
  if (head.startsWith('<')) return { other: 'an HTML or XML document' };
  return { other: 'not an image this server recognises' };
}

const FORMAT_NAMES: Record<Format, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };

/**
 * Checks `data` (type by its first bytes and by what libvips decodes, pixel count, readable to the end) and makes
 * its renditions: EXIF orientation applied, sRGB, no metadata, each width of WIDTHS in WebP and in JPEG (alpha
 * flattened onto white). Throws a MediaError for anything refused; nothing is written anywhere.
 */
export async function processImage(data: Buffer): Promise<ProcessedImage> {
  if (data.length === 0) throw new MediaError(422, 'invalid_image', 'The request has no file: send the image itself as the body.');
  const sniffed = sniff(data);
  if ('other' in sniffed) {
    throw new MediaError(
      415,
      'unsupported_media_type',
      `This file is ${sniffed.other}, not a JPEG, PNG or WebP image: only those are accepted, whatever the file is named. ` +
        'Save it as JPEG or PNG and upload it again.',
    );
  }
  // The header only: no pixel is decoded yet, so a decompression bomb costs nothing here.
  let meta: sharp.Metadata;
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaError(422, 'invalid_image', `This ${FORMAT_NAMES[sniffed.format]} file cannot be read: it is damaged or not an image.`);
  }
  if (meta.format !== sniffed.format) {
    throw new MediaError(415, 'unsupported_media_type', `This file is not a JPEG, PNG or WebP image (it decodes as ${meta.format}).`);
  }
  const { width, height } = meta.autoOrient;
  if (width * height > MAX_PIXELS) {
    throw new MediaError(
      413,
      'image_too_large',
      `The image is ${width} x ${height} pixels (${Math.round((width * height) / 1e6)} megapixels); at most ` +
        `${MAX_PIXELS / 1e6} megapixels are accepted. Make it smaller and upload it again.`,
    );
  }

  // A picture wider than the largest width gets that width once (not twice: once as "narrower", once as the cap).
  const largest = Math.min(width, WIDTHS[WIDTHS.length - 1]);
  const targets: number[] = [...WIDTHS.filter((target) => target < largest), largest];
  const hash = contentHash(data);
  let pixels: { data: Buffer; info: sharp.OutputInfo };
  try {
    // Decoded once, to the largest width: rotated as EXIF says, in sRGB, 8 bits a channel. A truncated or corrupt
    // file fails here, before anything is encoded.
    pixels = await sharp(data, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .toColourspace('srgb')
      .resize({ width: largest, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    const message = (error as Error).message;
    if (/pixel limit/i.test(message)) {
      throw new MediaError(413, 'image_too_large', `The image has more than ${MAX_PIXELS / 1e6} megapixels: make it smaller.`);
    }
    throw new MediaError(
      422,
      'invalid_image',
      `This ${FORMAT_NAMES[sniffed.format]} file is damaged or incomplete (${message.split('\n')[0]}): upload it again, or export it anew.`,
    );
  }
  const raw = { width: pixels.info.width, height: pixels.info.height, channels: pixels.info.channels };
  // A palette PNG (a logo, a chart: 256 colours at most) is flat colour, which lossless WebP keeps exact and often in
  // half the bytes of lossy WebP (a 240 x 80 logo: 1 KB against 2.3 KB): both are made and the smaller one kept.
  const flat = sniffed.format === 'png' && meta.isPalette;
  const renditions: ProcessedImage['renditions'] = [];
  for (const target of targets) {
    const resized = () => sharp(pixels.data, { raw }).resize({ width: target, withoutEnlargement: true });
    const encode = (image: sharp.Sharp) => image.toBuffer({ resolveWithObject: true });
    const webp = async () => {
      const lossy = await encode(resized().webp(WEBP));
      if (!flat) return lossy;
      const lossless = await encode(resized().webp(WEBP_LOSSLESS));
      return lossless.data.length < lossy.data.length ? lossless : lossy;
    };
    const encodings = [
      { type: 'image/webp', extension: 'webp', image: webp },
      { type: 'image/jpeg', extension: 'jpg', image: () => encode(resized().flatten({ background: '#ffffff' }).jpeg(JPEG)) },
    ] as const;
    for (const { type, extension, image } of encodings) {
      const { data: encoded, info } = await image();
      renditions.push({
        name: `${hash}-${target}.${extension}`,
        width: info.width,
        height: info.height,
        type,
        bytes: encoded.length,
        data: encoded,
      });
    }
  }
  return { hash, width, height, renditions };
}
