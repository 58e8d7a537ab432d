import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { articlePath } from '@agency-portal/portal/templates.js';
import { ApiError } from '../api/openapi.js';
import { strictValidation } from '../api/validation.js';
import type { Config } from '../config.js';
import type { SearchHit, SearchSource, Store } from '../store/types.js';
import { bodyText, highlight, MAX_QUERY_LENGTH, parseQuery, snippet, type SearchQuery } from './text.js';

export interface SearchRoutesOptions {
  config: Config;
  store: Store;
}

export const SEARCH_SOURCES: readonly SearchSource[] = ['portal', 'feeds', 'all'];
export const SEARCH_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 50;
const MAX_PAGE = 10_000;

export const SearchQueryString = Type.Object(
  {
    q: Type.String({
      minLength: 1,
      maxLength: MAX_QUERY_LENGTH,
      description:
        'The words to find, diacritics optional ("cai cach hanh chinh" finds "cải cách hành chính"); "…" for a phrase; the last word ' +
        'also matches as the start of a word. Punctuation only separates words.',
    }),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: SEARCH_PAGE_SIZE }),
    category: Type.Optional(
      Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 64, description: "Only the portal's articles of this category." }),
    ),
    source: Type.Union(
      SEARCH_SOURCES.map((source) => Type.Literal(source)),
      { default: 'all', description: "`portal`: the portal's articles; `feeds`: the member sites' feed items; `all` (default): both." },
    ),
  },
  { additionalProperties: false },
);

const Highlight = Type.Object(
  {
    title: Type.String({ description: 'The title, HTML-escaped, with the matched words in <mark>.' }),
    snippet: Type.String({ description: 'A passage of the text around the matched words, HTML-escaped, with them in <mark>.' }),
  },
  { description: 'HTML to insert as is: escaped text and <mark> elements, nothing else.' },
);

const SearchItem = Type.Object({
  type: Type.Union([Type.Literal('article'), Type.Literal('feed-item')]),
  id: Type.Integer(),
  slug: Type.Union([Type.String(), Type.Null()], { description: 'Null for a feed item.' }),
  title: Type.String(),
  summary: Type.String(),
  image: Type.Union([
    Type.Object({
      url: Type.String(),
      alt: Type.String(),
      width: Type.Union([Type.Integer(), Type.Null()]),
      height: Type.Union([Type.Integer(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  category: Type.Object(
    { slug: Type.String(), name: Type.String() },
    { description: "An article's category, or a feed item's source (the feed's id and name)." },
  ),
  author: Type.String(),
  publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  views: Type.Union([Type.Integer(), Type.Null()]),
  url: Type.String({ description: "The article's page, or the item on its own site." }),
  highlight: Highlight,
});

export const SearchResults = Type.Object({
  q: Type.String(),
  items: Type.Array(SearchItem),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  total: Type.Integer(),
  totalPages: Type.Integer(),
});
export type SearchItem = Static<typeof SearchItem>;

/** A hit as the API gives it: the article list's item shape, plus `type` and `highlight`. */
export function searchItem(publicUrl: string, hit: SearchHit, query: SearchQuery): SearchItem {
  if (hit.type === 'article') {
    const { article } = hit;
    return {
      type: 'article',
      id: article.id,
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      image: article.image && {
        url: publicUrl + article.image.path,
        alt: article.image.alt,
        width: article.image.width,
        height: article.image.height,
      },
      category: article.category,
      author: article.author,
      publishedAt: article.publishedAt.toISOString(),
      views: article.views,
      url: publicUrl + articlePath(article.slug),
      highlight: { title: highlight(article.title, query), snippet: snippet(bodyText(article.summary, article.body), query) },
    };
  }
  const { item, feed } = hit;
  return {
    type: 'feed-item',
    id: item.id,
    slug: null,
    title: item.title,
    summary: item.summary,
    image: item.image && { url: item.image.url, alt: item.image.alt, width: null, height: null },
    category: { slug: feed.id, name: feed.name },
    author: item.author,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    views: null,
    url: item.url ?? feed.siteUrl ?? feed.url,
    highlight: { title: highlight(item.title, query), snippet: snippet(bodyText(item.summary, item.html), query) },
  };
}

/** `GET /api/v1/search`: the portal's articles and the member sites' feed items, ranked, with highlighted snippets. */
export const searchRoutes: FastifyPluginAsync<SearchRoutesOptions> = async (plain, { config, store }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  strictValidation(app);

  app.get(
    '/search',
    {
      onRequest: async (_request, reply) => {
        // Errors too: a search box on a member site must be able to read the message.
        reply.header('access-control-allow-origin', '*');
      },
      schema: {
        tags: ['Search'],
        summary: "Search the portal's articles and the member sites' feeds",
        description:
          'Every term must match (in the title, summary or text). Diacritics, `đ` and case are folded and the old and new tone-mark ' +
          'placements (hoà/hòa, thuỷ/thủy) are one; a query typed with diacritics ranks exact matches first. Then: the whole query ' +
          'as a phrase in the title, every term in the title, the phrase anywhere, the rest; newest first within each. Readers find ' +
          'only what they may read: published articles (not drafts, deleted or scheduled ones) and stored feed items, but not those ' +
          'of a disabled member site.',
        querystring: SearchQueryString,
        response: { 200: SearchResults, 400: ApiError, 404: ApiError },
      },
    },
    async (request, reply) => {
      const { q, page, pageSize, category, source } = request.query;
      if (category !== undefined && (await store.getCategory(category)) === undefined) {
        return reply.code(404).send({ error: { code: 'not_found', message: `No category "${category}".` } });
      }
      const query = parseQuery(q);
      const { items, total } = await store.search({
        query,
        source,
        category,
        offset: (page - 1) * pageSize,
        limit: pageSize,
        now: app.now(),
      });
      reply.header('cache-control', 'public, max-age=60');
      return {
        q,
        items: items.map((hit) => searchItem(config.publicUrl, hit, query)),
        page,
        pageSize,
        total,
        totalPages: Math.ceil(total / pageSize),
      };
    },
  );
};
