import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiError } from '../api/openapi.js';
import { strictValidation } from '../api/validation.js';
import { staffOf, staffOnly } from '../auth/guard.js';
import type { Config } from '../config.js';
import { parseOrigin } from '../sites/input.js';
import { MAX_ORIGINS } from '../sites/schemas.js';
import { addDays } from '../stats/clock.js';
import type { MemberSite, Store, WidgetUsageTotal } from '../store/types.js';
import { portalDay } from '../views.js';
import {
  Approved,
  ApproveOrigin,
  IgnoreState,
  OriginBody,
  OriginList,
  ORIGINS_DAYS,
  OriginsQuery,
  UsageQuery,
  UsageReport,
} from './schemas.js';

export interface UsageRoutesOptions {
  config: Config;
  store: Store;
}

const TAGS = ['Member sites'];
const errors = { 400: ApiError, 401: ApiError, 403: ApiError };

/** Versions newest first: `latest` (the moving path), then releases by number. */
const byVersion = (a: string, b: string) => (a === 'latest' ? -1 : b === 'latest' ? 1 : b.localeCompare(a, 'en', { numeric: true }));
const latest = (a: Date, b: Date) => (a > b ? a : b);

/** The widgets of some usage totals by name: loads added up, the last time seen, the versions seen. */
function byWidget(totals: readonly WidgetUsageTotal[]) {
  const widgets = new Map<string, { widget: string; loads: number; lastSeen: Date; versions: Set<string> }>();
  for (const total of totals) {
    const widget = widgets.get(total.widget) ?? { widget: total.widget, loads: 0, lastSeen: total.lastSeen, versions: new Set() };
    widget.loads += total.loads;
    widget.lastSeen = latest(widget.lastSeen, total.lastSeen);
    if (total.version !== null) widget.versions.add(total.version);
    widgets.set(total.widget, widget);
  }
  return [...widgets.values()]
    .sort((a, b) => a.widget.localeCompare(b.widget))
    .map(({ widget, loads, lastSeen, versions }) => ({ widget, loads, lastSeen, versions: [...versions].sort(byVersion) }));
}

/**
 * Where the widgets live, for admins: each site's widgets and page views over the last days, the origins that load the
 * widgets without being registered, and approving (adding the origin to a site, with the version check) or ignoring them.
 * The counts come from the usage recorder (recorder.ts).
 */
export const usageRoutes: FastifyPluginAsync<UsageRoutesOptions> = async (plain, { config, store }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  strictValidation(app);
  const admin = staffOnly(config, store, ['admin']);
  const portalOrigin = new URL(config.publicUrl).origin;

  app.get(
    '/newsroom/sites/usage',
    {
      preHandler: admin,
      schema: {
        tags: TAGS,
        summary: 'Where the widgets live: each site’s widgets, page views and last seen (admins)',
        description:
          'For every registered site: the widgets seen on its registered origins over the last `days` days (embed bundles, ' +
          'server-rendered embeds, the widgets’ data requests and hits, each counted by the origin of the page), its page views ' +
          'from the daily statistics rollups, and the last time anything was seen. No data about visitors is kept.',
        security: [{ session: [] }],
        querystring: UsageQuery,
        response: { 200: UsageReport, ...errors },
      },
    },
    async (request) => {
      const to = portalDay(app.now());
      const from = addDays(to, 1 - request.query.days);
      const [sites, totals, days] = await Promise.all([store.listSites(), store.listWidgetUsage(from), store.listStatsDays(from)]);
      return {
        from,
        to,
        items: sites.map((site) => {
          const mine = totals.filter((total) => total.siteId === site.id);
          const widgets = byWidget(mine);
          const lastSeen = widgets.reduce<Date | null>(
            (last, widget) => (last === null ? widget.lastSeen : latest(last, widget.lastSeen)),
            null,
          );
          return {
            site: site.id,
            widgets: widgets.map((widget) => ({ ...widget, lastSeen: widget.lastSeen.toISOString() })),
            pageViews: days.filter((day) => day.site === site.id).reduce((sum, day) => sum + day.hits, 0),
            lastSeen: lastSeen?.toISOString() ?? null,
          };
        }),
      };
    },
  );

  app.get(
    '/newsroom/origins',
    {
      preHandler: admin,
      schema: {
        tags: TAGS,
        summary: 'Origins that load the widgets without being registered (admins)',
        description:
          `The origins seen in the last ${ORIGINS_DAYS} days that no site has registered, most recently seen first: what they ` +
          'loaded, how often, and the site a hit from them named (`siteHint`). `status=ignored` lists the ones an admin ignored.',
        security: [{ session: [] }],
        querystring: OriginsQuery,
        response: { 200: OriginList, ...errors },
      },
    },
    async (request) => {
      const from = addDays(portalDay(app.now()), 1 - ORIGINS_DAYS);
      const [sites, totals, ignored] = await Promise.all([store.listSites(), store.listWidgetUsage(from), store.listIgnoredOrigins()]);
      const registered = new Set(sites.flatMap((site) => site.origins));
      const siteIds = new Set(sites.map((site) => site.id));
      const ignoredAt = new Map(ignored.map((entry) => [entry.origin, entry.ignoredAt]));
      const wanted = request.query.status === 'ignored';
      const origins = new Map<string, WidgetUsageTotal[]>();
      for (const total of totals) {
        if (total.siteId !== null || registered.has(total.origin) || ignoredAt.has(total.origin) !== wanted) continue;
        origins.set(total.origin, [...(origins.get(total.origin) ?? []), total]);
      }
      const items = [...origins].map(([origin, seen]) => {
        const hint = seen.find((total) => total.siteHint !== null && siteIds.has(total.siteHint))?.siteHint ?? null;
        return {
          origin,
          widgets: byWidget(seen).map((widget) => widget.widget),
          loads: seen.reduce((sum, total) => sum + total.loads, 0),
          firstSeen: new Date(Math.min(...seen.map((total) => total.firstSeen.getTime()))).toISOString(),
          lastSeen: new Date(Math.max(...seen.map((total) => total.lastSeen.getTime()))).toISOString(),
          siteHint: hint,
          ignoredAt: ignoredAt.get(origin)?.toISOString() ?? null,
        };
      });
      return { items: items.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || a.origin.localeCompare(b.origin)) };
    },
  );

  /**
   * The origin of a body as stored, or why it is refused: malformed, or (with `sites`) registered for a site other than
   * `forSite` already.
   */
  const readOrigin = (value: string, sites: readonly MemberSite[], forSite?: string): string | Refusal => {
    const origin = parseOrigin(value, 'origin');
    if (typeof origin !== 'string') return { status: 400, code: 'validation_failed', message: origin.error };
    const owner = origin === portalOrigin ? 'portal' : sites.find((site) => site.origins.includes(origin))?.id;
    if (owner !== undefined && owner !== forSite) {
      return { status: 409, code: 'origin_registered', message: `The origin ${origin} is already registered for site "${owner}".` };
    }
    return origin;
  };

  app.post(
    '/newsroom/origins/approve',
    {
      preHandler: admin,
      schema: {
        tags: TAGS,
        summary: 'Approve an origin: add it to a site’s origins (admins)',
        description:
          'Adds the origin to the site’s registered origins (a site update with the version check, audited as `site.update`), ' +
          'attributes the origin’s past records to the site and takes it off the list. A stale `version` is 409 ' +
          '`version_conflict`, an origin registered for another site 409 `origin_registered`; nothing is changed then.',
        security: [{ session: [] }],
        body: ApproveOrigin,
        response: { 200: Approved, ...errors, 404: ApiError, 409: ApiError },
      },
    },
    async (request, reply) => {
      const { site: id, version } = request.body;
      const sites = await store.listSites();
      const origin = readOrigin(request.body.origin, sites, id);
      if (typeof origin !== 'string') return sendError(reply, origin.status, origin.code, origin.message);
      const site = sites.find((candidate) => candidate.id === id);
      if (site === undefined) return sendError(reply, 404, 'not_found', `No site "${id}".`);
      const origins = site.origins.includes(origin) ? site.origins : [...site.origins, origin];
      if (origins.length > MAX_ORIGINS) {
        return sendError(reply, 409, 'too_many_origins', `Site "${id}" has ${MAX_ORIGINS} origins already: remove one first.`);
      }
      const result = await store.updateSite(id, version, { origins }, 'site.update', { actor: staffOf(request), at: app.now() });
      if (result.kind === 'not-found') return sendError(reply, 404, 'not_found', `No site "${id}".`);
      if (result.kind === 'conflict') {
        return sendError(
          reply,
          409,
          'version_conflict',
          `Site "${id}" was saved at ${result.current.updatedAt.toISOString()} (version ${result.current.version}) after you ` +
            `opened version ${version}. Nothing was changed: reload and approve again.`,
        );
      }
      await store.attributeWidgetUsage(origin, id);
      // Its hits count at once, on every instance.
      await app.stats.sitesChanged();
      return { origin, site: id, origins: result.site.origins, version: result.site.version };
    },
  );

  for (const ignore of [true, false]) {
    app.post(
      `/newsroom/origins/${ignore ? 'ignore' : 'unignore'}`,
      {
        preHandler: admin,
        schema: {
          tags: TAGS,
          summary: ignore ? 'Ignore an unregistered origin (admins)' : 'Stop ignoring an origin (admins)',
          description: ignore
            ? 'It leaves the list of new origins (`status=ignored` lists it); its loads are still counted. Audited as ' +
              '`origin.ignore`; a second call changes nothing. A registered origin is 409 `origin_registered`.'
            : 'It is listed with the new origins again. Audited as `origin.unignore`; a second call changes nothing.',
          security: [{ session: [] }],
          body: OriginBody,
          response: { 200: IgnoreState, ...errors, ...(ignore ? { 409: ApiError } : {}) },
        },
      },
      async (request, reply) => {
        // Only an origin to ignore must not be registered: one that was ignored and then approved is no longer ignored.
        const origin = readOrigin(request.body.origin, ignore ? await store.listSites() : []);
        if (typeof origin !== 'string') return sendError(reply, origin.status, origin.code, origin.message);
        await store.setOriginIgnored(origin, ignore, { actor: staffOf(request), at: app.now() });
        return { origin, ignored: ignore };
      },
    );
  }
};

interface Refusal {
  status: number;
  code: string;
  message: string;
}

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}
