// The newsroom's banner and partner API, as JSON schemas (TypeBox): they validate requests, shape answers and make
// the OpenAPI document.
import { Type, type Static, type TProperties } from '@sinclair/typebox';

const DateTime = (description: string) => Type.String({ format: 'date-time', description });
const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const ImageInput = Type.Object(
  {
    mediaId: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1, description: 'An uploaded image (`POST /api/v1/media`).' }),
    alt: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S', description: 'What the image shows, for people who cannot see it.' }),
  },
  { additionalProperties: false },
);

/** The pattern of a banner set's and a partner placement's slug. */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** A banner set: the carousel a banner belongs to. */
const BannerSet = (description: string) => Type.String({ minLength: 1, maxLength: 32, pattern: SLUG_PATTERN, description });

const schedule = {
  startsAt: Nullable(DateTime('Shown from this time on, ISO 8601 with a time zone; null (or absent) for at once.')),
  endsAt: Nullable(DateTime('Shown until this time (not at it), after `startsAt`; null (or absent) for no end.')),
};

const bannerFields = {
  title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'Leading and trailing spaces are removed.' }),
  image: ImageInput,
  url: Nullable(
    Type.String({
      maxLength: 2000,
      pattern: '^(?:https?://[^\\s/]+[^\\s]*|/(?!/)[^\\s]*)$',
      description: 'Where the slide links to: an http(s) address or a path of this site (`/chuyen-muc/...`); null for none.',
    }),
  ),
  interval: Nullable(
    Type.Integer({ minimum: 1000, maximum: 120_000, description: 'Milliseconds before the next slide; null for the carousel’s default.' }),
  ),
  ...schedule,
};

export const CreateBanner = Type.Object(
  {
    title: bannerFields.title,
    image: bannerFields.image,
    url: Type.Optional(bannerFields.url),
    interval: Type.Optional(bannerFields.interval),
    startsAt: Type.Optional(schedule.startsAt),
    endsAt: Type.Optional(schedule.endsAt),
    set: Type.Optional(
      BannerSet(
        'The carousel it belongs to: lowercase letters a-z and digits in words joined by single hyphens, at most 32 characters; ' +
          '`trang-chu` (the home page’s) when absent. Changing it puts the banner after the others of its new set.',
      ),
    ),
  },
  { additionalProperties: false },
);
export type CreateBanner = Static<typeof CreateBanner>;

export const UpdateBanner = Type.Partial(CreateBanner, { additionalProperties: false, minProperties: 1 });
export type UpdateBanner = Static<typeof UpdateBanner>;

const partnerFields = {
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'Leading and trailing spaces are removed.' }),
  image: ImageInput,
  url: Type.String({
    maxLength: 2000,
    pattern: '^https?://[^\\s/]+[^\\s]*$',
    description: 'The partner’s site (http or https): the only place its click redirect goes to.',
  }),
  placement: Type.String({
    minLength: 1,
    maxLength: 32,
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    description: 'Where on the portal it shows, e.g. `sidebar`.',
  }),
  pinned: Type.Boolean({ description: 'Shown before the others, also when the strip shuffles.' }),
  paid: Type.Boolean({ description: 'A paid placement: its link gets rel="sponsored".' }),
};

export const CreatePartner = Type.Object(
  {
    name: partnerFields.name,
    image: partnerFields.image,
    url: partnerFields.url,
    placement: partnerFields.placement,
    pinned: Type.Optional(partnerFields.pinned),
    paid: Type.Optional(partnerFields.paid),
    startsAt: Type.Optional(schedule.startsAt),
    endsAt: Type.Optional(schedule.endsAt),
  },
  { additionalProperties: false },
);
export type CreatePartner = Static<typeof CreatePartner>;

export const UpdatePartner = Type.Partial(CreatePartner, { additionalProperties: false, minProperties: 1 });
export type UpdatePartner = Static<typeof UpdatePartner>;

export const BannerOrder = Type.Object(
  {
    set: Type.Optional(BannerSet('The set whose banners are ordered; `trang-chu` when absent.')),
    ids: Type.Array(Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }), {
      maxItems: 1000,
      description: 'Every id of the set’s banners, each once, in the new order.',
    }),
  },
  { additionalProperties: false },
);

export const ItemId = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }) });

export const Order = Type.Object(
  {
    ids: Type.Array(Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }), {
      maxItems: 1000,
      description: 'Every id of the list, each once, in the new order.',
    }),
  },
  { additionalProperties: false },
);

const Day = (description: string) =>
  Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', description: `YYYY-MM-DD (the portal’s time zone): ${description}` });

export const CountsQuery = Type.Object(
  {
    from: Type.Optional(Day('the first day; 29 days before `to` when absent.')),
    to: Type.Optional(Day('the last day (included); today when absent.')),
  },
  { additionalProperties: false },
);

const State = Type.Union([Type.Literal('shown'), Type.Literal('scheduled'), Type.Literal('ended')], {
  description: 'At the time of the answer: `scheduled` before `startsAt`, `ended` from `endsAt` on, `shown` between.',
});

/** Every width of an uploaded image, as the articles API gives them for covers. */
export const Srcset = Type.Object(
  {
    webp: Type.String({ description: 'For `<source type="image/webp" srcset>`: `".../x-320.webp 320w, .../x-640.webp 640w"`.' }),
    jpeg: Type.String({ description: 'For the `<img srcset>`, with `url` as its `src`.' }),
  },
  { description: 'Every width of the uploaded image, by format, as `srcset` values; absent for an image of one file.' },
);

const Image = Type.Object({
  mediaId: Type.Union([Type.Integer(), Type.Null()], { description: 'Null for an image that was not uploaded.' }),
  url: Type.String({ description: 'The largest JPEG of an uploaded image.' }),
  alt: Type.String(),
  width: Type.Integer({ description: 'Of the file at `url`.' }),
  height: Type.Integer(),
  srcset: Type.Optional(Srcset),
});

const Schedule = {
  startsAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  endsAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  position: Type.Integer({ description: 'Lower first.' }),
  state: State,
};

export const StaffBanner = Type.Object({
  id: Type.Integer(),
  key: Type.String({ description: 'Stable name, made from the first title.' }),
  title: Type.String(),
  image: Image,
  url: Type.Union([Type.String(), Type.Null()]),
  interval: Type.Union([Type.Integer(), Type.Null()]),
  set: Type.String({ description: 'The carousel it belongs to; `position` orders it among that set’s banners.' }),
  ...Schedule,
});

export const StaffPartner = Type.Object({
  id: Type.Integer(),
  key: Type.String({ description: 'Stable name, made from the first name.' }),
  name: Type.String(),
  image: Image,
  url: Type.String(),
  placement: Type.String(),
  pinned: Type.Boolean(),
  paid: Type.Boolean(),
  ...Schedule,
});

export const BannerList = Type.Object({ items: Type.Array(StaffBanner) });
export const PartnerList = Type.Object({ items: Type.Array(StaffPartner) });

const DayCounts = Type.Object({ day: Type.String(), clicks: Type.Integer(), impressions: Type.Integer() });

/** The counts answer of banners or partners: each item's `fields` (id, name, ...) and its counts. */
const CountsList = <T extends TProperties>(fields: T) =>
  Type.Object({
    from: Type.String(),
    to: Type.String(),
    items: Type.Array(
      Type.Object({
        ...fields,
        clicks: Type.Integer({ description: 'Over the whole range.' }),
        impressions: Type.Integer({ description: 'Over the whole range.' }),
        days: Type.Array(DayCounts, { description: 'Every day of the range, first first, with zeros on days without any.' }),
      }),
    ),
  });

export const PartnerCountsList = CountsList({ id: Type.Integer(), name: Type.String(), placement: Type.String() });
/** As the partners' answer, with the banner's `title` where a partner has `name`; banners have no placement. */
export const BannerCountsList = CountsList({ id: Type.Integer(), title: Type.String() });

// The public lists (src/routes/banners.ts), read by the carousel and the partner strip on any site.

const PublicImage = Type.Object({
  url: Type.String({ description: 'Absolute; the largest JPEG of an uploaded image.' }),
  alt: Type.String(),
  width: Type.Integer({ description: 'Of the file at `url`.' }),
  height: Type.Integer(),
  srcset: Type.Optional(Srcset),
});

export const PublicBannerList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      image: PublicImage,
      url: Type.Union([Type.String(), Type.Null()], { description: 'Where the slide links to; null for none.' }),
      clickUrl: Type.Union([Type.String(), Type.Null()], { description: 'Counts the click, then redirects to `url`; null without one.' }),
      interval: Type.Union([Type.Integer(), Type.Null()], { description: 'Milliseconds this slide stays; null for the default.' }),
    }),
    { description: 'The slides shown now, in order.' },
  ),
  impressionsUrl: Type.String({ description: 'Where a batch of seen slides is sent: `POST { "ids": [...] }`.' }),
});

export const PublicBannerQuery = Type.Object({
  set: Type.Optional(BannerSet('The carousel whose banners to list; `trang-chu` (the home page’s) when absent.')),
});

export const PublicBannerSetList = Type.Object({
  items: Type.Array(
    Type.Object({
      set: Type.String({ description: 'The set’s slug, as `GET /api/v1/banners?set=` takes it.' }),
      count: Type.Integer({ description: 'How many of its banners are shown now.' }),
    }),
    { description: 'Every set that has a banner, shown or not, by slug; `trang-chu` first, always there.' },
  ),
});

export const PublicPartnerQuery = Type.Object({
  placement: Type.Optional(Type.String({ maxLength: 32, pattern: SLUG_PATTERN, description: 'Only the partners of this placement.' })),
});

export const PublicPartnerList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      image: PublicImage,
      url: Type.String(),
      clickUrl: Type.String({ description: 'Counts the click, then redirects to `url`.' }),
      placement: Type.String(),
      pinned: Type.Boolean(),
      paid: Type.Boolean({ description: 'A paid placement: its link gets rel="sponsored".' }),
      startsAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      endsAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    }),
    { description: 'The partners shown now: pinned first, then in order.' },
  ),
  impressionsUrl: Type.String({ description: 'Where a batch of seen partners is sent: `POST { "ids": [...] }`.' }),
});
