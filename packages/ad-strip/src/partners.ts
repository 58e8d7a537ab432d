import { isServer } from 'lit';

/** One partner as the partners API lists it. */
export interface PartnerLink {
  id: number;
  name: string;
  image: {
    url: string;
    alt: string;
    width: number;
    height: number;
    /**
     * The logo in several widths, when the API has them: `srcset` values by format
     * (`"https://…/x-240.webp 240w, https://…/x-480.webp 480w"`). The strip then shows a `<picture>`.
     */
    srcset?: { webp: string; jpeg: string } | null;
  };
  /** The partner's own site. */
  url: string;
  /** The link the strip uses: the server counts the click, then redirects to `url`. */
  clickUrl: string;
  placement: string;
  pinned: boolean;
  /** A paid placement: the link gets rel="sponsored". */
  paid: boolean;
  /** ISO 8601, or null for open-ended. */
  startsAt: string | null;
  endsAt: string | null;
}

export interface PartnerList {
  items: PartnerLink[];
  /** Where the strip sends the ids of partners seen, in batches. */
  impressionsUrl: string;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isDate = (value: unknown) => value === null || (isString(value) && !Number.isNaN(Date.parse(value)));

/**
 * Only http(s) URLs: a `javascript:` URL from a broken or hostile API must never become a link. A relative URL is one
 * of the page's own; on the server (Lit SSR), which has no page, it is checked against a stand-in http base.
 */
function isHttpUrl(value: unknown): value is string {
  try {
    return isString(value) && /^https?:$/.test(new URL(value, isServer ? 'http://localhost/' : document.baseURI).protocol);
  } catch {
    return false;
  }
}

/** A `srcset` value whose every candidate is an http(s) URL (a width or density after it). */
const isSrcset = (value: unknown) => isString(value) && value.split(',').every((candidate) => isHttpUrl(candidate.trim().split(/\s+/)[0]));

/** `image.srcset` when there is one (absent or null for none): both formats, each a good `srcset`. */
function isSources(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  const sources = value as Record<string, unknown>;
  return isSrcset(sources.webp) && isSrcset(sources.jpeg);
}

function isPartner(value: unknown): boolean {
  const item = (value ?? {}) as Record<string, unknown>;
  const image = (item.image ?? {}) as Record<string, unknown>;
  return (
    isNumber(item.id) &&
    isString(item.name) &&
    isHttpUrl(image.url) &&
    isSources(image.srcset) &&
    isString(image.alt) &&
    isNumber(image.width) &&
    isNumber(image.height) &&
    isHttpUrl(item.clickUrl) &&
    typeof item.pinned === 'boolean' &&
    typeof item.paid === 'boolean' &&
    isDate(item.startsAt) &&
    isDate(item.endsAt)
  );
}

/** Whether an API answer has, with the right types, every field the strip uses. */
export function isPartnerList(body: unknown): body is PartnerList {
  const list = (body ?? {}) as Record<string, unknown>;
  return Array.isArray(list.items) && list.items.every(isPartner) && isHttpUrl(list.impressionsUrl);
}

/** Whether the partner runs at `now`; the server already filters, this catches a cached answer. */
export const isRunning = (item: PartnerLink, now = Date.now()) =>
  (item.startsAt === null || Date.parse(item.startsAt) <= now) && (item.endsAt === null || Date.parse(item.endsAt) > now);

/** Pinned items first (in their order), then the others, shuffled when `shuffle`. */
export function arrange<T>(items: readonly T[], pinned: (item: T) => boolean, shuffle: boolean, random = Math.random): T[] {
  const first = items.filter(pinned);
  const rest = items.filter((item) => !pinned(item));
  if (shuffle) {
    for (let i = rest.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rest[i], rest[j]] = [rest[j], rest[i]];
    }
  }
  return [...first, ...rest];
}
