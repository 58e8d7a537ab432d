import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { articleJson } from '../routes/api.js';
import { ApiError } from '../api/openapi.js';
import { strictValidation } from '../api/validation.js';
import { staffOf, staffOnly } from '../auth/guard.js';
import type { Config } from '../config.js';
import { MEDIA_PREFIX, shareRendition } from '../media/sources.js';
import {
  SlugTakenError,
  type ArticleFields,
  type ArticleImage,
  type ArticleState,
  type ArticleTranslation,
  type StaffArticle,
  type Store,
  type User,
} from '../store/types.js';
import {
  ArticleId,
  CreateArticle,
  MAX_BODY_LENGTH,
  StaffArticle as StaffArticleSchema,
  StaffArticleList,
  StaffListQuery,
  UpdateArticle,
} from './schemas.js';
import { freeSlug, slugify } from './slug.js';

export interface ArticleRoutesOptions {
  config: Config;
  store: Store;
}

/** Enough for the longest body and its JSON escaping. */
const WRITE_BODY_LIMIT = 4 * MAX_BODY_LENGTH;

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const TAGS = ['Articles (newsroom)'];

/** Where an article stands at `now`. */
export function articleState(article: StaffArticle, now: Date): ArticleState {
  if (article.deletedAt !== null) return 'deleted';
  if (article.status === 'draft') return 'draft';
  return article.publishedAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/**
 * The newsroom's article API: staff (editors and admins) list, read, write, publish, schedule, unpublish and
 * delete articles; admins restore deleted ones. Every write names the version it was made on, is checked
 * against its schema, and is recorded in the audit log with the change.
 */
export const articleRoutes: FastifyPluginAsync<ArticleRoutesOptions> = async (plain, { config, store }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  strictValidation(app);
  const staff = staffOnly(config, store, ['editor', 'admin']);
  const admin = staffOnly(config, store, ['admin']);

  const toJson = (article: StaffArticle) => {
    const json = articleJson(config.publicUrl, article);
    return {
      ...json,
      image: json.image && { mediaId: article.image?.media?.id ?? null, ...json.image },
      body: article.body,
      english: article.english,
      status: article.status,
      state: articleState(article, app.now()),
      publishedAt: article.status === 'draft' ? null : article.publishedAt.toISOString(),
      createdAt: article.createdAt.toISOString(),
      updatedAt: article.updatedAt.toISOString(),
      deletedAt: article.deletedAt?.toISOString() ?? null,
      version: article.version,
    };
  };

  /** The cover of an uploaded image, or undefined when there is no such upload. */
  const coverOf = async (input: { mediaId: number; alt: string }): Promise<ArticleImage | undefined> => {
    const media = await store.getMedia(input.mediaId);
    if (media === undefined) return undefined;
    const file = shareRendition(media);
    return {
      path: MEDIA_PREFIX + file.name,
      alt: input.alt.trim(),
      width: file.width,
      height: file.height,
      bytes: file.bytes,
      type: file.type,
      media: { id: media.id, files: media.files },
    };
  };
  /** The cover a write asks for (null for none, undefined when it names none), or a 400 sent when its upload does not exist. */
  const checkCover = async (
    input: { mediaId: number; alt: string } | null | undefined,
    reply: FastifyReply,
  ): Promise<{ image: ArticleImage | null | undefined } | undefined> => {
    if (input === undefined || input === null) return { image: input };
    const image = await coverOf(input);
    if (image !== undefined) return { image };
    await sendError(reply, 400, 'validation_failed', `No uploaded image ${input.mediaId}: upload it first (POST /api/v1/media).`);
    return undefined;
  };

  /** A 400 unless `slug` is a category. */
  const checkCategory = async (slug: string, reply: FastifyReply) => {
    if ((await store.getCategory(slug)) !== undefined) return true;
    await sendError(reply, 400, 'validation_failed', `There is no category "${slug}": choose one of GET /api/v1/categories.`);
    return false;
  };

  app.get(
    '/newsroom/articles',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Articles in every state, most recently changed first',
        security: [{ session: [] }],
        querystring: StaffListQuery,
        response: { 200: StaffArticleList, ...errors },
      },
    },
    async (request) => {
      const { q, category, state, page, pageSize } = request.query;
      const { items, total } = await store.listStaffArticles({
        offset: (page - 1) * pageSize,
        limit: pageSize,
        q,
        category,
        state,
        now: app.now(),
      });
      return { items: items.map(toJson), page, pageSize, total, totalPages: Math.ceil(total / pageSize) };
    },
  );

  app.get(
    '/newsroom/articles/:id',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'One article, in any state',
        security: [{ session: [] }],
        params: ArticleId,
        response: { 200: StaffArticleSchema, ...errors },
      },
    },
    async (request, reply) => {
      const article = await store.getStaffArticle(request.params.id);
      return article === undefined ? notFound(reply, request.params.id) : toJson(article);
    },
  );

  app.post(
    '/articles',
    {
      preHandler: staff,
      bodyLimit: WRITE_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary: 'Create an article (a draft unless `status` is `published`)',
        security: [{ session: [] }],
        body: CreateArticle,
        response: { 201: StaffArticleSchema, ...errors, 409: ApiError },
      },
    },
    async (request, reply) => {
      const input = request.body;
      const user = staffOf(request);
      const now = app.now();
      const title = input.title.trim();
      if (title === '') return sendError(reply, 400, 'validation_failed', 'The title must not be empty.');
      if (blankEnglishTitle(input.english)) return sendError(reply, 400, 'validation_failed', BLANK_ENGLISH_TITLE);
      if (!(await checkCategory(input.category, reply))) return reply;
      const cover = await checkCover(input.image, reply);
      if (cover === undefined) return reply;
      let slug = input.slug;
      if (slug === undefined) {
        const base = slugify(title);
        if (base === '')
          return sendError(reply, 400, 'validation_failed', 'The title has no letter or digit to make an address from: give a slug.');
        slug = await freeSlug(base, (candidate) => store.slugTaken(candidate));
      }
      const fields: ArticleFields = {
        slug,
        title,
        summary: input.summary?.trim() ?? '',
        body: input.body ?? '',
        categorySlug: input.category,
        author: input.author?.trim() || user.displayName,
        image: cover.image ?? null,
        status: input.status ?? 'draft',
        publishedAt: input.publishAt === undefined ? now : new Date(input.publishAt),
        english: trimmedEnglish(input.english ?? null),
      };
      try {
        const article = await store.createArticle(fields, { actor: user, at: now });
        return reply.code(201).header('location', `/api/v1/newsroom/articles/${article.id}`).send(toJson(article));
      } catch (error) {
        if (error instanceof SlugTakenError) return sendError(reply, 409, 'slug_taken', `${error.message} Choose another slug.`);
        throw error;
      }
    },
  );

  app.patch(
    '/articles/:id',
    {
      preHandler: staff,
      bodyLimit: WRITE_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary: 'Change an article: edit, publish, schedule or unpublish it',
        description:
          'Send the fields to change and the `version` the change was made on. When someone saved the article since, nothing is ' +
          'written and the answer is 409 `version_conflict` with the current version. Publishing a draft without `publishAt` ' +
          'publishes it now; `status: "draft"` takes an article off the site.',
        security: [{ session: [] }],
        params: ArticleId,
        body: UpdateArticle,
        response: { 200: StaffArticleSchema, ...errors, 409: ApiError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { version, title, category, slug, summary, body, author, status, publishAt, image, english } = request.body;
      if (Object.keys(request.body).length === 1) {
        return sendError(reply, 400, 'validation_failed', 'Nothing to change: send at least one field besides version.');
      }
      const now = app.now();
      const before = await store.getStaffArticle(id);
      if (before === undefined) return notFound(reply, id);
      if (before.deletedAt !== null) {
        return sendError(reply, 409, 'article_deleted', 'This article is deleted: an admin can restore it before it is edited again.');
      }
      if (title !== undefined && title.trim() === '') return sendError(reply, 400, 'validation_failed', 'The title must not be empty.');
      if (blankEnglishTitle(english)) return sendError(reply, 400, 'validation_failed', BLANK_ENGLISH_TITLE);
      if (category !== undefined && !(await checkCategory(category, reply))) return reply;
      const cover = await checkCover(image, reply);
      if (cover === undefined) return reply;

      const changes: Partial<ArticleFields> = {
        ...(title !== undefined && { title: title.trim() }),
        ...(category !== undefined && { categorySlug: category }),
        ...(slug !== undefined && { slug }),
        ...(summary !== undefined && { summary: summary.trim() }),
        ...(body !== undefined && { body }),
        ...(author !== undefined && { author: author.trim() || staffOf(request).displayName }),
        ...(status !== undefined && { status }),
        ...(cover.image !== undefined && { image: cover.image }),
        ...(english !== undefined && { english: trimmedEnglish(english) }),
      };
      const nextStatus = status ?? before.status;
      if (publishAt !== undefined) changes.publishedAt = new Date(publishAt);
      // Publishing a draft without a time publishes it now.
      else if (before.status === 'draft' && nextStatus === 'published') changes.publishedAt = now;

      const after = { ...before, status: nextStatus, publishedAt: changes.publishedAt ?? before.publishedAt };
      const action = auditAction(articleState(before, now), articleState(after, now));
      try {
        const result = await store.updateArticle(id, version, changes, action, { actor: staffOf(request), at: now });
        if (result.kind === 'not-found') return notFound(reply, id);
        if (result.kind === 'conflict') return conflict(reply, version, result.current);
        return toJson(result.article);
      } catch (error) {
        if (error instanceof SlugTakenError) return sendError(reply, 409, 'slug_taken', `${error.message} Choose another slug.`);
        throw error;
      }
    },
  );

  /** Deletes (`deletedAt` now) or restores (null) article `id` for `actor`; a second call changes nothing. */
  async function setDeleted(id: number, deleted: boolean, actor: User, reply: FastifyReply) {
    const now = app.now();
    const article = await store.getStaffArticle(id);
    if (article === undefined) return notFound(reply, id);
    if ((article.deletedAt !== null) === deleted) return toJson(article);
    const action = deleted ? 'article.delete' : 'article.restore';
    const result = await store.updateArticle(id, undefined, { deletedAt: deleted ? now : null }, action, { actor, at: now });
    return result.kind === 'saved' ? toJson(result.article) : notFound(reply, id);
  }

  app.delete(
    '/articles/:id',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'Delete an article (an admin can restore it)',
        security: [{ session: [] }],
        params: ArticleId,
        response: { 200: StaffArticleSchema, ...errors },
      },
    },
    (request, reply) => setDeleted(request.params.id, true, staffOf(request), reply),
  );

  app.post(
    '/articles/:id/restore',
    {
      preHandler: admin,
      schema: {
        tags: TAGS,
        summary: 'Restore a deleted article, in the state it had (admins)',
        security: [{ session: [] }],
        params: ArticleId,
        response: { 200: StaffArticleSchema, ...errors },
      },
    },
    (request, reply) => setDeleted(request.params.id, false, staffOf(request), reply),
  );

  app.get(
    '/categories',
    {
      schema: {
        tags: ['Articles'],
        summary: 'The categories, in menu order',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })) }) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
      return { items: await store.listCategories() };
    },
  );

  /** 409 with what is stored now and who saved it last, so the editor can say so. */
  async function conflict(reply: FastifyReply, version: number, current: StaffArticle) {
    const [last] = (await store.listAudit({ offset: 0, limit: 1, target: { type: 'article', id: String(current.id) } })).items;
    const by = last ? ` by ${last.actor.username}` : '';
    return reply.code(409).send({
      error: {
        code: 'version_conflict',
        message:
          `This article was saved${by} at ${current.updatedAt.toISOString()} (version ${current.version}) after you opened version ${version}. ` +
          'Nothing was saved: keep a copy of your changes, reload the article and apply them again.',
        current: toJson(current),
        savedBy: last?.actor.username ?? null,
      },
    });
  }
};

const BLANK_ENGLISH_TITLE = 'The English title must not be empty: give one, or send english: null for no English version.';

/** Whether a write's English version has a title that is only spaces (the schema has checked that it is not empty). */
function blankEnglishTitle(english: ArticleTranslation | null | undefined): boolean {
  return english != null && english.title.trim() === '';
}

/** A write's English version with its title and summary trimmed, as the Vietnamese ones are. */
function trimmedEnglish(english: ArticleTranslation | null): ArticleTranslation | null {
  return english && { title: english.title.trim(), summary: english.summary.trim(), body: english.body };
}

/** The audit action of a change from one state to another. */
function auditAction(before: ArticleState, after: ArticleState): string {
  if (before === after) return 'article.update';
  if (after === 'published') return 'article.publish';
  if (after === 'scheduled') return 'article.schedule';
  return 'article.unpublish';
}

function notFound(reply: FastifyReply, id: number) {
  return sendError(reply, 404, 'not_found', `No article ${id}.`);
}

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}
