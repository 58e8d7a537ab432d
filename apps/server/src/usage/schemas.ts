// Where the widgets live, as JSON schemas (TypeBox): they validate requests, shape answers and make the OpenAPI
// document. What a schema cannot say (an origin without a path, a site that exists) the routes check.
import { Type, type Static } from '@sinclair/typebox';
import { MAX_NEW_SITE_ID, NEW_SITE_ID } from '../sites/schemas.js';
import { MAX_SITE_ID_LENGTH } from '../stats/engine.js';
import { WIDGETS } from './recorder.js';

/** The unregistered origins list looks back this many days. */
export const ORIGINS_DAYS = 30;

export const UsageQuery = Type.Object(
  {
    days: Type.Integer({
      minimum: 1,
      maximum: 366,
      default: 30,
      description: 'How many days, up to and including today (the portal’s calendar day in Asia/Ho_Chi_Minh), 1 to 366.',
    }),
  },
  { additionalProperties: false },
);
export type UsageQuery = Static<typeof UsageQuery>;

const WidgetName = Type.String({
  enum: [...WIDGETS],
  description: 'The embed name of the widget, or `hit` for page-view hits (`POST /api/v1/stats/hit`).',
});
const Instant = (description: string) => Type.String({ format: 'date-time', description });

export const SiteUsage = Type.Object({
  site: Type.String({ description: 'The site’s id.' }),
  widgets: Type.Array(
    Type.Object({
      widget: WidgetName,
      loads: Type.Integer({ minimum: 0, description: 'Bundle downloads, server renders, data requests or hits in the period.' }),
      lastSeen: Instant('The last time it was seen.'),
      versions: Type.Array(Type.String(), {
        description: 'The embed versions seen: a pinned release (`1.4.0`) or `latest` for `/embed/<widget>.js`; newest first.',
      }),
    }),
    { description: 'The widgets seen on the site’s registered origins in the period, by name.' },
  ),
  pageViews: Type.Integer({ minimum: 0, description: 'Page views (hits) over the period, from the daily statistics rollups.' }),
  lastSeen: Type.Union([Instant('The last time any widget or hit was seen from the site’s origins.'), Type.Null()], {
    description: 'Null when nothing was seen in the period.',
  }),
});

export const UsageReport = Type.Object({
  from: Type.String({ format: 'date', description: 'The first day of the period (YYYY-MM-DD).' }),
  to: Type.String({ format: 'date', description: 'The last day: today.' }),
  items: Type.Array(SiteUsage, { description: 'Every registered site, by id.' }),
});

export const OriginsQuery = Type.Object(
  {
    status: Type.String({
      enum: ['new', 'ignored'],
      default: 'new',
      description: '`new`: the unregistered origins not ignored; `ignored`: the ones an admin ignored.',
    }),
  },
  { additionalProperties: false },
);
export type OriginsQuery = Static<typeof OriginsQuery>;

export const UnregisteredOrigin = Type.Object({
  origin: Type.String(),
  widgets: Type.Array(WidgetName, { description: 'What was seen from it, by name.' }),
  loads: Type.Integer({ minimum: 0 }),
  firstSeen: Instant('The first time it was seen in the last 30 days.'),
  lastSeen: Instant('The last time it was seen.'),
  siteHint: Type.Union([Type.String(), Type.Null()], {
    description: 'A registered site that a hit from this origin named (the site it most likely belongs to), else null.',
  }),
  ignoredAt: Type.Union([Instant('When an admin ignored it.'), Type.Null()]),
});

export const OriginList = Type.Object({ items: Type.Array(UnregisteredOrigin) });

const OriginField = Type.String({
  minLength: 1,
  maxLength: 2048,
  description: 'An http:// or https:// origin: scheme, host and port, without a path (`https://sogd.example.vn`).',
});

export const ApproveOrigin = Type.Object(
  {
    origin: OriginField,
    site: Type.String({ pattern: NEW_SITE_ID, maxLength: Math.max(MAX_NEW_SITE_ID, MAX_SITE_ID_LENGTH), description: 'The site’s id.' }),
    version: Type.Integer({ minimum: 1, description: 'The version of the site the approval was made on (from the last read).' }),
  },
  { additionalProperties: false },
);
export type ApproveOrigin = Static<typeof ApproveOrigin>;

export const Approved = Type.Object({
  origin: Type.String(),
  site: Type.String(),
  origins: Type.Array(Type.String(), { description: 'The site’s origins now.' }),
  version: Type.Integer({ description: 'The site’s version now.' }),
});

export const OriginBody = Type.Object({ origin: OriginField }, { additionalProperties: false });
export type OriginBody = Static<typeof OriginBody>;

export const IgnoreState = Type.Object({
  origin: Type.String(),
  ignored: Type.Boolean(),
});
