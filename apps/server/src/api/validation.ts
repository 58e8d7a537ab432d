import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const COMMON: Options = { allErrors: false, useDefaults: true, removeAdditional: false, strict: false };

/**
 * Request validation for the API's write routes, stricter than Fastify's default: a body is taken as sent (no
 * `{"title": 12345}` stored as "12345", no unknown field dropped in silence: it is refused), while the query
 * string and path, which are text by nature, are converted to the numbers their schemas ask for.
 */
export function strictValidation(app: FastifyInstance): void {
  const body = addFormats.default(new Ajv({ ...COMMON, coerceTypes: false }));
  const text = addFormats.default(new Ajv({ ...COMMON, coerceTypes: true }));
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? body : text).compile(schema));
}
