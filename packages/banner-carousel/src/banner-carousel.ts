import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { clearServerMarkup, LocalizeController, readServerData, widgetStyles } from '@agency-portal/core';
// From their own modules, which the embed build copies into this widget's file (see apps/embed/vite.config.ts).
import { loadJson, type LoadError } from '@agency-portal/core/load-json.js';
import { sendViews, ViewCounter } from '@agency-portal/core/view-counter.js';
import { isBannerList, type BannerList, type BannerSlide } from './banners.js';
import { ApBannerCarouselErrorEvent, ApBannerCarouselLoadEvent, ApRotationChangeEvent, ApSlideChangeEvent } from './events.js';
import { RotationController } from './rotation-controller.js';
import { bannerCarouselStrings, type BannerCarouselStrings } from './strings.js';
import { styles } from './banner-carousel.styles.js';
import { VERSION } from './version.js';

/** Pixels a swipe or drag must travel to change the slide. */
const SWIPE = 40;

interface Slide {
  content: TemplateResult;
  interval: number | null;
  /** The banner id, when its views are counted. */
  id?: number;
}

const icon = (path: string) =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d=${path} fill="currentColor" /></svg>`;
const PLAY = 'M8 5v14l11-7z';
const PAUSE = 'M6 5h4v14H6zm8 0h4v14h-4z';
const PREVIOUS = 'M15.4 7.4 14 6l-6 6 6 6 1.4-1.4L10.8 12z';
const NEXT = 'M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z';

/**
 * A banner carousel that follows the WAI-ARIA APG carousel pattern: a labelled region of slides, previous and
 * next buttons, an optional picker of slide tabs and, with `autoplay`, an automatic slide show whose
 * start/stop button comes first in tab order. The slide show stops for good when keyboard focus enters,
 * pauses while hovered, while the page is hidden and while the carousel is off-screen, and never starts by
 * itself under `prefers-reduced-motion: reduce`. Slides come from the banners API (`src`) or from the
 * element's children (`<a href><img></a>`), which show as plain content without JavaScript. When the banners
 * API gives them, links go through its click counter (`clickUrl`) and each slide counts one view per page load
 * the first time it is shown to the reader: the current slide, at least half in view, on a visible page (sent
 * in batches to `impressionsUrl`; the server ignores bots). Written-in slides count the same way when the element
 * has `impressions-url` and each child its banner's `data-id` (their links go to the click counter themselves).
 * The first slide's image loads at once with `fetchpriority="high"` (a carousel is the top of its page), the others
 * lazily; a banner with several widths (`image.srcset`) shows as a `<picture>` (WebP, then JPEG) with `sizes`.
 *
 * Server rendering: with `initialData` (the banners API's answer) the carousel renders its slides at once, also with
 * Lit SSR on a server, and does not ask the API again in the browser. Its first render is the same on the server and
 * in the browser: the slide show shows as on when `autoplay` asks, and only after hydration may the reader's
 * reduced-motion setting turn it off. Until the element runs (and without JavaScript) its buttons and picker are
 * hidden, as they could do nothing; the slides' box keeps its aspect ratio throughout.
 *
 * @summary An accessible banner carousel.
 * @tagname ap-banner-carousel
 *
 * @event {ApSlideChangeEvent} ap-slide-change - Another slide is shown; `detail` is `{ index, previousIndex, cause }` (`rotation` or `user`).
 * @event {ApRotationChangeEvent} ap-rotation-change - The slide show was turned on or off; `detail.playing`.
 * @event {ApBannerCarouselLoadEvent} ap-banner-carousel-load - The banners from `src` have loaded (not for `initialData`, which is there from the start); `detail.count`.
 * @event {ApBannerCarouselErrorEvent} ap-banner-carousel-error - The banners could not be loaded (the children stay shown); `detail.error`. Cancel it to keep the console quiet.
 * @event {ApViewsSentEvent} ap-views-sent - A batch of slide views reached the server; `detail.ids`.
 *
 * @slot - The slides without `src`: one element per slide, usually `<a href><img></a>` (`data-interval` sets its time in ms, `data-id` the banner counted with `impressions-url`). With `src`, fallback content until the banners load.
 *
 * @csspart base - The labelled carousel region.
 * @csspart controls - The box of the rotation, previous and next buttons.
 * @csspart rotation - The start/stop button of the slide show.
 * @csspart previous - The previous slide button.
 * @csspart next - The next slide button.
 * @csspart slides - The viewport the slides move in (the live region).
 * @csspart slide - Each slide.
 * @csspart image - Each slide's image (from `src`).
 * @csspart picker - The tab list of the picker.
 * @csspart tab - Each picker tab; the current one also has `current`.
 *
 * @cssprop [--ap-banner-carousel-aspect-ratio=10 / 3] - Shape of the slides.
 * @cssprop [--ap-banner-carousel-radius=var(--ap-radius, 4px)] - Corners.
 * @cssprop [--ap-banner-carousel-control-background=rgb(0 0 0 / 60%)] - Background of the buttons.
 * @cssprop [--ap-banner-carousel-control-color=#fff] - Icons of the buttons.
 * @cssprop [--ap-banner-carousel-tab-color=var(--ap-color-accent, #f2c230)] - The current picker tab.
 * @cssprop [--ap-banner-carousel-duration=0.4s] - Length of the slide animation (none under reduced motion).
 */
export class ApBannerCarousel extends LitElement {
  /** The version of the package: `define()` compares it when the tag is already registered. */
  static readonly version = VERSION;

  static override styles = [widgetStyles, styles];

  static override properties: PropertyDeclarations = {
    src: {},
    label: {},
    autoplay: { type: Boolean },
    interval: { type: Number },
    picker: { type: Boolean },
    impressionsUrl: { attribute: 'impressions-url' },
    index: { type: Number },
    sizes: {},
    strings: { attribute: false },
    initialData: { attribute: false },
  };

  /** The banners API, such as `/api/v1/banners`; without it the children are the slides. */
  src?: string;

  /** Accessible name of the carousel; give two carousels on one page different labels. */
  label?: string;

  /** Runs the automatic slide show (and shows its start/stop button). */
  autoplay = false;

  /** Milliseconds each slide stays in the slide show, unless the slide has its own. */
  interval = 6000;

  /** Shows a tab per slide to pick it. */
  picker = false;

  /** Where written-in slides' views are sent (`/api/v1/banners/impressions`); the banners API gives its own. */
  impressionsUrl?: string;

  /** The slide shown, from 0. */
  index = 0;

  /**
   * `sizes` of the slides' pictures, for banners the API gives in several widths: how wide the carousel shows, such
   * as `(min-width: 72rem) 70rem, calc(100vw - 2rem)`. The whole width of the window by default.
   */
  sizes = '100vw';

  /**
   * The answer of the widget's first API request (the API's JSON shape), as a server rendered the widget with: shown
   * at once, not fetched again. In the browser it is also read from a `<script type="application/json">` child.
   */
  initialData?: BannerList;

  /** Overrides for any of the localised texts. */
  strings?: Partial<BannerCarouselStrings>;

  private readonly localize = new LocalizeController(this, bannerCarouselStrings, () => this.strings);

  private readonly rotation = new RotationController(this, {
    delay: () => {
      const own = this.slides[this.index]?.interval;
      return own && own > 0 ? own : this.interval > 0 ? this.interval : 6000;
    },
    advance: () => this.show(this.index + 1, 'rotation'),
    onChange: (playing) => this.dispatchEvent(new ApRotationChangeEvent({ playing })),
  });

  // A slide counts one view per page load, once at least half of it is in view while it is the current slide.
  private readonly views = new ViewCounter(
    this,
    (ids) => void sendViews(this, this.src ? this.value?.impressionsUrl : this.impressionsUrl, ids),
    1000,
    (slide) => slide.id === `slide-${this.index}`,
  );

  /** The children that are slides (without `src`). */
  private slotted: Element[] = [];
  private slides: Slide[] = [];
  private shownCount = 0;
  /** The banners from `src`, the `src` they came from (or are coming from), and the request under way. */
  private value: BannerList | undefined;
  private requested: string | undefined;
  private abort: AbortController | undefined;
  /** Whether the first request has been answered by `initialData` (or made): later ones always go to the API. */
  private initialUsed = false;
  private swipeStart: number | undefined;
  private dragged = false;

  /** Whether the slide show is on (its button offers "Stop"). It may still be paused. */
  get playing(): boolean {
    return this.rotation.playing;
  }

  /** Whether the slide show's timer runs right now: on, and not paused by hover, a hidden page or being off-screen. */
  get rotating(): boolean {
    return this.rotation.running;
  }

  /** Turns the automatic slide show on or off, as its button does. */
  setPlaying(playing: boolean): void {
    this.rotation.set(playing);
  }

  // Typed so that it overrides Lit 2.8's declaration too (an element or a shadow root), for apps on Lit 2.
  protected override createRenderRoot(): HTMLElement | ShadowRoot {
    // Server-rendered on a page that does not hydrate (a member site's embed): render over the server's copy.
    clearServerMarkup(this);
    return super.createRenderRoot() as HTMLElement | ShadowRoot;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.initialData ??= readServerData(this) as BannerList | undefined;
    this.collect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A request still under way is made again when the carousel comes back.
    if (this.abort && !this.abort.signal.aborted) this.requested = undefined;
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.src !== this.requested) void this.load();
    // The first render, on the server too, shows the slide show on when `autoplay` asks for it: a server knows no
    // media queries, and hydration needs the browser's first render to be the server's (see firstUpdated).
    if (!this.hasUpdated) this.rotation.playing = this.autoplay;
    else if (changed.has('autoplay')) this.rotation.set(this.autoplay && !this.rotation.reducedMotion);
    const items = this.src ? this.value?.items : undefined;
    const counted = !!this.value?.impressionsUrl;
    this.slides = items
      ? items.map(({ id, image, url, clickUrl, interval }, i) => {
          const picture = this.picture(image, i === 0);
          return { content: url ? html`<a href=${clickUrl || url}>${picture}</a>` : picture, interval, id: counted ? id : undefined };
        })
      : this.src
        ? []
        : this.slotted.map((child, i) => ({
            content: html`<slot name=${`slide-${i}`}></slot>`,
            interval: Number(child.getAttribute('data-interval')) || null,
            id: (this.impressionsUrl && Number(child.getAttribute('data-id'))) || undefined,
          }));
    const count = this.slides.length;
    this.index = count ? ((Math.trunc(this.index) % count) + count) % count || 0 : 0;
  }

  protected override firstUpdated(): void {
    // Hydrated (or rendered for the first time): only now may the reader's reduced-motion setting stop the slide show,
    // before it ever moved.
    if (this.rotation.playing && this.rotation.reducedMotion) this.rotation.set(false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Through CSSOM, not a style attribute: pages with a strict Content-Security-Policy (no 'unsafe-inline') block those.
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    if (track) track.style.transform = `translateX(${-100 * this.index}%)`;
    // The slides arriving (or changing) starts the first slide's time, as does another slide or interval.
    if (changed.has('index') || changed.has('interval') || this.slides.length !== this.shownCount) {
      this.shownCount = this.slides.length;
      this.rotation.restart();
    }
    this.views.watch(this.renderRoot.querySelectorAll('[data-id]'));
    if (changed.has('index')) this.views.check();
  }

  protected override render() {
    const strings = this.localize.strings;
    const count = this.slides.length;
    const fallback = html`<slot @slotchange=${this.collect} ?hidden=${count > 0}></slot>`;
    if (!count) return fallback;
    const many = count > 1;
    // With the picker the slides are tab panels, each labelled by its tab (the APG's tabbed carousel); else groups.
    const tabbed = this.picker && many;
    const playing = this.rotation.playing;
    return html`<section part="base" aria-roledescription="carousel" aria-label=${this.label || strings.label}>${
      many
        ? html`<div part="controls">${
            this.autoplay
              ? html`<button part="rotation" type="button" aria-label=${playing ? strings.stop : strings.start} @click=${this.toggle}>${icon(playing ? PAUSE : PLAY)}</button>`
              : nothing
          }<button part="previous" type="button" aria-controls="slides" aria-label=${strings.previous} @click=${this.previous}>${icon(PREVIOUS)}</button><button part="next" type="button" aria-controls="slides" aria-label=${strings.next} @click=${this.next}>${icon(NEXT)}</button></div>`
        : nothing
    }<div id="slides" part="slides" aria-live=${playing ? 'off' : 'polite'} @pointerdown=${this.onPointerDown} @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerCancel} @click=${this.onClick} @dragstart=${this.onDragStart}><div class="track">${this.slides.map(
      (slide, i) =>
        html`<div part="slide" id=${`slide-${i}`} data-id=${slide.id ?? nothing} role=${tabbed ? 'tabpanel' : 'group'} aria-roledescription=${tabbed ? nothing : 'slide'} aria-label=${tabbed ? nothing : strings.slide(i + 1, count)} aria-labelledby=${tabbed ? `tab-${i}` : nothing} ?inert=${i !== this.index}>${slide.content}</div>`,
    )}</div></div>${
      tabbed
        ? html`<div part="picker" role="tablist" aria-label=${strings.picker} @keydown=${this.onPickerKey}>${this.slides.map(
            (_, i) =>
              html`<button part=${i === this.index ? 'tab current' : 'tab'} id=${`tab-${i}`} role="tab" type="button" aria-selected=${i === this.index} aria-controls=${`slide-${i}`} aria-label=${strings.pick(i + 1)} tabindex=${i === this.index ? 0 : -1} @click=${() => this.show(i, 'user')}></button>`,
          )}</div>`
        : nothing
    }</section>${fallback}`;
  }

  /**
   * A banner's image: the first loads at once and first of all, the others when needed; with several widths, a
   * `<picture>` whose WebP and JPEG sources the browser picks from by `sizes`.
   */
  private picture(image: BannerSlide['image'], first: boolean): TemplateResult {
    const sources = image.srcset;
    const img = html`<img part="image" src=${image.url} srcset=${sources?.jpeg || nothing} sizes=${sources?.jpeg ? this.sizes : nothing} alt=${image.alt} width=${image.width} height=${image.height} loading=${first ? 'eager' : 'lazy'} fetchpriority=${first ? 'high' : nothing} draggable="false" />`;
    return sources?.webp && sources.jpeg
      ? html`<picture><source type="image/webp" srcset=${sources.webp} sizes=${this.sizes} />${img}</picture>`
      : img;
  }

  /** Sends the views of slides waiting now (the carousel also does on its own, and when the page is hidden). */
  flushViews(): void {
    this.views.flush();
  }

  /** Shows slide `index` (wrapping around), telling listeners why. */
  show(index: number, cause: 'rotation' | 'user' = 'user'): void {
    const count = this.slides.length;
    if (!count) return;
    const next = ((index % count) + count) % count;
    const previousIndex = this.index;
    this.index = next;
    // The timer restarts after the update; a change to the same slide (one slide) restarts it too.
    this.rotation.restart();
    if (next !== previousIndex) this.dispatchEvent(new ApSlideChangeEvent({ index: next, previousIndex, cause }));
  }

  private async load(): Promise<void> {
    const src = (this.requested = this.src);
    this.abort?.abort();
    this.value = undefined;
    if (!src) return;
    // The first request's answer may be at hand: what the server rendered the carousel with.
    const initial = this.initialUsed ? undefined : this.initialData;
    this.initialUsed = true;
    if (isBannerList(initial)) {
      this.value = initial;
      return;
    }
    // Nothing is fetched on the server: without `initialData` a carousel rendered there shows its children.
    if (isServer) return;
    const abort = (this.abort = new AbortController());
    try {
      const value = await loadJson(src, isBannerList, AbortSignal.any([abort.signal, AbortSignal.timeout(10_000)]));
      if (abort.signal.aborted) return;
      this.value = value;
      this.requestUpdate();
      this.dispatchEvent(new ApBannerCarouselLoadEvent({ count: value.items.length }));
    } catch (error) {
      if (abort.signal.aborted) return;
      const detail = { error: error as LoadError };
      if (this.dispatchEvent(new ApBannerCarouselErrorEvent(detail)))
        console.warn(`<ap-banner-carousel> could not load the banners: ${detail.error.message}`);
    } finally {
      abort.abort();
    }
  }

  private readonly toggle = () => this.rotation.set(!this.rotation.playing);
  private readonly previous = () => this.show(this.index - 1);
  private readonly next = () => this.show(this.index + 1);

  /** The children become the slides, each in its own named slot (without `src`). */
  private readonly collect = () => {
    if (this.src) return;
    const children = [...this.children];
    children.forEach((child, i) => child.setAttribute('slot', `slide-${i}`));
    if (children.length !== this.slotted.length || children.some((child, i) => child !== this.slotted[i])) {
      this.slotted = children;
      this.requestUpdate();
    }
  };

  private async onPickerKey(event: KeyboardEvent): Promise<void> {
    const last = this.slides.length - 1;
    const target = { ArrowLeft: this.index - 1, ArrowRight: this.index + 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.show(target < 0 ? last : target > last ? 0 : target);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="current"]')?.focus();
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    this.swipeStart = event.clientX;
    this.dragged = false;
  }

  private onPointerUp(event: PointerEvent): void {
    if (this.swipeStart === undefined) return;
    const distance = event.clientX - this.swipeStart;
    this.swipeStart = undefined;
    if (Math.abs(distance) < SWIPE) return;
    // A drag over a link must not also follow it.
    this.dragged = true;
    this.show(this.index + (distance < 0 ? 1 : -1));
  }

  private onPointerCancel(): void {
    this.swipeStart = undefined;
  }

  private onClick(event: MouseEvent): void {
    if (this.dragged) {
      event.preventDefault();
      this.dragged = false;
    }
  }

  private onDragStart(event: DragEvent): void {
    event.preventDefault();
  }
}
