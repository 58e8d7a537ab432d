import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, type Locale, toLocale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The `lang` of the nearest element that has one, looking through shadow roots to their hosts. */
export function nearestLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

// One observer for every connected controller: a change of any `lang` attribute re-resolves them all.
const connected = new Set<LocalizeController<object>>();
let observer: MutationObserver | undefined;

/**
 * Gives a widget its locale and its strings. The locale comes from the nearest `lang` attribute
 * (Vietnamese when there is none or it is not supported) and follows changes to it; `strings` is the
 * locale's table with the widget's own overrides (a `strings` property, usually) on top.
 */
export class LocalizeController<S extends object> implements ReactiveController {
  private current: Locale = DEFAULT_LOCALE;

  /**
   * The widget's locale. On the server (Lit SSR), where the widget is in no document, it is the host's own `lang`
   * attribute: a server renders each widget with the page's `lang`, which the browser then finds the same.
   */
  get locale(): Locale {
    return isServer ? toLocale(this.host.getAttribute('lang')) : this.current;
  }

  constructor(
    private readonly host: Host,
    private readonly table: Record<Locale, S>,
    private readonly overrides: () => Partial<S> | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(() => connected.forEach((c) => c.refresh()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads the nearest `lang` and re-renders the host when the locale changed. */
  refresh(): void {
    const locale = toLocale(nearestLang(this.host));
    if (locale !== this.current) {
      this.current = locale;
      this.host.requestUpdate();
    }
  }

  get strings(): S {
    return { ...this.table[this.locale], ...this.overrides() };
  }
}
