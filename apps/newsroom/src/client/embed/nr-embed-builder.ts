import { html, LitElement, nothing } from 'lit';
import { LocalizeController, type Locale } from '@agency-portal/core';
import {
  defaultValues,
  isOutdated,
  snippet,
  type CatalogWidget,
  type EmbedCatalog,
  type EmbedChoice,
} from '@agency-portal/portal/embed-catalog.js';
import { NewsroomApi, type BannerSet, type Category, type MemberSite, type Role } from '../api.js';
import { formStyles } from '../forms.styles.js';
import './define-parts.js';
import { describeProblem } from '../problems.js';
import { STRINGS } from '../strings.js';
import type { NrEmbedOptionEvent } from './nr-embed-options.js';
import { embedStyles } from './nr-embed.styles.js';
import { EMBED_STRINGS } from './strings.js';

const LANGS: Locale[] = ['vi', 'en'];

/**
 * The embed builder (`/quan-tri/ma-nhung`): for a member site, a widget with its options, language and version, a
 * live preview in a sandboxed frame (in the site's own look, when it has one), the snippet to copy and the site's look
 * as CSS, all made from the server's embed catalog (the portal's embedding guide is made from the same). An admin
 * picks the site; with `siteId` (a site's own editor) it is fixed.
 */
export class NrEmbedBuilder extends LitElement {
  static override styles = [formStyles, embedStyles];

  static override properties = {
    api: {},
    userRole: { attribute: false },
    siteId: { attribute: false },
    catalog: { attribute: false },
    sites: { state: true },
    categories: { state: true },
    bannerSets: { state: true },
    site: { state: true },
    widget: { state: true },
    values: { state: true },
    widgetLang: { state: true },
    version: { state: true },
    loading: { state: true },
    problem: { state: true },
  };

  /** The JSON API's base URL. */
  api = '/api/v1/';
  /** The signed-in user's role (a site editor's site is `siteId`). */
  userRole: Role | 'site-editor' = 'admin';
  /** The one site this person makes snippets for; undefined for an admin, who picks any. */
  siteId: string | undefined;
  /** The catalog; loaded from the server unless given. */
  catalog: EmbedCatalog | undefined;
  protected sites: MemberSite[] = [];
  protected categories: Category[] = [];
  protected bannerSets: BannerSet[] = [];
  protected site = '';
  protected widget = '';
  protected values: EmbedChoice['values'] = {};
  protected widgetLang: Locale = 'vi';
  protected version = '';
  protected loading = false;
  protected problem = '';

  private readonly i18n = new LocalizeController(this, EMBED_STRINGS);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    const client = new NewsroomApi(this.api);
    this.loading = true;
    this.problem = '';
    try {
      const [catalog, sites, categories, bannerSets] = await Promise.all([
        this.catalog ?? client.embedCatalog(),
        client.sites(),
        client.categories(),
        client.bannerSets(),
      ]);
      this.catalog = catalog;
      this.bannerSets = bannerSets;
      this.sites = sites.filter((site) => (this.siteId === undefined ? !site.disabled : site.id === this.siteId));
      this.categories = categories;
      this.site ||= this.siteId ?? this.sites[0]?.id ?? '';
      this.version ||= catalog.latest ?? '';
      this.widgetLang = this.i18n.locale;
      if (!this.widget && catalog.widgets[0]) this.chooseWidget(catalog.widgets[0].id);
    } catch (error) {
      this.problem = describeProblem(error, STRINGS[this.i18n.locale]);
    } finally {
      this.loading = false;
    }
  }

  private chooseWidget(id: string): void {
    this.widget = id;
    const widget = this.catalog?.widgets.find((known) => known.id === id);
    this.values = widget ? defaultValues(widget) : {};
  }

  private readonly onOption = (event: NrEmbedOptionEvent) => {
    this.values = { ...this.values, [event.attribute]: event.value };
  };

  /** The chosen site, when its feed is one the portal fetches: a site's feed URL is the feed source of its id. */
  private siteFeed(): MemberSite | undefined {
    const site = this.sites.find((known) => known.id === this.site);
    return site?.feedUrl ? site : undefined;
  }

  /** What is chosen, with the site's own values: the counter's site, the list's feed if it is this site's. */
  choice(widget: CatalogWidget): EmbedChoice {
    const values = { ...this.values };
    if (widget.options.some((option) => option.source === 'sites')) values.site = this.site || undefined;
    if (values.feed !== undefined && values.feed !== this.siteFeed()?.id) values.feed = undefined;
    // A category is of the portal's articles: a feed has none.
    if (values.feed !== undefined) values.category = undefined;
    return { widget: widget.id, lang: this.widgetLang, version: this.version, values };
  }

  /** The preview page's address for `choice`: the options the snippet has, as the preview's query, in the site's look. */
  private previewUrl(choice: EmbedChoice, site: MemberSite | undefined): string {
    const query = new URLSearchParams({ widget: choice.widget, version: choice.version, lang: choice.lang });
    for (const [name, value] of Object.entries(choice.values)) {
      if (value !== undefined && value !== '' && value !== false) query.set(name, String(value));
    }
    if (site?.look) query.set('look', site.id);
    return `/embed/preview?${query}`;
  }

  protected override render() {
    const t = this.i18n.strings;
    return html`<h2>${t.title}</h2>
      <p class="hint">${t.intro}</p>
      <p class="hint" role="status">${this.loading ? t.loading : ''}</p>
      ${
        this.problem
          ? html`<p class="problem" role="alert">
              ${t.loadFailed(this.problem)} <button type="button" @click=${() => this.load()}>${t.retry}</button>
            </p>`
          : nothing
      }
      ${this.catalog && !this.problem ? this.renderBuilder(this.catalog) : nothing}`;
  }

  private renderBuilder(catalog: EmbedCatalog) {
    const t = this.i18n.strings;
    const locale = this.i18n.locale;
    const widget = catalog.widgets.find((known) => known.id === this.widget);
    if (!widget) return nothing;
    const choice = this.choice(widget);
    const made = snippet(catalog, choice);
    const site = this.sites.find((known) => known.id === this.site);
    const pick = (event: Event) => (event.target as HTMLSelectElement).value;
    return html`<form class="controls" @submit=${(event: Event) => event.preventDefault()}>
        ${
          this.siteId !== undefined
            ? html`<p class="fixed">${t.siteFixed(site?.name ?? this.siteId)}</p>`
            : html`<label
                >${t.site}
                <select name="site" ?disabled=${this.sites.length === 0} @change=${(event: Event) => (this.site = pick(event))}>
                  ${this.sites.map((known) => html`<option value=${known.id} ?selected=${known.id === this.site}>${known.name}</option>`)}
                </select>
                ${this.sites.length === 0 ? html`<span class="hint">${t.noSites}</span>` : nothing}
              </label>`
        }
        <label
          >${t.widget}
          <select name="widget" aria-describedby="widget-description" @change=${(event: Event) => this.chooseWidget(pick(event))}>
            ${catalog.widgets.map((known) => html`<option value=${known.id} ?selected=${known.id === this.widget}>${known.name[locale]}</option>`)}
          </select>
          <span class="hint" id="widget-description">${widget.description[locale]}</span>
        </label>
        <label
          >${t.language}
          <select name="lang" @change=${(event: Event) => (this.widgetLang = pick(event) as Locale)}>
            ${LANGS.map((lang) => html`<option value=${lang} ?selected=${lang === this.widgetLang}>${t.languages[lang]}</option>`)}
          </select>
        </label>
        <label
          >${t.version}
          <select name="version" ?disabled=${catalog.versions.length === 0} @change=${(event: Event) => (this.version = pick(event))}>
            ${catalog.versions.map(
              ({ version }) =>
                html`<option value=${version} ?selected=${version === this.version}>
                  ${version === catalog.latest ? t.versionLatest(version) : version}
                </option>`,
            )}
          </select>
        </label>
      </form>
      <p class="notice" role="status">${isOutdated(catalog, this.version) ? t.newerVersion(catalog.latest!) : ''}</p>
      ${catalog.versions.length === 0 ? html`<p class="problem">${t.noVersion}</p>` : nothing}
      <div class="workspace">
        <nr-embed-options
          .widget=${widget}
          .values=${choice.values}
          .categories=${this.categories}
          .bannerSets=${this.bannerSets}
          .siteFeed=${this.siteFeed()}
          @nr-embed-option=${this.onOption}
        ></nr-embed-options>
        <section class="preview-box" aria-labelledby="preview-heading">
          <h3 id="preview-heading">${t.preview}</h3>
          <p class="hint">${t.previewHint}</p>
          ${made ? html`<nr-embed-preview .src=${this.previewUrl(choice, site)} .label=${t.previewTitle(widget.name[locale])}></nr-embed-preview>` : nothing}
        </section>
      </div>
      <nr-embed-snippet .snippet=${made}></nr-embed-snippet>
      <nr-embed-look .look=${site?.look ?? null}></nr-embed-look>`;
  }
}
