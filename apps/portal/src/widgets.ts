/**
 * The widgets of the portal's pages whose code the browser loads only on pages that have them, and when: `now` (as
 * the page loads; the server preloads it) or `idle` (code the page can wait for: the server-rendered carousel already
 * shows its first slide before any script runs). Each is registered by its own module,
 * `src/client/widgets/{tag without "ap-"}.ts`, a chunk of its own in the browser build. The sidebar's widgets (partner
 * strip, sign-in box, visit statistics) are on every page: they come with the script itself.
 */
export const PAGE_WIDGETS = {
  'ap-article-list': 'now',
  'ap-pagination': 'now',
  'ap-banner-carousel': 'idle',
} as const;

export type PageWidget = keyof typeof PAGE_WIDGETS;

/** The source path of the module that registers `tag`: its key in the build's manifest. */
export const widgetModule = (tag: PageWidget) => `src/client/widgets/${tag.slice('ap-'.length)}.ts`;
