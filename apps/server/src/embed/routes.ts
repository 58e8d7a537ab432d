// The embed catalog for the builder (`GET /api/v1/embed/catalog`) and the builder's live preview
// (`GET /embed/preview?widget=…`): a page that loads the pinned bundle as a member site would, inside a sandbox.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { elementAttributes, elementHtml, type EmbedCatalog, type EmbedChoice } from '@agency-portal/portal/embed-catalog.js';
import { html, SafeHtml } from '@agency-portal/portal/html.js';
import { styleSource } from '@agency-portal/portal/ssr.js';
import { checkLook, lookCss, type SiteLook } from '@agency-portal/portal/site-look.js';
import { ApiError } from '../api/openapi.js';
import type { Store } from '../store/types.js';

export interface EmbedCatalogOptions {
  catalog: EmbedCatalog;
  store: Store;
}

const Words = Type.Object({ vi: Type.String(), en: Type.String() });
const Value = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);
const CatalogSchema = Type.Object({
  publicUrl: Type.String({ description: 'The portal (PUBLIC_URL): snippets load from and talk to it.' }),
  latest: Type.Union([Type.String(), Type.Null()], { description: 'The newest version served.' }),
  versions: Type.Array(
    Type.Object({
      version: Type.String(),
      files: Type.Record(Type.String(), Type.String(), { description: 'File to its `sha384-…` integrity, as `/embed/versions.json`.' }),
    }),
    { description: 'Every version served under `/embed/v<version>/`, newest first.' },
  ),
  widgets: Type.Array(
    Type.Object({
      id: Type.String(),
      tag: Type.String(),
      file: Type.String(),
      package: Type.String(),
      name: Words,
      description: Words,
      endpoint: Type.Object({ attribute: Type.String(), path: Type.String() }),
      options: Type.Array(
        Type.Object({
          attribute: Type.String(),
          type: Type.Union([Type.Literal('string'), Type.Literal('number'), Type.Literal('boolean')]),
          values: Type.Optional(Type.Array(Type.String())),
          source: Type.Optional(
            Type.Union([Type.Literal('sites'), Type.Literal('categories'), Type.Literal('feeds'), Type.Literal('banner-sets')]),
          ),
          query: Type.Optional(
            Type.Boolean({ description: 'A parameter of the endpoint’s address (`src="…?set=…"`), not an attribute of the element.' }),
          ),
          min: Type.Optional(Type.Integer()),
          max: Type.Optional(Type.Integer()),
          default: Value,
          label: Words,
          help: Words,
        }),
      ),
    }),
  ),
});

const PreviewQuery = Type.Object(
  {
    widget: Type.String({ description: 'The widget (`article-list`, …), as the catalog names it.' }),
    version: Type.String({ description: 'A version the portal serves.' }),
    lang: Type.Union([Type.Literal('vi'), Type.Literal('en')], { default: 'vi' }),
    look: Type.Optional(
      Type.String({
        description:
          'A member site whose look (its colours, font and corner radius) the page takes, as the widget would look on the site: ' +
          'the design tokens on `:root`, the page’s background and text in its colours. A site without a look leaves the portal’s.',
      }),
    ),
  },
  { additionalProperties: Type.String(), description: 'And the widget’s options by attribute, as the catalog lists them.' },
);

/** An id of the portal's data (a site, a category, a feed). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Checked = { choice: EmbedChoice; look: SiteLook | null } | { error: string; status?: 404 };

/** The preview's choice from its query, each option checked against the catalog and the store. */
async function checkPreview(catalog: EmbedCatalog, store: Store, query: Record<string, string>): Promise<Checked> {
  const widget = catalog.widgets.find((known) => known.id === query.widget);
  if (!widget) return { error: `widget must be one of ${catalog.widgets.map((known) => known.id).join(', ')}; got "${query.widget}".` };
  if (!catalog.versions.some((known) => known.version === query.version)) return { error: `Version "${query.version}" is not served.` };
  const values: EmbedChoice['values'] = {};
  const known = new Set(['widget', 'version', 'lang', 'look', ...widget.options.map((option) => option.attribute)]);
  const unknown = Object.keys(query).find((name) => !known.has(name));
  if (unknown !== undefined) return { error: `${widget.tag} has no option "${unknown}".` };
  for (const option of widget.options) {
    const text = query[option.attribute];
    if (text === undefined || text === '') continue;
    const name = option.attribute;
    if (option.type === 'boolean') {
      if (text !== 'true' && text !== 'false') return { error: `${name} must be true or false; got "${text}".` };
      values[name] = text === 'true';
    } else if (option.type === 'number') {
      const number = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
      if (!(number >= (option.min ?? 0) && number <= (option.max ?? Infinity)))
        return { error: `${name} must be a whole number from ${option.min} to ${option.max}; got "${text}".` };
      values[name] = number;
    } else if (!option.source && !option.values) {
      if (text.length > 120) return { error: `${name} must be at most 120 characters.` };
      values[name] = text;
    } else if (option.values) {
      if (!option.values.includes(text)) return { error: `${name} must be one of ${option.values.join(', ')}; got "${text}".` };
      values[name] = text;
    } else {
      if (!(text.length <= 64 && ID.test(text))) return { error: `${name} must be an id such as "tin-hoat-dong"; got "${text}".` };
      // A banner set is any slug: one without banners yet shows an empty carousel, as it would on a site.
      if (option.source === 'banner-sets' && text.length > 32) return { error: `${name} must be at most 32 characters.` };
      const exists =
        option.source === 'categories'
          ? (await store.getCategory(text)) !== undefined
          : option.source === 'feeds'
            ? (await store.getFeedSource(text)) !== undefined
            : option.source === 'sites'
              ? (await store.getSite(text)) !== undefined
              : true;
      if (!exists) return { error: `No ${name} "${text}".`, status: 404 };
      values[name] = text;
    }
  }
  let look: SiteLook | null = null;
  if (query.look !== undefined) {
    if (!(query.look.length <= 64 && ID.test(query.look))) return { error: `look must be a site id such as "so-gd"; got "${query.look}".` };
    const site = await store.getSite(query.look);
    if (site === undefined) return { error: `look: no site "${query.look}".`, status: 404 };
    // Checked again, as it goes into CSS: a look written to the database by other means than the API never reaches it.
    const checked = site.look && checkLook(site.look);
    look = checked && 'look' in checked ? checked.look : null;
  }
  // The preview never counts a visit: it is the staff looking, not a reader.
  delete values.track;
  return { choice: { widget: widget.id, version: query.version!, lang: query.lang === 'en' ? 'en' : 'vi', values }, look };
}

/**
 * The site's look on the preview page: its tokens on `:root` (after the portal's stylesheet, so they win), and the
 * page in its background, text colour and font, each value held to site-look.ts's shapes.
 */
function lookPageCss(look: SiteLook): string {
  return (
    lookCss(look) +
    'body { background: var(--ap-color-surface); color: var(--ap-color-text); font-family: var(--ap-font-family, inherit); }\n'
  );
}

/**
 * `GET /api/v1/embed/catalog` (public, cacheable: it changes with a deployment) and `GET /embed/preview`: the chosen
 * widget on an empty page with the portal's stylesheet (and a member site's look, `look=<site>`), loading its pinned
 * bundle with its integrity. The preview is sent with `Content-Security-Policy: sandbox allow-scripts`, so even
 * opened on its own it runs in an opaque origin: no cookies, no storage, no session, and the API answers it only what
 * it answers any origin (public reads with `Access-Control-Allow-Origin: *`; writes check the Origin, which is `null`
 * there). It never counts a visit.
 */
export const embedCatalogRoutes: FastifyPluginAsync<EmbedCatalogOptions> = async (plain, { catalog, store }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const origin = new URL(catalog.publicUrl).origin;

  app.get(
    '/api/v1/embed/catalog',
    {
      schema: {
        tags: ['Embeds'],
        summary: 'The embeddable widgets, their options and the versions served',
        description:
          'What the embed builder offers: each widget with its tag, file, npm package, names and options (types and defaults from ' +
          'the widgets’ Custom Elements Manifests), and every version served under `/embed/v<version>/` with its files’ ' +
          'integrity. Public, readable from any origin, cached for five minutes.',
        response: { 200: CatalogSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*');
      return catalog;
    },
  );

  app.get(
    '/embed/preview',
    {
      schema: {
        tags: ['Embeds'],
        summary: 'A widget on an empty page, in a sandbox, as the embed builder previews it',
        querystring: PreviewQuery,
        produces: ['text/html'],
        response: { 200: Type.String({ description: 'An HTML page.' }), 400: ApiError, 404: ApiError },
      },
    },
    async (request, reply) => {
      const checked = await checkPreview(catalog, store, request.query as Record<string, string>);
      if ('error' in checked) {
        const status = checked.status ?? 400;
        return reply.code(status).send({ error: { code: status === 404 ? 'not_found' : 'invalid_parameter', message: checked.error } });
      }
      return sendPreview(reply, checked.choice, checked.look);
    },
  );

  function sendPreview(reply: FastifyReply, choice: EmbedChoice, look: SiteLook | null) {
    const widget = catalog.widgets.find((known) => known.id === choice.widget)!;
    const integrity = catalog.versions.find((known) => known.version === choice.version)!.files[widget.file]!;
    const css = look ? [...app.assets.css, lookPageCss(look)] : app.assets.css;
    const policy = [
      'sandbox allow-scripts',
      "default-src 'none'",
      `script-src ${origin}/embed/`,
      `connect-src ${origin}/api/`,
      // Pictures of the portal, and of the member sites' feeds (their own addresses).
      `img-src ${origin} https: data:`,
      `style-src ${css.map(styleSource).join(' ') || "'none'"}`,
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors ${origin}`,
    ].join('; ');
    const element = new SafeHtml(elementHtml(widget.tag, elementAttributes(catalog, widget, choice)));
    const page = html`<!doctype html>
<html lang="${choice.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${widget.name[choice.lang]}</title>
${css.map((text) => html`<style>${new SafeHtml(text)}</style>\n`)}<script type="module" src="${`${catalog.publicUrl}/embed/v${choice.version}/${widget.file}`}" integrity="${integrity}" crossorigin="anonymous"></script>
</head>
<body>
<main class="embed-preview">
${element}
</main>
</body>
</html>
`;
    return reply
      .header('content-security-policy', policy)
      .header('cache-control', 'no-store')
      .header('x-robots-tag', 'noindex')
      .type('text/html; charset=utf-8')
      .send(page.value);
  }
};
