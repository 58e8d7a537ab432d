/**
 * The widgets of the portal's pages, whose code the browser loads only on pages that have them, and when: `now` (as
 * the page loads; the server preloads it) or `idle` (code the page can wait for, which then does not compete with
 * the page's pictures for the network: the server-rendered carousel already shows its first slide, the partner strip
 * its logos, and the sign-in box's form posts to the server before any script runs; a reader who points at or
 * focuses the widget loads it at once). The article list and its pagination come at once, as the page's main
 * content, and so does the visit counter, whose page view must not be lost when a reader leaves quickly. Each is
 * registered by its own module, `src/client/widgets/{tag without "ap-"}.ts`, a chunk of its own in the browser
 * build. Chunks of their own also keep the main thread free: each widget's code runs and hydrates in a task of its
 * own, never one long task for all (Lighthouse measured 0 ms of blocking time on an article page this way, against
 * 60 to 90 ms with the sidebar's widgets in the script itself).
 */
export const PAGE_WIDGETS = {
  'ap-article-list': 'now',
  'ap-pagination': 'now',
  'ap-ad-strip': 'idle',
  'ap-login-box': 'idle',
  'ap-visit-counter': 'now',
  'ap-banner-carousel': 'idle',
} as const;

export type PageWidget = keyof typeof PAGE_WIDGETS;

/** The source path of the module that registers `tag`: its key in the build's manifest. */
export const widgetModule = (tag: PageWidget) => `src/client/widgets/${tag.slice('ap-'.length)}.ts`;
