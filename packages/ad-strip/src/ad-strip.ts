import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  clearServerMarkup,
  LocalizeController,
  loadJson,
  readServerData,
  sendViews,
  ViewCounter,
  type LoadError,
  widgetStyles,
} from '@agency-portal/core';
import { ApAdStripErrorEvent, ApAdStripLoadEvent } from './events.js';
import { arrange, isPartnerList, isRunning, type PartnerLink, type PartnerList } from './partners.js';
import { adStripStrings, type AdStripStrings } from './strings.js';
import { styles } from './ad-strip.styles.js';
import { VERSION } from './version.js';

export type StripOrientation = 'vertical' | 'horizontal';
export type StripOrder = 'ordered' | 'shuffle';

/** `rel` of a partner link: paid placements are marked sponsored for search engines. */
export const relFor = (paid: boolean) => (paid ? 'sponsored noopener' : 'noopener');

/**
 * A strip of partner banners (image links to other agencies and advertisers), vertical or horizontal, in their
 * order or shuffled once per page load, pinned ones first. From the partners API (`src`), each link goes through
 * the server's click counter, which redirects to the partner's stored site, and each banner counts one view per
 * page load when at least half of it has been visible on a visible page (core's ViewCounter; sent in batches; the
 * server ignores bots). Without `src`,
 * the element's own links are shown. No class, part or id uses the words that ad blockers hide. Logos load lazily;
 * one the API gives in several widths (`image.srcset`) shows as a `<picture>` (WebP, then JPEG) with `sizes`.
 *
 * Server rendering: with `initialData` (the partners API's answer) the strip renders its links at once, also with
 * Lit SSR on a server, and does not ask the API again in the browser. That answer shows as it is (pinned first, in
 * its order, not shuffled nor filtered by time again), so that the browser's first render is the server's; a server
 * that wants a shuffled strip shuffles the answer it renders with.
 *
 * @summary Partner banners with click and view counting.
 * @tagname ap-ad-strip
 *
 * @event {ApAdStripLoadEvent} ap-ad-strip-load - The partners from `src` have loaded (not for `initialData`, which is there from the start); `detail.count` is how many are shown.
 * @event {ApAdStripErrorEvent} ap-ad-strip-error - The partners could not be loaded (the slotted links stay); `detail.error`. Cancel it to keep the console quiet.
 * @event {ApViewsSentEvent} ap-views-sent - A batch of views reached the server; `detail.ids`.
 *
 * @slot - Without `src`: the links, `<a href><img alt width height></a>`, with `data-paid` for a paid link and `data-pinned` to keep it first. With `src`: fallback until the partners load.
 *
 * @csspart list - The list of links.
 * @csspart item - Each list item.
 * @csspart link - Each link (from `src`).
 * @csspart image - Each image (from `src`).
 *
 * @cssprop [--ap-ad-strip-gap=var(--ap-space, 0.5rem)] - Space between banners.
 * @cssprop [--ap-ad-strip-item-width=12rem] - Width of each banner in a horizontal strip.
 * @cssprop [--ap-ad-strip-radius=var(--ap-radius, 4px)] - Corners of the banners.
 */
export class ApAdStrip extends LitElement {
  /** The version of the package: `define()` compares it when the tag is already registered. */
  static readonly version = VERSION;

  static override styles = [widgetStyles, styles];

  static override properties: PropertyDeclarations = {
    src: {},
    placement: {},
    orientation: { reflect: true },
    order: {},
    label: {},
    sizes: {},
    strings: { attribute: false },
    initialData: { attribute: false },
  };

  /** The partners API, such as `/api/v1/partners`; without it the children are the links. */
  src?: string;

  /** Only the partners of this placement (`sidebar`, ...), sent as `?placement=`. */
  placement?: string;

  /** `vertical` (a column, the default) or `horizontal` (a row that wraps). */
  orientation: StripOrientation = 'vertical';

  /** `ordered` (the stored order, the default) or `shuffle` (a new order on each page load); pinned links come first in both. */
  order: StripOrder = 'ordered';

  /** Accessible name of the list; give two strips on one page different labels. */
  label?: string;

  /**
   * `sizes` of the logos' pictures, for logos the API gives in several widths: how wide a logo shows, such as
   * `(min-width: 60rem) 18rem, calc(100vw - 4rem)` in a sidebar. By default the window's width in a vertical strip,
   * 12rem in a horizontal one.
   */
  sizes?: string;

  /** Overrides for any of the localised texts. */
  strings?: Partial<AdStripStrings>;

  /**
   * The answer of the widget's first API request (the API's JSON shape), as a server rendered the widget with: shown
   * at once, not fetched again. In the browser it is also read from a `<script type="application/json">` child.
   */
  initialData?: PartnerList;

  private readonly localize = new LocalizeController(this, adStripStrings, () => this.strings);

  private readonly views = new ViewCounter(this, (ids) => void sendViews(this, this.value?.impressionsUrl, ids));

  /** The arranged items of the last answer: shuffled once, so that re-renders keep the order. */
  private arranged: { from: PartnerList; order: StripOrder; items: PartnerLink[] } | undefined;
  private links: Element[] = [];
  /** The partners from `src`, the URL they came from (or are coming from), and the request under way. */
  private value: PartnerList | undefined;
  private requested: string | undefined;
  private abort: AbortController | undefined;
  /** Whether the first request has been answered by `initialData` (or made): later ones always go to the API. */
  private initialUsed = false;

  // Typed so that it overrides Lit 2.8's declaration too (an element or a shadow root), for apps on Lit 2.
  protected override createRenderRoot(): HTMLElement | ShadowRoot {
    // Server-rendered on a page that does not hydrate (a member site's embed): render over the server's copy.
    clearServerMarkup(this);
    return super.createRenderRoot() as HTMLElement | ShadowRoot;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.initialData ??= readServerData(this) as PartnerList | undefined;
    this.collect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A request still under way is made again when the strip comes back.
    if (this.abort && !this.abort.signal.aborted) this.requested = undefined;
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const url =
      this.src &&
      (this.placement ? `${this.src}${this.src.includes('?') ? '&' : '?'}placement=${encodeURIComponent(this.placement)}` : this.src);
    if (url !== this.requested) void this.load(url);
    if (changed.has('order') && !this.src) this.collect();
  }

  protected override render() {
    const list = this.src ? this.shown() : undefined;
    const label = this.label || this.localize.strings.label;
    if (!list?.length) {
      return html`<ul part="list" role="list" aria-label=${label}>${this.links.map(
        (_, i) => html`<li part="item"><slot name=${`item-${i}`}></slot></li>`,
      )}</ul><slot @slotchange=${this.collect}></slot>`;
    }
    const sizes = this.sizes || (this.orientation === 'horizontal' ? '12rem' : '100vw');
    return html`<ul part="list" role="list" aria-label=${label}>${list.map(({ id, clickUrl, paid, image }) => {
      const sources = image.srcset;
      const img = html`<img part="image" data-id=${id} src=${image.url} srcset=${sources?.jpeg || nothing} sizes=${sources?.jpeg ? sizes : nothing} alt=${image.alt} width=${image.width} height=${image.height} loading="lazy" decoding="async" />`;
      return html`<li part="item"><a part="link" href=${clickUrl} rel=${relFor(paid)}>${
        sources?.webp && sources.jpeg
          ? html`<picture><source type="image/webp" srcset=${sources.webp} sizes=${sizes} />${img}</picture>`
          : img
      }</a></li>`;
    })}</ul>`;
  }

  protected override updated(): void {
    this.views.watch(this.renderRoot.querySelectorAll('img[data-id]'));
  }

  /** Sends the views waiting now (the strip also does on its own, and when the page is hidden). */
  flushViews(): void {
    this.views.flush();
  }

  /** The partners from `src` that run now, pinned first, in order or shuffled; `initialData` as it is, pinned first. */
  private shown(): PartnerLink[] {
    const value = this.value;
    if (!value) return [];
    if (this.arranged?.from !== value || this.arranged.order !== this.order) {
      // The server rendered the initial answer at its time and in its order: the browser must render the same.
      const initial = value === this.initialData;
      const items = initial ? value.items : value.items.filter((item) => isRunning(item));
      this.arranged = {
        from: value,
        order: this.order,
        items: arrange(items, (item) => item.pinned, !initial && this.order === 'shuffle'),
      };
    }
    return this.arranged.items;
  }

  private async load(url: string | undefined): Promise<void> {
    this.requested = url;
    this.abort?.abort();
    this.value = undefined;
    if (!url) return;
    // The first request's answer may be at hand: what the server rendered the strip with.
    const initial = this.initialUsed ? undefined : this.initialData;
    this.initialUsed = true;
    if (isPartnerList(initial)) {
      this.value = initial;
      return;
    }
    // Nothing is fetched on the server: without `initialData` a strip rendered there shows its children.
    if (isServer) return;
    const abort = (this.abort = new AbortController());
    try {
      const value = await loadJson(url, isPartnerList, AbortSignal.any([abort.signal, AbortSignal.timeout(10_000)]));
      if (abort.signal.aborted) return;
      this.value = value;
      this.requestUpdate();
      this.dispatchEvent(new ApAdStripLoadEvent({ count: this.shown().length }));
    } catch (error) {
      if (abort.signal.aborted) return;
      const detail = { error: error as LoadError };
      if (this.dispatchEvent(new ApAdStripErrorEvent(detail)))
        console.warn(`<ap-ad-strip> could not load the partners: ${detail.error.message}`);
    } finally {
      abort.abort();
    }
  }

  /** Without `src`: the child links, pinned first, shuffled if asked, each in its own named slot, with their rel. */
  private readonly collect = () => {
    // On the server (Lit SSR) the element has no children to read.
    if (this.src || isServer) return;
    const links = [...this.children].filter((child) => !child.slot || child.slot.startsWith('item-'));
    if (links.length === this.links.length && links.every((link) => this.links.includes(link))) return;
    this.links = arrange(links, (link) => link.hasAttribute('data-pinned'), this.order === 'shuffle');
    this.links.forEach((link, i) => {
      link.slot = `item-${i}`;
      if (link.localName === 'a') link.setAttribute('rel', relFor(link.hasAttribute('data-paid')));
    });
    this.requestUpdate();
  };
}
