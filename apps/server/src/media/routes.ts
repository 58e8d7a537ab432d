import type { FastifyError, FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiError } from '../api/openapi.js';
import { strictValidation } from '../api/validation.js';
import { staffOf, staffOnly } from '../auth/guard.js';
import type { Config } from '../config.js';
import type { MediaRecord, Store } from '../store/types.js';
import { MAX_UPLOAD_BYTES, MediaError, UPLOAD_TYPES, contentHash, processImage } from './images.js';
import { removeFiles, writeRenditions } from './files.js';
import { Media, MediaId, MediaList, MediaListQuery, MediaUpload } from './schemas.js';
import { mediaSources, mediaUrl } from './sources.js';
import { RETRY_AFTER_SECONDS, UploadQueue, type UploadQueueOptions } from './queue.js';

export interface MediaRoutesOptions {
  config: Config;
  store: Store;
  /** How many uploads are processed at once and may wait (src/media/queue.ts). */
  uploads?: UploadQueueOptions;
}

const TAGS = ['Media (newsroom)'];
const errors = { 401: ApiError, 403: ApiError, 404: ApiError };

/**
 * The newsroom's images: editors and admins upload a JPEG, PNG or WebP file as the request body; it is checked,
 * re-encoded in several widths as WebP and JPEG (src/media/images.ts), written to the media folder and recorded;
 * the same picture uploaded again is the same record.
 */
export const mediaRoutes: FastifyPluginAsync<MediaRoutesOptions> = async (plain, { config, store, uploads }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  strictValidation(app);
  const staff = staffOnly(config, store, ['editor', 'admin']);
  const queue = new UploadQueue(uploads);

  // The body is the file itself, read into memory up to MAX_UPLOAD_BYTES: a larger Content-Length is refused before
  // a byte of it is read. Any other type is refused without reading the body.
  app.addContentTypeParser([...UPLOAD_TYPES], { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  app.addContentTypeParser('*', (request, _payload, done) => {
    const type = request.headers['content-type'] ?? 'none';
    done(new MediaError(415, 'unsupported_media_type', `Send the image as image/jpeg, image/png or image/webp, not ${type}.`), undefined);
  });
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error instanceof MediaError && error.statusCode === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    if (error instanceof MediaError) return sendError(reply, error.statusCode, error.code, error.message);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(reply, 413, 'payload_too_large', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: make it smaller.`);
    }
    throw error;
  });

  const toJson = (media: MediaRecord) => ({
    ...mediaSources(media, config.publicUrl),
    id: media.id,
    width: media.width,
    height: media.height,
    files: media.files.map(({ name, width, height, type, bytes }) => ({
      url: mediaUrl(config.publicUrl, { name }),
      width,
      height,
      type,
      bytes,
    })),
    uploadedBy: media.uploadedBy.username,
    createdAt: media.createdAt.toISOString(),
  });

  app.post(
    '/media',
    {
      // Before the body is read: an anonymous upload is refused without taking in its megabytes.
      onRequest: staff,
      // The body is bytes, checked by processImage(); the schema is for the OpenAPI document.
      validatorCompiler: () => () => true,
      schema: {
        tags: TAGS,
        summary: 'Upload an image (the file itself as the body)',
        description:
          'The body is the JPEG, PNG or WebP file, sent with its Content-Type (at most 20 MB and 40 megapixels). The type is ' +
          'checked from the bytes, not the name. It is re-encoded in the widths 320, 640, 960, 1280 and 1920 that are not wider ' +
          'than it, as WebP and JPEG, turned as its EXIF orientation says, without metadata; the uploaded file is not kept. ' +
          '201 with the new image; 200 with the stored one when the same file was uploaded before. A few images are processed at ' +
          'once and a few more wait their turn; beyond that, 503 with Retry-After.',
        security: [{ session: [] }],
        consumes: [...UPLOAD_TYPES],
        body: MediaUpload,
        response: { 200: Media, 201: Media, 401: ApiError, 403: ApiError, 413: ApiError, 415: ApiError, 422: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const data: unknown = request.body;
      if (!Buffer.isBuffer(data)) {
        throw new MediaError(
          415,
          'unsupported_media_type',
          'Send the image file itself as the body, as image/jpeg, image/png or image/webp.',
        );
      }
      const known = data.length > 0 ? await store.getMediaByHash(contentHash(data)) : undefined;
      if (known !== undefined) return reply.code(200).send(toJson(known));
      const { image, written } = await queue.run(async () => {
        const image = await processImage(data);
        return { image, written: await writeRenditions(config.mediaDir, image) };
      });
      const files = image.renditions.map(({ name, width, height, type, bytes }) => ({ name, width, height, type, bytes }));
      try {
        const { media, created } = await store.addMedia(
          { hash: image.hash, width: image.width, height: image.height, files },
          { actor: staffOf(request), at: app.now() },
        );
        return reply
          .code(created ? 201 : 200)
          .header('location', `/api/v1/media/${media.id}`)
          .send(toJson(media));
      } catch (error) {
        // The files of an image another request stored meanwhile are the same bytes under the same names: keep them.
        if ((await store.getMediaByHash(image.hash)) === undefined) await removeFiles(config.mediaDir, written);
        throw error;
      }
    },
  );

  app.get(
    '/media',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'The uploaded images, newest first',
        security: [{ session: [] }],
        querystring: MediaListQuery,
        response: { 200: MediaList, 400: ApiError, ...errors },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { items, total } = await store.listMedia({ offset: (page - 1) * pageSize, limit: pageSize });
      return { items: items.map(toJson), page, pageSize, total, totalPages: Math.ceil(total / pageSize) };
    },
  );

  app.get(
    '/media/:id',
    {
      preHandler: staff,
      schema: {
        tags: TAGS,
        summary: 'One uploaded image',
        security: [{ session: [] }],
        params: MediaId,
        response: { 200: Media, 400: ApiError, ...errors },
      },
    },
    async (request, reply) => {
      const media = await store.getMedia(request.params.id);
      return media === undefined ? sendError(reply, 404, 'not_found', `No image ${request.params.id}.`) : toJson(media);
    },
  );
};

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}
