import { isServer } from 'lit';

/** One slide as the banners API lists it. */
export interface BannerSlide {
  id: number;
  title: string;
  image: {
    url: string;
    alt: string;
    width: number;
    height: number;
    /**
     * The picture in several widths, when the API has them: `srcset` values by format
     * (`"https://…/x-640.webp 640w, https://…/x-1280.webp 1280w"`). The carousel then shows a `<picture>`.
     */
    srcset?: { webp: string; jpeg: string } | null;
  };
  /** Where the slide links to; null for none. */
  url: string | null;
  /** The link the carousel uses when given: the server counts the click, then redirects to `url`. */
  clickUrl?: string | null;
  /** Milliseconds this slide stays in the slide show; null for the carousel's `interval`. */
  interval: number | null;
}

export interface BannerList {
  items: BannerSlide[];
  /** Where the carousel sends the ids of the slides shown, in batches; without it nothing is counted. */
  impressionsUrl?: string;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Only http(s) URLs: a `javascript:` URL from a broken or hostile API must never become a link or image. A relative
 * URL is one of the page's own; on the server (Lit SSR), which has no page, it is checked against a stand-in http base.
 */
export function isHttpUrl(value: unknown): value is string {
  try {
    return isString(value) && /^https?:$/.test(new URL(value, isServer ? 'http://localhost/' : document.baseURI).protocol);
  } catch {
    return false;
  }
}

/** A `srcset` value whose every candidate is an http(s) URL (a width or density after it). */
export function isSrcset(value: unknown): value is string {
  return isString(value) && value.split(',').every((candidate) => isHttpUrl(candidate.trim().split(/\s+/)[0]));
}

/** `image.srcset` when there is one (absent or null for none): both formats, each a good `srcset`. */
export function isSources(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  const sources = (value ?? {}) as Record<string, unknown>;
  return isSrcset(sources.webp) && isSrcset(sources.jpeg);
}

function isSlide(value: unknown): boolean {
  const item = (value ?? {}) as Record<string, unknown>;
  const image = (item.image ?? {}) as Record<string, unknown>;
  return (
    isString(item.title) &&
    isHttpUrl(image.url) &&
    isSources(image.srcset) &&
    isString(image.alt) &&
    isNumber(image.width) &&
    isNumber(image.height) &&
    (item.url === null || isHttpUrl(item.url)) &&
    (item.clickUrl == null || isHttpUrl(item.clickUrl)) &&
    (item.interval === null || isNumber(item.interval))
  );
}

/**
 * Whether an API answer has, with the right types, every field the carousel shows. `clickUrl` and `impressionsUrl`
 * may be absent (a list without counting, such as a sibling site's own), but never anything else than http(s).
 */
export function isBannerList(body: unknown): body is BannerList {
  const list = (body ?? {}) as Record<string, unknown>;
  return Array.isArray(list.items) && list.items.every(isSlide) && (list.impressionsUrl === undefined || isHttpUrl(list.impressionsUrl));
}
