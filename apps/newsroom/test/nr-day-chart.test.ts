import { expect, fixture, html } from '@open-wc/testing';
import '../src/client/define-day-chart.js';
import type { NrDayChart } from '../src/client/nr-day-chart.js';
import { dayTicks, valueTicks } from '../src/client/nr-day-chart.js';
import { waitUntil } from './support.js';

const DAYS = ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'];
const SITE = { label: 'Sở Giáo dục', values: [0, 1234, 5, 980, 17] };
const NETWORK = { label: 'Toàn mạng lưới', values: [12, 2500, 40, 1999, 301] };

/** The (x, y) points of a path's `d` (M and L commands). */
function points(path: SVGPathElement): [number, number][] {
  return [...path.getAttribute('d')!.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

async function chart(lang = 'vi', series = [SITE, NETWORK], days = DAYS) {
  const el = await fixture<NrDayChart>(
    html`<div lang=${lang}><nr-day-chart .days=${days} .series=${series} label="Lượt truy cập theo ngày"></nr-day-chart></div>`,
  );
  const chartEl = el.querySelector('nr-day-chart')!;
  await chartEl.updateComplete;
  return chartEl;
}

describe('nr-day-chart', () => {
  it('draws one line per series with one point per day, higher values higher up', async () => {
    const el = await chart();
    const paths = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg[role=img] path.series')];
    expect(paths).to.have.length(2);
    for (const path of paths) expect(points(path)).to.have.length(DAYS.length);
    const site = points(paths[0]);
    // Left to right by day; the y axis points down in SVG.
    expect(site.map(([x]) => x)).to.deep.equal([...site.map(([x]) => x)].sort((a, b) => a - b));
    expect(site[1][1]).to.be.below(site[3][1], '1234 is drawn above 980');
    expect(site[3][1]).to.be.below(site[0][1], '980 is drawn above 0');
    // Short periods mark every value too, in each series' own shape.
    expect(el.shadowRoot!.querySelectorAll('svg[role=img] circle.marker')).to.have.length(DAYS.length);
    expect(el.shadowRoot!.querySelectorAll('svg[role=img] rect.marker')).to.have.length(DAYS.length);
  });

  it('tells the series apart by more than colour: the second line is dashed, in a colour of its own', async () => {
    const el = await chart();
    const [first, second] = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg[role=img] path.series')].map((path) =>
      getComputedStyle(path),
    );
    expect(first.strokeDasharray).to.equal('none');
    expect(second.strokeDasharray).to.not.equal('none');
    expect(first.stroke).to.not.equal(second.stroke);
    const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map((item) => item.textContent!.trim());
    expect(legend).to.deep.equal(['Sở Giáo dục', 'Toàn mạng lưới']);
  });

  it('is one image named by its label and a summary of each series', async () => {
    const el = await chart();
    const image = el.shadowRoot!.querySelector('svg[role=img]')!;
    const name = image.getAttribute('aria-label')!;
    expect(name).to.contain('Lượt truy cập theo ngày');
    expect(name).to.contain('Từ 28/11/2026 đến 02/12/2026');
    expect(name).to.contain('Sở Giáo dục: tổng 2.236, cao nhất 1.234 vào ngày 29/11/2026');
    expect(name).to.contain('Toàn mạng lưới: tổng 4.852, cao nhất 2.500 vào ngày 29/11/2026');
  });

  it('labels its axes with Vietnamese dates and numbers, English numbers in English', async () => {
    const el = await chart();
    const texts = (axis: string) => [...el.shadowRoot!.querySelectorAll(`.axis.${axis} text`)].map((text) => text.textContent!.trim());
    expect(texts('x')).to.include('02/12');
    expect(texts('y')[0]).to.equal('0');
    expect(texts('y')).to.include('1.000');
    expect(texts('y')).to.include('3.000');
    const english = await chart('en');
    const englishY = [...english.shadowRoot!.querySelectorAll('.axis.y text')].map((text) => text.textContent!.trim());
    expect(englishY).to.include('1,000');
    expect(english.shadowRoot!.querySelector('summary')!.textContent).to.contain('Show as table');
  });

  it('has a table with the same numbers, behind "Xem dạng bảng"', async () => {
    const el = await chart();
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Xem dạng bảng');
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    await waitUntil(() => details.open, 'the table opens');
    const headers = [...details.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Ngày', 'Sở Giáo dục', 'Toàn mạng lưới']);
    const rows = [...details.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(rows).to.deep.equal(
      DAYS.map((day, i) => [
        `${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`,
        SITE.values[i].toLocaleString('vi-VN'),
        NETWORK.values[i].toLocaleString('vi-VN'),
      ]),
    );
    expect(rows[1]).to.deep.equal(['29/11/2026', '1.234', '2.500']);
    const totals = [...details.querySelectorAll('tfoot td')].map((cell) => cell.textContent!.trim());
    expect(totals).to.deep.equal(['2.236', '4.852']);
    await expect(el).to.be.accessible();
  });

  it('fits a phone: drawn at the width it has, the points still one per day', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px" lang="vi">
        <nr-day-chart .days=${DAYS} .series=${[SITE]} label="Lượt truy cập"></nr-day-chart>
      </div>`,
    );
    const el = wrapper.querySelector('nr-day-chart')!;
    const svgEl = () => el.shadowRoot!.querySelector('svg[role=img]')!;
    await waitUntil(() => svgEl().getAttribute('viewBox') === '0 0 320 240', `drawn 320 wide (${svgEl().getAttribute('viewBox')})`);
    expect(svgEl().getBoundingClientRect().width).to.be.at.most(320);
    const path = el.shadowRoot!.querySelector<SVGPathElement>('path.series')!;
    const xs = points(path).map(([x]) => x);
    expect(xs).to.have.length(DAYS.length);
    expect(Math.max(...xs)).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('draws a year of days without markers, labelled by month', async () => {
    const days = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2025, 11, 2 + i)).toISOString().slice(0, 10));
    const values = days.map((_, i) => (i * 37) % 101);
    const el = await chart('vi', [{ label: 'Toàn mạng lưới', values }], days);
    const path = el.shadowRoot!.querySelector<SVGPathElement>('path.series')!;
    expect(points(path)).to.have.length(365);
    expect(el.shadowRoot!.querySelectorAll('.marker')).to.have.length(1, 'only the legend’s');
    const labels = [...el.shadowRoot!.querySelectorAll('.axis.x text')].map((text) => text.textContent!.trim());
    expect(labels.every((label) => /^\d{2}\/\d{4}$/.test(label))).to.equal(true, labels.join(' '));
    expect(labels.at(-1)).to.equal('12/2026');
  });

  it('says when there is nothing to draw', async () => {
    const el = await chart('vi', [], []);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Không có số liệu');
  });

  it('picks round ticks and spaced day labels', () => {
    expect(valueTicks(2500, true)).to.deep.equal([0, 1000, 2000, 3000]);
    expect(valueTicks(3, true)).to.deep.equal([0, 1, 2, 3]);
    expect(valueTicks(0, true)).to.deep.equal([0, 1]);
    expect(valueTicks(0.3, false)).to.deep.equal([0, 0.1, 0.2, 0.3]);
    const month = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
    const ticks = dayTicks(month, 300);
    expect(ticks.at(-1)).to.equal(29, 'the last day is always labelled');
    expect(ticks.length).to.be.at.most(Math.floor(300 / 56));
  });
});
