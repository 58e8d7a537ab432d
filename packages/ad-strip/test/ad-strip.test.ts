import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { ApAdStrip } from '../src/ad-strip.js';
import type { ApAdStripErrorEvent, ApViewsSentEvent } from '../src/events.js';
import { arrange, isRunning, type PartnerLink, type PartnerList } from '../src/partners.js';

const parts = (el: ApAdStrip, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** Records the view batches the strip posts (the requests still go to the real server). */
function watchPosts() {
  const original = window.fetch;
  const posts: { url: string; body: string; status: number }[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await original(input, init);
    if (init?.method === 'POST') posts.push({ url: String(input), body: String(init.body), status: response.status });
    return response;
  };
  return { posts, restore: () => (window.fetch = original) };
}

async function loaded(template: ReturnType<typeof html>): Promise<ApAdStrip> {
  const el = await fixture<ApAdStrip>(template);
  if (!el.shadowRoot!.querySelector('[part~="link"]')) await oneEvent(el, 'ap-ad-strip-load');
  await el.updateComplete;
  return el;
}

describe('ap-ad-strip', () => {
  describe('partners from the API', () => {
    it('lists the running partners of the placement, pinned first, as labelled image links through the click counter', async () => {
      const el = await loaded(html`<ap-ad-strip src="/api/v1/partners" placement="sidebar"></ap-ad-strip>`);
      const list = parts(el, 'list')[0];
      expect(list.getAttribute('aria-label')).to.equal('Liên kết website');
      const links = parts(el, 'link') as HTMLAnchorElement[];
      expect(links.length).to.equal(10);
      expect(links[0].querySelector('img')!.alt).to.equal('Cổng Dịch vụ công tỉnh');
      for (const link of links) expect(new URL(link.href).pathname).to.match(/^\/api\/v1\/partners\/\d+\/click$/);
      const images = parts(el, 'image') as HTMLImageElement[];
      expect(images.every((img) => img.getAttribute('width') === '240' && img.getAttribute('height') === '80' && img.alt)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('marks paid links rel="sponsored noopener" and the others rel="noopener"', async () => {
      const el = await loaded(html`<ap-ad-strip src="/api/v1/partners?placement=sidebar"></ap-ad-strip>`);
      const rels = Object.fromEntries(parts(el, 'link').map((a) => [a.querySelector('img')!.alt, a.getAttribute('rel')]));
      expect(rels['Báo điện tử của tỉnh']).to.equal('sponsored noopener');
      expect(rels['Đài Phát thanh và Truyền hình tỉnh']).to.equal('sponsored noopener');
      expect(rels['Sở Tư pháp: tra cứu văn bản']).to.equal('noopener');
      expect(Object.values(rels).filter((rel) => rel === 'sponsored noopener').length).to.equal(2);
    });

    it('shuffles once per page load, keeping pinned partners first', async () => {
      const ordered = await loaded(html`<ap-ad-strip src="/api/v1/partners?placement=sidebar"></ap-ad-strip>`);
      const names = (el: ApAdStrip) => parts(el, 'image').map((img) => (img as HTMLImageElement).alt);
      const stored = names(ordered);
      const el = await loaded(html`<ap-ad-strip src="/api/v1/partners?placement=sidebar" order="shuffle"></ap-ad-strip>`);
      const shuffled = names(el);
      expect(shuffled[0]).to.equal(stored[0]);
      expect([...shuffled].sort()).to.deep.equal([...stored].sort());
      el.requestUpdate();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(shuffled);
    });

    it('lays out as a column or a row', async () => {
      const el = await loaded(html`<ap-ad-strip src="/api/v1/partners?placement=sidebar"></ap-ad-strip>`);
      expect(el.getAttribute('orientation')).to.equal('vertical');
      expect(getComputedStyle(parts(el, 'list')[0]).display).to.equal('grid');
      el.orientation = 'horizontal';
      await el.updateComplete;
      expect(el.getAttribute('orientation')).to.equal('horizontal');
      expect(getComputedStyle(parts(el, 'list')[0]).display).to.equal('flex');
    });

    it('counts a view once per page load for each banner at least half visible, sent in a batch', async function () {
      // Two batches, each sent a second after its first view: more than the default time on a busy machine.
      this.timeout(30000);
      const watch = watchPosts();
      try {
        // A column of 10 banners 240 x 80 px in a 190 px high box (wide enough for any scrollbar): the first two are
        // visible, a third of the third.
        const wrapper = await fixture<HTMLDivElement>(html`<div style="height:190px;overflow:auto;width:280px">
          <ap-ad-strip src="/api/v1/partners?placement=sidebar" style="--ap-ad-strip-gap:0;width:240px"></ap-ad-strip>
        </div>`);
        const el = wrapper.querySelector('ap-ad-strip')!;
        // Every batch is recorded from the start, so that none can slip between two awaits on a slow machine.
        const batches: number[][] = [];
        el.addEventListener('ap-views-sent', (event) => batches.push((event as ApViewsSentEvent).detail.ids));
        const sent = (count: number) => waitUntil(() => batches.length >= count, `batch ${count} was not sent`, { timeout: 12000 });
        // The partners may have arrived before this line: wait for the event only if they have not.
        if (parts(el, 'image').length === 0) await oneEvent(el, 'ap-ad-strip-load');
        await el.updateComplete;
        const ids = parts(el, 'image').map((img) => Number(img.dataset.id));
        await sent(1);
        expect(batches[0]).to.deep.equal(ids.slice(0, 2));
        expect(watch.posts.length).to.equal(1);
        expect(new URL(watch.posts[0].url).pathname).to.equal('/api/v1/partners/impressions');
        expect(JSON.parse(watch.posts[0].body)).to.deep.equal({ ids: ids.slice(0, 2) });
        expect(watch.posts[0].status).to.equal(204);
        // Scrolling down shows the next ones; scrolling back up counts nothing again.
        wrapper.scrollTop = 240;
        await sent(2);
        // 240 to 430 px: the fourth and fifth in full, the sixth not half; the third was never half visible.
        expect(batches[1]).to.deep.equal(ids.slice(3, 5));
        wrapper.scrollTop = 0;
        // An observer of our own reports once the browser has looked at the scrolled box again.
        await new Promise<void>((resolve) => {
          const probe = new IntersectionObserver(() => {
            probe.disconnect();
            resolve();
          });
          probe.observe(parts(el, 'image')[0]);
        });
        el.flushViews();
        expect(watch.posts.length).to.equal(2);
      } finally {
        watch.restore();
      }
    });

    it('keeps the slotted links when the partners cannot be loaded', async () => {
      const el =
        await fixture<ApAdStrip>(html`<ap-ad-strip src="/api/v1/nothing-here" @ap-ad-strip-error=${(e: Event) => e.preventDefault()}>
        <a href="https://so-tu-phap.example/"><img alt="Sở Tư pháp" width="240" height="80" src="/media/partners/so-tu-phap.png" /></a>
      </ap-ad-strip>`);
      const failed = (await oneEvent(el, 'ap-ad-strip-error')) as ApAdStripErrorEvent;
      expect(failed.detail.error.status).to.equal(404);
      const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(slot.assignedElements().length).to.equal(1);
    });
  });

  describe('initialData: the partners a server rendered the strip with', () => {
    /** Counts the GET requests the page makes for `path` from now on (other requests pass as usual). */
    function countGets(path: string) {
      const original = window.fetch;
      const gets: string[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
        if ((init?.method ?? 'GET') === 'GET' && url.pathname === path) gets.push(url.href);
        return original(input, init);
      };
      return { gets, restore: () => (window.fetch = original) };
    }

    let api: PartnerList;
    before(async () => {
      api = (await (await fetch('/api/v1/partners?placement=sidebar')).json()) as PartnerList;
    });
    const alts = (el: ApAdStrip) => parts(el, 'image').map((img) => (img as HTMLImageElement).alt);

    it('shows the given partners at once, fetches nothing, counts their views as the list says, and is accessible', async function () {
      this.timeout(30000);
      const requests = countGets('/api/v1/partners');
      const watch = watchPosts();
      try {
        const loads: Event[] = [];
        const el = await fixture<ApAdStrip>(
          html`<ap-ad-strip src="/api/v1/partners" placement="sidebar" .initialData=${api} @ap-ad-strip-load=${(e: Event) => loads.push(e)}></ap-ad-strip>`,
        );
        expect(alts(el)).to.deep.equal(api.items.map((item) => item.image.alt));
        expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(api.items.map((item) => item.clickUrl));
        expect(parts(el, 'image').every((img) => img.getAttribute('loading') === 'lazy')).to.equal(true);
        await expect(el).to.be.accessible();
        await waitUntil(() => watch.posts.length > 0, 'no views were sent', { timeout: 12000 });
        expect(watch.posts[0].url).to.equal(api.impressionsUrl);
        expect((JSON.parse(watch.posts[0].body) as { ids: number[] }).ids).to.include(api.items[0].id);
        expect(requests.gets).to.deep.equal([]);
        expect(loads).to.deep.equal([], 'nothing was loaded');
      } finally {
        requests.restore();
        watch.restore();
      }
    });

    it('reads them from a <script type="application/json"> child, and loads another placement from the API as usual', async () => {
      const requests = countGets('/api/v1/partners');
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
        wrapper.innerHTML = `<ap-ad-strip src="/api/v1/partners" placement="sidebar"><script type="application/json">${JSON.stringify(api).replace(/</g, '\\u003c')}</script></ap-ad-strip>`;
        const el = wrapper.querySelector('ap-ad-strip')!;
        await el.updateComplete;
        expect(alts(el)).to.deep.equal(api.items.map((item) => item.image.alt));
        expect(parts(el, 'list')[0].getAttribute('aria-label')).to.equal('Partner links');
        expect(requests.gets).to.deep.equal([]);
        el.placement = 'footer';
        const loaded = await oneEvent(el, 'ap-ad-strip-load');
        expect(loaded.detail.count).to.equal(0);
        expect(requests.gets.map((url) => new URL(url).search)).to.deep.equal(['?placement=footer']);
      } finally {
        requests.restore();
      }
    });

    it('shows the answer as it is, pinned first, also with order="shuffle" and a partner that has ended since', async () => {
      const ended = { ...api.items[1], endsAt: '2020-01-01T00:00:00.000Z' };
      const data = { ...api, items: [api.items[0], ended, ...api.items.slice(2)] };
      const el = await fixture<ApAdStrip>(html`<ap-ad-strip src="/api/v1/partners" order="shuffle" .initialData=${data}></ap-ad-strip>`);
      expect(alts(el)).to.deep.equal(data.items.map((item) => item.image.alt));
    });

    it('asks the API when the data is missing or not a partners list (a bad JSON child too)', async () => {
      const requests = countGets('/api/v1/partners');
      try {
        for (const bad of ['{"items": []}', 'not json', '']) {
          const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
          wrapper.innerHTML = `<ap-ad-strip src="/api/v1/partners" placement="sidebar"><script type="application/json">${bad}</script></ap-ad-strip>`;
          const el = wrapper.querySelector('ap-ad-strip')!;
          await oneEvent(el, 'ap-ad-strip-load');
          await el.updateComplete;
          expect(parts(el, 'link').length).to.equal(api.items.length);
        }
        const hostile = structuredClone(api);
        hostile.items[0].clickUrl = 'javascript:alert(1)';
        const el = await fixture<ApAdStrip>(
          html`<ap-ad-strip src="/api/v1/partners" placement="sidebar" .initialData=${hostile}></ap-ad-strip>`,
        );
        await oneEvent(el, 'ap-ad-strip-load');
        expect(requests.gets.length).to.equal(4);
        expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
      } finally {
        requests.restore();
      }
    });

    it('shows a logo in several widths as a <picture>: WebP and JPEG sources with the strip’s sizes', async () => {
      const [first, ...rest] = api.items;
      const srcset = {
        webp: `${first.image.url}?f=webp 240w, ${first.image.url}?w=480&f=webp 480w`,
        jpeg: `${first.image.url} 240w, ${first.image.url}?w=480 480w`,
      };
      // The others in one size only (the demo logos are uploads, with widths of their own).
      const oneSize = rest.map(({ image: { srcset: _widths, ...image }, ...partner }) => ({ ...partner, image }));
      const data: PartnerList = { ...api, items: [{ ...first, image: { ...first.image, srcset } }, ...oneSize] };
      const el = await fixture<ApAdStrip>(
        html`<ap-ad-strip src="/api/v1/partners" sizes="18rem" .initialData=${data} style="width: 18rem"></ap-ad-strip>`,
      );
      const pictures = el.shadowRoot!.querySelectorAll('picture');
      expect(pictures.length).to.equal(1);
      const source = pictures[0].querySelector('source')!;
      expect([source.type, source.srcset, source.sizes]).to.deep.equal(['image/webp', srcset.webp, '18rem']);
      const img = pictures[0].querySelector('img')!;
      expect([img.srcset, img.sizes, img.getAttribute('loading')]).to.deep.equal([srcset.jpeg, '18rem', 'lazy']);
      expect(img.getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width, 1);
      // Without a `sizes` attribute: the window's width in a column, 12rem in a row.
      el.removeAttribute('sizes');
      await el.updateComplete;
      expect(img.sizes).to.equal('100vw');
      el.orientation = 'horizontal';
      await el.updateComplete;
      expect(img.sizes).to.equal('12rem');
      await expect(el).to.be.accessible();
    });
  });

  describe('slotted links', () => {
    it('shows the children, pinned first, each in a list item, with rel by data-paid', async () => {
      const el = await fixture<ApAdStrip>(html`<ap-ad-strip label="Liên kết">
        <a href="https://a.example/"><img alt="A" width="240" height="80" src="/media/partners/so-noi-vu.png" /></a>
        <a href="https://b.example/" data-paid><img alt="B" width="240" height="80" src="/media/partners/bao-tinh.png" /></a>
        <a href="https://c.example/" data-pinned><img alt="C" width="240" height="80" src="/media/partners/dich-vu-cong.png" /></a>
      </ap-ad-strip>`);
      expect(
        parts(el, 'item').map((li) => (li.querySelector('slot')!.assignedElements()[0] as HTMLElement).querySelector('img')!.alt),
      ).to.deep.equal(['C', 'A', 'B']);
      expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('rel'))).to.deep.equal(['noopener', 'sponsored noopener', 'noopener']);
      expect(parts(el, 'list')[0].getAttribute('aria-label')).to.equal('Liên kết');
      await expect(el).to.be.accessible();
    });
  });

  describe('arranging and scheduling', () => {
    const item = (id: number, pinned = false, startsAt: string | null = null, endsAt: string | null = null) =>
      ({ id, pinned, startsAt, endsAt }) as PartnerLink;

    it('puts pinned items first and shuffles only the others', () => {
      const items = [item(1), item(2, true), item(3), item(4), item(5, true)];
      expect(arrange(items, (i) => i.pinned, false).map((i) => i.id)).to.deep.equal([2, 5, 1, 3, 4]);
      // With random() always 0, each step swaps with the first: 1,3,4 -> 3,4,1.
      expect(
        arrange(
          items,
          (i) => i.pinned,
          true,
          () => 0,
        ).map((i) => i.id),
      ).to.deep.equal([2, 5, 3, 4, 1]);
    });

    it('runs an item only between its start and end', () => {
      const now = Date.parse('2026-03-10T00:00:00Z');
      expect(isRunning(item(1), now)).to.equal(true);
      expect(isRunning(item(1, false, '2026-03-11T00:00:00Z'), now)).to.equal(false);
      expect(isRunning(item(1, false, null, '2026-03-09T00:00:00Z'), now)).to.equal(false);
      expect(isRunning(item(1, false, '2026-03-01T00:00:00Z', '2026-03-20T00:00:00Z'), now)).to.equal(true);
    });
  });
});
