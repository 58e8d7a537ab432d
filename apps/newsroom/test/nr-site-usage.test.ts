import { expect, fixture, html } from '@open-wc/testing';
import '../src/client/sites/define-usage.js';
import type { NrSiteUsage } from '../src/client/sites/nr-site-usage.js';
import type { SiteUsage } from '../src/client/sites/usage-api.js';
import { ADMIN, api, signIn, waitUntil } from './support.js';
import { createSite, loadFrom } from './sites-support.js';

const USAGE: SiteUsage = {
  site: 'so-gd',
  widgets: [
    { widget: 'article-list', loads: 1234, lastSeen: '2026-12-05T02:00:00.000Z', versions: ['latest', '1.4.0'] },
    { widget: 'hit', loads: 56, lastSeen: '2026-12-04T17:30:00.000Z', versions: [] },
  ],
  pageViews: 98765,
  lastSeen: '2026-12-05T02:00:00.000Z',
};

const view = (usage: SiteUsage, lang = 'vi') => fixture<NrSiteUsage>(html`<nr-site-usage lang=${lang} .usage=${usage}></nr-site-usage>`);
const figures = (el: NrSiteUsage) => [...el.shadowRoot!.querySelectorAll('dd')].map((dd) => dd.textContent!.trim());
const items = (el: NrSiteUsage) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('nr-site-usage', () => {
  it('shows the page views, the last time seen and each widget with its loads, last time and versions, in Vietnam time', async () => {
    const el = await view(USAGE);
    expect(figures(el)).to.deep.equal(['98.765', '09:00 05/12/2026']);
    expect(items(el)).to.deep.equal([
      'Danh sách bài viết article-list 1.234 lượt tải · lần cuối lúc 09:00 05/12/2026 · phiên bản: mới nhất, 1.4.0',
      // 17:30 UTC is already the next day in Hà Nội.
      'Ghi nhận lượt xem trang hit 56 lượt tải · lần cuối lúc 00:30 05/12/2026',
    ]);
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Tiện ích thấy trên trang trong 30 ngày qua',
    );
    await expect(el).to.be.accessible();
  });

  it('reads in English', async () => {
    const el = await view(USAGE, 'en');
    expect(figures(el)).to.deep.equal(['98,765', '05/12/2026, 09:00']);
    expect(items(el)[0]).to.equal('Article list article-list 1,234 loads · last at 05/12/2026, 09:00 · versions: latest, 1.4.0');
    expect(el.shadowRoot!.querySelector('dl')!.textContent).to.contain('Page views');
  });

  it('a site where nothing was seen says so', async () => {
    const el = await view({ site: 'so-moi', widgets: [], pageViews: 0, lastSeen: null });
    expect(figures(el)).to.deep.equal(['0', 'Chưa thấy']);
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('Chưa thấy tiện ích nào trên trang này trong 30 ngày qua.');
    await expect(el).to.be.accessible();
  });

  it('shows what the server recorded for a site whose page loaded a widget', async () => {
    await signIn(ADMIN);
    try {
      const site = await createSite('dung');
      await loadFrom(site.origin);
      let usage: SiteUsage | undefined;
      await waitUntil(
        async () => {
          const report = await api('GET', 'newsroom/sites/usage?days=30');
          usage = report.items.find((item: SiteUsage) => item.site === site.id);
          return usage?.widgets.length;
        },
        'the server flushed the load',
        { interval: 500 },
      );
      const el = await view(usage!);
      expect(items(el)).to.have.length(1);
      expect(items(el)[0]).to.match(/^Danh sách bài viết article-list 1 lượt tải · lần cuối lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/);
      expect(figures(el)[1]).to.not.equal('Chưa thấy');
    } finally {
      await signIn();
    }
  });
});
