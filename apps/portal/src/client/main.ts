// The portal's script. The pages arrive complete: the server renders every widget into Declarative Shadow DOM with
// its data (see ../ssr.ts), so this script only brings them to life, and only those the page has: each widget's code
// is a chunk of its own (../widgets.ts), loaded when the page has the widget: when the browser is idle or the reader
// reaches for the widget (`idle`), or as the page loads (`now`: the server preloads its chunks with
// `<link rel="modulepreload">`, so they download beside this script, not after it).
//
// First: Lit's hydration support must patch LitElement before any widget is defined, so that the widgets take over
// the server's markup as it is instead of rendering it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// Then Lit itself, in this script's own chunk: the hydration support installs itself through a hook LitElement calls as
// it loads, so LitElement must load after it (a chunk of Lit shared with the widgets' chunks would load first).
import 'lit';
import './site.css';
import { PAGE_WIDGETS, widgetModule, type PageWidget } from '../widgets.js';

const modules = import.meta.glob('./widgets/*.ts');
/** What a reader does to use a widget: an `idle` widget's code then loads at once. */
const INTERACTIONS = ['pointerenter', 'focusin', 'touchstart'] as const;

for (const [tag, when] of Object.entries(PAGE_WIDGETS) as [PageWidget, string][]) {
  const element = document.querySelector(tag);
  if (!element) continue;
  const load = modules[`./${widgetModule(tag).slice('src/client/'.length)}`];
  if (when === 'now') {
    void load();
    continue;
  }
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const type of INTERACTIONS) element.removeEventListener(type, start);
    void load();
  };
  for (const type of INTERACTIONS) element.addEventListener(type, start, { passive: true });
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
