import { html, LitElement } from 'lit';
import { LocalizeController } from '@agency-portal/core';
import './define-list.js';
import { bannersStyles } from './nr-banners.styles.js';
import { BANNER_STRINGS } from './strings.js';

type Tab = 'banners' | 'partners';
const TABS: Tab[] = ['banners', 'partners'];
/** The partners' tab in the address (`?muc=doi-tac`), so that a reload or a link opens it. */
const PARAM = 'muc';
const PARTNERS_VALUE = 'doi-tac';

/**
 * The banners screen (`/quan-tri/quang-cao`) for editors and admins: two tabs (the WAI-ARIA APG tabs pattern, with
 * automatic activation), the carousels' banners (one banner set at a time) and the partners' strip, each an
 * `<nr-banner-list>`.
 */
export class NrBanners extends LitElement {
  static override styles = bannersStyles;

  static override properties = {
    api: {},
    tab: { state: true },
  };

  api = '/api/v1/';
  protected tab: Tab = new URLSearchParams(location.search).get(PARAM) === PARTNERS_VALUE ? 'partners' : 'banners';

  private readonly i18n = new LocalizeController(this, BANNER_STRINGS);

  private select(tab: Tab, focus = false): void {
    this.tab = tab;
    const url = new URL(location.href);
    if (tab === 'partners') url.searchParams.set(PARAM, PARTNERS_VALUE);
    else url.searchParams.delete(PARAM);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(this.tab);
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.select(TABS[(to + TABS.length) % TABS.length], true);
  };

  protected override render() {
    const t = this.i18n.strings;
    const labels: Record<Tab, string> = { banners: t.bannersTab, partners: t.partnersTab };
    return html`<h2>${t.title}</h2>
      <div class="tabs" role="tablist" aria-label=${t.title} @keydown=${this.onKeyDown}>
        ${TABS.map(
          (tab) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${tab}"
              aria-selected=${this.tab === tab ? 'true' : 'false'}
              aria-controls="panel-${tab}"
              tabindex=${this.tab === tab ? 0 : -1}
              @click=${() => this.select(tab)}
            >
              ${labels[tab]}
            </button>`,
        )}
      </div>
      ${TABS.map(
        (tab) =>
          html`<div role="tabpanel" id="panel-${tab}" aria-labelledby="tab-${tab}" tabindex="0" ?hidden=${this.tab !== tab}>
            <nr-banner-list .api=${this.api} .kind=${tab === 'banners' ? 'banner' : 'partner'}></nr-banner-list>
          </div>`,
      )}`;
  }
}
