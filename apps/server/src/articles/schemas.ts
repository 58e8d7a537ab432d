// The newsroom's article API, as JSON schemas (TypeBox): they validate requests, shape answers and make the
// OpenAPI document.
import { Type, type Static } from '@sinclair/typebox';
import { ImageInput } from '../banners/schemas.js';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug.js';

const slug = (description = 'a-z, 0-9 and single hyphens') =>
  Type.String({ pattern: SLUG_PATTERN, maxLength: MAX_SLUG_LENGTH, description });
const Slug = slug();

/** Longest body accepted (characters of HTML): a long report with tables is a few hundred KB. */
export const MAX_BODY_LENGTH = 1_000_000;

const editable = {
  title: Type.String({ minLength: 1, maxLength: 300, description: 'Plain text; leading and trailing spaces are removed.' }),
  slug: slug('The address (`/bai-viet/{slug}`); made from the title when absent. A changed slug keeps the old one as a redirect.'),
  summary: Type.String({ maxLength: 1000 }),
  body: Type.String({ maxLength: MAX_BODY_LENGTH, description: 'HTML; sanitized with the allow-list the pages use, on every save.' }),
  category: slug('A category slug (`GET /api/v1/categories`).'),
  author: Type.String({ maxLength: 200, description: 'The author line; the signed-in user’s name when absent.' }),
  status: Type.Union([Type.Literal('draft'), Type.Literal('published')], {
    description: '`published` with a future `publishAt` is scheduled: readers see it from that time on, on every instance.',
  }),
  publishAt: Type.String({
    format: 'date-time',
    description: 'When a published article appears, ISO 8601 with a time zone (`2026-12-05T07:00:00+07:00`); now when absent.',
  }),
  image: Type.Union([ImageInput, Type.Null()], {
    description:
      'The cover picture: an uploaded image (`POST /api/v1/media`) and its alt text (required, not blank); null for none. ' +
      'Shown on the article cards, the article page, Open Graph tags and feed enclosures.',
  }),
};

/** The English version of an article, as written and as read (its body then as stored: sanitized). */
const English = Type.Object(
  {
    title: editable.title,
    summary: editable.summary,
    body: editable.body,
  },
  { additionalProperties: false },
);

const english = Type.Union([English, Type.Null()], {
  description:
    'The English version, shown at `/en/bai-viet/{slug}` and in the English lists and feeds; null for none (the English ' +
    'address then answers 404 with a link to the Vietnamese page). In a write, an object sets (replaces) it, null removes it.',
});

export const CreateArticle = Type.Object(
  {
    title: editable.title,
    category: editable.category,
    slug: Type.Optional(editable.slug),
    summary: Type.Optional(editable.summary),
    body: Type.Optional(editable.body),
    author: Type.Optional(editable.author),
    status: Type.Optional(editable.status),
    publishAt: Type.Optional(editable.publishAt),
    image: Type.Optional(editable.image),
    english: Type.Optional(english),
  },
  { additionalProperties: false },
);
export type CreateArticle = Static<typeof CreateArticle>;

export const UpdateArticle = Type.Composite(
  [
    Type.Object({ version: Type.Integer({ minimum: 1, description: 'The version the change was made on (from the last read or save).' }) }),
    Type.Partial(CreateArticle),
  ],
  { additionalProperties: false },
);
export type UpdateArticle = Static<typeof UpdateArticle>;

export const ArticleId = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }) });

export const ArticleState = Type.Union([
  Type.Literal('draft'),
  Type.Literal('scheduled'),
  Type.Literal('published'),
  Type.Literal('deleted'),
]);

export const StaffListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the title; diacritics optional.' })),
    category: Type.Optional(Slug),
    state: Type.Optional(ArticleState),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type StaffListQuery = Static<typeof StaffListQuery>;

const Image = Type.Object(
  {
    mediaId: Type.Union([Type.Integer(), Type.Null()], { description: 'Null for a picture that was not uploaded (the demo ones).' }),
    url: Type.String({ description: 'The JPEG given to Open Graph and feeds (at least 1200 pixels wide when the upload is).' }),
    alt: Type.String(),
    width: Type.Integer({ description: 'Of the file at `url`.' }),
    height: Type.Integer(),
    srcset: Type.Optional(
      Type.Object({ webp: Type.String(), jpeg: Type.String() }, { description: 'Every width of an uploaded picture, for `srcset`.' }),
    ),
    sizes: Type.Optional(Type.String({ description: 'A `sizes` value for the picture as wide as its column.' })),
  },
  { description: 'The cover picture.' },
);

export const StaffArticle = Type.Object(
  {
    id: Type.Integer(),
    slug: Type.String(),
    title: Type.String(),
    summary: Type.String(),
    body: Type.String({ description: 'As stored: sanitized, what readers see.' }),
    english,
    category: Type.Object({ slug: Type.String(), name: Type.String() }),
    author: Type.String(),
    image: Type.Union([Image, Type.Null()]),
    status: editable.status,
    state: ArticleState,
    publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'Null for a draft.' }),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    deletedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    version: Type.Integer(),
    views: Type.Integer(),
    url: Type.String({ description: 'The public address (readers see it only once published).' }),
  },
  { description: 'An article as the newsroom sees it.' },
);
export type StaffArticleJson = Static<typeof StaffArticle>;

export const StaffArticleList = Type.Object({
  items: Type.Array(StaffArticle),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  total: Type.Integer(),
  totalPages: Type.Integer(),
});
