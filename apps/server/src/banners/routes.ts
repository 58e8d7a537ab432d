import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiError } from '../api/openapi.js';
import { strictValidation } from '../api/validation.js';
import { freeSlug, slugify } from '../articles/slug.js';
import { staffOf, staffOnly } from '../auth/guard.js';
import type { Config } from '../config.js';
import { imageSrcset, mediaSources } from '../media/sources.js';
import {
  DEFAULT_BANNER_SET,
  KeyTakenError,
  type Banner,
  type DayCounts,
  type Partner,
  type StoredImage,
  type Store,
} from '../store/types.js';
import { portalDay } from '../views.js';
import {
  BannerCountsList,
  BannerList,
  BannerOrder,
  CountsQuery,
  CreateBanner,
  CreatePartner,
  ItemId,
  Order,
  PartnerCountsList,
  PartnerList,
  StaffBanner,
  StaffPartner,
  UpdateBanner,
  UpdatePartner,
} from './schemas.js';

export interface NewsroomBannerRoutesOptions {
  config: Config;
  store: Store;
}

const TAGS = ['Banners and partners'];
const errors = { 400: ApiError, 401: ApiError, 403: ApiError };
const DAY_MS = 24 * 60 * 60 * 1000;
/** The counts answer at most this many days at once. */
export const MAX_COUNT_DAYS = 366;
/** A creation tries at most this many keys (each taken by someone else meanwhile) before it gives up with a 500. */
const MAX_KEY_ATTEMPTS = 20;

type Schedule = { startsAt: Date | null; endsAt: Date | null };

/** Where an item stands at `now`. */
export function scheduleState({ startsAt, endsAt }: Schedule, now: Date): 'shown' | 'scheduled' | 'ended' {
  if (startsAt !== null && startsAt > now) return 'scheduled';
  if (endsAt !== null && endsAt <= now) return 'ended';
  return 'shown';
}

const toDate = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * The newsroom's carousel banners and partner strip, for editors and admins: every item with its state, create,
 * edit, delete, reorder, and the banners' and partners' clicks and impressions per day. Every write is in the audit log; the
 * public routes (src/routes/banners.ts) show the result.
 */
export const newsroomBannerRoutes: FastifyPluginAsync<NewsroomBannerRoutesOptions> = async (plain, { config, store }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  strictValidation(app);
  const staff = staffOnly(config, store, ['editor', 'admin']);

  const absolute = (url: string) => (url.startsWith('/') ? config.publicUrl + url : url);
  const imageJson = (image: StoredImage) => ({
    mediaId: image.mediaId ?? null,
    url: absolute(image.path),
    alt: image.alt,
    width: image.width,
    height: image.height,
    ...imageSrcset(image, config.publicUrl),
  });
  const scheduleJson = (item: Banner | Partner) => ({
    startsAt: item.startsAt?.toISOString() ?? null,
    endsAt: item.endsAt?.toISOString() ?? null,
    position: item.position,
    state: scheduleState(item, app.now()),
  });
  const bannerJson = (banner: Banner) => ({
    id: banner.id,
    key: banner.key,
    title: banner.title,
    image: imageJson(banner.image),
    url: banner.url,
    interval: banner.interval,
    set: banner.set,
    ...scheduleJson(banner),
  });
  const partnerJson = (partner: Partner) => ({
    id: partner.id,
    key: partner.key,
    name: partner.name,
    image: imageJson(partner.image),
    url: partner.url,
    placement: partner.placement,
    pinned: partner.pinned,
    paid: partner.paid,
    ...scheduleJson(partner),
  });

  /** The stored image of an uploaded one (its largest JPEG), or undefined when there is no such upload. */
  const resolveImage = async (input: { mediaId: number; alt: string }): Promise<StoredImage | undefined> => {
    const media = await store.getMedia(input.mediaId);
    if (media === undefined) return undefined;
    const { url, width, height } = mediaSources(media, '');
    return { path: url, alt: input.alt.trim(), width, height, mediaId: media.id };
  };
  /** What is wrong with the image and schedule of a write (merged with the stored item for an edit), or undefined. */
  const check = async (
    body: { image?: { mediaId: number; alt: string }; startsAt?: string | null; endsAt?: string | null },
    current?: Schedule,
  ): Promise<{ image?: StoredImage; error?: string }> => {
    const startsAt = body.startsAt !== undefined ? toDate(body.startsAt) : (current?.startsAt ?? null);
    const endsAt = body.endsAt !== undefined ? toDate(body.endsAt) : (current?.endsAt ?? null);
    if (startsAt && endsAt && endsAt <= startsAt) return { error: 'endsAt must be after startsAt.' };
    if (body.image === undefined) return {};
    const image = await resolveImage(body.image);
    if (image === undefined) return { error: `No uploaded image ${body.image.mediaId}: upload it first (POST /api/v1/media).` };
    return { image };
  };
  /**
   * Creates an item with the first free key made from `text`. The store refuses a key taken since it was chosen
   * (two people adding the same name at once, or two instances): then the next free one is tried.
   */
  const withFreeKey = async <T>(type: 'banner' | 'partner', text: string, create: (key: string) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      const key = await freeSlug(slugify(text) || type, (candidate) => store.bannerKeyTaken(type, candidate));
      try {
        return await create(key);
      } catch (error) {
        if (!(error instanceof KeyTakenError) || attempt === MAX_KEY_ATTEMPTS) throw error;
      }
    }
  };

  // Banners.

  app.get(
    '/newsroom/banners',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Every carousel banner of every set, shown or not, by set and in display order',
        security: [{ session: [] }],
        response: { 200: BannerList, 401: ApiError, 403: ApiError },
      },
    },
    async () => ({ items: (await store.listAllBanners()).map(bannerJson) }),
  );

  app.post(
    '/newsroom/banners',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Add a banner after the others',
        security: [{ session: [] }],
        body: CreateBanner,
        response: { 201: StaffBanner, ...errors },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const { image, error } = await check(body);
      if (error !== undefined || image === undefined) return invalid(reply, error);
      const title = body.title.trim();
      const banner = await withFreeKey('banner', title, (key) =>
        store.createBanner(
          {
            key,
            title,
            image,
            url: body.url ?? null,
            interval: body.interval ?? null,
            startsAt: toDate(body.startsAt) ?? null,
            endsAt: toDate(body.endsAt) ?? null,
            set: body.set ?? DEFAULT_BANNER_SET,
          },
          { actor: staffOf(request), at: app.now() },
        ),
      );
      return reply.code(201).header('location', `/api/v1/newsroom/banners/${banner.id}`).send(bannerJson(banner));
    },
  );

  app.put(
    '/newsroom/banners/order',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Put the banners of one set in a new order',
        description:
          '`ids` must be the id of every banner of `set` (`trang-chu` when absent), each once: 400 otherwise, also for a banner ' +
          'of another set, and nothing changed. Answers every banner, as `GET /api/v1/newsroom/banners`.',
        security: [{ session: [] }],
        body: BannerOrder,
        response: { 200: BannerList, ...errors },
      },
    },
    async (request, reply) => {
      const { ids, set = DEFAULT_BANNER_SET } = request.body;
      if (!(await store.reorderBanners(set, ids, { actor: staffOf(request), at: app.now() }))) {
        const other = (await store.listAllBanners()).find((banner) => ids.includes(banner.id) && banner.set !== set);
        return invalid(
          reply,
          other === undefined
            ? `ids must be the id of every banner of the set "${set}", each once (GET /api/v1/newsroom/banners).`
            : `Banner ${other.id} is in the set "${other.set}", not "${set}": order one set at a time.`,
        );
      }
      return { items: (await store.listAllBanners()).map(bannerJson) };
    },
  );

  app.patch(
    '/newsroom/banners/:id',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Change a banner’s fields',
        description: 'Changes the fields sent; `null` clears `url`, `interval`, `startsAt` or `endsAt`. The key stays.',
        security: [{ session: [] }],
        params: ItemId,
        body: UpdateBanner,
        response: { 200: StaffBanner, ...errors, 404: ApiError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { body } = request;
      const current = await store.getBanner(id);
      if (current === undefined) return notFound(reply, 'banner', id);
      const { image, error } = await check(body, current);
      if (error !== undefined) return invalid(reply, error);
      const banner = await store.updateBanner(
        id,
        {
          title: body.title?.trim(),
          image,
          url: body.url,
          interval: body.interval,
          startsAt: toDate(body.startsAt),
          endsAt: toDate(body.endsAt),
          set: body.set,
        },
        { actor: staffOf(request), at: app.now() },
      );
      return banner === undefined ? notFound(reply, 'banner', id) : bannerJson(banner);
    },
  );

  app.delete(
    '/newsroom/banners/:id',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Delete a banner and its counts',
        security: [{ session: [] }],
        params: ItemId,
        response: { 204: Type204(), ...errors, 404: ApiError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!(await store.deleteBanner(id, { actor: staffOf(request), at: app.now() }))) return notFound(reply, 'banner', id);
      return reply.code(204).send();
    },
  );

  // Partners.

  app.get(
    '/newsroom/partners',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Every partner, shown or not, in the order of the strip (pinned first)',
        security: [{ session: [] }],
        response: { 200: PartnerList, 401: ApiError, 403: ApiError },
      },
    },
    async () => ({ items: (await store.listAllPartners()).map(partnerJson) }),
  );

  app.post(
    '/newsroom/partners',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Add a partner after the others',
        security: [{ session: [] }],
        body: CreatePartner,
        response: { 201: StaffPartner, ...errors },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const { image, error } = await check(body);
      if (error !== undefined || image === undefined) return invalid(reply, error);
      const name = body.name.trim();
      const partner = await withFreeKey('partner', name, (key) =>
        store.createPartner(
          {
            key,
            name,
            image,
            url: body.url,
            placement: body.placement,
            pinned: body.pinned ?? false,
            paid: body.paid ?? false,
            startsAt: toDate(body.startsAt) ?? null,
            endsAt: toDate(body.endsAt) ?? null,
          },
          { actor: staffOf(request), at: app.now() },
        ),
      );
      return reply.code(201).header('location', `/api/v1/newsroom/partners/${partner.id}`).send(partnerJson(partner));
    },
  );

  app.put(
    '/newsroom/partners/order',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Put the partners in a new order',
        description: '`ids` must be every partner’s id, each once (400 otherwise, nothing changed). Pinned partners still show first.',
        security: [{ session: [] }],
        body: Order,
        response: { 200: PartnerList, ...errors },
      },
    },
    async (request, reply) => {
      if (!(await store.reorderPartners(request.body.ids, { actor: staffOf(request), at: app.now() }))) {
        return invalid(reply, 'ids must be the id of every partner, each once (GET /api/v1/newsroom/partners).');
      }
      return { items: (await store.listAllPartners()).map(partnerJson) };
    },
  );

  app.patch(
    '/newsroom/partners/:id',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Change a partner’s fields',
        description: 'Changes the fields sent; `null` clears `startsAt` or `endsAt`. The key stays.',
        security: [{ session: [] }],
        params: ItemId,
        body: UpdatePartner,
        response: { 200: StaffPartner, ...errors, 404: ApiError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { body } = request;
      const current = await store.getPartner(id);
      if (current === undefined) return notFound(reply, 'partner', id);
      const { image, error } = await check(body, current);
      if (error !== undefined) return invalid(reply, error);
      const partner = await store.updatePartner(
        id,
        {
          name: body.name?.trim(),
          image,
          url: body.url,
          placement: body.placement,
          pinned: body.pinned,
          paid: body.paid,
          startsAt: toDate(body.startsAt),
          endsAt: toDate(body.endsAt),
        },
        { actor: staffOf(request), at: app.now() },
      );
      return partner === undefined ? notFound(reply, 'partner', id) : partnerJson(partner);
    },
  );

  app.delete(
    '/newsroom/partners/:id',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Delete a partner and its counts',
        security: [{ session: [] }],
        params: ItemId,
        response: { 204: Type204(), ...errors, 404: ApiError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!(await store.deletePartner(id, { actor: staffOf(request), at: app.now() }))) return notFound(reply, 'partner', id);
      return reply.code(204).send();
    },
  );

  // Counts.

  /**
   * The counts answer: each item (every one, or item `id`) with its clicks and impressions per day of the range and
   * their sums; `describe` gives an item's fields before the counts (id, name or title, ...).
   */
  const counts = async <T extends { id: number }, D extends object>(
    reply: FastifyReply,
    query: { from?: string; to?: string },
    kind: {
      noun: string;
      all: () => Promise<T[]>;
      one: (id: number) => Promise<T | undefined>;
      daily: (range: { from: string; to: string; id?: number }) => Promise<DayCounts[]>;
      describe: (item: T) => D;
    },
    id?: number,
  ) => {
    const to = query.to ?? portalDay(app.now());
    const from = query.from ?? dayOf(dayNumber(to) - 29);
    const length = dayNumber(to) - dayNumber(from) + 1;
    if (!Number.isInteger(length) || length < 1) return invalid(reply, 'from must not be after to.', 'invalid_parameter');
    if (length > MAX_COUNT_DAYS) return invalid(reply, `Ask for at most ${MAX_COUNT_DAYS} days at once.`, 'invalid_parameter');
    let items: T[];
    if (id === undefined) items = await kind.all();
    else {
      const item = await kind.one(id);
      if (item === undefined) return notFound(reply, kind.noun, id);
      items = [item];
    }
    const rows = await kind.daily({ from, to, id });
    const byItem = new Map<number, Map<string, { clicks: number; impressions: number }>>();
    for (const row of rows) {
      const days = byItem.get(row.id) ?? new Map();
      days.set(row.day, { clicks: row.clicks, impressions: row.impressions });
      byItem.set(row.id, days);
    }
    const allDays = Array.from({ length }, (_, i) => dayOf(dayNumber(from) + i));
    return {
      from,
      to,
      items: items.map((item) => {
        const known = byItem.get(item.id);
        const days = allDays.map((day) => ({ day, ...(known?.get(day) ?? { clicks: 0, impressions: 0 }) }));
        return {
          ...kind.describe(item),
          clicks: days.reduce((sum, day) => sum + day.clicks, 0),
          impressions: days.reduce((sum, day) => sum + day.impressions, 0),
          days,
        };
      }),
    };
  };
  const partnerCounts = {
    noun: 'partner',
    all: () => store.listAllPartners(),
    one: (id: number) => store.getPartner(id),
    daily: (range: { from: string; to: string; id?: number }) => store.partnerDailyCounts(range),
    describe: (partner: Partner) => ({ id: partner.id, name: partner.name, placement: partner.placement }),
  };
  const bannerCounts = {
    noun: 'banner',
    all: () => store.listAllBanners(),
    one: (id: number) => store.getBanner(id),
    daily: (range: { from: string; to: string; id?: number }) => store.bannerDailyCounts(range),
    describe: (banner: Banner) => ({ id: banner.id, title: banner.title }),
  };

  const countsDescription =
    'Clicks and impressions per day (the portal’s time zone) from `from` to `to`, both included: by default the last 30 days ' +
    `up to today, at most ${MAX_COUNT_DAYS} days. Counted by the public routes (people only, not bots).`;

  app.get(
    '/newsroom/partners/counts',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Every partner’s clicks and impressions per day',
        description: countsDescription,
        security: [{ session: [] }],
        querystring: CountsQuery,
        response: { 200: PartnerCountsList, ...errors },
      },
    },
    async (request, reply) => counts(reply, request.query, partnerCounts),
  );

  app.get(
    '/newsroom/partners/:id/counts',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'One partner’s clicks and impressions per day',
        description: countsDescription,
        security: [{ session: [] }],
        params: ItemId,
        querystring: CountsQuery,
        response: { 200: PartnerCountsList, ...errors, 404: ApiError },
      },
    },
    async (request, reply) => counts(reply, request.query, partnerCounts, request.params.id),
  );

  app.get(
    '/newsroom/banners/counts',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Every banner’s clicks and impressions per day',
        description: `${countsDescription} Every banner, shown or not, in display order.`,
        security: [{ session: [] }],
        querystring: CountsQuery,
        response: { 200: BannerCountsList, ...errors },
      },
    },
    async (request, reply) => counts(reply, request.query, bannerCounts),
  );

  app.get(
    '/newsroom/banners/:id/counts',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'One banner’s clicks and impressions per day',
        description: countsDescription,
        security: [{ session: [] }],
        params: ItemId,
        querystring: CountsQuery,
        response: { 200: BannerCountsList, ...errors, 404: ApiError },
      },
    },
    async (request, reply) => counts(reply, request.query, bannerCounts, request.params.id),
  );
};

/** An empty answer, for the OpenAPI document. */
function Type204() {
  return { type: 'null', description: 'Deleted.' } as const;
}

function invalid(reply: FastifyReply, message = 'Invalid request.', code = 'validation_failed') {
  return reply.code(400).send({ error: { code, message } });
}

function notFound(reply: FastifyReply, type: string, id: number) {
  return reply.code(404).send({ error: { code: 'not_found', message: `No ${type} ${id}.` } });
}
