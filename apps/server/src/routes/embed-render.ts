import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { Type, type TProperties, type TSchema } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  articleListFragment,
  bannerCarouselFragment,
  partnerStripFragment,
  visitCounterFragment,
} from '@agency-portal/portal/embed-fragments.js';
import { LANGS, type Lang } from '@agency-portal/portal/templates.js';
import { createHash } from 'node:crypto';
import { ApiError } from '../api/openapi.js';
import { strictValidation } from '../api/validation.js';
import type { Config } from '../config.js';
import type { StatsEngine } from '../stats/engine.js';
import type { Store } from '../store/types.js';
import { articleListJson, MAX_PAGE_SIZE } from './api.js';
import { bannerList, partnerList } from './banners.js';
import { feedItemsJson } from './feed-sources.js';

export interface EmbedRenderOptions {
  config: Config;
  store: Store;
  stats: StatsEngine;
}

const TAGS = ['Embeds'];
const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const id = (description: string) => Type.String({ pattern: SLUG, maxLength: 64, description });
const flag = (description: string) => Type.Boolean({ default: false, description });
/** What every fragment takes: the language of its words and its accessible name. */
const common = {
  lang: Type.Union(
    LANGS.map((lang) => Type.Literal(lang)),
    { default: 'vi', description: "The widget's language (its words, dates and numbers)." },
  ),
  label: Type.Optional(Type.String({ minLength: 1, maxLength: 120, description: "The widget's accessible name." })),
};
const query = <T extends TProperties>(fields: T) => Type.Object({ ...common, ...fields }, { additionalProperties: false });

const ArticleListQuery = query({
  feed: Type.Optional(id("A member site's feed (its id, as the portal is configured to fetch it) instead of the portal's articles.")),
  category: Type.Optional(id("Only the portal's articles of this category (its slug).")),
  'page-size': Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 10, description: 'Articles per page.' }),
  layout: Type.Union([Type.Literal('list'), Type.Literal('grid'), Type.Literal('compact')], { default: 'list' }),
  'heading-level': Type.Integer({ minimum: 1, maximum: 6, default: 3, description: "Outline level of each article's title." }),
});
const BannerCarouselQuery = query({
  set: Type.String({
    pattern: SLUG,
    maxLength: 32,
    default: 'trang-chu',
    description: 'The banner set: `trang-chu` (the home page’s carousel) or another the newsroom made.',
  }),
  picker: flag('A tab per slide to pick it.'),
  autoplay: flag('The automatic slide show.'),
});
const PartnerStripQuery = query({
  placement: Type.Optional(id('Only the partners of this placement (such as `sidebar`).')),
  orientation: Type.Union([Type.Literal('vertical'), Type.Literal('horizontal')], { default: 'vertical' }),
});
const VisitCounterQuery = query({
  site: id('The registered site whose counters to show.'),
  track: flag('Count the page view in the browser (the server counts nothing when it renders).'),
});

const DESCRIPTION =
  'The widget rendered on the server into Declarative Shadow DOM (`<template shadowrootmode="open">`), with the data it ' +
  'starts from in a `<script type="application/json">` child and every address absolute: an HTML fragment for a member ' +
  "site's server to put in its page (a server-side include), complete before any script runs. The same widget's " +
  'one-script-tag embed (`/embed/{widget}.js`) then takes it over without asking the API again. The fragment holds one ' +
  '`<style>` per widget in its shadow roots: a page with a strict Content-Security-Policy allows them by the hashes in the ' +
  '`X-Style-Hashes` header. Cached for a minute.';

/**
 * `GET /embed/render/{widget}`: server-rendered widgets for the member sites (see the embedding guide in the root
 * README). Errors are the API's JSON error shape, so a site's server can log what it asked wrong.
 */
export const embedRenderRoutes: FastifyPluginAsync<EmbedRenderOptions> = async (plain, { config, store, stats }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  strictValidation(app);
  const { publicUrl } = config;

  app.addHook('onRequest', async (_request, reply) => {
    // A page may also fetch a fragment itself (and insert it with setHTMLUnsafe); errors too, so it can read them.
    reply.header('access-control-allow-origin', '*');
  });

  const send = (reply: FastifyReply, fragment: string) => {
    const hashes = [...fragment.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
    );
    return reply
      .header('cache-control', 'public, max-age=60')
      .header('x-style-hashes', [...new Set(hashes)].join(' '))
      .header('access-control-expose-headers', 'x-style-hashes')
      .type('text/html; charset=utf-8')
      .send(fragment);
  };
  const notFound = (reply: FastifyReply, message: string) => reply.code(404).send({ error: { code: 'not_found', message } });
  const schema = <Q extends TSchema>(summary: string, querystring: Q) => ({
    tags: TAGS,
    summary,
    description: DESCRIPTION,
    querystring,
    produces: ['text/html'],
    response: { 200: Type.String({ description: 'An HTML fragment.' }), 400: ApiError, 404: ApiError, 410: ApiError },
  });

  app.get(
    '/embed/render/article-list',
    { schema: schema('The article list, with its first page', ArticleListQuery) },
    async (request, reply) => {
      const { lang, label, feed, category, layout } = request.query;
      const pageSize = request.query['page-size'];
      const now = app.now();
      let first: unknown;
      if (feed !== undefined) {
        const answer = await feedItemsJson(store, now, feed, 1, pageSize);
        if ('refused' in answer) {
          const { status, code, message } = answer.refused;
          return reply.code(status).send({ error: { code, message } });
        }
        first = answer;
      } else {
        if (category !== undefined && (await store.getCategory(category)) === undefined)
          return notFound(reply, `No category "${category}".`);
        first = await articleListJson(store, publicUrl, now, { page: 1, pageSize, category, lang: lang as Lang });
      }
      const options = {
        publicUrl,
        lang: lang as Lang,
        label,
        feed,
        category,
        pageSize,
        layout,
        headingLevel: request.query['heading-level'],
      };
      return send(reply, articleListFragment(options, first));
    },
  );

  app.get(
    '/embed/render/banner-carousel',
    { schema: schema('The banner carousel, with its slides', BannerCarouselQuery) },
    async (request, reply) => {
      const { lang, label, picker, autoplay, set } = request.query;
      const banners = bannerList(publicUrl, await store.listBanners(app.now(), set));
      return send(reply, bannerCarouselFragment({ publicUrl, lang: lang as Lang, label, picker, autoplay, set }, banners));
    },
  );

  app.get(
    '/embed/render/partner-strip',
    { schema: schema('The partner strip, with its links', PartnerStripQuery) },
    async (request, reply) => {
      const { lang, label, placement, orientation } = request.query;
      const partners = partnerList(publicUrl, await store.listPartners(app.now(), placement));
      return send(reply, partnerStripFragment({ publicUrl, lang: lang as Lang, label, placement, orientation }, partners));
    },
  );

  app.get('/embed/render/visit-counter', { schema: schema("A site's visit statistics", VisitCounterQuery) }, async (request, reply) => {
    const { lang, label, site, track } = request.query;
    const refused = await stats.unavailable(site);
    if (refused?.status === 410) return reply.code(410).send({ error: { code: refused.code, message: refused.message } });
    if (refused) return notFound(reply, `No site "${site}".`);
    return send(reply, visitCounterFragment({ publicUrl, lang: lang as Lang, label, site, track }, stats.summary(site)!));
  });
};
