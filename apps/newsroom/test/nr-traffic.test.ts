import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/client/define.js';
import { define } from '@agency-portal/core';
import { NrApp } from '../src/client/nr-app.js';
import type { NrTraffic } from '../src/client/nr-traffic.js';
import type { NrDayChart } from '../src/client/nr-day-chart.js';
import type { Traffic } from '../src/client/api.js';
import { api, followNavigation, SITE_EDITOR, SITE_EDITOR_SITE, signIn, waitUntil } from './support.js';

// The test portal server has visit statistics of two sites of their own (apps/server/test/traffic-seed.mjs):
// so-thu-nghiem with visits on each of the 120 days before today, and so-chua-co with none.

define('nr-app', NrApp);

const vi = (value: number) => value.toLocaleString('vi-VN');

async function view(lang = 'vi', apiBase = '/api/v1/') {
  const el = await fixture<NrTraffic>(html`<nr-traffic lang=${lang} api=${apiBase}></nr-traffic>`);
  return el;
}

const chartOf = (el: NrTraffic) => el.shadowRoot!.querySelector<NrDayChart>('nr-day-chart');
const totals = (el: NrTraffic) => [...el.shadowRoot!.querySelectorAll('.totals dd')].map((dd) => dd.textContent!.trim());
const select = (el: NrTraffic) => el.shadowRoot!.querySelector<HTMLSelectElement>('select[name=site]')!;
const radio = (el: NrTraffic, days: number) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[name=days][value="${days}"]`)!;

/** What the view shows is what the server answers: the chart's days and series, the totals, the top articles or pages. */
async function expectShows(el: NrTraffic, expected: Traffic, site?: string) {
  const chart = chartOf(el)!;
  await chart.updateComplete;
  expect(chart.days).to.deep.equal(expected.days);
  const one = site ? expected.sites.find((known) => known.id === site)! : undefined;
  const values = chart.series.map((line) => line.values);
  expect(values).to.deep.equal(one ? [one.visits, expected.network.visits] : [expected.network.visits]);
  const paths = chart.shadowRoot!.querySelectorAll<SVGPathElement>('svg[role=img] path.series');
  expect(paths).to.have.length(one ? 2 : 1);
  for (const path of paths) expect(path.getAttribute('d')!.match(/[ML]/g)).to.have.length(expected.days.length);
  expect(totals(el)).to.deep.equal(one ? [vi(one.total), vi(expected.network.total)] : [vi(expected.network.total)]);
  const rows = [...el.shadowRoot!.querySelectorAll('table.top tbody tr')];
  if (expected.topPages) {
    expect(rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((td) => td.textContent!.trim()))).to.deep.equal(
      expected.topPages.map((page) => [page.path, vi(page.views)]),
    );
    return;
  }
  const articles = expected.topArticles!;
  expect(rows).to.have.length(articles.length);
  rows.forEach((row, i) => {
    const article = articles[i];
    const link = row.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal(article.title);
    expect(link.href).to.equal(article.url);
    expect(row.querySelector('td:last-child')!.textContent!.trim()).to.equal(vi(article.views));
  });
}

describe('nr-traffic', () => {
  before(() => signIn());

  it('shows the network’s visits per day, its total, every site and the most viewed articles, from the server', async () => {
    const el = await view();
    await waitUntil(() => chartOf(el), 'the traffic loads');
    const expected: Traffic = await api('GET', 'newsroom/traffic?days=30&site=all');
    expect(expected.network.total).to.be.above(0, 'the seeded visits');
    expect(expected.topArticles).to.have.length(10);
    await expectShows(el, expected);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Truy cập');
    expect(radio(el, 30).checked).to.equal(true);
    const options = [...select(el).options].map((option) => option.value);
    expect(options).to.deep.equal(['all', ...expected.sites.map((site) => site.id)]);
    expect(options).to.include.members(['portal', 'so-thu-nghiem', 'so-chua-co']);
    // Every site's total, most visits first.
    const bySite = [...el.shadowRoot!.querySelectorAll('table.sites tbody tr')].map((row) => row.querySelector('th')!.textContent!.trim());
    expect(bySite[0]).to.equal('so-thu-nghiem');
    await expect(el).to.be.accessible();
  });

  it('asks again when the period changes, by click and by the arrow keys', async () => {
    const el = await view();
    await waitUntil(() => chartOf(el)?.days.length === 30, 'the last 30 days load');
    radio(el, 90).click();
    await waitUntil(() => chartOf(el)?.days.length === 90 && !el.shadowRoot!.querySelector('[aria-busy=true]'), 'the last 90 days load');
    await expectShows(el, await api('GET', 'newsroom/traffic?days=90&site=all'));
    expect(radio(el, 90).checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('.segment.checked')!.textContent!.trim()).to.equal('90 ngày');

    // The periods are one radio group: the arrow keys move the choice, and the view follows.
    radio(el, 90).focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => chartOf(el)?.days.length === 365 && !el.shadowRoot!.querySelector('[aria-busy=true]'), 'the last 365 days load');
    expect(radio(el, 365).checked).to.equal(true);
    const year: Traffic = await api('GET', 'newsroom/traffic?days=365&site=all');
    await expectShows(el, year);
    expect(el.shadowRoot!.querySelector('.totals dt')!.textContent).to.contain('365 ngày qua');
  });

  it('shows one site against the whole network, and says when a site had no visits', async () => {
    const el = await view();
    await waitUntil(() => select(el).options.length > 1, 'the sites are listed');
    select(el).value = 'so-thu-nghiem';
    select(el).dispatchEvent(new Event('change'));
    await waitUntil(() => chartOf(el)?.series.length === 2 && !el.shadowRoot!.querySelector('[aria-busy=true]'), 'the site loads');
    const expected: Traffic = await api('GET', 'newsroom/traffic?days=30&site=so-thu-nghiem');
    expect(expected.sites.map((site) => site.id)).to.deep.equal(['so-thu-nghiem']);
    await expectShows(el, expected, 'so-thu-nghiem');
    expect(chartOf(el)!.series.map((line) => line.label)).to.deep.equal(['so-thu-nghiem', 'Toàn mạng lưới']);
    expect(el.shadowRoot!.querySelector('.empty')).to.equal(null);

    select(el).value = 'so-chua-co';
    select(el).dispatchEvent(new Event('change'));
    await waitUntil(
      () => chartOf(el)?.series[0].label === 'so-chua-co' && !el.shadowRoot!.querySelector('[aria-busy=true]'),
      'the empty site loads',
    );
    expect(totals(el)[0]).to.equal('0');
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('Chưa có lượt truy cập nào');
    await expect(el).to.be.accessible();
  });

  it('says what went wrong in the staff’s language, and tries again', async () => {
    // An API address where the server has no such route: it answers 404 in its error shape.
    const el = await view('vi', '/api/v1/khong-co/');
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'the error shows');
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Không tải được số liệu truy cập');
    // The API's 404 (`not_found`), said in Vietnamese rather than in the server's English.
    expect(alert.textContent).to.contain('Không tìm thấy mục này');
    expect(alert.textContent).to.not.contain('No route');
    expect(chartOf(el)).to.equal(null);
    await expect(el).to.be.accessible();

    el.api = '/api/v1/';
    alert.querySelector('button')!.click();
    await waitUntil(() => chartOf(el), 'the retry loads');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  });

  it('is the view at /quan-tri/truy-cap, its heading focused when moved to', async () => {
    await followNavigation('/quan-tri/truy-cap', 'Truy cập', async (app) => {
      const traffic = () => app.shadowRoot!.querySelector('nr-traffic');
      await waitUntil(() => traffic()?.shadowRoot?.activeElement?.tagName === 'H2', 'the traffic view opens, its heading focused');
      await waitUntil(() => traffic()!.shadowRoot!.querySelector('nr-day-chart'), 'and loads');
    });
  });

  it('a site editor sees their own site against the network and its most viewed pages, with no site to pick', async () => {
    const start = location.href;
    await signIn(SITE_EDITOR);
    // The newsroom opens on the traffic screen for a site editor, whatever address they land on.
    history.replaceState(null, '', '/quan-tri/');
    try {
      const app = await fixture<NrApp>(
        html`<nr-app lang="vi" base="/quan-tri/" api="/api/v1/" user-role="site-editor" user-site=${SITE_EDITOR_SITE}></nr-app>`,
      );
      const traffic = () => app.shadowRoot!.querySelector<NrTraffic>('nr-traffic');
      await waitUntil(() => traffic() && chartOf(traffic()!), 'the traffic view opens and loads');
      expect(location.pathname).to.equal('/quan-tri/truy-cap');
      expect(app.shadowRoot!.querySelector('nr-article-list')).to.equal(null);
      const el = traffic()!;
      expect(el.shadowRoot!.querySelector('select[name=site]')).to.equal(null, 'no site picker');
      const expected: Traffic = await api('GET', 'newsroom/traffic?days=30');
      expect(expected.sites.map((site) => site.id)).to.deep.equal([SITE_EDITOR_SITE]);
      expect(expected.topPages!.length).to.be.above(0, 'the seeded visits');
      await expectShows(el, expected, SITE_EDITOR_SITE);
      expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Trang được xem nhiều nhất');
      expect(el.shadowRoot!.querySelector('table.sites')).to.equal(null, 'no other site');
      radio(el, 90).click();
      await waitUntil(() => chartOf(el)?.days.length === 90 && !el.shadowRoot!.querySelector('[aria-busy=true]'), 'the last 90 days load');
      await expectShows(el, await api('GET', `newsroom/traffic?days=90&site=${SITE_EDITOR_SITE}`), SITE_EDITOR_SITE);
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', start);
      await signIn();
    }
  });

  it('in English', async () => {
    const el = await view('en');
    await waitUntil(() => chartOf(el), 'the traffic loads');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Traffic');
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Period');
    expect(select(el).options[0].textContent!.trim()).to.equal('Whole network');
    const expected: Traffic = await api('GET', 'newsroom/traffic?days=30&site=all');
    expect(totals(el)).to.deep.equal([expected.network.total.toLocaleString('en-GB')]);
  });
});
