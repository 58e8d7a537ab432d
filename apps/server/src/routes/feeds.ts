import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import {
  articlePath,
  categoryPath,
  FEEDS,
  LANGS,
  localePath,
  siteDescription,
  SITE_NAME,
  type Lang,
} from '@agency-portal/portal/templates.js';
import { markupTemplate } from '@agency-portal/portal/html.js';
import type { Article, Store } from '../store/types.js';

/** XML that templates insert as is, such as the result of a nested `xml` template. */
export class SafeXml {
  constructor(readonly value: string) {}
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Characters XML 1.0 cannot carry at all, not even as references: most C0 controls, lone surrogates, U+FFFE, U+FFFF. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for XML element content or a quoted attribute value: characters XML cannot carry are dropped, markup escaped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** Tagged template for XML: every interpolated value is escaped unless it is SafeXml; arrays are joined. */
export const xml = markupTemplate(SafeXml, escapeXml);

export interface FeedRoutesOptions {
  config: Config;
  store: Store;
}

/** Articles in each feed. */
export const FEED_SIZE = 20;

const [RSS, ATOM, JSON_FEED] = FEEDS;

/**
 * The newest articles as RSS 2.0, Atom 1.0 and JSON Feed 1.1, cached for 5 minutes and revalidated by ETag; in each
 * language (`/feeds/…` and `/en/feeds/…`): the feed's own words, the articles in that language (in English, those
 * with an English version) and every link in it.
 */
export const feedRoutes: FastifyPluginAsync<FeedRoutesOptions> = async (app, { config, store }) => {
  for (const lang of LANGS) feedsIn(app, config, store, lang);
};

function feedsIn(app: FastifyInstance, config: Config, store: Store, lang: Lang) {
  const { publicUrl } = config;
  const homeUrl = publicUrl + localePath(lang, '/');
  const description = siteDescription(lang);
  /** A Vietnamese path's absolute address in this feed's language. */
  const absolute = (path: string) => publicUrl + localePath(lang, path);
  /**
   * The body with its root-relative `src`, `href` and `srcset` URLs made absolute (each of a `srcset`'s: at its start
   * and after each comma): feed readers show it on other sites.
   */
  const absoluteBody = (body: string) =>
    body
      .replace(/(\s(?:src|href)=")\/(?!\/)/g, (_match, attribute: string) => `${attribute}${publicUrl}/`)
      .replace(
        /(\ssrcset=")([^"]*)"/g,
        (_match, attribute: string, value: string) =>
          `${attribute}${value.replace(/(^|,\s*)\/(?!\/)/g, (_start, before: string) => `${before}${publicUrl}/`)}"`,
      );

  /** The newest articles in this language with their bodies, and the time of the newest change (now for an empty feed). */
  async function newest(): Promise<{ articles: Article[]; updated: Date }> {
    const now = app.now();
    const { items } = await store.listArticles({ offset: 0, limit: FEED_SIZE, now, lang });
    const articles = (await Promise.all(items.map((item) => store.getArticle(item.slug, now, lang)))).filter(
      (article) => article !== undefined,
    );
    const times = articles.map((article) => article.updatedAt.getTime());
    return { articles, updated: new Date(times.length > 0 ? Math.max(...times) : Date.now()) };
  }

  app.get(localePath(lang, RSS.path), async (request, reply) => {
    const { articles, updated } = await newest();
    const body = xml`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${SITE_NAME}</title>
<link>${homeUrl}</link>
<description>${description}</description>
<language>${lang}</language>
<lastBuildDate>${updated.toUTCString()}</lastBuildDate>
<atom:link href="${absolute(RSS.path)}" rel="self" type="${RSS.type}"/>
${articles.map((article) => {
  const link = absolute(articlePath(article.slug));
  return xml`<item>
<title>${article.title}</title>
<link>${link}</link>
<guid isPermaLink="true">${link}</guid>
<pubDate>${article.publishedAt.toUTCString()}</pubDate>
<dc:creator>${article.author}</dc:creator>
<category domain="${absolute(categoryPath(article.category.slug))}">${article.category.name}</category>
<description>${article.summary}</description>
${article.image && xml`<enclosure url="${publicUrl + article.image.path}" length="${article.image.bytes}" type="${article.image.type}"/>\n`}</item>
`;
})}</channel>
</rss>
`.value;
    return sendFeed(request, reply, RSS.type, body);
  });

  app.get(localePath(lang, ATOM.path), async (request, reply) => {
    const { articles, updated } = await newest();
    const body = xml`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
<id>${homeUrl}</id>
<title>${SITE_NAME}</title>
<subtitle>${description}</subtitle>
<updated>${updated.toISOString()}</updated>
<author><name>${SITE_NAME}</name></author>
<link rel="self" type="${ATOM.type}" href="${absolute(ATOM.path)}"/>
<link rel="alternate" type="text/html" href="${homeUrl}"/>
${articles.map((article) => {
  const link = absolute(articlePath(article.slug));
  return xml`<entry>
<id>${link}</id>
<title>${article.title}</title>
<link rel="alternate" type="text/html" href="${link}"/>
<published>${article.publishedAt.toISOString()}</published>
<updated>${article.updatedAt.toISOString()}</updated>
<author><name>${article.author}</name></author>
<category term="${article.category.slug}" label="${article.category.name}"/>
<summary>${article.summary}</summary>
<content type="html">${absoluteBody(article.body)}</content>
${article.image && xml`<link rel="enclosure" href="${publicUrl + article.image.path}" length="${article.image.bytes}" type="${article.image.type}"/>\n`}</entry>
`;
})}</feed>
`.value;
    return sendFeed(request, reply, ATOM.type, body);
  });

  app.get(localePath(lang, JSON_FEED.path), async (request, reply) => {
    const { articles } = await newest();
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: SITE_NAME,
      home_page_url: homeUrl,
      feed_url: absolute(JSON_FEED.path),
      description,
      language: lang,
      items: articles.map((article) => {
        const link = absolute(articlePath(article.slug));
        return {
          id: link,
          url: link,
          title: article.title,
          summary: article.summary,
          content_html: absoluteBody(article.body),
          ...(article.image && { image: publicUrl + article.image.path }),
          date_published: article.publishedAt.toISOString(),
          date_modified: article.updatedAt.toISOString(),
          authors: [{ name: article.author }],
          tags: [article.category.name],
          ...(article.image && {
            attachments: [{ url: publicUrl + article.image.path, mime_type: article.image.type, size_in_bytes: article.image.bytes }],
          }),
        };
      }),
    };
    return sendFeed(request, reply, JSON_FEED.type, JSON.stringify(feed));
  });
}

/** Sends a feed with a 5-minute cache and a content-hash ETag; 304 when the client already has this version. */
function sendFeed(request: FastifyRequest, reply: FastifyReply, type: string, body: string) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  reply.header('cache-control', 'public, max-age=300').header('etag', etag);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch?.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim()))) return reply.code(304).send();
  return reply.type(`${type}; charset=utf-8`).send(body);
}
