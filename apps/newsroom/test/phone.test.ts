import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/client/define.js';
import '../src/client/define-editor.js';
import '../src/client/banners/define.js';
import type { NrRichText } from '../src/client/rich-text/nr-rich-text.js';
import { unique } from './sites-support.js';
import { ADMIN, api, overflowing, signIn, uniqueTitle, waitUntil } from './support.js';

// Staff open the newsroom on their phones too: in a box 320 px wide every screen fits without sideways scrolling (a
// wide table in an article scrolls inside the text box) and stays accessible. The screens' narrow layouts follow their
// own width (container queries), so a box of a phone's width shows what a phone shows, in every engine. The member
// sites screen has its own case (nr-sites.test.ts).

/** The screen in a 320 px wide box, once `ready` holds. */
async function onPhone(screen: TemplateResult, ready: (root: ShadowRoot) => unknown): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 320px">${screen}</div>`);
  const el = box.firstElementChild as HTMLElement;
  await waitUntil(() => el.shadowRoot && ready(el.shadowRoot), `${el.localName} is ready`);
  return el;
}

async function expectFits(el: HTMLElement) {
  const box = el.parentElement!;
  expect(overflowing(el, box)).to.deep.equal([]);
  // Text too: a long word in a cell would widen the box's scrolling area.
  expect(box.scrollWidth).to.be.at.most(320);
  await expect(el).to.be.accessible();
}

describe('the newsroom on a 320 px phone', () => {
  const start = location.href;
  // Long names, as real ones are: the site pickers then have a long option, the accounts screen a long row.
  before(async () => {
    await signIn(ADMIN);
    const id = unique('dien-thoai');
    const origin = `https://${id}.example.org`;
    const name = 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện miền núi có tên rất dài để thử màn hình điện thoại';
    await api('POST', 'newsroom/sites', { id, name, homeUrl: `${origin}/`, origins: [origin] });
    await api('POST', 'users', { username: unique('bt'), displayName: name, role: 'site-editor', siteId: id });
  });
  afterEach(() => history.replaceState(null, '', start));
  after(() => signIn());

  it('the article list reads as cards', async () => {
    await signIn();
    await api('POST', 'articles', {
      title: uniqueTitle('Một tiêu đề rất dài để thử màn hình điện thoại của ban biên tập'),
      category: 'tin-hoat-dong',
    });
    const phone = await onPhone(html`<nr-article-list lang="vi" api="/api/v1/" base="/quan-tri/"></nr-article-list>`, (root) =>
      root.querySelector('tbody tr'),
    );
    expect(getComputedStyle(phone.shadowRoot!.querySelector('tbody tr')!).display).to.equal('block');
    await expectFits(phone);
  });

  it('the editor, with a table wider than the screen in the text, which scrolls inside the text box', async () => {
    await signIn();
    // Figures do not wrap: eight columns of them are wider than a phone however the table is laid out.
    const cells = Array.from({ length: 8 }, (_, i) => `<td><p>${(i + 1) * 1_234_567}</p></td>`).join('');
    const article = await api('POST', 'articles', {
      title: uniqueTitle('Bảng số liệu rộng trên điện thoại'),
      category: 'chuyen-doi-so',
      body: `<p>Số liệu:</p><table><tbody><tr>${cells}</tr></tbody></table>`,
    });
    const phone = await onPhone(
      html`<nr-article-editor lang="vi" api="/api/v1/" base="/quan-tri/" article-id=${article.id}></nr-article-editor>`,
      (root) => root.querySelector<NrRichText>('nr-rich-text')?.tiptap && root.querySelector('select[name=category] option'),
    );
    const text = phone.shadowRoot!.querySelector<NrRichText>('nr-rich-text')!;
    await waitUntil(() => text.shadowRoot!.querySelector('table'), 'the table shows');
    expect(text.shadowRoot!.querySelector('table')!.getBoundingClientRect().width, 'the table is wider than the phone').to.be.above(320);
    await expectFits(phone);
  });

  it('the banners and partners screen', async () => {
    await signIn();
    const phone = await onPhone(html`<nr-banners lang="vi" api="/api/v1/"></nr-banners>`, (root) =>
      root.querySelector('nr-banner-list')?.shadowRoot?.querySelector('li, tbody tr'),
    );
    await expectFits(phone);
  });

  it('the traffic screen, with its chart', async () => {
    await signIn();
    const phone = await onPhone(html`<nr-traffic lang="vi" api="/api/v1/"></nr-traffic>`, (root) =>
      root.querySelector('nr-day-chart')?.shadowRoot?.querySelector('svg'),
    );
    await expectFits(phone);
  });

  it('the accounts screen and the audit log, for an admin', async () => {
    await signIn(ADMIN);
    const accounts = await onPhone(html`<nr-user-list lang="vi" api="/api/v1/"></nr-user-list>`, (root) => root.querySelector('tbody tr'));
    expect(getComputedStyle(accounts.shadowRoot!.querySelector('tbody tr')!).display).to.equal('block');
    await expectFits(accounts);
    const log = await onPhone(html`<nr-audit-log lang="vi" api="/api/v1/"></nr-audit-log>`, (root) => root.querySelector('tbody tr'));
    await expectFits(log);
  });
});
