import { html, LitElement, nothing } from 'lit';
import { formatNumber, LocalizeController } from '@agency-portal/core';
import { NewsroomApi, type Traffic, type TrafficPeriod } from './api.js';
import './define-day-chart.js';
import { formStyles } from './forms.styles.js';
import type { DaySeries } from './nr-day-chart.js';
import { trafficStyles } from './nr-traffic.styles.js';
import { describeProblem } from './problems.js';
import { STRINGS } from './strings.js';

const PERIODS: TrafficPeriod[] = [30, 90, 365];
const ALL = 'all';

/**
 * Traffic, for editors and admins: visits per day over the last 30, 90 or 365 days of the whole network or one of
 * its sites (drawn against the whole network), the totals, and the most viewed articles (of one member site: its
 * most viewed pages in the period). The period is a radio group and the site a select, both plain form controls
 * (arrow keys move through the periods); every change asks the server again, and a newer request cancels an older
 * one. A site editor (`ownSite` set) sees their own site only, against the network, without the site picker.
 */
export class NrTraffic extends LitElement {
  static override styles = [formStyles, trafficStyles];

  static override properties = {
    api: {},
    ownSite: {},
    period: { state: true },
    site: { state: true },
    sites: { state: true },
    result: { state: true },
    loading: { state: true },
    problem: { state: true },
  };

  /** The JSON API's base URL. */
  api = '/api/v1/';
  /** A site editor's site: the only one the report may show (the server refuses any other). */
  ownSite: string | null = null;
  protected period: TrafficPeriod = 30;
  protected site = ALL;
  /** The registered sites, as the last answer for the whole network listed them. */
  protected sites: { id: string; name: string }[] = [];
  protected result: Traffic | undefined;
  protected loading = false;
  protected problem = '';

  private readonly i18n = new LocalizeController(this, STRINGS);
  private request: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  /** Asks for the chosen period and site. */
  async load(): Promise<void> {
    if (this.ownSite) this.site = this.ownSite;
    this.request?.abort();
    const request = (this.request = new AbortController());
    const { period, site } = this;
    this.loading = true;
    this.problem = '';
    try {
      const result = await new NewsroomApi(this.api).traffic({ days: period, site }, request.signal);
      if (site === ALL) this.sites = result.sites.map(({ id, name }) => ({ id, name }));
      this.result = result;
    } catch (error) {
      if (request.signal.aborted) return;
      this.result = undefined;
      this.problem = describeProblem(error, this.i18n.strings);
    } finally {
      if (!request.signal.aborted) this.loading = false;
    }
  }

  private choosePeriod(event: Event): void {
    this.period = Number((event.target as HTMLInputElement).value) as TrafficPeriod;
    void this.load();
  }

  private chooseSite(event: Event): void {
    this.site = (event.target as HTMLSelectElement).value;
    void this.load();
  }

  protected override render() {
    const t = this.i18n.strings;
    return html`<h2>${t.traffic}</h2>
      <form class="controls" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset class="periods">
          <legend>${t.trafficPeriod}</legend>
          ${PERIODS.map(
            (period) =>
              html`<label class="segment ${period === this.period ? 'checked' : ''}"
                ><input type="radio" name="days" value=${period} .checked=${period === this.period} @change=${this.choosePeriod} />${t.periodDays(
                  period,
                )}</label
              >`,
          )}
        </fieldset>
        ${
          this.ownSite
            ? nothing
            : html`<label
                >${t.trafficSite}
                <select name="site" @change=${this.chooseSite}>
                  <option value=${ALL} ?selected=${this.site === ALL}>${t.wholeNetwork}</option>
                  ${this.sites.map((known) => html`<option value=${known.id} ?selected=${this.site === known.id}>${t.siteName(known)}</option>`)}
                </select>
              </label>`
        }
      </form>
      <p class="hint" role="status">${this.loading ? t.loading : ''}</p>
      ${
        this.problem
          ? html`<p class="problem" role="alert">
              ${t.trafficFailed(this.problem)} <button type="button" @click=${() => this.load()}>${t.retry}</button>
            </p>`
          : nothing
      }
      ${this.result ? this.renderResult(this.result) : nothing}`;
  }

  private renderResult(result: Traffic) {
    const t = this.i18n.strings;
    const locale = this.i18n.locale;
    const number = (value: number) => formatNumber(value, locale);
    // The answer shown is the one for this.site (a newer request for another site is still loading otherwise).
    const one = result.sites.length === 1 && this.site !== ALL ? result.sites[0] : undefined;
    const name = one ? t.siteName(one) : t.wholeNetwork;
    const total = one ? one.total : result.network.total;
    const series: DaySeries[] = one
      ? [
          { label: t.siteName(one), values: one.visits },
          { label: t.wholeNetwork, values: result.network.visits },
        ]
      : [{ label: t.wholeNetwork, values: result.network.visits }];
    const period = result.days.length;
    const bySite = one ? [] : [...result.sites].sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1));

    return html`<div class="result" aria-busy=${this.loading ? 'true' : 'false'}>
      <dl class="totals">
        <div>
          <dt>${t.visitsTotal(period)}: ${name}</dt>
          <dd>${number(total)}</dd>
        </div>
        ${
          one
            ? html`<div>
                <dt>${t.visitsTotal(period)}: ${t.wholeNetwork}</dt>
                <dd>${number(result.network.total)}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${total === 0 ? html`<p class="empty">${t.noVisits}</p>` : nothing}
      <nr-day-chart .days=${result.days} .series=${series} .label=${t.visitsPerDay(name)}></nr-day-chart>
      ${
        bySite.length > 1
          ? html`<table class="sites">
              <caption>
                ${t.visitsOfSite}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.trafficSite}</th>
                  <th scope="col" class="number">${t.visits}</th>
                </tr>
              </thead>
              <tbody>
                ${bySite.map(
                  (site) =>
                    html`<tr>
                      <th scope="row">${t.siteName(site)}</th>
                      <td class="number" data-label=${t.visits}>${number(site.total)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
      ${result.topPages ? this.renderTopPages(result.topPages) : this.renderTopArticles(result.topArticles ?? [])}
    </div>`;
  }

  private renderTopArticles(articles: NonNullable<Traffic['topArticles']>) {
    const t = this.i18n.strings;
    const number = (value: number) => formatNumber(value, this.i18n.locale);
    return html`<h3 id="top">${t.topArticles}</h3>
      <p class="hint" id="top-hint">${t.topArticlesHint}</p>
      ${
        articles.length === 0
          ? html`<p class="empty">${t.noArticles}</p>`
          : html`<table class="top" aria-labelledby="top" aria-describedby="top-hint">
              <thead>
                <tr>
                  <th scope="col" class="number">${t.rank}</th>
                  <th scope="col">${t.title}</th>
                  <th scope="col" class="number">${t.views}</th>
                </tr>
              </thead>
              <tbody>
                ${articles.map(
                  (article, i) =>
                    html`<tr>
                      <td class="number" data-label=${t.rank}>${i + 1}</td>
                      <td><a href=${article.url}>${article.title}</a></td>
                      <td class="number" data-label=${t.views}>${number(article.views)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`;
  }

  /** One member site's most viewed pages in the period: their paths, as the site's visit counter sent them. */
  private renderTopPages(pages: NonNullable<Traffic['topPages']>) {
    const t = this.i18n.strings;
    const number = (value: number) => formatNumber(value, this.i18n.locale);
    return html`<h3 id="top">${t.topPages}</h3>
      <p class="hint" id="top-hint">${t.topPagesHint}</p>
      ${
        pages.length === 0
          ? html`<p class="empty">${t.noPages}</p>`
          : html`<table class="top" aria-labelledby="top" aria-describedby="top-hint">
              <thead>
                <tr>
                  <th scope="col" class="number">${t.rank}</th>
                  <th scope="col">${t.page}</th>
                  <th scope="col" class="number">${t.views}</th>
                </tr>
              </thead>
              <tbody>
                ${pages.map(
                  (page, i) =>
                    html`<tr>
                      <td class="number" data-label=${t.rank}>${i + 1}</td>
                      <td class="path">${page.path}</td>
                      <td class="number" data-label=${t.views}>${number(page.views)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`;
  }
}
