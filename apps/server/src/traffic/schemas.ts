// The newsroom's traffic report, as JSON schemas (TypeBox): they validate the query, shape the answer and make the
// OpenAPI document.
import { Type, type Static } from '@sinclair/typebox';

/** The periods the report answers, in days up to and including today. */
export const PERIODS = [30, 90, 365] as const;
export type Period = (typeof PERIODS)[number];

/** What `site` takes besides a site id: the whole network. */
export const ALL_SITES = 'all';

export const TrafficQuery = Type.Object(
  {
    days: Type.Integer({
      enum: [...PERIODS],
      default: 30,
      description: 'How many days, up to and including today (the portal’s calendar day in Asia/Ho_Chi_Minh): 30, 90 or 365.',
    }),
    site: Type.Optional(
      Type.String({
        maxLength: 64,
        pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
        description:
          'A registered statistics site (`portal`, a member site such as `so-gd`), or `all` for every site (the default). A site ' +
          'editor may ask for their own site only, which is their default.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type TrafficQuery = Static<typeof TrafficQuery>;

const Visits = Type.Array(Type.Integer({ minimum: 0 }), {
  description: 'Visits per day, one number for each entry of `days`, in the same order (0 for a day without visits).',
});

export const Traffic = Type.Object(
  {
    days: Type.Array(Type.String({ format: 'date' }), {
      description: 'The calendar days of the period, oldest first, ending today (YYYY-MM-DD).',
    }),
    sites: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Type.String({ description: 'The site’s name in the registry.' }),
        visits: Visits,
        total: Type.Integer({ minimum: 0, description: 'Visits over the period.' }),
      }),
      { description: 'Every registered site by id (`site=all`), or the one site asked for.' },
    ),
    network: Type.Object(
      { visits: Visits, total: Type.Integer({ minimum: 0 }) },
      { description: 'Every registered site added up, whichever `site` was asked for, so that one site can be drawn against the whole.' },
    ),
    topArticles: Type.Optional(
      Type.Array(
        Type.Object({
          id: Type.Integer(),
          slug: Type.String(),
          title: Type.String(),
          url: Type.String({ description: 'The article’s page, absolute.' }),
          views: Type.Integer({ minimum: 0, description: 'All-time counted views (and the starting count of imported articles).' }),
        }),
        {
          description:
            'The 10 published articles with the most views. Views are all-time counts, not views within the period: the portal keeps ' +
            'no views per day and article (who viewed what on which day is deleted with the day’s visitor salt). Given for ' +
            '`site=all` and the portal’s own site.',
        },
      ),
    ),
    topPages: Type.Optional(
      Type.Array(
        Type.Object({
          path: Type.String({ description: 'The page’s path on the member site, as its visit counter sent it.' }),
          views: Type.Integer({ minimum: 0, description: 'Page views (hits) within the period.' }),
        }),
        {
          description:
            'For one member site (instead of `topArticles`): its 10 most viewed pages within the period, from the hit log, ' +
            'most first.',
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Traffic = Static<typeof Traffic>;
