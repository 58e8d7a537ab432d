import { isServer } from 'lit';

/** One article as the articles API lists it, or a feed item as the feed items API lists it. */
export interface Article {
  id: number;
  /** Null for a feed item. */
  slug: string | null;
  title: string;
  summary: string;
  /**
   * A feed item's image has no known size; an uploaded cover has every width in `srcset`, in WebP and JPEG (the
   * portal's articles API).
   */
  image: { url: string; alt: string; width: number | null; height: number | null; srcset?: { webp?: string; jpeg: string } } | null;
  category: { slug: string; name: string };
  author: string;
  /** ISO 8601; null for a feed item without a readable date. */
  publishedAt: string | null;
  /** Null for a feed item. */
  views: number | null;
  /** The article's page (on the source site for a feed item). */
  url: string;
}

/** One page of the articles API, newest first. */
export interface ArticlePage {
  items: Article[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
  /** Feed items only: the server could not refresh the feed lately, so the items may be out of date. */
  stale?: boolean;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isNumberOrNull = (value: unknown) => value === null || isNumber(value);

/**
 * Only http(s) URLs: a `javascript:` URL from a broken or hostile API must never become a link. A relative URL is
 * resolved against the page; on a server (Lit SSR), which has no page, against any http one (its scheme is what counts).
 */
function isHttpUrl(value: unknown): boolean {
  try {
    return isString(value) && /^https?:$/.test(new URL(value, isServer ? 'http://localhost/' : document.baseURI).protocol);
  } catch {
    return false;
  }
}

function isImage(value: unknown): boolean {
  const image = value as Record<string, unknown> | null;
  return (
    image === null ||
    (isHttpUrl(image?.url) &&
      isString(image!.alt) &&
      isNumberOrNull(image!.width) &&
      isNumberOrNull(image!.height) &&
      // An uploaded cover's widths (absent for other pictures): text, if anything.
      isString((image!.srcset as Record<string, unknown> | undefined)?.jpeg ?? '') &&
      isString((image!.srcset as Record<string, unknown> | undefined)?.webp ?? ''))
  );
}

function isArticle(value: unknown): boolean {
  const item = (value ?? {}) as Record<string, unknown>;
  return (
    isString(item.title) &&
    isString(item.summary) &&
    isHttpUrl(item.url) &&
    (item.publishedAt === null || !Number.isNaN(Date.parse(item.publishedAt as string))) &&
    isNumberOrNull(item.views) &&
    isImage(item.image)
  );
}

/** Whether an API answer has, with the right types, every field the widget shows. */
export function isArticlePage(body: unknown): body is ArticlePage {
  const page = (body ?? {}) as Record<string, unknown>;
  return Array.isArray(page.items) && page.items.every(isArticle) && [page.page, page.total, page.totalPages].every(isNumber);
}
