import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '@agency-portal/core';
import '../src/client/define.js';
import '../src/client/sites/define.js';
import type { NrSiteForm } from '../src/client/sites/nr-site-form.js';
import type { NrSites } from '../src/client/sites/nr-sites.js';
import type { NrSiteUsage } from '../src/client/sites/nr-site-usage.js';
import type { NrUnregisteredOrigins } from '../src/client/sites/nr-unregistered-origins.js';
import { NrApp, route } from '../src/client/nr-app.js';
import { toOrigin } from '../src/client/sites/input.js';
import { formatTime } from '../src/client/time.js';
import { createSite, FIREFOX, loadFrom, unique, waitForOrigin } from './sites-support.js';
import { ADMIN, api, engine, overflowing, signIn, USER, waitUntil } from './support.js';

define('nr-app', NrApp);

/** A site id no other engine or run uses (at most 32 characters). */
const uniqueId = (word: string) => `${word}-${engine}-${Date.now().toString(36)}`;

const shadow = (el: Element) => el.shadowRoot!;
const cardOf = (el: NrSites, id: string) => shadow(el).querySelector<HTMLElement>(`tbody[data-id="${id}"]`);
const formOf = (el: NrSites) => shadow(el).querySelector<NrSiteForm>('nr-site-form')!;
const inForm = <T extends Element>(el: NrSites, selector: string) => shadow(formOf(el)).querySelector<T>(selector)!;
const status = (el: NrSites) => shadow(el).querySelector('[role=status].status')!.textContent!.trim();
/** A button of a site's row by its accessible name (names repeat across engines: the engines share one server). */
const button = (el: NrSites, id: string, label: string) =>
  cardOf(el, id)!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
const errorOf = (el: NrSites, field: string) => inForm(el, `#${field}-error`).textContent!.trim();

/** Types into the form's fields by id, as a person's typing arrives (an input event per field). */
function fill(el: NrSites, values: Record<string, string>): void {
  for (const [id, value] of Object.entries(values)) {
    const control = inForm<HTMLInputElement | HTMLSelectElement>(el, `#${id}`);
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  }
}

const originInputs = (el: NrSites) => [...shadow(formOf(el)).querySelectorAll<HTMLInputElement>('input[name=origin]')];

function setOrigin(el: NrSites, index: number, value: string): void {
  const input = originInputs(el)[index];
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const save = (el: NrSites) => inForm<HTMLFormElement>(el, 'form').requestSubmit();

/** The screen as the engine's admin; resolves once the sites show. */
async function openScreen(lang = 'vi'): Promise<NrSites> {
  const el = await fixture<NrSites>(html`<nr-sites lang=${lang} api="/api/v1/" userRole="admin"></nr-sites>`);
  await waitUntil(() => cardOf(el, 'portal'), 'the sites load');
  return el;
}

/** Opens the New site form with the keyboard. */
async function openNew(el: NrSites): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('button.new')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => shadow(el).querySelector('nr-site-form'), 'the form opens');
  await formOf(el).updateComplete;
}

/** A site made through the API, with this page's origin (localhost) allowed to send its visits. */
const apiSite = (id: string, name = `Sở thử ${id}`) =>
  api('POST', 'newsroom/sites', { id, name, homeUrl: `https://${id}.example.vn/`, origins: [location.origin] });

/** Sends one visit of `site` from this page's origin with a person's browser; resolves to the answer's status. */
const hit = async (site: string) =>
  (
    await fetch(`/__test-portal/hit?ua=${encodeURIComponent(FIREFOX)}`, {
      method: 'POST',
      body: JSON.stringify({ site, path: '/tin-tuc' }),
    })
  ).status;

describe('nr-sites', () => {
  const start = location.href;
  before(() => signIn(ADMIN));
  afterEach(() => history.replaceState(null, '', start));
  after(() => signIn());

  it('is at /quan-tri/trang-thanh-vien (and /admin/), and opens from the newsroom for an admin', async () => {
    expect(route('/quan-tri/trang-thanh-vien', '/quan-tri/')).to.deep.equal({ view: 'sites' });
    expect(route('/admin/trang-thanh-vien/', '/admin/')).to.deep.equal({ view: 'sites' });
    history.replaceState(null, '', '/quan-tri/trang-thanh-vien');
    const app = await fixture<NrApp>(html`<nr-app lang="vi" base="/quan-tri/" api="/api/v1/"></nr-app>`);
    await waitUntil(() => {
      const screen = app.shadowRoot!.querySelector<NrSites>('nr-sites');
      return screen && cardOf(screen, 'portal') && screen.shadowRoot!.querySelector('button.new');
    }, 'the screen opens with the admin’s actions');
  });

  it('lists every site with its fields, the portal without a disable button, details on demand', async () => {
    const id = uniqueId('ds');
    const made = await api('POST', 'newsroom/sites', {
      id,
      name: 'Sở Giáo dục thử',
      homeUrl: 'https://sogd.example.vn/',
      origins: ['https://sogd.example.vn', 'https://www.sogd.example.vn'],
      feedUrl: 'https://sogd.example.vn/rss',
      contact: { name: 'Nguyễn Văn A', email: 'webmaster@sogd.example.vn' },
    });
    const el = await openScreen();
    await waitUntil(() => cardOf(el, id), 'the new site is listed');
    const card = cardOf(el, id)!;
    const cells = [...card.querySelectorAll('tr:first-child > *')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 8)).to.deep.equal([
      'Sở Giáo dục thử',
      id,
      'https://sogd.example.vn/',
      'https://sogd.example.vnhttps://www.sogd.example.vn',
      'https://sogd.example.vn/rss',
      'Nguyễn Văn A, webmaster@sogd.example.vn',
      'Đang hoạt động',
      formatTime(made.updatedAt, 'vi'),
    ]);
    expect(card.querySelector('a')!.getAttribute('href')).to.equal('https://sogd.example.vn/');
    // Seeded sites: the portal and the statistics sites of the test server, which have no home page.
    expect(cardOf(el, 'so-thu-nghiem')!.textContent).to.contain('Không có');
    expect(button(el, id, `Tắt “Sở Giáo dục thử”`)).to.exist;
    const portal = cardOf(el, 'portal')!;
    expect(portal.querySelector('button.disable, button.enable')).to.equal(null);
    expect(portal.textContent).to.contain('không tắt được');
    await expect(el).to.be.accessible();

    // The details: a disclosure button and its settings.
    const details = button(el, id, `Chi tiết của “Sở Giáo dục thử”`)!;
    const region = shadow(el).querySelector<HTMLElement>(`#${details.getAttribute('aria-controls')}`)!;
    expect(details.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
    details.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.getAttribute('aria-expanded') === 'true', 'the details open');
    expect(region.hidden).to.equal(false);
    expect(region.textContent).to.contain('Asia/Ho_Chi_Minh');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.getAttribute('aria-expanded') === 'false', 'the details close');
  });

  it("shows in each row where the site's widgets were seen in the last 30 days, and the unregistered origins below", async () => {
    const site = await createSite('thay');
    await loadFrom(site.origin);
    const stranger = `https://${unique('la')}.example.org`;
    await loadFrom(stranger);
    await waitForOrigin(stranger);
    const el = await openScreen();
    await waitUntil(() => cardOf(el, site.id), 'the site is listed');
    const usage = cardOf(el, site.id)!.querySelector<NrSiteUsage>('nr-site-usage')!;
    await usage.updateComplete;
    const seen = usage.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(seen).to.match(/Danh sách bài viết article-list 1 lượt tải/);
    expect(usage.closest('td')!.dataset.label).to.equal('Ghi nhận 30 ngày qua');
    // A site nothing was seen from says so in its row.
    const quiet = cardOf(el, 'so-chua-co')!.querySelector<NrSiteUsage>('nr-site-usage')!;
    expect(quiet.shadowRoot!.textContent).to.contain('Chưa thấy');
    const origins = shadow(el).querySelector<NrUnregisteredOrigins>('nr-unregistered-origins')!;
    await waitUntil(() => origins.shadowRoot!.textContent!.includes(stranger), 'the unregistered origin is listed');
    await expect(el).to.be.accessible();
  });

  it('checks the id and the origins before sending, and nothing is created', async () => {
    expect(toOrigin('https://sogd.example.vn/')).to.equal('https://sogd.example.vn');
    expect(toOrigin('https://sogd.example.vn:8443')).to.equal('https://sogd.example.vn:8443');
    expect(toOrigin('http://localhost:8080')).to.equal('http://localhost:8080');
    for (const bad of [
      'http://sogd.example.vn',
      'https://sogd.example.vn/tin',
      'sogd.example.vn',
      'https://a:b@sogd.example.vn',
      'ftp://x.vn',
    ]) {
      expect(toOrigin(bad), bad).to.equal(undefined);
    }
    const el = await openScreen();
    const name = `Sở thử ${uniqueId('sai')}`;
    await openNew(el);
    expect(shadow(formOf(el)).activeElement).to.equal(inForm(el, '#id'));
    expect(inForm(el, '#id-hint').textContent).to.contain('2 đến 32 ký tự');
    expect(inForm<HTMLSelectElement>(el, '#timeZone').value).to.equal('Asia/Ho_Chi_Minh');
    fill(el, { id: 'Sở GD', name, homeUrl: 'https://sogd.example.vn/' });
    setOrigin(el, 0, 'http://sogd.example.vn');
    // A second origin row, added and removed by keyboard.
    inForm<HTMLButtonElement>(el, 'button.add-origin').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => originInputs(el).length === 2, 'a second row');
    expect(shadow(formOf(el)).activeElement).to.equal(originInputs(el)[1]);
    await sendKeys({ type: 'https://sogd.example.vn/tin-tuc' });
    save(el);
    await waitUntil(() => inForm(el, '.problem'), 'the problems are said');
    expect(inForm(el, '.problem').textContent).to.contain('Có 3 trường cần sửa');
    expect(errorOf(el, 'id')).to.contain('Mã trang chưa đúng quy tắc');
    expect(inForm(el, '#id').getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(formOf(el)).activeElement).to.equal(inForm(el, '#id'));
    const [first, second] = originInputs(el);
    expect(first.getAttribute('aria-invalid')).to.equal('true');
    expect(inForm(el, `#${first.id}-error`).textContent).to.contain('“http://sogd.example.vn” không phải nguồn hợp lệ');
    expect(inForm(el, `#${second.id}-error`).textContent).to.contain('tin-tuc');
    await expect(el).to.be.accessible();
    // Removing the second row puts focus on the first.
    inForm<HTMLButtonElement>(el, 'button[aria-label="Xoá nguồn 2"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => originInputs(el).length === 1, 'the row is removed');
    expect(shadow(formOf(el)).activeElement).to.equal(originInputs(el)[0]);
    // Nothing was sent: no site has this name.
    expect((await api('GET', 'newsroom/sites')).items.filter((site: { name: string }) => site.name === name)).to.deep.equal([]);
  });

  it('creates a site from the form; a taken id is refused with 409 and said', async () => {
    const el = await openScreen();
    const id = uniqueId('tao');
    await openNew(el);
    fill(el, {
      id,
      name: 'Sở Y tế thử',
      homeUrl: 'https://soyte.example.vn',
      feedUrl: 'https://soyte.example.vn/rss',
      contactName: 'Trần Thị B',
      contactEmail: 'WebMaster@SoYTe.example.vn',
      timeZone: 'Asia/Bangkok',
    });
    setOrigin(el, 0, 'https://soyte.example.vn/');
    save(el);
    await waitUntil(() => cardOf(el, id), 'the site is listed');
    expect(status(el)).to.equal('Đã thêm trang “Sở Y tế thử”.');
    expect(shadow(el).querySelector('nr-site-form')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(cardOf(el, id)!.querySelector('button.edit'));
    const stored = await api('GET', `newsroom/sites/${id}`);
    expect(stored).to.deep.include({
      name: 'Sở Y tế thử',
      homeUrl: 'https://soyte.example.vn/',
      origins: ['https://soyte.example.vn'],
      feedUrl: 'https://soyte.example.vn/rss',
      contact: { name: 'Trần Thị B', email: 'webmaster@soyte.example.vn' },
      timeZone: 'Asia/Bangkok',
      disabled: false,
      version: 1,
    });
    const audit = await api('GET', `audit?targetType=site&targetId=${id}`);
    expect(audit.items.map((entry: { action: string }) => entry.action)).to.deep.equal(['site.create']);

    // The same id again: the server refuses it, the form says so and keeps what was typed.
    await openNew(el);
    fill(el, { id, name: 'Trùng mã', homeUrl: 'https://trung.example.vn' });
    setOrigin(el, 0, 'https://trung.example.vn');
    save(el);
    await waitUntil(() => inForm(el, '.problem'), 'the refusal is said');
    expect(inForm(el, '.problem').textContent).to.contain('Đã có trang với mã này');
    expect(inForm(el, '#id').getAttribute('aria-invalid')).to.equal('true');
    expect(inForm<HTMLInputElement>(el, '#name').value).to.equal('Trùng mã');
    await expect(el).to.be.accessible();
    expect((await api('GET', `newsroom/sites/${id}`)).name).to.equal('Sở Y tế thử');
  });

  it('edits with the version: a change made meanwhile is shown, nothing typed is lost, and a second save applies', async () => {
    const id = uniqueId('sua');
    await apiSite(id, 'Trước khi sửa');
    const el = await openScreen();
    await waitUntil(() => cardOf(el, id), 'the site is listed');
    button(el, id, `Sửa “Trước khi sửa”`)!.click();
    await waitUntil(() => shadow(el).querySelector('nr-site-form'), 'the form opens');
    await formOf(el).updateComplete;
    expect(inForm(el, '#id')).to.equal(null);
    expect(shadow(formOf(el)).activeElement).to.equal(inForm(el, '#name'));
    expect(inForm<HTMLInputElement>(el, '#name').value).to.equal('Trước khi sửa');
    expect(originInputs(el).map((input) => input.value)).to.deep.equal([location.origin]);
    // Someone else saves the site between the load and this save.
    const stored = await api('GET', `newsroom/sites/${id}`);
    await api('PATCH', `newsroom/sites/${id}`, { version: stored.version, name: 'Sửa ở nơi khác', feedUrl: 'https://khac.example.vn/rss' });
    fill(el, { name: 'Tên của tôi', contactName: 'Lê Văn C' });
    save(el);
    await waitUntil(() => inForm(el, '.problem'), 'the conflict is said');
    const problem = inForm(el, '.problem').textContent!.replace(/\s+/g, ' ');
    expect(problem).to.contain('Người khác vừa sửa trang này');
    expect(problem).to.contain('Sửa ở nơi khác');
    expect(problem).to.contain('https://khac.example.vn/rss');
    expect(inForm<HTMLInputElement>(el, '#name').value).to.equal('Tên của tôi');
    expect(inForm<HTMLInputElement>(el, '#contactName').value).to.equal('Lê Văn C');
    expect(shadow(formOf(el)).activeElement).to.equal(inForm(el, '.problem'));
    await expect(el).to.be.accessible();
    expect((await api('GET', `newsroom/sites/${id}`)).name).to.equal('Sửa ở nơi khác');
    // Saved again on the current version: the form's values apply.
    save(el);
    await waitUntil(() => status(el) === 'Đã lưu trang “Tên của tôi”.', 'the save is said');
    expect(shadow(el).querySelector('nr-site-form')).to.equal(null);
    const after = await api('GET', `newsroom/sites/${id}`);
    expect(after).to.deep.include({ name: 'Tên của tôi', feedUrl: null, version: 3 });
    expect(after.contact.name).to.equal('Lê Văn C');
    expect(shadow(el).activeElement).to.equal(button(el, id, `Sửa “Tên của tôi”`));
  });

  it('disables and enables a site after a confirmation by keyboard; its hits are refused, then counted', async () => {
    const id = uniqueId('tat');
    await apiSite(id, 'Sẽ tắt');
    expect(await hit(id)).to.be.within(200, 299);
    const el = await openScreen();
    await waitUntil(() => cardOf(el, id), 'the site is listed');
    const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog.confirm')!;
    const disable = button(el, id, 'Tắt “Sẽ tắt”')!;
    disable.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'the confirmation opens');
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(dialog.textContent).to.contain('Tắt trang “Sẽ tắt”?');
    expect(dialog.textContent).to.contain('“không khả dụng”');
    expect(dialog.textContent).to.contain('bị từ chối');
    expect(shadow(el).activeElement).to.equal(dialog.querySelector('button.cancel'));
    await expect(el).to.be.accessible();
    // Escape: nothing happens, focus goes back.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open && shadow(el).activeElement === disable, 'closed, focus back');
    expect((await api('GET', `newsroom/sites/${id}`)).disabled).to.equal(false);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'the confirmation opens again');
    dialog.querySelector<HTMLButtonElement>('button.confirm-action')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === 'Đã tắt trang “Sẽ tắt”.', 'the change is said');
    expect(dialog.open).to.equal(false);
    expect(cardOf(el, id)!.textContent).to.contain('Đã tắt');
    const enable = button(el, id, 'Bật lại “Sẽ tắt”')!;
    expect(shadow(el).activeElement).to.equal(enable);
    expect((await api('GET', `newsroom/sites/${id}`)).disabled).to.equal(true);
    expect(await hit(id)).to.equal(404);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'the enable confirmation opens');
    expect(dialog.textContent).to.contain('Bật lại trang “Sẽ tắt”?');
    dialog.querySelector<HTMLButtonElement>('button.confirm-action')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === 'Đã bật lại trang “Sẽ tắt”.', 'the change is said');
    expect(await hit(id)).to.be.within(200, 299);
    const audit = await api('GET', `audit?targetType=site&targetId=${id}`);
    expect(audit.items.map((entry: { action: string }) => entry.action).sort()).to.deep.equal([
      'site.create',
      'site.disable',
      'site.enable',
    ]);
  });

  it('the portal site cannot be disabled: the server refuses it and changes nothing', async () => {
    const response = await fetch('/api/v1/newsroom/sites/portal/disable', { method: 'POST' });
    expect(response.status).to.equal(409);
    expect((await response.json()).error.code).to.equal('portal_site');
    expect((await api('GET', 'newsroom/sites/portal')).disabled).to.equal(false);
  });

  it('says an editor’s refusal by its code', async () => {
    await signIn(USER);
    try {
      const el = await fixture<NrSites>(html`<nr-sites lang="vi" api="/api/v1/" userRole="editor"></nr-sites>`);
      await waitUntil(() => shadow(el).querySelector('.problem'), 'the refusal is said');
      expect(shadow(el).querySelector('.problem')!.textContent).to.contain('không được làm việc này');
      expect(shadow(el).querySelector('button.new')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      await signIn(ADMIN);
    }
  });

  it('speaks English in the English newsroom', async () => {
    const el = await openScreen('en');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Member sites');
    expect(cardOf(el, 'portal')!.textContent).to.contain('cannot be disabled');
    await openNew(el);
    save(el);
    await waitUntil(() => inForm(el, '.problem'), 'the problems are said');
    expect(errorOf(el, 'id')).to.contain('The site id does not follow the rule');
    expect(errorOf(el, 'origins')).to.equal('At least one origin is needed.');
  });

  it('fits a 320 px phone without sideways scrolling, with the form and the details open', async () => {
    const id = uniqueId('dt');
    await api('POST', 'newsroom/sites', {
      id,
      name: 'Ủy ban nhân dân huyện có tên rất dài để thử',
      homeUrl: 'https://mot-dia-chi-rat-dai-cua-uy-ban-nhan-dan-huyen.example.vn/trang-chu',
      origins: ['https://mot-dia-chi-rat-dai-cua-uy-ban-nhan-dan-huyen.example.vn'],
    });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><nr-sites lang="vi" api="/api/v1/" userRole="admin"></nr-sites></div>`,
    );
    const el = wrapper.querySelector<NrSites>('nr-sites')!;
    await waitUntil(() => cardOf(el, id), 'the sites load');
    // Cards: the column headings are only for screen readers, each value has its label.
    expect(getComputedStyle(cardOf(el, id)!).display).to.equal('block');
    expect(getComputedStyle(shadow(el).querySelector('thead')!).position).to.equal('absolute');
    expect(getComputedStyle(cardOf(el, id)!.querySelector('td')!, '::before').content).to.not.equal('none');
    expect(getComputedStyle(cardOf(el, id)!.querySelector('tr.details-row')!).display, 'a closed details row').to.equal('none');
    button(el, id, `Chi tiết của “Ủy ban nhân dân huyện có tên rất dài để thử”`)!.click();
    await openNew(el);
    await el.updateComplete;
    // Every element of the screen, inside the shadow roots of its parts too (the form, the usage, the origins).
    expect(overflowing(el, wrapper)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
