// Server side: a widget rendered for another site's page (`GET /embed/render/{widget}` on the portal server), as the
// portal's own pages render it: Lit SSR into Declarative Shadow DOM, the data the widget starts from in a JSON child,
// every address absolute (the fragment lives on another origin). The sibling page adds the widget's one-script-tag
// embed as usual: the script takes the widget over, starting from the data in the fragment instead of asking the API.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Lang } from './strings.js';
import { renderWidget, serverDataScript } from './ssr.js';

/** The widgets a sibling site can have rendered, by the name of their embed entry (`/embed/{name}.js`). */
export const EMBED_FRAGMENTS = ['article-list', 'banner-carousel', 'partner-strip', 'visit-counter'] as const;
export type EmbedFragment = (typeof EMBED_FRAGMENTS)[number];

export interface FragmentOptions {
  /** The portal's public origin (PUBLIC_URL): the widget's API addresses start with it. */
  publicUrl: string;
  lang: Lang;
  /** The widget's accessible name. */
  label?: string;
}

export interface ArticleListFragment extends FragmentOptions {
  /** A member site's feed (its id) instead of the portal's articles. */
  feed?: string;
  category?: string;
  pageSize: number;
  layout: 'list' | 'grid' | 'compact';
  headingLevel: number;
}

const data = (value: unknown) => unsafeHTML(serverDataScript(value));

/** `<ap-article-list>` with its first page: the articles API's answer (or the feed items API's with `feed`). */
export function articleListFragment(options: ArticleListFragment, first: unknown): string {
  const { publicUrl, lang, label, feed, category, pageSize, layout, headingLevel } = options;
  return renderWidget(
    html`<ap-article-list lang=${lang} src=${feed ? `${publicUrl}/api/v1/feeds/${encodeURIComponent(feed)}/items` : `${publicUrl}/api/v1/articles`} category=${ifDefined(category)} page-size=${pageSize} layout=${layout} heading-level=${headingLevel} label=${ifDefined(label)} .initialData=${first}>${data(first)}</ap-article-list>`,
  ).value;
}

/** `<ap-banner-carousel>` with the banners API's answer. */
export function bannerCarouselFragment(
  { publicUrl, lang, label, picker, autoplay, set }: FragmentOptions & { picker: boolean; autoplay: boolean; set?: string },
  banners: unknown,
): string {
  const query = set === undefined || set === 'trang-chu' ? '' : `?set=${encodeURIComponent(set)}`;
  return renderWidget(
    html`<ap-banner-carousel lang=${lang} src=${`${publicUrl}/api/v1/banners${query}`} ?picker=${picker} ?autoplay=${autoplay} label=${ifDefined(label)} .initialData=${banners}>${data(banners)}</ap-banner-carousel>`,
  ).value;
}

/** `<ap-ad-strip>` (the `partner-strip` embed) with the partners API's answer for `placement`. */
export function partnerStripFragment(
  { publicUrl, lang, label, placement, orientation }: FragmentOptions & { placement?: string; orientation: 'vertical' | 'horizontal' },
  partners: unknown,
): string {
  return renderWidget(
    html`<ap-ad-strip lang=${lang} src=${`${publicUrl}/api/v1/partners`} placement=${ifDefined(placement)} orientation=${orientation} label=${ifDefined(label)} .initialData=${partners}>${data(partners)}</ap-ad-strip>`,
  ).value;
}

/** `<ap-visit-counter>` with the site's statistics summary; `track` counts the page view in the browser. */
export function visitCounterFragment(
  { publicUrl, lang, label, site, track }: FragmentOptions & { site: string; track: boolean },
  summary: unknown,
): string {
  return renderWidget(
    html`<ap-visit-counter lang=${lang} api=${`${publicUrl}/api/v1/`} site=${site} ?track=${track} label=${ifDefined(label)} .initialData=${summary ?? nothing}>${summary === undefined ? nothing : data(summary)}</ap-visit-counter>`,
  ).value;
}
