import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isbot } from 'isbot';
import { ApiError } from '../api/openapi.js';
import { PublicBannerList, PublicBannerQuery, PublicBannerSetList, PublicPartnerList, PublicPartnerQuery } from '../banners/schemas.js';
import type { Config } from '../config.js';
import { imageSrcset } from '../media/sources.js';
import { DEFAULT_BANNER_SET, type Banner, type Partner, type StoredImage, type Store } from '../store/types.js';
import { portalDay } from '../views.js';

export interface BannerRoutesOptions {
  config: Config;
  store: Store;
  /**
   * Whether the request comes from a signed-in editor, who may read the partner counts. Sign-in is not part of
   * this server yet: until it is wired here, nobody is an editor and the counts answer 401.
   */
  isEditor?: (request: FastifyRequest) => boolean | Promise<boolean>;
}

const TAGS = ['Banners and partners'];
/** At most this many ids in one impressions batch. */
export const MAX_IMPRESSION_BATCH = 50;
/** An impressions batch is a short JSON text. */
export const IMPRESSIONS_BODY_LIMIT = 1024;

const PLACEMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PLACEMENT_LENGTH = 32;
/** Whether `value` is a slug as placements and banner sets are. */
const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_PLACEMENT_LENGTH && PLACEMENT.test(value);
const slugRule = (name: string) =>
  `${name} must be lowercase letters a-z and digits in words joined by single hyphens, at most ${MAX_PLACEMENT_LENGTH} characters.`;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Ids are SQLite integer keys: positive and safe. */
const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

/** Counting is for people: requests without a User-Agent and bots' requests are answered but not counted. */
const isPerson = (request: FastifyRequest) => {
  const userAgent = request.headers['user-agent'];
  return Boolean(userAgent) && !isbot(userAgent);
};

/**
 * Refuses a request that does not come from a signed-in editor with 401 and the API's error shape. A route's
 * `preHandler`; `isEditor` decides (nobody, until sign-in is wired in).
 */
export function requireEditor(isEditor: BannerRoutesOptions['isEditor'] = () => false) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!(await isEditor(request))) {
      reply.header('cache-control', 'no-store');
      return sendError(reply, 401, 'unauthorized', 'Sign in as an editor to read the partner counts.');
    }
  };
}

/** What the click and impressions routes of one kind (banners or partners) need. */
interface Counted {
  /** The path segment under /api/v1: `banners` or `partners`. */
  path: string;
  /** The word for one item in messages: `banner` or `partner`. */
  noun: string;
  /** Where a click on item `id` goes: its stored http(s) URL, absolute; undefined when there is no such item or link. */
  target(id: number): Promise<string | undefined>;
  recordClick(id: number, day: string): Promise<void>;
  recordImpressions(ids: readonly number[], day: string): Promise<boolean>;
}

/**
 * The public banners list, `GET /api/v1/banners`, as the API answers it (and as the portal's pages render the
 * carousel with): paths of this site made absolute with `publicUrl`, links through the click counter.
 */
export function bannerList(publicUrl: string, banners: readonly Banner[]) {
  const absolute = absoluteUrl(publicUrl);
  return {
    items: banners.map((banner) => ({
      id: banner.id,
      title: banner.title,
      image: toImage(banner.image, absolute, publicUrl),
      url: banner.url === null ? null : absolute(banner.url),
      clickUrl: banner.url === null ? null : `${publicUrl}/api/v1/banners/${banner.id}/click`,
      interval: banner.interval,
    })),
    impressionsUrl: `${publicUrl}/api/v1/banners/impressions`,
  };
}

/** The public partners list, `GET /api/v1/partners`, as the API answers it (and as the portal's pages render the strip with). */
export function partnerList(publicUrl: string, partners: readonly Partner[]) {
  const absolute = absoluteUrl(publicUrl);
  return {
    items: partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      image: toImage(partner.image, absolute, publicUrl),
      url: partner.url,
      clickUrl: `${publicUrl}/api/v1/partners/${partner.id}/click`,
      placement: partner.placement,
      pinned: partner.pinned,
      paid: partner.paid,
      startsAt: partner.startsAt?.toISOString() ?? null,
      endsAt: partner.endsAt?.toISOString() ?? null,
    })),
    impressionsUrl: `${publicUrl}/api/v1/partners/impressions`,
  };
}

/** Paths on this site become absolute with PUBLIC_URL, so that widgets on other sites can use them. */
const absoluteUrl = (publicUrl: string) => (url: string) => (url.startsWith('/') ? publicUrl + url : url);

const toImage = (image: StoredImage, absolute: (url: string) => string, publicUrl: string) => ({
  url: absolute(image.path),
  alt: image.alt,
  width: image.width,
  height: image.height,
  // An uploaded image: every width, so that the widget takes the one its slot needs.
  ...imageSrcset(image, publicUrl),
});

/**
 * The carousel banners and the partner strip under /api/v1: `GET /banners?set=`, `GET /banners/sets`, `GET /partners?placement=`,
 * `GET /banners/:id/click` and `GET /partners/:id/click` (count the click, then redirect to the item's stored URL,
 * never to one taken from the request), `POST /banners/impressions` and `POST /partners/impressions` (a batch of ids
 * seen by a reader) and `GET /partners/stats` (the counts, for signed-in editors). Paths avoid the words ad blockers
 * hide ("ads").
 */
export const bannerRoutes: FastifyPluginAsync<BannerRoutesOptions> = async (app, { config, store, isEditor }) => {
  app.addHook('onRequest', async (request, reply) => {
    // Sibling sites embed the widgets: they read the lists and send impressions from their own origin.
    if (['GET', 'HEAD', 'POST'].includes(request.method)) reply.header('access-control-allow-origin', '*');
  });

  app.get<{ Querystring: { set?: unknown } }>(
    '/banners',
    {
      // The query is checked below, with this API's own message; the schema is for the OpenAPI document.
      validatorCompiler: () => () => true,
      schema: {
        tags: TAGS,
        summary: 'The carousel banners of one set shown now, in order (public)',
        description:
          'The home page’s carousel (`trang-chu`) unless `set` names another; a set without banners has no items. Readable from ' +
          'any origin, cached for a minute. An uploaded image adds `image.srcset`.',
        querystring: PublicBannerQuery,
        response: { 200: PublicBannerList, 400: ApiError },
      },
    },
    async (request, reply) => {
      const { set = DEFAULT_BANNER_SET } = request.query;
      if (!isSlug(set)) return sendError(reply, 400, 'invalid_parameter', slugRule('set'));
      const items = await store.listBanners(request.server.now(), set);
      reply.header('cache-control', 'public, max-age=60');
      return bannerList(config.publicUrl, items);
    },
  );

  app.get(
    '/banners/sets',
    {
      schema: {
        tags: TAGS,
        summary: 'The banner sets in use, with how many banners each shows now (public)',
        description:
          'For the embed builder’s choice of a carousel. Readable from any origin; not cached, so a set an editor has just filled is offered at once.',
        response: { 200: PublicBannerSetList },
      },
    },
    async (request, reply) => {
      const sets = await store.bannerSets(request.server.now());
      const home = sets.find(({ set }) => set === DEFAULT_BANNER_SET) ?? { set: DEFAULT_BANNER_SET, count: 0 };
      reply.header('cache-control', 'no-store');
      return { items: [home, ...sets.filter(({ set }) => set !== DEFAULT_BANNER_SET)] };
    },
  );

  app.get<{ Querystring: { placement?: unknown } }>(
    '/partners',
    {
      // The query is checked below, with this API's own message; the schema is for the OpenAPI document.
      validatorCompiler: () => () => true,
      schema: {
        tags: TAGS,
        summary: 'The partners shown now, pinned first (public)',
        description: 'Readable from any origin, cached for a minute. An uploaded image adds `image.srcset`.',
        querystring: PublicPartnerQuery,
        response: { 200: PublicPartnerList, 400: ApiError },
      },
    },
    async (request, reply) => {
      const { placement } = request.query;
      if (placement !== undefined && !isSlug(placement)) return sendError(reply, 400, 'invalid_parameter', slugRule('placement'));
      const items = await store.listPartners(request.server.now(), placement);
      reply.header('cache-control', 'public, max-age=60');
      return partnerList(config.publicUrl, items);
    },
  );

  // Text or JSON: a widget sends the batch as text/plain, which needs no CORS preflight from a sibling site.
  app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: IMPRESSIONS_BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );

  counting(app, {
    path: 'banners',
    noun: 'banner',
    // A banner's link may be a path of this site: it becomes absolute with PUBLIC_URL, so it can never leave the site.
    target: async (id) => httpUrl((await store.getBanner(id))?.url, absoluteUrl(config.publicUrl)),
    recordClick: (id, day) => store.recordBannerClick(id, day),
    recordImpressions: (ids, day) => store.recordBannerImpressions(ids, day),
  });
  counting(app, {
    path: 'partners',
    noun: 'partner',
    target: async (id) => httpUrl((await store.getPartner(id))?.url),
    recordClick: (id, day) => store.recordPartnerClick(id, day),
    recordImpressions: (ids, day) => store.recordPartnerImpressions(ids, day),
  });

  app.get<{ Querystring: { from?: unknown; to?: unknown } }>(
    '/partners/stats',
    { preHandler: requireEditor(isEditor) },
    async (request, reply) => {
      const { from, to } = request.query;
      for (const [name, value] of [
        ['from', from],
        ['to', to],
      ] as const) {
        if (value !== undefined && !(typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(value)))) {
          return sendError(reply, 400, 'invalid_parameter', `${name} must be a day as YYYY-MM-DD.`);
        }
      }
      const range = { from: from as string | undefined, to: to as string | undefined };
      if (range.from && range.to && range.from > range.to) return sendError(reply, 400, 'invalid_parameter', 'from must not be after to.');
      reply.header('cache-control', 'private, no-store');
      return { from: range.from ?? null, to: range.to ?? null, items: await store.partnerCounts(range) };
    },
  );
};

/**
 * `GET /{path}/:id/click`: counts a person's click (not a bot's) on the day, then answers 302 to the item's stored
 * URL; and `POST /{path}/impressions`: `{ "ids": [...] }` as text or JSON, one impression for each, all or none.
 */
function counting(app: FastifyInstance, { path, noun, target, recordClick, recordImpressions }: Counted) {
  app.get<{ Params: { id: string } }>(`/${path}/:id/click`, async (request, reply) => {
    const id = /^\d{1,15}$/.test(request.params.id) ? Number(request.params.id) : NaN;
    if (!isId(id)) return sendError(reply, 400, 'invalid_parameter', `The ${noun} id must be a whole number from 1.`);
    const url = await target(id);
    if (url === undefined) return sendError(reply, 404, 'not_found', `No ${noun} ${id}, or it has no link.`);
    if (isPerson(request)) await recordClick(id, portalDay(request.server.now()));
    reply.header('cache-control', 'no-store');
    return reply.redirect(url, 302);
  });

  app.post<{ Body: unknown }>(`/${path}/impressions`, { bodyLimit: IMPRESSIONS_BODY_LIMIT }, async (request, reply) => {
    const ids = impressionIds(request.body, noun);
    if (typeof ids === 'string') return sendError(reply, 400, 'invalid_body', ids);
    reply.header('cache-control', 'no-store');
    if (!isPerson(request)) return reply.code(204).send();
    if (!(await recordImpressions(ids, portalDay(request.server.now())))) {
      return sendError(reply, 404, 'not_found', `One or more of the ${noun} ids do not exist; nothing was counted.`);
    }
    return reply.code(204).send();
  });
}

/**
 * `url` (made absolute by `absolute`) as a redirect may send people to it: only an http(s) URL, percent-encoded as a
 * Location header must be; undefined for none, or for a stored value of another kind, which is a mistake and never a
 * place to send people.
 */
function httpUrl(url: string | null | undefined, absolute = (value: string) => value): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(absolute(url));
    return /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The ids of `{ "ids": [...] }` (parsed, or JSON text), or what is wrong with the body. */
function impressionIds(body: unknown, noun: string): number[] | string {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return `The body must be JSON: { "ids": [${noun} ids] }.`;
    }
  }
  const ids = (value as { ids?: unknown } | null)?.ids;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_IMPRESSION_BATCH || !ids.every(isId)) {
    return `The body must be { "ids": [...] } with 1 to ${MAX_IMPRESSION_BATCH} ${noun} ids (whole numbers from 1).`;
  }
  if (new Set(ids).size !== ids.length) return `Each ${noun} id may appear once in a batch.`;
  return ids;
}

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}
