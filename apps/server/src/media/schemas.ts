// The newsroom's media API, as JSON schemas (TypeBox).
import { Type } from '@sinclair/typebox';

export const MediaId = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }) });

export const MediaListQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 30 }),
  },
  { additionalProperties: false },
);

const MediaFile = Type.Object({
  url: Type.String(),
  width: Type.Integer(),
  height: Type.Integer(),
  type: Type.Union([Type.Literal('image/webp'), Type.Literal('image/jpeg')]),
  bytes: Type.Integer(),
});

export const Media = Type.Object(
  {
    id: Type.Integer(),
    width: Type.Integer({ description: 'The picture as readers see it (EXIF orientation applied), before any resizing.' }),
    height: Type.Integer(),
    url: Type.String({ description: 'The largest JPEG: for `<img src>`, Open Graph and feeds.' }),
    srcset: Type.Object(
      { webp: Type.String(), jpeg: Type.String() },
      { description: '`srcset` values for `<picture>`: `<source type="image/webp">` and the `<img>`.' },
    ),
    sizes: Type.String({ description: 'A `sizes` value for an image as wide as its column.' }),
    files: Type.Array(MediaFile, { description: 'Every rendition, smallest first, WebP then JPEG.' }),
    uploadedBy: Type.String({ description: 'The username of who uploaded it, at the time.' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { description: 'An uploaded image: only its renditions are stored and served, never the uploaded file.' },
);

export const MediaList = Type.Object({
  items: Type.Array(Media),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  total: Type.Integer(),
  totalPages: Type.Integer(),
});

export const MediaUpload = Type.String({
  format: 'binary',
  description: 'The image file itself (JPEG, PNG or WebP, at most 20 MB and 40 megapixels), with its Content-Type.',
});
