import { html, type SafeHtml } from '@agency-portal/portal/html.js';
import type { NewArticle, Store } from '../store/types.js';
import { seedBanners } from './banners.js';
import { CAI_CACH_HANH_CHINH } from './articles-cai-cach-hanh-chinh.js';
import { CHUYEN_DOI_SO } from './articles-chuyen-doi-so.js';
import { TIN_HOAT_DONG } from './articles-tin-hoat-dong.js';
import { XAY_DUNG_DANG } from './articles-xay-dung-dang.js';
import { demoImage } from './images.js';
import type { DemoArticle, DemoFigure } from './types.js';

/** The demo categories, in the order of the site navigation. */
export const DEMO_CATEGORIES = [TIN_HOAT_DONG, XAY_DUNG_DANG, CAI_CACH_HANH_CHINH, CHUYEN_DOI_SO] as const;

/** A progress line after every this many articles, and after the last. */
const PROGRESS_EVERY = 10;

/** Every demo article as the store takes it, oldest first (so ids grow with publication time). */
export function demoArticles(): NewArticle[] {
  return DEMO_CATEGORIES.flatMap((category) => category.articles.map((article) => toNewArticle(category.slug, article))).sort(
    (a, b) => a.publishedAt.getTime() - b.publishedAt.getTime(),
  );
}

/**
 * Writes the demo categories and articles into `store`, reporting progress through `log`
 * ("Seeding demo content: 10/44 articles"). Articles whose slug is already stored are left alone, so a second
 * run inserts nothing. Returns the number of articles inserted.
 */
export async function seedDemoContent(store: Store, log: (line: string) => void): Promise<number> {
  for (const { slug, name } of DEMO_CATEGORIES) await store.upsertCategory({ slug, name });
  const articles = demoArticles();
  let inserted = 0;
  for (const [index, article] of articles.entries()) {
    if (await store.insertArticle(article)) inserted++;
    const done = index + 1;
    if (done % PROGRESS_EVERY === 0 || done === articles.length) log(`Seeding demo content: ${done}/${articles.length} articles`);
  }
  log(`Demo content: ${inserted} articles inserted, ${articles.length - inserted} already present.`);
  // Carousel banners and partners too (those not stored yet).
  await seedBanners(store);
  return inserted;
}

function toNewArticle(categorySlug: string, article: DemoArticle): NewArticle {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    body: article.body.map((block) => (typeof block === 'string' ? html`<p>${block}</p>` : figure(block))).join('\n'),
    image: demoImage(article.image),
    categorySlug,
    author: article.author,
    publishedAt: new Date(article.publishedAt),
    views: article.views,
  };
}

function figure({ figure, caption }: DemoFigure): SafeHtml {
  const image = demoImage(figure);
  return html`<figure><img src="${image.path}" alt="${image.alt}" width="${image.width}" height="${image.height}" loading="lazy"><figcaption>${caption}</figcaption></figure>`;
}
