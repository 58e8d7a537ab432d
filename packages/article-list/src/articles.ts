/** One article as the articles API lists it. */
export interface Article {
  id: number;
  slug: string;
  title: string;
  summary: string;
  image: { url: string; alt: string; width: number; height: number } | null;
  category: { slug: string; name: string };
  author: string;
  /** ISO 8601. */
  publishedAt: string;
  views: number;
  /** The article's page. */
  url: string;
}

/** One page of the articles API, newest first. */
export interface ArticlePage {
  items: Article[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Only http(s) URLs: a `javascript:` URL from a broken or hostile API must never become a link. */
function isHttpUrl(value: unknown): boolean {
  try {
    return isString(value) && /^https?:$/.test(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

function isImage(value: unknown): boolean {
  const image = value as Record<string, unknown> | null;
  return image === null || (isHttpUrl(image?.url) && isString(image!.alt) && isNumber(image!.width) && isNumber(image!.height));
}

function isArticle(value: unknown): boolean {
  const item = (value ?? {}) as Record<string, unknown>;
  return (
    isString(item.title) &&
    isString(item.summary) &&
    isHttpUrl(item.url) &&
    isString(item.publishedAt) &&
    !Number.isNaN(Date.parse(item.publishedAt)) &&
    isNumber(item.views) &&
    isImage(item.image)
  );
}

/** Whether an API answer has, with the right types, every field the widget shows. */
export function isArticlePage(body: unknown): body is ArticlePage {
  const page = (body ?? {}) as Record<string, unknown>;
  return Array.isArray(page.items) && page.items.every(isArticle) && [page.page, page.total, page.totalPages].every(isNumber);
}
