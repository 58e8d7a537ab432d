// The strip must not be hidden or blocked by ad blockers. This checks its rendered DOM (element names, ids,
// classes, parts, links) against the generic element hiding rules of EasyList, and every URL it requests or
// links to (API, click, views, images, its embed file) against EasyList's generic URL patterns. The list
// excerpt and its source are in easylist-generic.txt.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { ApAdStrip } from '../src/ad-strip.js';
import { blockingRules, parseGenericSelectors, parseUrlRules } from './filter-list.js';

const list = await (await fetch(new URL('./easylist-generic.txt', import.meta.url))).text();
const selectors = parseGenericSelectors(list);
const urlRules = parseUrlRules(list);
const pkg = (await (await fetch(new URL('../package.json', import.meta.url))).json()) as { agencyPortal?: { embed?: string } };

/** The generic hiding rules that would hide the element or anything in it, its shadow root included. */
function hidingRules(el: HTMLElement): string[] {
  const hits: string[] = [];
  for (const selector of selectors) {
    try {
      if (el.matches(selector) || el.querySelector(selector) || el.shadowRoot!.querySelector(selector)) hits.push(selector);
    } catch {
      // Extended syntax (:-abp-has and the like) that browsers do not parse: not a plain CSS rule.
    }
  }
  return hits;
}

describe('names that ad blockers hide (EasyList generic rules)', () => {
  it('reads the list: it does block and hide the usual names', () => {
    expect(selectors.length).to.be.greaterThan(15000);
    expect(urlRules.length).to.be.greaterThan(8000);
    expect(blockingRules(urlRules, 'https://portal.example/embed/ad-strip.js')).to.include('/ad-strip.');
    expect(blockingRules(urlRules, 'https://portal.example/api/v1/ads/3/click')).to.include('/v1/ads/*');
    const decoy = document.createElement('div');
    decoy.innerHTML = '<div class="ad-banner"></div><div id="adStrip"></div>';
    document.body.append(decoy);
    expect(selectors.filter((selector) => decoy.querySelector(selector) !== null)).to.include.members(['.ad-banner', '#adStrip']);
    decoy.remove();
  });

  it('hides nothing of the strip loaded from the API, and blocks none of its URLs', async () => {
    const el = await fixture<ApAdStrip>(
      html`<ap-ad-strip src="/api/v1/partners" placement="sidebar" orientation="horizontal"></ap-ad-strip>`,
    );
    // The partners may have arrived before this line: wait for the event only if they have not.
    if (!el.shadowRoot!.querySelector('a')) await oneEvent(el, 'ap-ad-strip-load');
    await el.updateComplete;
    expect(hidingRules(el)).to.deep.equal([]);

    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
    const images = [...el.shadowRoot!.querySelectorAll('img')].map((img) => img.src);
    expect(links.length).to.equal(10);
    const requested = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.includes('/api/v1/partners'));
    expect(requested.length).to.be.greaterThan(0);
    const embed = pkg.agencyPortal?.embed;
    expect(embed, 'package.json agencyPortal.embed names the embed file').to.be.a('string');
    const urls = [
      ...requested,
      ...links,
      ...images,
      new URL('/api/v1/partners/impressions', location.href).href,
      new URL('/api/v1/partners/stats', location.href).href,
      new URL(`/embed/${embed}.js`, location.href).href,
    ];
    expect(urls.flatMap((url) => blockingRules(urlRules, url).map((rule) => `${url}: ${rule}`))).to.deep.equal([]);
  });

  it('hides nothing of a strip of slotted links', async () => {
    const el = await fixture<ApAdStrip>(html`<ap-ad-strip>
      <a href="https://a.example/" data-paid><img alt="A" width="240" height="80" src="/media/partners/bao-tinh.png" /></a>
      <a href="https://b.example/" data-pinned><img alt="B" width="240" height="80" src="/media/partners/dich-vu-cong.png" /></a>
    </ap-ad-strip>`);
    expect(hidingRules(el)).to.deep.equal([]);
  });
});
