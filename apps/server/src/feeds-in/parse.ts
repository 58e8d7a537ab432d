import { decodeHTML } from 'entities';
import Parser from 'rss-parser';
import type { NewFeedItem } from '../store/types.js';
import { FeedError } from './errors.js';
import { absoluteUrl, collapse, htmlToText, isWebUrl, sanitizeFeedHtml, truncate } from './sanitize.js';

// One item shape for RSS 0.9x, 1.0 (RDF), 2.0, Atom (read by rss-parser) and JSON Feed 1.0/1.1 (read here).

/** An item as the store keeps it (see NewFeedItem). */
export type ParsedItem = NewFeedItem;

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json';
  title: string;
  /** The source site's home page, when the feed names it. */
  link: string | null;
  items: ParsedItem[];
}

export const MAX_ITEMS = 100;
export const SUMMARY_LENGTH = 300;
const TITLE_LENGTH = 300;
const IMAGE_EXTENSION = /\.(jpe?g|png|gif|webp|avif)(\?|#|$)/i;

/** Reads a decoded feed document fetched from `documentUrl`. Throws a FeedError when it is not a readable feed. */
export async function parseFeed(text: string, documentUrl: string): Promise<ParsedFeed> {
  // A BOM, whitespace or other junk before the first markup is tolerated.
  const start = text.search(/[<{[]/);
  if (start === -1) throw new FeedError('not_a_feed', 'The document is neither XML nor JSON.');
  const body = text.slice(start);
  if (body.startsWith('{') || body.startsWith('[')) return parseJsonFeed(body, documentUrl);
  return parseXmlFeed(body, documentUrl);
}

// ---------------------------------------------------------------------------------------------------------
// XML: RSS, RDF and Atom

type XmlNode = string | { _?: string; $?: Record<string, string>; [child: string]: unknown };
type RawItem = Record<string, unknown>;

const ITEM_FIELDS = [
  ['$', 'attributes', { keepArray: true }],
  ['title', 'rawTitle', { keepArray: true }],
  ['content', 'rawContent', { keepArray: true }],
  ['summary', 'rawSummary', { keepArray: true }],
  ['guid', 'rawGuid', { keepArray: true }],
  ['ap-published', 'published'],
  ['ap-updated', 'updated'],
  ['dcterms:issued', 'issued'],
  ['dcterms:modified', 'modified'],
  ['media:thumbnail', 'mediaThumbnail', { keepArray: true }],
  ['media:content', 'mediaContent', { keepArray: true }],
  ['media:group', 'mediaGroup', { keepArray: true }],
  ['enc:enclosure', 'encEnclosure', { keepArray: true }],
];

function xmlParser() {
  // A new parser for every document: the underlying xml2js parser keeps state while it parses.
  return new Parser<RawItem, RawItem>({
    // A feed with an <rss> root but no version (or an odd one) is read as RSS 2.0.
    defaultRSS: 2,
    customFields: { feed: [['$', 'attributes', { keepArray: true }]] as never, item: ITEM_FIELDS as never },
    xml2js: {
      // rss-parser turns Atom's published/updated into ISO strings itself and throws on a date it cannot
      // read, failing the whole feed; renamed, they reach the lenient date reading below instead.
      tagNameProcessors: [(name: string) => (name === 'published' || name === 'updated' ? `ap-${name}` : name)],
    },
  } as ConstructorParameters<typeof Parser>[0]);
}

async function parseXmlFeed(xml: string, documentUrl: string): Promise<ParsedFeed> {
  // Control characters are not allowed in XML; feeds in the wild contain them anyway.
  // eslint-disable-next-line no-control-regex
  const cleaned = xml.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  let raw: Awaited<ReturnType<ReturnType<typeof xmlParser>['parseString']>>;
  try {
    raw = await xmlParser().parseString(cleaned);
  } catch (first) {
    // The most common breakage in the wild: a bare "&" and HTML entities (&nbsp;) that XML does not know.
    // Entities declared in a DOCTYPE are never expanded: they become literal text here.
    const repaired = repairEntities(cleaned);
    try {
      if (repaired === cleaned) throw first;
      raw = await xmlParser().parseString(repaired);
    } catch {
      if (/Feed not recognized/.test(oneLine(first))) {
        const root = /^(?:<\?[^]*?\?>|<!--[^]*?-->|<![^>]*>|\s)*<([\w:-]+)/.exec(cleaned)?.[1] ?? '?';
        throw new FeedError('not_a_feed', `The document is XML but not RSS, RDF or Atom (its root element is <${root}>).`);
      }
      throw new FeedError('parse_failed', `Not a readable RSS, RDF or Atom feed: ${oneLine(first)}`);
    }
  }

  const format = /^(?:<\?[^]*?\?>|<!--[^]*?-->|<![^>]*>|\s)*<(rss|rdf:RDF|feed)\b/i.exec(cleaned)?.[1].toLowerCase();
  const rootBase = /^(?:<\?[^]*?\?>|<!--[^]*?-->|<![^>]*>|\s)*<[\w:]+\b[^>]*?\sxml:base\s*=\s*["']([^"']*)["']/.exec(cleaned)?.[1];
  const feedAttributes = (raw as unknown as { attributes?: Record<string, string> }).attributes;
  const declaredBase = absoluteUrl(feedAttributes?.['xml:base'], absoluteUrl(rootBase, documentUrl) ?? documentUrl);
  const baseOfRoot = declaredBase ?? absoluteUrl(rootBase, documentUrl);
  const link = optionalWebUrl(typeof raw.link === 'string' ? raw.link : undefined, baseOfRoot ?? documentUrl);
  // Relative URLs: against xml:base when the feed declares one, else against the feed's own link to its site,
  // else against the URL the feed was fetched from.
  const feedBase = baseOfRoot ?? link ?? documentUrl;

  const items = (raw.items ?? []).slice(0, MAX_ITEMS).map((item) => normaliseXmlItem(item as RawItem, feedBase, link));
  return {
    format: format === 'feed' ? 'atom' : format === 'rdf:rdf' ? 'rdf' : 'rss',
    title: truncate(collapse(textOf(raw.title as XmlNode | undefined)), TITLE_LENGTH),
    link,
    items: items.filter((item): item is ParsedItem => item !== null),
  };
}

function normaliseXmlItem(item: RawItem, feedBase: string, feedLink: string | null): ParsedItem | null {
  const attributes = (item.attributes ?? {}) as Record<string, string>;
  const base = absoluteUrl(attributes['xml:base'], feedBase) ?? feedBase;
  const rawContent = first(item.rawContent);
  const rawSummary = first(item.rawSummary);
  const contentBase = absoluteUrl(attributesOf(rawContent)['xml:base'], base) ?? base;
  const summaryBase = absoluteUrl(attributesOf(rawSummary)['xml:base'], base) ?? base;

  // Content: content:encoded, then Atom content, then description (rss-parser puts RSS description in
  // `content`) or Atom summary.
  const encoded = stringOf(item['content:encoded']);
  const contentHtml = encoded ?? stringOf(item.content) ?? stringOf(item.summary);
  const html = contentHtml ? sanitizeFeedHtml(contentHtml, encoded ? base : rawContent ? contentBase : summaryBase) : '';

  // Summary: the description or Atom summary, else the content, as text.
  const summarySource = rawSummary ? stringOf(item.summary) : encoded ? stringOf(item.content) : undefined;
  const summary = truncate(summarySource ? htmlToText(summarySource) : htmlToText(html), SUMMARY_LENGTH);

  const guid = first(item.rawGuid);
  const guidText = textOf(guid as XmlNode | undefined);
  const guidIsLink = attributesOf(guid).isPermaLink !== 'false';
  const url =
    optionalWebUrl(stringOf(item.link), base) ??
    (guidIsLink ? optionalWebUrl(guidText, base) : null) ??
    optionalWebUrl(stringOf(item['rdf:about']), base) ??
    null;

  const title = titleOf(first(item.rawTitle)) || truncate(summary, 120) || url || '';
  if (!title) return null;

  const key = guidText || stringOf(item.id) || url || `${title}|${stringOf(item.pubDate) ?? ''}`;
  const date =
    parseDate(stringOf(item.pubDate)) ??
    parseDate(stringOf(item.published)) ??
    parseDate(stringOf(item.date)) ??
    parseDate(stringOf(item.issued)) ??
    parseDate(stringOf(item.updated)) ??
    parseDate(stringOf(item.modified));

  return {
    key: truncate(key, 500),
    title,
    url: url ?? feedLink,
    summary,
    html,
    author: truncate(collapse(stringOf(item.creator) ?? stringOf(item.author) ?? ''), 200),
    image: xmlThumbnail(item, base, html),
    publishedAt: date,
  };
}

/** Enclosure, then media:thumbnail, then media:content, then the first real image in the content. */
function xmlThumbnail(item: RawItem, base: string, html: string): ParsedItem['image'] {
  const enclosure = item.enclosure as { url?: string; type?: string } | undefined;
  const encEnclosure = attributesOf(first(item.encEnclosure));
  const enclosures = [
    { url: enclosure?.url, type: enclosure?.type },
    { url: encEnclosure.resource ?? encEnclosure.url, type: encEnclosure.type },
  ];
  for (const candidate of enclosures) {
    if (candidate.url && (candidate.type?.startsWith('image/') || (!candidate.type && IMAGE_EXTENSION.test(candidate.url)))) {
      const url = optionalWebUrl(candidate.url, base);
      if (url) return { url, alt: '' };
    }
  }

  const groups = asArray(item.mediaGroup) as Array<Record<string, unknown>>;
  const thumbnails = [...asArray(item.mediaThumbnail), ...groups.flatMap((group) => asArray(group['media:thumbnail']))];
  for (const thumbnail of thumbnails) {
    const url = optionalWebUrl(attributesOf(thumbnail).url, base);
    if (url) return { url, alt: '' };
  }

  const contents = [...asArray(item.mediaContent), ...groups.flatMap((group) => asArray(group['media:content']))];
  for (const content of contents) {
    const { url, type, medium } = attributesOf(content);
    const isImage =
      medium === 'image' || type?.startsWith('image/') || (!type && !medium && url !== undefined && IMAGE_EXTENSION.test(url));
    const absolute = isImage ? optionalWebUrl(url, base) : null;
    if (absolute) return { url: absolute, alt: '' };
    const nested = optionalWebUrl(attributesOf(first((content as Record<string, unknown>)['media:thumbnail'])).url, base);
    if (nested) return { url: nested, alt: '' };
  }

  return firstImage(html);
}

/** The first image of sanitized HTML that is not a 1×1 tracking pixel. */
function firstImage(html: string): ParsedItem['image'] {
  for (const match of html.matchAll(/<img\b([^>]*)>/g)) {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(match[1])?.[1];
    const src = attribute('src');
    if (!src || attribute('width') === '1' || attribute('height') === '1') continue;
    return { url: decodeHTML(src), alt: collapse(decodeHTML(attribute('alt') ?? '')) };
  }
  return null;
}

/** A title as plain text: Atom type="html"/"xhtml" titles lose their markup, other markup stays literal text. */
function titleOf(node: unknown): string {
  if (node === undefined) return '';
  const type = attributesOf(node).type?.toLowerCase();
  const text = textOf(node as XmlNode);
  return truncate(type === 'html' || type === 'text/html' || type === 'xhtml' ? htmlToText(text) : collapse(text), TITLE_LENGTH);
}

/** The text inside an xml2js node and its children, in document order as far as xml2js keeps it. */
function textOf(node: XmlNode | undefined | unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node;
  if (typeof node !== 'object') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  return Object.entries(node)
    .filter(([key]) => key !== '$')
    .map(([, value]) => textOf(value))
    .join(' ');
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (value && typeof value === 'object' && typeof (value as { _?: unknown })._ === 'string') return stringOf((value as { _: string })._);
  return undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function attributesOf(node: unknown): Record<string, string> {
  return node && typeof node === 'object' && '$' in node ? ((node as { $: Record<string, string> }).$ ?? {}) : {};
}

/** An absolute http(s) URL, or null. */
function optionalWebUrl(value: string | undefined, base: string | undefined): string | null {
  const url = absoluteUrl(value ? collapse(value) : undefined, base);
  return isWebUrl(url) ? url : null;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Bare ampersands escaped and HTML named entities replaced by their characters. */
function repairEntities(xml: string): string {
  return xml.replace(/&(?:(#\d+|#x[\da-f]+)|([a-z][a-z\d]*));?/gi, (match: string, numeric?: string, name?: string) => {
    if (numeric && match.endsWith(';')) {
      // A reference to a character XML does not allow (out of range, a surrogate, a control) becomes U+FFFD.
      const code = numeric[1].toLowerCase() === 'x' ? parseInt(numeric.slice(2), 16) : parseInt(numeric.slice(1), 10);
      const allowed =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      return allowed ? match : '\ufffd';
    }
    if (name && match.endsWith(';')) {
      if (XML_ENTITIES.has(name)) return match;
      const decoded = decodeHTML(match);
      if (decoded !== match) return escapeXml(decoded);
    }
    return `&amp;${match.slice(1)}`;
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// Dates

const VIETNAM_OFFSET = '+07:00';

/** A date from a feed, or null: RFC 822, ISO 8601 and day/month/year (read in Vietnam time) are understood. */
export function parseDate(value: string | undefined): Date | null {
  if (!value) return null;
  const text = collapse(value);
  const dmy = /^(?:[^\d]*?,\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?/.exec(text);
  let time: number;
  if (dmy) {
    const [, day, month, year, hour = '0', minute = '0', second = '0'] = dmy;
    const pad = (part: string) => part.padStart(2, '0');
    time = Date.parse(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${VIETNAM_OFFSET}`);
  } else {
    // "GMT+7" and "UT" are common in the wild and unknown to Date.parse.
    time = Date.parse(
      text.replace(
        /\b(?:GMT|UTC?)([+-])(\d{1,2})(?::?(\d{2}))?$/i,
        (_m, sign: string, hours: string, minutes = '00') => `${sign}${hours.padStart(2, '0')}${minutes}`,
      ),
    );
  }
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= 1970 && year <= 2100 ? date : null;
}

// ---------------------------------------------------------------------------------------------------------
// JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/)

interface JsonFeedItem {
  id?: unknown;
  url?: unknown;
  external_url?: unknown;
  title?: unknown;
  content_html?: unknown;
  content_text?: unknown;
  summary?: unknown;
  image?: unknown;
  banner_image?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
  author?: { name?: unknown };
  authors?: Array<{ name?: unknown }>;
  attachments?: Array<{ url?: unknown; mime_type?: unknown }>;
}

function parseJsonFeed(text: string, documentUrl: string): ParsedFeed {
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse_failed', `Not a readable JSON Feed: ${oneLine(error)}`);
  }
  if (!feed || typeof feed !== 'object' || Array.isArray(feed))
    throw new FeedError('not_a_feed', 'The JSON document is not a JSON Feed object.');
  const { version, title, home_page_url: homePage, items } = feed as Record<string, unknown>;
  // Version 1.0 and 1.1 are read; some feeds write "1.0" instead of the version URL, which is accepted too.
  const major =
    typeof version === 'string' ? /^(?:https?:\/\/jsonfeed\.org\/version\/)?(\d+)(?:\.\d+)?\/?$/.exec(version.trim())?.[1] : undefined;
  if (major !== '1' || !Array.isArray(items)) {
    throw new FeedError(
      'not_a_feed',
      `The JSON document is not a JSON Feed 1.x (version ${JSON.stringify(version ?? null)}, ${Array.isArray(items) ? 'with' : 'without'} items).`,
    );
  }
  const link = optionalWebUrl(typeof homePage === 'string' ? homePage : undefined, documentUrl);
  const base = link ?? documentUrl;
  const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

  const parsed = items.slice(0, MAX_ITEMS).flatMap((entry: JsonFeedItem): ParsedItem[] => {
    if (!entry || typeof entry !== 'object') return [];
    const contentHtml = str(entry.content_html);
    const contentText = str(entry.content_text);
    const html = contentHtml
      ? sanitizeFeedHtml(contentHtml, base)
      : contentText
        ? contentText
            .split(/\n\s*\n/)
            .map((paragraph) => `<p>${escapeXml(collapse(paragraph))}</p>`)
            .join('')
        : '';
    const summary = truncate(
      str(entry.summary) ? collapse(str(entry.summary)!) : contentText ? collapse(contentText) : htmlToText(html),
      SUMMARY_LENGTH,
    );
    const url = optionalWebUrl(str(entry.url), base) ?? optionalWebUrl(str(entry.external_url), base);
    const title = truncate(collapse(str(entry.title) ?? ''), TITLE_LENGTH) || truncate(summary, 120) || url || '';
    if (!title) return [];
    const attachment = (Array.isArray(entry.attachments) ? entry.attachments : []).find(
      (candidate) => typeof candidate?.mime_type === 'string' && candidate.mime_type.startsWith('image/'),
    );
    const imageUrl =
      optionalWebUrl(str(entry.image), base) ?? optionalWebUrl(str(entry.banner_image), base) ?? optionalWebUrl(str(attachment?.url), base);
    const authors = Array.isArray(entry.authors) ? entry.authors : entry.author ? [entry.author] : [];
    const id = str(entry.id) ?? (typeof entry.id === 'number' ? String(entry.id) : undefined);
    return [
      {
        key: truncate(id ?? url ?? title, 500),
        title,
        url: url ?? link,
        summary,
        html,
        author: truncate(
          collapse(
            authors
              .map((author) => str(author?.name))
              .filter(Boolean)
              .join(', '),
          ),
          200,
        ),
        image: imageUrl ? { url: imageUrl, alt: '' } : firstImage(html),
        publishedAt: parseDate(str(entry.date_published)) ?? parseDate(str(entry.date_modified)),
      },
    ];
  });
  return { format: 'json', title: truncate(collapse(str(title) ?? ''), TITLE_LENGTH), link, items: parsed };
}
