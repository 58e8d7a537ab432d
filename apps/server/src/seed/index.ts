import { statSync } from 'node:fs';
import { join } from 'node:path';
import { html, type SafeHtml } from '@agency-portal/portal/html.js';
import { MEDIA_PREFIX, mediaSources, shareRendition } from '../media/sources.js';
import type { ArticleImage, MediaRecord, NewArticle, Store } from '../store/types.js';
import { DEMO_BANNERS, DEMO_PARTNERS, seedBanners } from './banners.js';
import { CAI_CACH_HANH_CHINH } from './articles-cai-cach-hanh-chinh.js';
import { CHUYEN_DOI_SO } from './articles-chuyen-doi-so.js';
import { TIN_HOAT_DONG } from './articles-tin-hoat-dong.js';
import { XAY_DUNG_DANG } from './articles-xay-dung-dang.js';
import { DEMO_IMAGES, MEDIA_DIR, type DemoImage } from './images.js';
import { DemoUploads } from './media.js';
import type { DemoArticle, DemoFigure } from './types.js';

/** The demo categories, in the order of the site navigation. */
export const DEMO_CATEGORIES = [TIN_HOAT_DONG, XAY_DUNG_DANG, CAI_CACH_HANH_CHINH, CHUYEN_DOI_SO] as const;

/** A progress line after every this many articles, and after the last. */
const PROGRESS_EVERY = 10;

export interface SeedOptions {
  /** The folder of uploaded images (the server's `mediaDir`): the demo images' renditions are written there. */
  mediaDir: string;
}

/** The media record of a demo image file (a path under apps/server/media), once uploaded. */
export type DemoMedia = (file: string) => MediaRecord;

/**
 * Every demo article as the store takes it, oldest first (so ids grow with publication time). With `media`, its
 * cover and body figures are the uploads of the demo images, in every width, as the seed stores them; without, the
 * single source files under /media/ (for uses that need only the text).
 */
export function demoArticles(media?: DemoMedia): NewArticle[] {
  return DEMO_CATEGORIES.flatMap((category) => category.articles.map((article) => toNewArticle(category.slug, article, media))).sort(
    (a, b) => a.publishedAt.getTime() - b.publishedAt.getTime(),
  );
}

/** Every file under apps/server/media that the demo content shows, each once. */
export function demoFiles(): string[] {
  const files = [
    ...Object.keys(DEMO_IMAGES).map((name) => imageFile(name as DemoImage)),
    ...[...DEMO_BANNERS, ...DEMO_PARTNERS].map(({ image }) => image.path.replace(/^\/media\//, '')),
  ];
  return [...new Set(files)];
}

/**
 * Writes the demo categories, articles, carousel banners and partners into `store`, reporting progress through `log`
 * ("Seeding demo content: 10/44 articles"). Their pictures go through the upload pipeline first, several at a time
 * (src/seed/media.ts: renditions in `mediaDir`, media records). What is stored already is left alone (articles by
 * slug, banners and partners by key, pictures by content, with their files), so a second run inserts nothing.
 * Returns the number of articles inserted.
 */
export async function seedDemoContent(store: Store, log: (line: string) => void, { mediaDir }: SeedOptions): Promise<number> {
  const uploads = new DemoUploads(store, mediaDir);
  await Promise.all(demoFiles().map((file) => uploads.get(file)));
  log(`Demo images: ${uploads.written} written in every width as WebP and JPEG, ${uploads.present} already present.`);
  for (const { slug, name } of DEMO_CATEGORIES) await store.upsertCategory({ slug, name });
  const articles = demoArticles((file) => uploads.uploaded(file));
  let inserted = 0;
  for (const [index, article] of articles.entries()) {
    if (await store.insertArticle(article)) inserted++;
    const done = index + 1;
    if (done % PROGRESS_EVERY === 0 || done === articles.length) log(`Seeding demo content: ${done}/${articles.length} articles`);
  }
  log(`Demo content: ${inserted} articles inserted, ${articles.length - inserted} already present.`);
  // Carousel banners and partners too (those not stored yet).
  await seedBanners(store, uploads);
  return inserted;
}

const imageFile = (name: DemoImage) => `${name}.jpg`;

function toNewArticle(categorySlug: string, article: DemoArticle, media?: DemoMedia): NewArticle {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    body: article.body.map((block) => (typeof block === 'string' ? html`<p>${block}</p>` : figure(block, media))).join('\n'),
    image: cover(article.image, media),
    categorySlug,
    author: article.author,
    publishedAt: new Date(article.publishedAt),
    views: article.views,
    ...(article.english && { english: { ...article.english, body: paragraphs(article.english.body) } }),
  };
}

const paragraphs = (texts: string[]) => texts.map((text) => html`<p>${text}</p>`).join('\n');

/** A cover as the newsroom stores an uploaded one: the JPEG for Open Graph and feeds, and every rendition. */
function cover(name: DemoImage, media?: DemoMedia): ArticleImage {
  const alt = DEMO_IMAGES[name];
  if (media === undefined) {
    const file = imageFile(name);
    return { path: `/media/${file}`, alt, width: 800, height: 450, bytes: statSync(join(MEDIA_DIR, file)).size, type: 'image/jpeg' };
  }
  const record = media(imageFile(name));
  const share = shareRendition(record);
  const { name: fileName, width, height, bytes, type } = share;
  return { path: MEDIA_PREFIX + fileName, alt, width, height, bytes, type, media: { id: record.id, files: record.files } };
}

/**
 * A figure of a body. An upload as the newsroom's editor writes one: `<picture>` with the WebP widths, the JPEG ones
 * on the `<img>`, the `sizes` of a picture as wide as the text column, and its size (no layout shift).
 */
function figure({ figure, caption }: DemoFigure, media?: DemoMedia): SafeHtml {
  const alt = DEMO_IMAGES[figure];
  if (media === undefined) {
    return html`<figure><img src="/media/${imageFile(figure)}" alt="${alt}" width="800" height="450" loading="lazy"><figcaption>${caption}</figcaption></figure>`;
  }
  const { url, width, height, srcset, sizes } = mediaSources(media(imageFile(figure)), '');
  return html`<figure><picture><source type="image/webp" srcset="${srcset.webp}" sizes="${sizes}"><img src="${url}" srcset="${srcset.jpeg}" sizes="${sizes}" alt="${alt}" width="${width}" height="${height}" loading="lazy"></picture><figcaption>${caption}</figcaption></figure>`;
}
