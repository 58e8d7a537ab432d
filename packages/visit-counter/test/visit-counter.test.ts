import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { isbot } from 'isbot';
import '@agency-portal/core/define.js';
import '../src/define.js';
import type { ApVisitCounter } from '../src/visit-counter.js';
import type { ApVisitCounterErrorEvent } from '../src/events.js';
import { ApVisitCounterTrackEvent, ApVisitCounterUpdateEvent } from '../src/events.js';
import type { VisitSummary } from '../src/summary.js';

// The real portal server runs behind the test server (this package's test task depends on the server's build),
// which proxies /api/ to it, streams the Server-Sent Events through, passes the widget's beacons on and lists
// them at /__test-portal/beacons (scripts/test-portal-server.mjs). The page's origin is the portal's PUBLIC_URL,
// so the `portal` site accepts hits from it.

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const labels = (el: ApVisitCounter) => $$(el, 'dt').map((dt) => dt.textContent!.trim());
const values = (el: ApVisitCounter) => $$(el, 'dd').map((dd) => dd.textContent!.trim());
const status = (el: ApVisitCounter) => $(el, '[role="status"]')!.textContent!.trim();
const region = (el: ApVisitCounter) => $(el, '[part~="region"]')!;

async function summary(site = 'portal'): Promise<VisitSummary> {
  const response = await fetch(`/api/v1/stats/summary?site=${site}`);
  expect(response.status).to.equal(200);
  return response.json();
}

/** A hit from a browser the server does not take for a bot (the test route sets its user agent). */
async function humanHit(name: string) {
  const ua = `Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 test-${name}-${Math.random()}`;
  const response = await fetch(`/__test-portal/hit?ua=${encodeURIComponent(ua)}`, {
    method: 'POST',
    body: JSON.stringify({ site: 'portal', path: '/test' }),
  });
  expect(await response.json()).to.deep.equal({ counted: true, visit: true });
}

async function loaded(el: ApVisitCounter): Promise<void> {
  await waitUntil(() => region(el).getAttribute('aria-busy') === 'false', 'the counters did not load', { timeout: 8000 });
  await el.updateComplete;
}

const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** A listener bound in the template, so that an event fired before the fixture returns is not missed. */
function catcher<E extends Event>(cancel = false) {
  const events: E[] = [];
  return {
    events,
    listener: (event: E) => {
      if (cancel) event.preventDefault();
      events.push(event);
    },
    next: async (count = 1) => {
      await waitUntil(() => events.length >= count, 'the event did not come', { timeout: 8000 });
      return events[count - 1];
    },
  };
}

async function beaconList(): Promise<{ body: string; userAgent: string; status: number; answer: Record<string, unknown> }[]> {
  const response = await fetch('/__test-portal/beacons', { cache: 'no-store' });
  const text = await response.text();
  const list = JSON.parse(text);
  expect(Array.isArray(list), `/__test-portal/beacons answered ${response.status}: ${text.slice(0, 200)}`).to.equal(true);
  return list;
}

function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('ap-visit-counter', () => {
  it('shows the five counters of the site, labelled in Vietnamese, with vi-VN numbers', async () => {
    await humanHit('shows');
    const before = await summary();
    const updates = catcher<ApVisitCounterUpdateEvent>();
    const el = await fixture<ApVisitCounter>(
      html`<ap-visit-counter site="portal" @ap-visit-counter-update=${updates.listener}></ap-visit-counter>`,
    );
    const { summary: shown } = (await updates.next()).detail;
    await loaded(el);
    expect(labels(el)).to.deep.equal(['Đang online', 'Hôm nay', 'Trong tuần', 'Trong tháng', 'Tất cả']);
    expect(shown.total).to.be.at.least(before.total);
    expect(shown.total).to.be.at.least(1);
    expect(values(el)).to.deep.equal([shown.online, shown.today, shown.week, shown.month, shown.total].map(vi));
    expect(region(el).getAttribute('aria-label')).to.equal('Thống kê truy cập');
    expect(status(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('formats large numbers with Vietnamese grouping, and English ones with commas', async () => {
    // The reference portal's numbers, in the shape of the server's own summary; /stub/ has no event stream.
    const big = { ...(await summary()), online: 16, today: 531, week: 4235, month: 14800, total: 93308 };
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).includes('/stub/stats/summary') ? Promise.resolve(Response.json(big)) : original(input, init);
    try {
      const el = await fixture<ApVisitCounter>(html`<ap-visit-counter api="/stub/"></ap-visit-counter>`);
      await loaded(el);
      expect(values(el)).to.deep.equal(['16', '531', '4.235', '14.800', '93.308']);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><ap-visit-counter api="/stub/"></ap-visit-counter></div>`);
      const en = wrapper.querySelector('ap-visit-counter')!;
      await loaded(en);
      expect(labels(en)).to.deep.equal(['Online now', 'Today', 'This week', 'This month', 'Total']);
      expect(values(en)).to.deep.equal(['16', '531', '4,235', '14,800', '93,308']);
      expect(region(en).getAttribute('aria-label')).to.equal('Visit statistics');
      await expect(en).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });

  it('updates live from the event stream when a visit is counted', async () => {
    const updates = catcher<ApVisitCounterUpdateEvent>();
    const el = await fixture<ApVisitCounter>(html`<ap-visit-counter @ap-visit-counter-update=${updates.listener}></ap-visit-counter>`);
    const first = (await updates.next()).detail.summary;
    let latest = first;
    el.addEventListener(ApVisitCounterUpdateEvent.eventName, (event) => (latest = event.detail.summary));
    await humanHit('live');
    // Other engines may count visits at the same time: at least this one arrives.
    await waitUntil(() => latest.total > first.total, `the total stayed ${first.total}`, { timeout: 8000 });
    await el.updateComplete;
    expect(values(el)).to.deep.equal([latest.online, latest.today, latest.week, latest.month, latest.total].map(vi));
  });

  it('states its definitions in a disclosure, with the numbers and time zone from the server', async () => {
    const el = await fixture<ApVisitCounter>(html`<ap-visit-counter></ap-visit-counter>`);
    await loaded(el);
    const details = $<HTMLDetailsElement>(el, 'details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('Cách tính');
    details.querySelector('summary')!.click();
    await waitUntil(() => details.open, 'the disclosure did not open');
    const text = details.textContent!;
    expect(text).to.include('30 phút');
    expect(text).to.include('5 phút');
    expect(text).to.include('Asia/Ho_Chi_Minh');
    expect(text).to.include('thứ Hai');
    await expect(el).to.be.accessible();
  });

  it('is busy and announces loading until the counters arrive', async () => {
    const original = window.fetch;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input, init) => {
      await gate;
      return original(input, init);
    };
    try {
      const el = await fixture<ApVisitCounter>(html`<ap-visit-counter></ap-visit-counter>`);
      expect(region(el).getAttribute('aria-busy')).to.equal('true');
      expect(status(el)).to.equal('Đang tải…');
      expect($$(el, 'dd .skeleton')).to.have.length(5);
      await expect(el).to.be.accessible();
      release();
      await loaded(el);
      expect($$(el, 'dd .skeleton')).to.have.length(0);
    } finally {
      window.fetch = original;
    }
  });

  it('shows an error with a retry for an unknown site, and tells why in ap-visit-counter-error', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const errors = catcher<ApVisitCounterErrorEvent>();
      const el = await fixture<ApVisitCounter>(
        html`<ap-visit-counter site="khong-co" @ap-visit-counter-error=${errors.listener}></ap-visit-counter>`,
      );
      const event = await errors.next();
      expect(event.detail.error.status).to.equal(404);
      expect(event.detail.error.code).to.equal('unknown_site');
      await el.updateComplete;
      expect($(el, '[part~="error"]')!.textContent).to.include('Không tải được số liệu truy cập.');
      expect(status(el)).to.equal('Không tải được số liệu truy cập.');
      expect(warnings.join('\n')).to.include('could not load the statistics');
      await expect(el).to.be.accessible();

      // Retry against a site that exists.
      el.site = 'portal';
      await loaded(el);
      expect(values(el)).to.have.length(5);
    } finally {
      restore();
    }
  });

  it('the retry button loads again; a cancelled ap-visit-counter-error keeps the console quiet', async () => {
    const { warnings, restore } = captureWarnings();
    const original = window.fetch;
    let calls = 0;
    window.fetch = (input, init) =>
      ++calls === 1 ? Promise.resolve(new Response('<h1>Bad gateway</h1>', { status: 502 })) : original(input, init);
    try {
      const el = await fixture<ApVisitCounter>(
        html`<ap-visit-counter @ap-visit-counter-error=${(e: Event) => e.preventDefault()}></ap-visit-counter>`,
      );
      await waitUntil(() => $(el, '[part~="retry"]'), 'no retry button');
      expect(warnings).to.deep.equal([]);
      $(el, '[part~="retry"]')!.click();
      await loaded(el);
      // The retry asked again (a loaded WebKit may also reload once more, which changes nothing here).
      expect(calls).to.be.at.least(2);
      expect(values(el)).to.have.length(5);
    } finally {
      window.fetch = original;
      restore();
    }
  });

  it('rejects an answer of another shape', async () => {
    const original = window.fetch;
    window.fetch = () =>
      Promise.resolve(new Response('{"total":"many"}', { status: 200, headers: { 'content-type': 'application/json' } }));
    try {
      const errors = catcher<ApVisitCounterErrorEvent>(true);
      await fixture<ApVisitCounter>(html`<ap-visit-counter @ap-visit-counter-error=${errors.listener}></ap-visit-counter>`);
      expect((await errors.next()).detail.error.code).to.equal('invalid_response');
    } finally {
      window.fetch = original;
    }
  });

  it('without track, sends no beacon', async () => {
    let tracked = false;
    const el = await fixture<ApVisitCounter>(html`<ap-visit-counter @ap-visit-counter-track=${() => (tracked = true)}></ap-visit-counter>`);
    await loaded(el);
    await aTimeout(50);
    expect(tracked).to.equal(false);
  });

  it('with track, sends the page view as a text/plain beacon that the server accepts from this origin', async () => {
    const seen = (await beaconList()).length;
    const tracks = catcher<ApVisitCounterTrackEvent>();
    await fixture<ApVisitCounter>(html`<ap-visit-counter track @ap-visit-counter-track=${tracks.listener}></ap-visit-counter>`);
    const event = await tracks.next();
    expect(event.detail.type).to.equal('pageview');
    expect(event.detail.queued).to.equal(true);
    expect(new URL(event.detail.url).pathname).to.equal('/api/v1/stats/hit');
    expect(JSON.parse(event.detail.body)).to.deep.equal({
      site: 'portal',
      path: location.pathname,
      referrer: document.referrer,
      type: 'pageview',
    });

    // The beacon reached the real server through the test server, which lists it with the server's answer.
    type Beacon = { body: string; userAgent: string; status: number; answer: Record<string, unknown> };
    let beacon: Beacon | undefined;
    await waitUntil(
      async () => {
        beacon = (await beaconList()).slice(seen).find((b: Beacon) => b.body === event.detail.body);
        return beacon;
      },
      'the beacon did not reach the server',
      { timeout: 8000 },
    );
    expect(beacon!.status, JSON.stringify(beacon!.answer)).to.equal(200);
    expect(beacon!.userAgent).to.equal(navigator.userAgent);
    // Headless Chromium says "HeadlessChrome": the server must not count it. Other engines' user agents are people's.
    if (isbot(navigator.userAgent)) expect(beacon!.answer).to.deep.equal({ counted: false, reason: 'bot' });
    else expect(beacon!.answer.counted).to.equal(true);
  });

  it('sends heartbeats only while the page is visible', async () => {
    const intervals: number[] = [];
    const originalSetInterval = window.setInterval;
    // Record the heartbeat timer instead of waiting a minute for it.
    window.setInterval = ((handler: () => void, ms: number) => {
      intervals.push(ms);
      return originalSetInterval(handler, ms);
    }) as typeof window.setInterval;
    try {
      const tracks = catcher<ApVisitCounterTrackEvent>();
      const el = await fixture<ApVisitCounter>(
        html`<ap-visit-counter track @ap-visit-counter-track=${tracks.listener}></ap-visit-counter>`,
      );
      await tracks.next();
      expect(intervals, 'a visible page beats').to.include(60_000);
      const heartbeat = () => (el as unknown as { heartbeat?: number }).heartbeat;
      expect(heartbeat()).to.not.equal(undefined);
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(heartbeat(), 'a hidden page does not').to.equal(undefined);
      const beat = oneEvent(el, ApVisitCounterTrackEvent.eventName);
      delete (document as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(((await beat) as ApVisitCounterTrackEvent).detail.type, 'back on the page: a heartbeat at once').to.equal('heartbeat');
      expect(heartbeat(), 'visible again').to.not.equal(undefined);
      el.remove();
      expect(heartbeat(), 'removed from the page').to.equal(undefined);
    } finally {
      window.setInterval = originalSetInterval;
    }
  });
});

/** Counts the summary requests the page makes while `work` runs (the stream and beacons are not fetches). */
async function summaryFetches(work: () => Promise<void>): Promise<string[]> {
  const asked: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/stats/summary')) asked.push(url);
    return original(input, init);
  };
  try {
    await work();
  } finally {
    window.fetch = original;
  }
  return asked;
}

describe('ap-visit-counter with initial data (server-rendered)', () => {
  const initial = async (): Promise<VisitSummary> => ({ ...(await summary()), online: 7, today: 99, week: 999, month: 9999, total: 99999 });

  it('shows initialData at once, asks the summary API nothing, and still follows the live stream', async () => {
    const data = await initial();
    const updates = catcher<ApVisitCounterUpdateEvent>();
    let el!: ApVisitCounter;
    const asked = await summaryFetches(async () => {
      el = await fixture<ApVisitCounter>(
        html`<ap-visit-counter .initialData=${data} @ap-visit-counter-update=${updates.listener}></ap-visit-counter>`,
      );
      expect(values(el)).to.deep.equal(['7', '99', '999', '9.999', '99.999']);
      expect(region(el).getAttribute('aria-busy')).to.equal('false');
      expect(status(el)).to.equal('');
      expect((await updates.next()).detail.summary).to.equal(data);
      await expect(el).to.be.accessible();
      // The stream's first event brings the real numbers.
      const live = (await updates.next(2)).detail.summary;
      await el.updateComplete;
      expect(values(el)[4]).to.equal(vi(live.total));
    });
    expect(asked).to.deep.equal([]);
  });

  it('reads the initial data from its JSON child, and ignores a child that is not a summary', async () => {
    const data = await initial();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<ap-visit-counter lang="en"><script type="application/json">${JSON.stringify(data)}</script></ap-visit-counter><ap-visit-counter><script type="application/json">{"today": "lots"</script></ap-visit-counter>`;
    const asked = await summaryFetches(async () => {
      document.body.append(wrapper);
      const [good, bad] = wrapper.querySelectorAll('ap-visit-counter');
      await (good as ApVisitCounter).updateComplete;
      expect(values(good as ApVisitCounter)).to.deep.equal(['7', '99', '999', '9,999', '99,999']);
      // No data: it loads as it always did.
      await loaded(bad as ApVisitCounter);
    });
    wrapper.remove();
    expect(asked).to.have.length(1);
  });

  it('data of another shape is not shown: the widget loads the summary itself', async () => {
    // The other engines' tests send visits at the same time: today's count may grow while this test runs, never shrink.
    const before = (await summary()).today;
    const el = await fixture<ApVisitCounter>(html`<ap-visit-counter .initialData=${{ today: 5 }}></ap-visit-counter>`);
    expect(region(el).getAttribute('aria-busy')).to.equal('true');
    await loaded(el);
    const shown = values(el)[1];
    const after = (await summary()).today;
    const counts = Array.from({ length: after - before + 1 }, (_, i) => vi(before + i));
    expect(counts, `the server's count today, not the 5 of the data`).to.include(shown);
  });

  it('after the initial data, a change of site loads again, and its error leaves the numbers shown', async () => {
    const data = await initial();
    const errors = catcher<ApVisitCounterErrorEvent>(true);
    const el = await fixture<ApVisitCounter>(
      html`<ap-visit-counter .initialData=${data} @ap-visit-counter-error=${errors.listener}></ap-visit-counter>`,
    );
    expect(values(el)[1]).to.equal('99');
    const asked = await summaryFetches(async () => {
      el.site = 'no-such-site';
      await errors.next();
      await el.updateComplete;
      expect($(el, '[part~="error"]')).to.equal(null, 'the numbers shown stay: no error block over them');
      el.site = 'portal';
      await waitUntil(() => values(el)[1] !== '99', 'the counters did not load again', { timeout: 8000 });
    });
    expect(asked).to.have.length(2);
  });

  it('each number keeps its box when it grows by a digit', async () => {
    const data = await initial();
    const el = await fixture<ApVisitCounter>(
      html`<ap-visit-counter api="/stub/" .initialData=${data} style="width: 20rem"></ap-visit-counter>`,
    );
    const boxes = () => $$(el, 'dd').map((dd) => dd.getBoundingClientRect().width);
    const height = el.getBoundingClientRect().height;
    const before = boxes();
    el.initialData = undefined;
    (el as unknown as { show(summary: VisitSummary): void }).show({
      ...data,
      online: 10,
      today: 100,
      week: 1000,
      month: 10000,
      total: 100000,
    });
    await el.updateComplete;
    expect(values(el)).to.deep.equal(['10', '100', '1.000', '10.000', '100.000']);
    expect(boxes()).to.deep.equal(before);
    expect(el.getBoundingClientRect().height).to.equal(height);
  });
});
