import type { FastifyRequest } from 'fastify';
import { LANGS, type Lang } from '@agency-portal/portal/templates.js';
import { readCookie } from './auth/sessions.js';

/** The cookie that keeps a visitor's choice of language (a preference, not an identifier). */
export const LANG_COOKIE = 'lang';

/** The language the visitor chose with the switch; Vietnamese until they do. */
export function requestLang(request: FastifyRequest): Lang {
  const chosen = readCookie(request.headers.cookie, LANG_COOKIE);
  return LANGS.find((lang) => lang === chosen) ?? 'vi';
}
