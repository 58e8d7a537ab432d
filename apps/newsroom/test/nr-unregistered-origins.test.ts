import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/client/sites/define-usage.js';
import type { NrOriginApprovedEvent, NrUnregisteredOrigins } from '../src/client/sites/nr-unregistered-origins.js';
import { ADMIN, api, signIn, waitUntil } from './support.js';
import { createSite, hitFrom, loadFrom, unique, waitForOrigin } from './sites-support.js';

// The list is shared by the engines testing at once: each test looks only at the origins it made.

const view = (lang = 'vi') =>
  fixture<NrUnregisteredOrigins>(html`<nr-unregistered-origins lang=${lang} api="/api/v1/"></nr-unregistered-origins>`);
const rowOf = (el: NrUnregisteredOrigins, origin: string) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === origin);
const selectOf = (el: NrUnregisteredOrigins, origin: string) => rowOf(el, origin)!.querySelector('select')!;
const button = (el: NrUnregisteredOrigins, origin: string, name: RegExp) =>
  [...rowOf(el, origin)!.querySelectorAll('button')].find((b) => name.test(b.getAttribute('aria-label')!))!;
const outcome = (el: NrUnregisteredOrigins) => el.shadowRoot!.querySelector('[role=status].outcome')!;
const problem = (el: NrUnregisteredOrigins) => el.shadowRoot!.querySelector('[role=alert]');

/** A new origin that loaded the article list (and, with `hint`, sent a hit naming that site): listed once flushed. */
async function strangeOrigin(hint?: string): Promise<string> {
  const origin = `https://${unique('la')}.example.net`;
  await loadFrom(origin);
  if (hint) expect(await hitFrom(origin, hint)).to.equal(403, 'a hit from an unregistered origin is refused');
  await waitForOrigin(origin);
  return origin;
}

describe('nr-unregistered-origins', function () {
  // Each test waits for the server's next flush of what it counted (every 5 s).
  this.timeout(30_000);
  before(() => signIn(ADMIN));
  after(() => signIn());

  it('lists an origin with what it loaded, suggests the site its hit named, and approving adds it to that site', async () => {
    const site = await createSite('gan');
    const origin = await strangeOrigin(site.id);
    const el = await view();
    await waitUntil(() => rowOf(el, origin), 'the origin is listed');
    const row = rowOf(el, origin)!;
    expect(row.querySelectorAll('td')[0].textContent).to.equal('Danh sách bài viết, Ghi nhận lượt xem trang');
    expect(row.querySelectorAll('td')[1].textContent).to.equal('2');
    const select = selectOf(el, origin);
    expect(select.value).to.equal(site.id, 'the site its hit named is chosen');
    expect(select.selectedOptions[0].textContent).to.equal(`${site.name} (gợi ý)`);
    expect(select.getAttribute('aria-label')).to.equal(`Trang thành viên của ${origin}`);
    await expect(el).to.be.accessible();

    const approved = oneEvent(el, 'nr-origin-approved');
    button(el, origin, /^Gán/).click();
    const event = (await approved) as unknown as NrOriginApprovedEvent;
    expect([event.origin, event.site]).to.deep.equal([origin, site.id]);
    await waitUntil(() => outcome(el).textContent === `Đã thêm ${origin} vào ${site.name}.`, 'the outcome is said');
    await waitUntil(() => el.shadowRoot!.activeElement === outcome(el), 'focus moves to the outcome');
    expect(rowOf(el, origin) === undefined).to.equal(true, 'it left the list');
    expect((await api('GET', `newsroom/sites/${site.id}`)).origins).to.deep.equal([site.origin, origin]);
    expect(await hitFrom(origin, site.id)).to.equal(200, 'its hits count now');
    await expect(el).to.be.accessible();
  });

  it('ignore takes an origin off the list; the server lists it as ignored', async () => {
    const origin = await strangeOrigin();
    const el = await view();
    await waitUntil(() => rowOf(el, origin), 'the origin is listed');
    expect(selectOf(el, origin).value).to.equal('', 'no site suggested without a hit');
    button(el, origin, /^Bỏ qua/).click();
    await waitUntil(() => outcome(el).textContent === `Đã bỏ qua ${origin}.`, 'the outcome is said');
    expect(rowOf(el, origin) === undefined).to.equal(true, 'it left the list');
    const ignored = (await api('GET', 'newsroom/origins?status=ignored')).items.map((item: { origin: string }) => item.origin);
    expect(ignored).to.include(origin);
  });

  it('approving without a site asks for one; a site changed meanwhile is refused by its code and the list read again', async () => {
    const site = await createSite('doi');
    const origin = await strangeOrigin();
    const el = await view();
    await waitUntil(() => rowOf(el, origin), 'the origin is listed');
    button(el, origin, /^Gán/).click();
    await waitUntil(() => problem(el), 'the missing site is said');
    expect(problem(el)!.textContent!.trim()).to.equal(`Hãy chọn trang thành viên cho ${origin} trước.`);
    expect(el.shadowRoot!.activeElement === selectOf(el, origin)).to.equal(true, 'focus is on the site select');

    // Someone renames the site after the list was read: the approval names an old version.
    await api('PATCH', `newsroom/sites/${site.id}`, { version: site.version, name: `Trang mới ${site.id}` });
    const select = selectOf(el, origin);
    select.value = site.id;
    select.dispatchEvent(new Event('change'));
    button(el, origin, /^Gán/).click();
    await waitUntil(() => problem(el)?.textContent?.includes('vừa được người khác sửa'), 'the conflict is said');
    await waitUntil(() => el.shadowRoot!.activeElement === problem(el), 'focus moves to the refusal');
    expect((await api('GET', `newsroom/sites/${site.id}`)).origins).to.deep.equal([site.origin], 'nothing changed');
    await expect(el).to.be.accessible();

    // The list was read again with the site's new version: approving again works.
    await waitUntil(() => selectOf(el, origin).textContent!.includes(`Trang mới ${site.id}`), 'the sites were read again');
    button(el, origin, /^Gán/).click();
    await waitUntil(() => outcome(el).textContent === `Đã thêm ${origin} vào Trang mới ${site.id}.`, 'approved');
  });

  it('reads in English', async () => {
    const origin = await strangeOrigin();
    const el = await view('en');
    await waitUntil(() => rowOf(el, origin), 'the origin is listed');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Unregistered origins');
    expect(rowOf(el, origin)!.querySelectorAll('td')[0].textContent).to.equal('Article list');
    expect(button(el, origin, /^Approve/).textContent!.trim()).to.equal('Approve');
    expect(selectOf(el, origin).selectedOptions[0].textContent).to.equal('— Choose a site —');
    await expect(el).to.be.accessible();
  });
});
