import type { FastifyRequest } from 'fastify';
import { LANGS, type Lang } from '@agency-portal/portal/templates.js';

/** The cookie that keeps a visitor's choice of language (a preference, not an identifier). */
export const LANG_COOKIE = 'lang';

/** The language the visitor chose with the switch; Vietnamese until they do. */
export function requestLang(request: FastifyRequest): Lang {
  const match = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=([a-z]+)`).exec(request.headers.cookie ?? '');
  return LANGS.find((lang) => lang === match?.[1]) ?? 'vi';
}
