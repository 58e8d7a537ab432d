import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';

// Item HTML from a feed is untrusted. It is reduced to a strict allow-list on the server, with every link and
// image URL made absolute against the item's base URL first, so that relative URLs work on the portal and
// the scheme check sees the real scheme: only http and https survive; javascript:, data:, vbscript: and the
// rest are dropped. No scripts, styles, frames, forms, event handlers or inline styles.

const ALLOWED_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'figure',
  'figcaption',
  'img',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
];

/** Makes `value` absolute against `base`; undefined when it is not a valid URL. */
export function absoluteUrl(value: string | undefined | null, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** True for an absolute http(s) URL. */
export function isWebUrl(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\/[^/]/i.test(value);
}

function options(base: string | undefined): sanitizeHtml.IOptions {
  const resolve = (attribute: string) => (tagName: string, attribs: sanitizeHtml.Attributes) => {
    const value = absoluteUrl(attribs[attribute], base);
    const next = { ...attribs };
    if (isWebUrl(value)) next[attribute] = value;
    else delete next[attribute];
    if (tagName === 'a') next.rel = 'nofollow noopener noreferrer';
    return { tagName, attribs: next };
  };
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt', 'width', 'height'] },
    allowedSchemes: ['http', 'https'],
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    allowedStyles: {},
    allowVulnerableTags: false,
    transformTags: { a: resolve('href'), img: resolve('src') },
    // An image without a usable source is dropped, and so is a 1×1 tracking pixel.
    exclusiveFilter: (frame) =>
      frame.tag === 'img' && (!frame.attribs.src || (frame.attribs.width === '1' && frame.attribs.height === '1')),
  };
}

/** Feed item HTML reduced to the allow-list, URLs absolute against `base`, text in NFC. */
export function sanitizeFeedHtml(html: string, base: string | undefined): string {
  return sanitizeHtml(html, options(base)).normalize('NFC').trim();
}

/** The text of an HTML fragment: no tags, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const blocks =
    /<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|figure|figcaption|blockquote|pre|table|tr|td|th|section|article|header|footer)\b[^>]*>/gi;
  const text = sanitizeHtml(html.replace(blocks, ' $& '), { allowedTags: [], allowedAttributes: {} });
  return collapse(decodeHTML(text));
}

/** Whitespace collapsed to single spaces, trimmed, in NFC (Vietnamese text often arrives decomposed). */
export function collapse(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
