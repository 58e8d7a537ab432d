import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiError } from '../api/openapi.js';
import { strictValidation } from '../api/validation.js';
import { staffOf, staffOnly } from '../auth/guard.js';
import type { Config } from '../config.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../stats/clock.js';
import { PORTAL_SITE } from '../stats/engine.js';
import { KeyTakenError, type MemberSite, type SiteFields, type Store } from '../store/types.js';
import {
  checkLook,
  formatRatio,
  MAX_FONT_FAMILY,
  MAX_RADIUS,
  MIN_CONTRAST,
  MIN_RADIUS,
  type LookProblem,
} from '@agency-portal/portal/site-look.js';
import { parseOrigin, parseWebAddress } from './input.js';
import { CreateSite, Site, SiteId, SiteList, UpdateSite } from './schemas.js';

export interface SiteRoutesOptions {
  config: Config;
  store: Store;
}

const TAGS = ['Member sites'];
const errors = { 400: ApiError, 401: ApiError, 403: ApiError };

const toJson = (site: MemberSite) => ({
  id: site.id,
  name: site.name,
  homeUrl: site.homeUrl,
  origins: site.origins,
  feedUrl: site.feedUrl,
  contact: site.contact,
  timeZone: site.timeZone,
  look: site.look,
  disabled: site.disabledAt !== null,
  disabledAt: site.disabledAt?.toISOString() ?? null,
  createdAt: site.createdAt.toISOString(),
  updatedAt: site.updatedAt.toISOString(),
  version: site.version,
});

type Input = Partial<Omit<CreateSite, 'id'>>;

/** The fields of a write as stored (trimmed, normalized), or what is wrong with them. */
function checkFields(input: Input): Partial<SiteFields> | { error: string } {
  const fields: Partial<SiteFields> = {};
  if (input.name !== undefined) {
    fields.name = input.name.trim();
    if (fields.name === '') return { error: 'The name must not be empty.' };
  }
  if (input.homeUrl !== undefined) {
    const homeUrl = parseWebAddress(input.homeUrl, 'homeUrl');
    if (typeof homeUrl !== 'string') return homeUrl;
    fields.homeUrl = homeUrl;
  }
  if (input.feedUrl !== undefined) {
    const feedUrl = input.feedUrl === null ? null : parseWebAddress(input.feedUrl, 'feedUrl');
    if (feedUrl !== null && typeof feedUrl !== 'string') return feedUrl;
    fields.feedUrl = feedUrl;
  }
  if (input.origins !== undefined) {
    const origins: string[] = [];
    for (const [i, value] of input.origins.entries()) {
      const origin = parseOrigin(value, `origins[${i}]`);
      if (typeof origin !== 'string') return origin;
      origins.push(origin);
    }
    fields.origins = [...new Set(origins)];
  }
  if (input.contact !== undefined) {
    fields.contact = { name: input.contact?.name?.trim() || null, email: input.contact?.email?.trim().toLowerCase() || null };
  }
  if (input.timeZone !== undefined) {
    if (!isTimeZone(input.timeZone))
      return { error: `timeZone must be an IANA time zone such as ${DEFAULT_TIME_ZONE}; got "${input.timeZone}".` };
    fields.timeZone = input.timeZone;
  }
  if (input.look !== undefined) {
    const checked = input.look === null ? { look: null } : checkLook(input.look);
    if ('problem' in checked) return { error: lookError(checked.problem) };
    fields.look = checked.look;
  }
  return fields;
}

function lookError(problem: LookProblem): string {
  const field = `look.${problem.field}`;
  switch (problem.kind) {
    case 'color':
      return `${field} must be a colour as #rgb or #rrggbb.`;
    case 'font':
      return (
        `${field} must be a comma-separated list of font family names of letters, digits, spaces and hyphens (a name may be ` +
        `wholly in quotes), at most ${MAX_FONT_FAMILY} characters.`
      );
    case 'radius':
      return `${field} must be a whole number of pixels from ${MIN_RADIUS} to ${MAX_RADIUS}.`;
    case 'contrast': {
      const what = problem.hover ? `The hover colour ${problem.hover} (${field} a quarter of the way to look.text)` : field;
      return (
        `${what} on look.${problem.other} has a contrast of ${formatRatio(problem.ratio)}; at least ${MIN_CONTRAST}:1 is needed ` +
        'for text to be readable (WCAG AA).'
      );
    }
  }
}

/**
 * The site registry, for admins: the member sites of the network (name, home page, the origins allowed to embed the
 * widgets and send visits, feed, contact, time zone), created, edited with the version check, disabled and enabled.
 * Every change is in the audit log and applies on every instance at once (statistics: StatsEngine#sitesChanged).
 */
export const siteRoutes: FastifyPluginAsync<SiteRoutesOptions> = async (plain, { config, store }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  strictValidation(app);
  const admin = staffOnly(config, store, ['admin']);
  // A site editor reads and changes their own site only; another site's id is answered as a missing one's (404), so
  // that the ids of the others are not revealed.
  const siteStaff = staffOnly(config, store, ['admin', 'site-editor']);
  const mayUse = (request: FastifyRequest, id: string) => {
    const user = staffOf(request);
    return user.role !== 'site-editor' || user.siteId === id;
  };

  app.get(
    '/newsroom/sites',
    {
      preHandler: siteStaff,
      schema: {
        tags: TAGS,
        summary: 'Every member site, by id (admins); a site editor’s own site only',
        security: [{ session: [] }],
        response: { 200: SiteList, ...errors },
      },
    },
    async (request) => ({ items: (await store.listSites()).filter((site) => mayUse(request, site.id)).map(toJson) }),
  );

  app.get(
    '/newsroom/sites/:id',
    {
      preHandler: siteStaff,
      schema: {
        tags: TAGS,
        summary: 'One member site (admins; a site editor: their own site, any other is 404)',
        security: [{ session: [] }],
        params: SiteId,
        response: { 200: Site, ...errors, 404: ApiError },
      },
    },
    async (request, reply) => {
      const site = mayUse(request, request.params.id) ? await store.getSite(request.params.id) : undefined;
      return site === undefined ? notFound(reply, request.params.id) : toJson(site);
    },
  );

  app.post(
    '/newsroom/sites',
    {
      preHandler: admin,
      schema: {
        tags: TAGS,
        summary: 'Register a member site (admins)',
        description: 'Its pages may send visits and show its statistics at once, on every instance. The id never changes.',
        security: [{ session: [] }],
        body: CreateSite,
        response: { 201: Site, ...errors, 409: ApiError },
      },
    },
    async (request, reply) => {
      const { id, ...input } = request.body;
      const fields = checkFields(input);
      if ('error' in fields) return sendError(reply, 400, 'validation_failed', fields.error as string);
      const now = app.now();
      try {
        const site = await store.createSite(
          {
            id,
            name: fields.name as string,
            homeUrl: fields.homeUrl as string,
            origins: fields.origins as string[],
            feedUrl: fields.feedUrl ?? null,
            contact: fields.contact ?? { name: null, email: null },
            timeZone: fields.timeZone ?? DEFAULT_TIME_ZONE,
            look: fields.look ?? null,
          },
          { actor: staffOf(request), at: now },
        );
        await app.stats.sitesChanged();
        return reply.code(201).header('location', `/api/v1/newsroom/sites/${site.id}`).send(toJson(site));
      } catch (error) {
        if (error instanceof KeyTakenError)
          return sendError(reply, 409, 'site_exists', `There is already a site "${id}": choose another id.`);
        throw error;
      }
    },
  );

  app.patch(
    '/newsroom/sites/:id',
    {
      preHandler: siteStaff,
      schema: {
        tags: TAGS,
        summary: 'Change a member site (admins; a site editor: their own site)',
        description:
          'Send the fields to change and the `version` the change was made on. When someone saved the site since, nothing is ' +
          'written and the answer is 409 `version_conflict` with the current site. The id cannot change. A site editor ' +
          'changes their own site only (any other is 404); disabling and enabling stay with admins.',
        security: [{ session: [] }],
        params: SiteId,
        body: UpdateSite,
        response: { 200: Site, ...errors, 404: ApiError, 409: ApiError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!mayUse(request, id)) return notFound(reply, id);
      const { version, ...input } = request.body;
      if (Object.keys(input).length === 0) {
        return sendError(reply, 400, 'validation_failed', 'Nothing to change: send at least one field besides version.');
      }
      const changes = checkFields(input);
      if ('error' in changes) return sendError(reply, 400, 'validation_failed', changes.error as string);
      const result = await store.updateSite(id, version, changes, 'site.update', { actor: staffOf(request), at: app.now() });
      if (result.kind === 'not-found') return notFound(reply, id);
      if (result.kind === 'conflict') {
        const { current } = result;
        return sendError(
          reply,
          409,
          'version_conflict',
          `This site was saved at ${current.updatedAt.toISOString()} (version ${current.version}) after you opened version ${version}. ` +
            'Nothing was saved: reload the site and apply your changes again.',
          { current: toJson(current) },
        );
      }
      await app.stats.sitesChanged();
      return toJson(result.site);
    },
  );

  for (const disable of [true, false]) {
    app.post(
      `/newsroom/sites/:id/${disable ? 'disable' : 'enable'}`,
      {
        preHandler: admin,
        schema: {
          tags: TAGS,
          summary: disable ? 'Disable a member site (admins)' : 'Enable a disabled member site again (admins)',
          description: disable
            ? 'Its visits are refused as an unknown site’s, its feed is no longer fetched, and its statistics and feed answer 410 ' +
              '`site_disabled` (the visit counter shows its error state, the article list a quiet unavailable line), on every instance ' +
              'at once; ' +
              'its counts and feed items are kept. A second call changes nothing. The portal’s own site cannot be disabled (409).'
            : 'Its visits count, its feed is fetched and its statistics and feed show again, on every instance at once. A second ' +
              'call changes nothing.',
          security: [{ session: [] }],
          params: SiteId,
          response: { 200: Site, ...errors, 404: ApiError, ...(disable ? { 409: ApiError } : {}) },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        if (disable && id === PORTAL_SITE) {
          return sendError(reply, 409, 'portal_site', 'The portal’s own site cannot be disabled: its pages show its statistics.');
        }
        const now = app.now();
        const site = await store.getSite(id);
        if (site === undefined) return notFound(reply, id);
        if ((site.disabledAt !== null) === disable) return toJson(site);
        const result = await store.updateSite(
          id,
          undefined,
          { disabledAt: disable ? now : null },
          disable ? 'site.disable' : 'site.enable',
          {
            actor: staffOf(request),
            at: now,
          },
        );
        if (result.kind !== 'saved') return notFound(reply, id);
        await app.stats.sitesChanged();
        return toJson(result.site);
      },
    );
  }
};

function notFound(reply: FastifyReply, id: string) {
  return sendError(reply, 404, 'not_found', `No site "${id}".`);
}

function sendError(reply: FastifyReply, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return reply.code(status).send({ error: { code, message, ...extra } });
}
