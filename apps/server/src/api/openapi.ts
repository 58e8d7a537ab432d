import fastifySwagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';

/** Where the OpenAPI document is served. */
export const OPENAPI_PATH = '/api/v1/openapi.json';

/** The one error shape of the API, as routes declare it for their 4xx answers. */
export const ApiError = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String({ description: 'Stable, machine-readable: `validation_failed`, `unauthenticated`, `version_conflict`, ...' }),
        message: Type.String({ description: 'What went wrong and what to do, for a person.' }),
      },
      { additionalProperties: true },
    ),
  },
  { description: 'Every error of the API has this shape.' },
);

/**
 * The OpenAPI 3 document of the API, generated from the route schemas: register before the routes. Only routes
 * with tags are listed (the pages, feeds and static files are not API).
 */
export function registerOpenApi(app: FastifyInstance, publicUrl: string): void {
  app.register(fastifySwagger, {
    hideUntagged: true,
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Agency Portal API',
        version: '1',
        description:
          'The JSON API of the portal. Reads of published content are public. Writes need a staff session (the cookie set by ' +
          '`POST /api/v1/auth/login`) and come from a page of the portal (the Origin header is checked). Errors: `{ "error": { "code", "message" } }`.',
      },
      servers: [{ url: publicUrl }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ap_session', description: '`__Host-ap_session` over https' } },
      },
    },
  });
  app.get(OPENAPI_PATH, { schema: { hide: true } }, (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return app.swagger();
  });
}
