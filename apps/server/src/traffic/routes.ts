import type { FastifyPluginAsync, FastifySchemaValidationError } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { articlePath } from '@agency-portal/portal/templates.js';
import { ApiError } from '../api/openapi.js';
import { strictValidation } from '../api/validation.js';
import { staffOf, staffOnly } from '../auth/guard.js';
import type { Config } from '../config.js';
import { addDays } from '../stats/clock.js';
import { PORTAL_SITE } from '../stats/engine.js';
import type { Store } from '../store/types.js';
import { portalDay } from '../views.js';
import { ALL_SITES, PERIODS, Traffic, TrafficQuery } from './schemas.js';

export interface TrafficRoutesOptions {
  config: Config;
  store: Store;
}

/** How many articles, or pages of a member site, the report lists. */
export const TOP_ARTICLES = 10;

/**
 * The newsroom's traffic report for editors and admins: visits per day of every statistics site (or one) and of
 * the whole network over the last 30, 90 or 365 days, from the daily rollups the statistics engine writes, and the
 * most viewed articles (the portal) or pages (a member site). A site editor gets their own site's only, against the
 * network's total: nothing of another site, not even its id.
 */
export const trafficRoutes: FastifyPluginAsync<TrafficRoutesOptions> = async (plain, { config, store }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  strictValidation(app);
  const staff = staffOnly(config, store, ['editor', 'admin', 'site-editor']);

  app.get(
    '/newsroom/traffic',
    {
      preHandler: staff,
      schemaErrorFormatter: queryError,
      schema: {
        tags: ['Traffic'],
        summary: 'Visits per day of the network or one site, and the most viewed articles or pages',
        description:
          'Visits per day (a visit: a visitor’s first page view after 30 minutes without one; bots are not counted) from the ' +
          'daily rollups of the visit statistics, for the last `days` calendar days up to and including today, in the portal’s ' +
          'time zone (Asia/Ho_Chi_Minh), with zeros for days without visits. `sites` has every registered site (`site=all`) or ' +
          'the one asked for; `network` always adds up every site. `topArticles` are the 10 published articles with the most ' +
          'views, counted over all time: views per day and article are not kept, so they do not follow `days`. For one member ' +
          'site, `topPages` replaces them: its 10 most viewed pages within the period, from the hit log. A site editor may ask ' +
          'for their own site only (the default for them; `all` or another site is `403 forbidden`). An unknown site is ' +
          '`400 unknown_site`; a `days` other than 30, 90 or 365 is `400 validation_failed`.',
        security: [{ session: [] }],
        querystring: TrafficQuery,
        response: { 200: Traffic, 400: ApiError, 401: ApiError, 403: ApiError },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      const { days: period } = request.query;
      const site = request.query.site ?? user.siteId ?? ALL_SITES;
      if (user.role === 'site-editor' && site !== user.siteId) {
        return reply.code(403).send({
          error: { code: 'forbidden', message: `A site editor sees their own site’s traffic only: ask for site=${user.siteId}.` },
        });
      }
      const now = app.now();
      const today = portalDay(now);
      const from = addDays(today, 1 - period);
      const days = Array.from({ length: period }, (_, i) => addDays(from, i));

      const registered = await store.listSites();
      if (site !== ALL_SITES && !registered.some((known) => known.id === site)) {
        return reply.code(400).send({
          error: { code: 'unknown_site', message: `No site "${site}" is registered for statistics; ask for one of them, or "all".` },
        });
      }
      const position = new Map(days.map((day, i) => [day, i]));
      const visits = new Map(registered.map((known) => [known.id, days.map(() => 0)]));
      for (const row of await store.listStatsDays(from)) {
        const i = position.get(row.day);
        const series = visits.get(row.site);
        if (i !== undefined && series) series[i] += row.visits;
      }
      const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
      const network = days.map((_, i) => sum([...visits.values()].map((series) => series[i])));
      const shown = site === ALL_SITES ? registered : registered.filter((known) => known.id === site);
      const report = {
        days,
        sites: shown.map(({ id, name }) => ({ id, name, visits: visits.get(id)!, total: sum(visits.get(id)!) })),
        network: { visits: network, total: sum(network) },
      };
      if (site !== ALL_SITES && site !== PORTAL_SITE) return { ...report, topPages: await store.topStatsPaths(site, from, TOP_ARTICLES) };
      const articles = await store.mostViewedArticles(TOP_ARTICLES, now);
      return {
        ...report,
        topArticles: articles.map((article) => ({
          id: article.id,
          slug: article.slug,
          title: article.title,
          url: config.publicUrl + articlePath(article.slug),
          views: article.views,
        })),
      };
    },
  );
};

/** A refused query as a sentence that names the parameter and what it takes (the answer is `400 validation_failed`). */
function queryError(errors: FastifySchemaValidationError[], dataVar: string): Error {
  const [error] = errors;
  const unknown = (error.params as { additionalProperty?: string }).additionalProperty;
  if (unknown !== undefined) return new Error(`Unknown parameter "${unknown}": the traffic report takes days and site.`);
  const field = error.instancePath.split('/')[1];
  if (field === 'days') return new Error(`days must be ${PERIODS.slice(0, -1).join(', ')} or ${PERIODS.at(-1)}, given once.`);
  if (field === 'site')
    return new Error('site must be a site id (lowercase letters and digits, words joined by hyphens) or "all", given once.');
  return new Error(`${dataVar}${error.instancePath} ${error.message ?? 'is not valid'}.`);
}
