import { LitElement, html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { clearServerMarkup, LocalizeController, UrlParamController, widgetStyles } from '@agency-portal/core';
import { ApPageChangeEvent } from './events.js';
import { pageHref, responsivePageItems } from './page-items.js';
import { paginationStrings, type PaginationStrings } from './strings.js';
import { styles } from './pagination.styles.js';
import { VERSION } from './version.js';

interface ControlOptions {
  /** Accessible name, when the visible text is not enough ("Trang 3" for "3"). */
  label?: string | undefined;
  current?: boolean;
  disabled?: boolean;
  /** Previous and next links say so (`rel="prev"`, `rel="next"`), for search engines and browsers. */
  rel?: 'prev' | 'next';
}

/**
 * Numbered pagination for a list of news: the first and last page, the current page and its
 * neighbours, ellipses for the rest, previous and next. Pages are links when `href-template` is set
 * (plain links that also work without JavaScript) and buttons otherwise. In a container narrower than 480px (a CSS
 * container query: the element is an inline-size container) it shows only the first, current and last pages and
 * arrows for previous and next, which keep their names. One render fits every width, so the element renders the same
 * on a server (Lit SSR) as in the browser.
 *
 * @summary Numbered, accessible pagination as links or buttons.
 * @tagname ap-pagination
 *
 * @event {ApPageChangeEvent} ap-page-change - The user picked a page; `detail` is `{ page, previousPage }`. Cancelable.
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart list - The list of pages.
 * @csspart item - Each list item, ellipses included.
 * @csspart link - Each page, previous or next control (a link or a button).
 * @csspart current - The current page's control.
 * @csspart previous - The previous-page control.
 * @csspart next - The next-page control.
 * @csspart ellipsis - The list item that stands for skipped pages.
 *
 * @cssprop [--ap-pagination-color=var(--ap-color-primary, #b3131b)] - Text and border colour of the controls.
 * @cssprop [--ap-pagination-background=var(--ap-color-surface, #fff)] - Background of the controls.
 * @cssprop [--ap-pagination-border-color=var(--ap-color-border, #c9ced6)] - Border of the controls.
 * @cssprop [--ap-pagination-current-background=var(--ap-color-primary, #b3131b)] - Background of the current page.
 * @cssprop [--ap-pagination-current-color=var(--ap-color-on-primary, #fff)] - Text colour of the current page.
 * @cssprop [--ap-pagination-gap=var(--ap-space, 0.5rem)] - Space between controls.
 * @cssprop [--ap-pagination-radius=var(--ap-radius, 4px)] - Corner radius of the controls.
 * @cssprop [--ap-pagination-font-size=var(--ap-font-size, 1rem)] - Font size.
 */
export class ApPagination extends LitElement {
  /** The version of the package: `define()` compares it when the tag is already registered. */
  static readonly version = VERSION;

  static override styles = [widgetStyles, styles];

  // Declared without decorators: the decorator helpers would cost every embed page about 0.7 KB gzip.
  static override properties: PropertyDeclarations = {
    totalPages: { type: Number, attribute: 'total-pages' },
    current: { type: Number },
    hrefTemplate: { attribute: 'href-template' },
    label: {},
    siblings: { type: Number },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    urlParam: { attribute: 'url-param' },
    strings: { attribute: false },
  };

  /** How many pages there are. With fewer than two, nothing is shown. */
  totalPages = 1;

  /** The current page, from 1. Out-of-range values are clamped, with a console warning. */
  current = 1;

  /** Turns pages into links: `{page}` is replaced by the page number, as in `?page={page}`. */
  hrefTemplate?: string;

  /** Accessible name of the navigation; give two paginations on one page different labels. */
  label?: string;

  /** Pages shown on each side of the current page (0 to 3); narrow containers show none. */
  siblings = 1;

  /** Keeps the page in the URL's query (`?page=3`) through the History API, with back and forward. */
  syncUrl = false;

  /** The query parameter `sync-url` uses. */
  urlParam = 'page';

  /** Overrides for any of the localised texts. */
  strings?: Partial<PaginationStrings>;

  private readonly localize = new LocalizeController(this, paginationStrings, () => this.strings);

  private readonly url = new UrlParamController(this, {
    param: () => this.urlParam,
    onPopState: (value) => this.handlePopState(value),
  });

  /** The page and page count actually shown, after clamping. */
  private page = 1;
  private total = 0;
  private readonly warnings = new Set<string>();
  private focused: Element | null = null;

  // Typed so that it overrides Lit 2.8's declaration too (an element or a shadow root), for apps on Lit 2.
  protected override createRenderRoot(): HTMLElement | ShadowRoot {
    // Server-rendered on a page that does not hydrate (a member site's embed): render over the server's copy.
    clearServerMarkup(this);
    return super.createRenderRoot() as HTMLElement | ShadowRoot;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The URL is the browser's: a server (Lit SSR) renders the `current` page it was given.
    const fromUrl = this.syncUrl && !isServer ? this.url.value : null;
    if (fromUrl !== null) this.current = Number(fromUrl);
  }

  protected override willUpdate(): void {
    const shownBefore = this.page;
    this.total = this.wholeNumber('total-pages', this.totalPages, 0, Number.MAX_SAFE_INTEGER, 0);
    this.page = this.wholeNumber('current', this.current, 1, Math.max(this.total, 1), 1);
    this.focused = this.page !== shownBefore ? (this.shadowRoot?.activeElement ?? null) : null;
  }

  protected override updated(): void {
    // After a page change made from inside the widget, focus stays on previous/next when they are still
    // there, and otherwise goes to the new current page (the chosen number, or where a removed link was).
    if (this.focused) {
      const stays = this.focused.isConnected && this.focused.matches('[part~="previous"], [part~="next"]');
      const target = stays ? this.focused : this.renderRoot.querySelector<HTMLElement>('[aria-current="page"]');
      if (this.shadowRoot!.activeElement !== target) (target as HTMLElement | null)?.focus();
      this.focused = null;
    }
  }

  protected override render() {
    if (this.total < 2) return nothing;
    const strings = this.localize.strings;
    const siblings = this.wholeNumber('siblings', this.siblings, 0, 3, 1);
    // Both layouts at once; the stylesheet hides the items the container's width leaves out.
    const items = responsivePageItems(this.page, this.total, siblings);
    return html`
      <nav part="nav" aria-label=${this.label || strings.label}>
        <ul part="list" role="list">
          ${this.renderStep('previous', this.page - 1, strings.previous, '‹')}
          ${items.map((item) => {
            if (item.type === 'ellipsis') return html`<li part="item ellipsis" class=${ifDefined(item.only)}>…</li>`;
            const number = String(item.page); // plain digits: "1000", never "1.000", as page numbers are read
            const control = this.renderControl(item.page, item.current ? 'link current' : 'link', number, {
              label: strings.page(number),
              current: item.current,
            });
            return html`<li part="item" class=${ifDefined(item.only)}>${control}</li>`;
          })}
          ${this.renderStep('next', this.page + 1, strings.next, '›')}
        </ul>
      </nav>
    `;
  }

  /**
   * Previous or next: left out at the ends in link mode, `aria-disabled` (still focusable) in button mode.
   * Its words name it; narrow containers show the arrow instead and keep the words for screen readers only.
   */
  private renderStep(part: 'previous' | 'next', page: number, label: string, arrow: string) {
    const disabled = page < 1 || page > this.total;
    if (disabled && this.hrefTemplate) return nothing;
    const text = html`<span class="arrow" aria-hidden="true">${arrow}</span><span class="words">${label}</span>`;
    const control = this.renderControl(page, `link ${part}`, text, { disabled, rel: part === 'previous' ? 'prev' : 'next' });
    return html`<li part="item">${control}</li>`;
  }

  /** A page, previous or next control: a link in link mode, a button otherwise. */
  private renderControl(page: number, part: string, text: unknown, { label, current = false, disabled = false, rel }: ControlOptions) {
    const onClick = (event: MouseEvent) => (disabled ? event.preventDefault() : this.handleClick(event, page));
    if (this.hrefTemplate) {
      return html`<a part=${part} href=${pageHref(this.hrefTemplate, page)} rel=${ifDefined(rel)} aria-label=${ifDefined(label)} aria-current=${ifDefined(current ? 'page' : undefined)} @click=${onClick}>${text}</a>`;
    }
    return html`<button type="button" part=${part} aria-label=${ifDefined(label)} aria-current=${ifDefined(current ? 'page' : undefined)} aria-disabled=${ifDefined(disabled ? 'true' : undefined)} @click=${onClick}>${text}</button>`;
  }

  private handleClick(event: MouseEvent, page: number): void {
    const isLink = Boolean(this.hrefTemplate);
    // A modified click on a link opens a new tab or window: leave it to the browser.
    if (isLink && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return;
    if (page === this.page) {
      event.preventDefault();
      return;
    }
    if (!this.dispatchEvent(new ApPageChangeEvent({ page, previousPage: this.page }))) {
      event.preventDefault();
      return;
    }
    if (isLink && !this.syncUrl) return; // an ordinary link: the browser navigates
    event.preventDefault();
    this.current = page;
    if (this.syncUrl) this.url.push(String(page));
  }

  private async handlePopState(value: string | null): Promise<void> {
    if (!this.syncUrl) return;
    const previousPage = this.page;
    this.current = value === null ? 1 : Number(value);
    await this.updateComplete;
    if (this.page !== previousPage) {
      this.dispatchEvent(new ApPageChangeEvent({ page: this.page, previousPage }, { cancelable: false }));
    }
  }

  /** Clamps `value` to a whole number in [min, max], warning once per bad value instead of throwing. */
  private wholeNumber(name: string, value: number, min: number, max: number, fallback: number): number {
    const result = Number.isInteger(value) ? Math.min(Math.max(value, min), max) : fallback;
    if (result !== value) {
      // An attribute such as current="abc" arrives as NaN: quote what the page wrote.
      const given = Number.isNaN(value) ? this.getAttribute(name) : value;
      const message = `<ap-pagination> ${name}="${given}" is not a whole number from ${min} to ${max}; using ${result}.`;
      if (!this.warnings.has(message)) {
        this.warnings.add(message);
        console.warn(message);
      }
    }
    return result;
  }
}
