import { html, LitElement, nothing, svg, type SVGTemplateResult } from 'lit';
import { formatNumber, LocalizeController, type Locale } from '@agency-portal/core';
import { dayChartStyles } from './nr-day-chart.styles.js';
import { STRINGS } from './strings.js';

/** One line of the chart: a name and one number per day. */
export interface DaySeries {
  label: string;
  values: number[];
}

/** The drawing's height in CSS pixels; its width is the element's own width (a phone's too). */
const HEIGHT = 240;
/** The width drawn before the element's width is known. */
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 240;
const MARGIN = { top: 12, right: 16, bottom: 28 };
/** Day labels need this much room each ("30/11"); month labels ("11/2026") a little more. */
const DAY_LABEL_SPACE = 56;
const MONTH_LABEL_SPACE = 72;
/** Longer periods are labelled by month. */
const MAX_DAY_LABELLED = 92;
/** Up to this many days each value also gets a marker of its series' shape. */
const MAX_MARKED = 31;
/** Distinct looks (colour, dash, marker): a fifth series looks like the first. */
const LOOKS = 4;

/** `2026-11-30` as `30/11/2026` (Vietnamese and British English write days alike). */
export const fullDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
const monthOf = (day: string) => `${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** Round steps (1, 2 or 5 times a power of ten) from 0 to at least `max`, about `count` of them; whole steps for whole numbers. */
export function valueTicks(max: number, integers: boolean, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? 10 * power;
  if (integers) step = Math.max(1, Math.round(step));
  const steps = Math.ceil(max / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** The indexes of `days` that get a label, the last day always among them, at most one per `space` pixels. */
export function dayTicks(days: string[], width: number): number[] {
  const n = days.length;
  if (n === 0) return [];
  const byMonth = n > MAX_DAY_LABELLED;
  const most = Math.max(2, Math.floor(width / (byMonth ? MONTH_LABEL_SPACE : DAY_LABEL_SPACE)));
  if (!byMonth) {
    const every = Math.ceil(n / most);
    const ticks: number[] = [];
    for (let i = n - 1; i >= 0; i -= every) ticks.unshift(i);
    return ticks;
  }
  const starts = days.flatMap((day, i) => (day.endsWith('-01') ? [i] : []));
  const every = Math.ceil(starts.length / most);
  return starts.filter((_, k) => (starts.length - 1 - k) % every === 0);
}

/**
 * A chart of numbers per day: one line per series, drawn as SVG, as wide as the element (a phone's screen too). The
 * axes are labelled with dates (`30/11`, or `11/2026` on long periods) and numbers in the page's language
 * (`1.234` in Vietnamese, `1,234` in English). Each series has its own colour and, after the first, its own dash
 * pattern (and marker shape on short periods), so the lines stay apart without colour; a legend names them.
 *
 * For assistive technology the drawing is one image (`role="img"`) whose name is `label` with a summary of each
 * series (total, highest day); the same numbers are in a table behind "Xem dạng bảng" ("Show as table").
 *
 * @cssprop --nr-day-chart-color-1 - The first series' colour (the portal's red); -2, -3 and -4 for the next ones.
 */
export class NrDayChart extends LitElement {
  static override styles = dayChartStyles;

  static override properties = {
    days: { attribute: false },
    series: { attribute: false },
    label: {},
    width: { state: true },
  };

  /** The days, oldest first, as YYYY-MM-DD. */
  days: string[] = [];
  /** The lines: each has one value per entry of `days`. */
  series: DaySeries[] = [];
  /** What the chart shows, its accessible name (`Lượt truy cập theo ngày`). */
  label = '';
  protected width = DEFAULT_WIDTH;

  private readonly i18n = new LocalizeController(this, STRINGS);
  private frame = 0;
  private readonly resize = new ResizeObserver(([entry]) => {
    const width = Math.max(MIN_WIDTH, Math.round(entry.contentRect.width));
    // Next frame: a change of size while the observer delivers would be reported as a loop.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      if (entry.contentRect.width > 0 && width !== this.width) this.width = width;
    });
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** The accessible summary: the label, the period, and each series' total and highest day. */
  get summary(): string {
    const t = this.i18n.strings;
    const { days, series } = this;
    const locale = this.i18n.locale;
    if (days.length === 0 || series.length === 0) return `${this.label}. ${t.chartNoData}`;
    const parts = series.map(({ label, values }) => {
      const total = values.reduce((sum, value) => sum + value, 0);
      const highest = values.reduce((best, value, i) => (value > values[best] ? i : best), 0);
      return t.chartSeriesSummary(label, formatNumber(total, locale), formatNumber(values[highest] ?? 0, locale), fullDay(days[highest]));
    });
    return [`${this.label}. ${t.chartPeriod(fullDay(days[0]), fullDay(days[days.length - 1]))}`, ...parts].join(' ');
  }

  protected override render() {
    const t = this.i18n.strings;
    const { days, series } = this;
    if (days.length === 0 || series.length === 0) {
      return html`<p class="empty">${this.label}: ${t.chartNoData}</p>`;
    }
    const locale = this.i18n.locale;
    return html`<figure>
      ${this.renderChart(locale)}
      <ul class="legend">
        ${series.map(
          (line, s) =>
            html`<li>
              <svg viewBox="0 0 40 16" aria-hidden="true">
                <line class="series s${s % LOOKS}" x1="2" y1="8" x2="38" y2="8"></line>
                ${marker(s, 20, 8)}
              </svg>
              <span>${line.label}</span>
            </li>`,
        )}
      </ul>
      <details>
        <summary>${t.chartShowTable}</summary>
        <div class="table" tabindex="0" role="region" aria-label=${this.label}>
          <table>
            <caption>
              ${this.label}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.chartDay}</th>
                ${series.map((line) => html`<th scope="col">${line.label}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${days.map(
                (day, i) =>
                  html`<tr>
                    <th scope="row"><time datetime=${day}>${fullDay(day)}</time></th>
                    ${series.map((line) => html`<td>${formatNumber(line.values[i] ?? 0, locale)}</td>`)}
                  </tr>`,
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">${t.chartTotal}</th>
                ${series.map((line) => html`<td>${formatNumber(sum(line.values), locale)}</td>`)}
              </tr>
            </tfoot>
          </table>
        </div>
      </details>
    </figure>`;
  }

  private renderChart(locale: Locale) {
    const { days, series, width } = this;
    const values = series.flatMap((line) => line.values.slice(0, days.length));
    const ticks = valueTicks(Math.max(0, ...values), values.every(Number.isInteger));
    const top = ticks[ticks.length - 1];
    const labels = ticks.map((tick) => formatNumber(tick, locale));
    // Room for the longest number label (about 7 px a character at 12 px).
    const left = 12 + 7 * Math.max(...labels.map((label) => label.length));
    const plotWidth = width - left - MARGIN.right;
    const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
    const n = days.length;
    const x = (i: number) => left + (n === 1 ? plotWidth / 2 : (i * plotWidth) / (n - 1));
    const y = (value: number) => MARGIN.top + plotHeight - (Math.max(0, value) / top) * plotHeight;
    const round = (value: number) => Math.round(value * 10) / 10;
    const bottom = MARGIN.top + plotHeight;
    const byMonth = n > MAX_DAY_LABELLED;

    return html`<svg viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label=${this.summary}>
      <g class="grid">
        ${ticks.map((tick) => svg`<line x1=${left} x2=${left + plotWidth} y1=${round(y(tick))} y2=${round(y(tick))}></line>`)}
      </g>
      <g class="axis y">
        ${ticks.map((tick, k) => svg`<text x=${left - 6} y=${round(y(tick))} dy="0.35em" text-anchor="end">${labels[k]}</text>`)}
      </g>
      <g class="axis x">
        <line x1=${left} x2=${left + plotWidth} y1=${bottom} y2=${bottom}></line>
        ${dayTicks(days, plotWidth).map((i) => {
          const anchor = n > 1 && i === n - 1 ? 'end' : n > 1 && i === 0 ? 'start' : 'middle';
          return svg`<line x1=${round(x(i))} x2=${round(x(i))} y1=${bottom} y2=${bottom + 4}></line>
            <text x=${round(x(i))} y=${bottom + 18} text-anchor=${anchor}>${byMonth ? monthOf(days[i]) : shortDay(days[i])}</text>`;
        })}
      </g>
      ${series.map((line, s) => {
        const points = days.map((_, i) => [round(x(i)), round(y(line.values[i] ?? 0))] as const);
        const d = points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px},${py}`).join(' ');
        return svg`<g class="line" data-series=${s}>
          <path class="series s${s % LOOKS}" d=${d}></path>
          ${n <= MAX_MARKED ? points.map(([px, py]) => marker(s, px, py)) : nothing}
        </g>`;
      })}
    </svg>`;
  }
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The marker of series `s` at (x, y): a circle, a square, a diamond or a triangle. */
function marker(s: number, x: number, y: number): SVGTemplateResult {
  const look = s % LOOKS;
  const cls = `marker s${look}`;
  if (look === 0) return svg`<circle class=${cls} cx=${x} cy=${y} r="3.5"></circle>`;
  if (look === 1) return svg`<rect class=${cls} x=${x - 3.5} y=${y - 3.5} width="7" height="7"></rect>`;
  if (look === 2) return svg`<path class=${cls} d="M${x},${y - 4.5} L${x + 4.5},${y} L${x},${y + 4.5} L${x - 4.5},${y} Z"></path>`;
  return svg`<path class=${cls} d="M${x},${y - 4.5} L${x + 4.5},${y + 3.5} L${x - 4.5},${y + 3.5} Z"></path>`;
}
