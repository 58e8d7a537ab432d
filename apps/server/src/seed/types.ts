import type { DemoImage } from './images.js';

/** A figure in an article body: one of the demo images with a caption. */
export interface DemoFigure {
  figure: DemoImage;
  caption: string;
}

/** A demo article as written in the `articles-*.ts` files. */
export interface DemoArticle {
  /** Vietnamese without diacritics, in kebab-case; unique across all categories. */
  slug: string;
  title: string;
  /** One or two sentences. */
  summary: string;
  /** Publication time with its UTC offset, e.g. `2026-11-24T08:30:00+07:00`. */
  publishedAt: string;
  /** Writer and unit, as the byline under the article. */
  author: string;
  views: number;
  /** The lead image: thumbnail in lists and feeds, shown above the body. Body figures use other images. */
  image: DemoImage;
  /** Paragraphs (plain text) and figures, in reading order. */
  body: (string | DemoFigure)[];
  /** Its English version (paragraphs of plain text); none for an article in Vietnamese only. */
  english?: { title: string; summary: string; body: string[] };
}

export interface DemoCategory {
  slug: string;
  name: string;
  articles: DemoArticle[];
}
