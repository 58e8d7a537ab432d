// The site registry's API, as JSON schemas (TypeBox): they validate requests, shape answers and make the OpenAPI
// document. What a schema cannot say (an origin without a path, a time zone this server knows) the routes check.
import { Type, type Static } from '@sinclair/typebox';
import { DEFAULT_TIME_ZONE } from '../stats/clock.js';
import { MAX_SITE_ID_LENGTH } from '../stats/engine.js';
import { MAX_FONT_FAMILY, MAX_RADIUS, MIN_CONTRAST, MIN_RADIUS } from '@agency-portal/portal/site-look.js';

/** A new site's id: 2 to 32 lowercase letters and digits in words joined by single hyphens (also a valid statistics site id). */
export const NEW_SITE_ID = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const MIN_NEW_SITE_ID = 2;
export const MAX_NEW_SITE_ID = 32;
export const MAX_ORIGINS = 50;

const Url = (description: string) => Type.String({ minLength: 1, maxLength: 2048, description });

const fields = {
  name: Type.String({ minLength: 1, maxLength: 200, description: 'Plain text; leading and trailing spaces are removed.' }),
  homeUrl: Url('The site’s home page: an absolute http:// or https:// address.'),
  origins: (minItems: number) =>
    Type.Array(Type.String({ maxLength: 2048 }), {
      minItems,
      maxItems: MAX_ORIGINS,
      description:
        'The origins (scheme, host and port, no path, such as `https://sogd.example.vn`) whose pages may embed the widgets and ' +
        'send visits. Duplicates are dropped; the order is kept.',
    }),
  feedUrl: Type.Union([
    Url(
      'The site’s RSS, Atom or JSON feed (http:// or https://): the server fetches it for the article list’s feed mode ' +
        '(`feed="{id}"`, `/api/v1/feeds/{id}/items`). Setting it creates the site’s feed source (or adopts one of the same id), ' +
        'changing it fetches the new address soon (the last items stay until then), null removes the source and its items.',
    ),
    Type.Null(),
  ]),
  contact: Type.Union(
    [
      Type.Object(
        {
          name: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
          email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ],
    { description: 'Who runs the site; null (or an empty name or email) for none.' },
  ),
  look: Type.Union(
    [
      Type.Object(
        {
          primary: Type.String({ maxLength: 7, description: 'Links, headings and buttons: `#rgb` or `#rrggbb`.' }),
          text: Type.String({ maxLength: 7, description: 'Body text: `#rgb` or `#rrggbb`.' }),
          surface: Type.String({
            maxLength: 7,
            description: 'The background, also the text on primary buttons: `#rgb` or `#rrggbb`.',
          }),
          fontFamily: Type.String({
            maxLength: MAX_FONT_FAMILY,
            description:
              'A comma-separated list of font family names (letters, Vietnamese included, digits, spaces and hyphens; a name ' +
              'may be wholly in single or double quotes), such as `Roboto, "Noto Sans", sans-serif`; empty for the page’s own font.',
          }),
          radius: Type.Integer({ description: `The corner radius in pixels, ${MIN_RADIUS} to ${MAX_RADIUS}.` }),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ],
    {
      description:
        'The site’s own look for the widgets: the embed builder previews them in it and shows the CSS custom properties the ' +
        `site sets. Text on the background, primary against the background, and the hover colour made from them (primary a ` +
        `quarter of the way to text) against the background must each reach ${MIN_CONTRAST}:1 contrast (WCAG AA), else 400 ` +
        '`validation_failed`. Colours are stored as `#rrggbb`. Null for the portal’s look.',
    },
  ),
  timeZone: Type.String({
    minLength: 1,
    maxLength: 64,
    description: `The IANA time zone of the site’s days, weeks and months in its statistics; ${DEFAULT_TIME_ZONE} when absent.`,
  }),
};

export const CreateSite = Type.Object(
  {
    id: Type.String({
      pattern: NEW_SITE_ID,
      minLength: MIN_NEW_SITE_ID,
      maxLength: MAX_NEW_SITE_ID,
      description: 'The short id the widgets name the site by (`site="so-gd"`): a-z, 0-9 and single hyphens. It never changes.',
    }),
    name: fields.name,
    homeUrl: fields.homeUrl,
    origins: fields.origins(1),
    feedUrl: Type.Optional(fields.feedUrl),
    contact: Type.Optional(fields.contact),
    timeZone: Type.Optional(fields.timeZone),
    look: Type.Optional(fields.look),
  },
  { additionalProperties: false },
);
export type CreateSite = Static<typeof CreateSite>;

export const UpdateSite = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version the change was made on (from the last read or save).' }),
    name: Type.Optional(fields.name),
    homeUrl: Type.Optional(fields.homeUrl),
    origins: Type.Optional(fields.origins(0)),
    feedUrl: Type.Optional(fields.feedUrl),
    contact: Type.Optional(fields.contact),
    timeZone: Type.Optional(fields.timeZone),
    look: Type.Optional(fields.look),
  },
  { additionalProperties: false },
);
export type UpdateSite = Static<typeof UpdateSite>;

/** Any registered site's id: sites registered before the registry may have ids of up to 64 characters. */
export const SiteId = Type.Object({ id: Type.String({ pattern: NEW_SITE_ID, maxLength: MAX_SITE_ID_LENGTH }) });

export const Site = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    homeUrl: Type.Union([Type.String(), Type.Null()], { description: 'Null for a site registered with the command line only.' }),
    origins: Type.Array(Type.String()),
    feedUrl: Type.Union([Type.String(), Type.Null()]),
    contact: Type.Object({ name: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]) }),
    timeZone: Type.String(),
    look: fields.look,
    disabled: Type.Boolean({
      description:
        'A disabled site’s visits are refused, its feed is not fetched, and its statistics and feed answer 410 `site_disabled`, on every instance.',
    }),
    disabledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    version: Type.Integer(),
  },
  { description: 'A member site of the network.' },
);

export const SiteList = Type.Object({ items: Type.Array(Site) });
