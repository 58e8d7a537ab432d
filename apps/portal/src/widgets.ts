/**
 * The widgets of the portal's pages, whose code the browser loads only on pages that have them, and when: `now` (as
 * the page loads; the server preloads it) or `idle` (when the browser is first idle, at most 2 s after the script
 * runs, or at once when a reader points at or focuses the widget). Every widget is `idle`: the server renders each
 * with its data, so before any script runs the page already shows and works (the list's and the pagination's links,
 * the carousel's first slide, the partner logos, the statistics, the sign-in form posting to the server), and the
 * widgets' code does not compete with the page's first paint and pictures for the network (Lighthouse's simulated
 * slow 4G scored the home page 99 with the list, its pagination and the counter `now`, 100 with them `idle`). The
 * visit counter sends its page view when its code runs: a reader who leaves before the browser is idle is not
 * counted, as with any analytics script that loads after the page. Each widget is registered by its own module,
 * `src/client/widgets/{tag without "ap-"}.ts`, a chunk of its own in the browser build. Chunks of their own also keep
 * the main thread free: each widget's code runs and hydrates in a task of its own, never one long task for all
 * (Lighthouse measured 0 ms of blocking time on an article page this way, against 60 to 90 ms with the sidebar's
 * widgets in the script itself).
 */
export const PAGE_WIDGETS = {
  'ap-article-list': 'idle',
  'ap-pagination': 'idle',
  'ap-ad-strip': 'idle',
  'ap-login-box': 'idle',
  'ap-visit-counter': 'idle',
  'ap-banner-carousel': 'idle',
} as const;

export type PageWidget = keyof typeof PAGE_WIDGETS;

/** The source path of the module that registers `tag`: its key in the build's manifest. */
export const widgetModule = (tag: PageWidget) => `src/client/widgets/${tag.slice('ap-'.length)}.ts`;
