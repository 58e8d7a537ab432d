// What the templates show. The server's store returns these shapes (it may add fields); the shell names
// no database and no server module.
import type { Lang } from './strings.js';

export interface Category {
  slug: string;
  name: string;
}

export interface ArticleImage {
  /** Path under the site root, e.g. `/media/hoi-nghi-1.jpg`. */
  path: string;
  alt: string;
  width: number;
  height: number;
  /** MIME type, e.g. `image/jpeg` (Open Graph). */
  type: string;
  /**
   * Every width of an uploaded picture (`srcset` values, `"/media/u/x-320.webp 320w, ..."`), by format; absent for a
   * picture in one size only. The page then gives `<picture>` with a `sizes` that fits where it shows the picture.
   */
  srcset?: { webp: string; jpeg: string };
}

export interface ArticleSummary {
  slug: string;
  title: string;
  summary: string;
  image: ArticleImage | null;
  category: Category;
  author: string;
  publishedAt: Date;
  updatedAt: Date;
  views: number;
  /** The languages it can be read in: Vietnamese always, English when it has an English version. */
  languages: readonly Lang[];
}

export interface Article extends ArticleSummary {
  /** Sanitized HTML. */
  body: string;
}

/**
 * The header carousel's slides and the sidebar's partner banners: the public banners and partners API's answers
 * (`GET /api/v1/banners`, `GET /api/v1/partners?placement=sidebar`), which the widgets render with.
 */
export type { BannerList, BannerSlide } from '@agency-portal/banner-carousel';
export type { PartnerLink, PartnerList } from '@agency-portal/ad-strip';

/** The built stylesheet (its text) and script (its URL) of the pages, from the Vite manifest: see `loadAssets()`. */
export interface Assets {
  /** The stylesheet, inlined in every page's head; the pages' CSP allows exactly this text by its hash. */
  css: readonly string[];
  scripts: readonly string[];
  /**
   * For each widget whose code loads with the page, the chunks it needs beyond the script, and under `*` the script's
   * own imports, which every page needs (to `modulepreload`).
   */
  preloads?: Readonly<Record<string, readonly string[]>>;
}

/** One result of a search, as the search page shows it. */
export interface SearchResult {
  /** The article's page, or a feed item on its member site. */
  url: string;
  /** The language of the page at `url` when it is not the search page's (an article with no version in that language). */
  hreflang?: Lang;
  /** The title and a passage of the text as HTML: escaped text with the matched words in <mark> (made by the server). */
  titleHtml: string;
  snippetHtml: string;
  publishedAt: Date | null;
  /** The article's category, or the member site a feed item comes from. */
  source: string;
  /** True for a feed item: it opens on another site. */
  external: boolean;
  image: ArticleImage | null;
  /** Null for a feed item. */
  views: number | null;
}
