import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiError } from '../api/openapi.js';
import { strictValidation } from '../api/validation.js';
import { staffOnly } from '../auth/guard.js';
import type { Config } from '../config.js';
import type { Store } from '../store/types.js';

const AuditQuery = Type.Object(
  {
    actor: Type.Optional(Type.String({ maxLength: 64, description: 'A username.' })),
    action: Type.Optional(
      Type.String({
        pattern: '^[a-z]+(\\.[a-z-]+)?$',
        maxLength: 64,
        description: 'An action (`article.publish`) or a kind of target (`article`, `user`).',
      }),
    ),
    targetType: Type.Optional(Type.String({ pattern: '^[a-z]+$', maxLength: 32 })),
    targetId: Type.Optional(Type.String({ maxLength: 64 })),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'Entries at or after this time.' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Entries before this time.' })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  },
  { additionalProperties: false },
);

const Entry = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.Object({ id: Type.Union([Type.Integer(), Type.Null()]), username: Type.String() }),
  action: Type.String(),
  target: Type.Object({ type: Type.String(), id: Type.String() }),
  summary: Type.String(),
  changes: Type.Record(Type.String(), Type.Object({ before: Type.Unknown(), after: Type.Unknown() }), {
    description: 'Each changed field with its value before and after; a body is given as its length.',
  }),
});

/** The audit log, for admins: who changed what and when, newest first, filtered by actor, action, target and time. */
export const auditRoutes: FastifyPluginAsync<{ config: Config; store: Store }> = async (plain, { config, store }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  strictValidation(app);
  app.get(
    '/audit',
    {
      preHandler: staffOnly(config, store, ['admin']),
      schema: {
        tags: ['Audit log'],
        summary: 'Changes to content, users and settings (admins)',
        security: [{ session: [] }],
        querystring: AuditQuery,
        response: {
          200: Type.Object({
            items: Type.Array(Entry),
            page: Type.Integer(),
            pageSize: Type.Integer(),
            total: Type.Integer(),
            totalPages: Type.Integer(),
          }),
          400: ApiError,
          401: ApiError,
          403: ApiError,
        },
      },
    },
    async (request, reply) => {
      const { actor, action, targetType, targetId, from, to, page, pageSize } = request.query;
      if ((targetType === undefined) !== (targetId === undefined)) {
        return reply.code(400).send({ error: { code: 'validation_failed', message: 'Give targetType and targetId together.' } });
      }
      const { items, total } = await store.listAudit({
        offset: (page - 1) * pageSize,
        limit: pageSize,
        actor,
        action,
        target: targetType === undefined || targetId === undefined ? undefined : { type: targetType, id: targetId },
        from: from === undefined ? undefined : new Date(from),
        to: to === undefined ? undefined : new Date(to),
      });
      return {
        items: items.map((entry) => ({ ...entry, at: entry.at.toISOString() })),
        page,
        pageSize,
        total,
        totalPages: Math.ceil(total / pageSize),
      };
    },
  );
};
