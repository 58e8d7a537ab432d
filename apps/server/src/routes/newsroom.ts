import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  loadNewsroomAssets,
  NEWSROOM_ASSETS_PREFIX,
  NEWSROOM_BASE,
  NEWSROOM_CLIENT_DIR,
  NEWSROOM_HASHED_DIR,
  newsroomPage,
  type NewsroomAssets,
  type NewsroomLang,
} from '@agency-portal/newsroom/shell.js';
import { relative, sep } from 'node:path';
import { cookieSettings, readCookie, sessionUser } from '../auth/sessions.js';
import type { Config } from '../config.js';
import type { Store, User } from '../store/types.js';
import { signInUrl } from './auth.js';

export interface NewsroomRoutesOptions {
  config: Config;
  store: Store;
}

/**
 * The newsroom: its page at every address under /quan-tri/ (Vietnamese) and /admin/ (English) for signed-in
 * staff, the sign-in page for everyone else (coming back here afterwards), and its browser build under /newsroom/.
 */
export const newsroomRoutes: FastifyPluginAsync<NewsroomRoutesOptions> = async (app, { config, store }) => {
  const cookie = cookieSettings(config).name;
  let assets: NewsroomAssets;
  try {
    assets = loadNewsroomAssets();
  } catch (error) {
    app.log.warn((error as Error).message);
    assets = { styles: [], scripts: [] };
  }

  /** The signed-in staff member, or a redirect to the sign-in page that leads back to this address. */
  const staff = async (request: FastifyRequest, reply: FastifyReply): Promise<User | undefined> => {
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
    const user = await sessionUser(store, readCookie(request.headers.cookie, cookie), app.now());
    if (user === undefined) {
      const lang = request.url.startsWith(NEWSROOM_BASE.en) ? 'en' : 'vi';
      await reply.redirect(signInUrl(lang, config.publicUrl + request.url), 303);
    }
    return user;
  };

  for (const lang of Object.keys(NEWSROOM_BASE) as NewsroomLang[]) {
    const base = NEWSROOM_BASE[lang];
    const page = async (request: FastifyRequest, reply: FastifyReply) => {
      const user = await staff(request, reply);
      if (user === undefined) return reply;
      return reply.type('text/html; charset=utf-8').send(newsroomPage({ lang, user, assets }));
    };
    app.get(base.slice(0, -1), (_request, reply) => reply.redirect(base, 301));
    app.get(base, page);
    app.get(`${base}*`, page);
  }

  app.register(fastifyStatic, {
    root: NEWSROOM_CLIENT_DIR,
    prefix: NEWSROOM_ASSETS_PREFIX,
    decorateReply: false,
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders(response, path) {
      const hashed = relative(NEWSROOM_CLIENT_DIR, path).startsWith(`${NEWSROOM_HASHED_DIR}${sep}`);
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
};
