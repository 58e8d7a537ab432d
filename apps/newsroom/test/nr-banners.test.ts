import { expect, fixture, html } from '@open-wc/testing';
import { define } from '@agency-portal/core';
import '../src/client/define.js';
import '../src/client/banners/define.js';
import type { NrBannerList } from '../src/client/banners/nr-banner-list.js';
import type { NrBanners } from '../src/client/banners/nr-banners.js';
import { NrApp, route } from '../src/client/nr-app.js';
import { formatTime } from '../src/client/time.js';
import { api, engine, signIn, uniqueTitle, USER, waitUntil } from './support.js';

define('nr-app', NrApp);

// The engines run this file at the same time against one server. Partners are reordered as a whole list (the order
// names every partner), so the tests that add partners or reorder them take turns through the test server's lock.
const lock = () => fetch('/__test-portal/lock?name=partners', { method: 'POST' });
const unlock = () => fetch('/__test-portal/lock?name=partners', { method: 'DELETE' });

/** A PNG made here, as a file from the computer. */
async function picture(width: number, height: number, colour: string, name = 'bieu-trung.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#ffffff';
  context.fillRect(width / 4, height / 4, width / 2, height / 2);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** Uploads a picture through the media API; resolves to its id. */
async function uploaded(): Promise<number> {
  const file = await picture(240, 80, '#1e6b34');
  const response = await fetch('/api/v1/media', { method: 'POST', headers: { 'content-type': 'image/png' }, body: file });
  // 201, or 200 when the same picture was uploaded before.
  expect(response.ok, `upload: ${response.status}`).to.equal(true);
  return (await response.json()).id;
}

/** A placement of this test alone, so that the public list of it holds only this test's partners. */
const placement = (word: string) => `${word}-${engine}-${Date.now().toString(36)}`;

const createPartners = async (names: string[], where: string, mediaId: number) => {
  const items = [];
  for (const name of names) {
    items.push(
      await api('POST', 'newsroom/partners', {
        name,
        image: { mediaId, alt: `Biểu trưng ${name}` },
        url: 'https://doitac.example/',
        placement: where,
      }),
    );
  }
  return items;
};

/** The public partner list of a placement, in the strip's order (not from the browser's cache). */
async function publicNames(where: string): Promise<string[]> {
  const response = await fetch(`/api/v1/partners?placement=${where}`, { cache: 'no-store' });
  return ((await response.json()).items as { name: string }[]).map((item) => item.name);
}

const listOf = (el: NrBanners, kind: 'banner' | 'partner') => el.shadowRoot!.querySelector<NrBannerList>(`#panel-${kind}s nr-banner-list`)!;
const rows = (list: NrBannerList) => [...list.shadowRoot!.querySelectorAll<HTMLLIElement>('li.item')];
const names = (list: NrBannerList) => rows(list).map((row) => row.querySelector('h3')!.textContent!.trim());
const rowOf = (list: NrBannerList, name: string) => rows(list).find((row) => row.querySelector('h3')!.textContent!.trim() === name);
const button = (list: NrBannerList, label: string) => list.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
const status = (list: NrBannerList) => list.shadowRoot!.querySelector('[role=status].status')!.textContent!.trim();
const form = (list: NrBannerList) => list.shadowRoot!.querySelector('nr-banner-form')!;
const field = <T extends HTMLInputElement>(list: NrBannerList, name: string) =>
  form(list).shadowRoot!.querySelector<T>(`form [name=${name}]`)!;
const dialogOf = (list: NrBannerList) => form(list).shadowRoot!.querySelector('dialog')!;

/** Fills the form's fields by name (checkboxes with true or false). */
function fill(list: NrBannerList, values: Record<string, string | boolean>): void {
  for (const [name, value] of Object.entries(values)) {
    const input = field(list, name);
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
  }
}

/** Chooses a file in the form's picture field, as a person would; resolves once the upload shows. */
async function choose(list: NrBannerList, file: File): Promise<void> {
  const input = field(list, 'file');
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(
    () => form(list).shadowRoot!.querySelector('.preview figcaption')?.textContent?.includes('vừa tải lên'),
    'the upload shows',
  );
}

const submit = (list: NrBannerList) => form(list).shadowRoot!.querySelector('form')!.requestSubmit();

/** The banners screen, on the partners' tab when asked; resolves once its lists are loaded. */
async function openScreen(tab: 'banners' | 'partners' = 'banners'): Promise<NrBanners> {
  history.replaceState(null, '', tab === 'partners' ? '?muc=doi-tac' : '?');
  const el = await fixture<NrBanners>(html`<nr-banners lang="vi" api="/api/v1/"></nr-banners>`);
  await waitUntil(() => rows(listOf(el, 'banner')).length > 0 && rows(listOf(el, 'partner')).length > 0, 'the lists load');
  return el;
}

describe('nr-banners', () => {
  const start = location.href;
  // Every test here runs as an editor (the test account of this engine).
  before(() => signIn());
  afterEach(() => history.replaceState(null, '', start));

  it('is at /quan-tri/quang-cao (and /admin/quang-cao), and an editor opens it', async () => {
    expect(route('/quan-tri/quang-cao', '/quan-tri/')).to.deep.equal({ view: 'banners' });
    expect(route('/admin/quang-cao/', '/admin/')).to.deep.equal({ view: 'banners' });
    expect((await api('GET', 'auth/me')).user).to.include({ username: USER, role: 'editor' });
    history.replaceState(null, '', '/quan-tri/quang-cao');
    const app = await fixture<NrApp>(html`<nr-app lang="vi" base="/quan-tri/" api="/api/v1/"></nr-app>`);
    await waitUntil(() => app.shadowRoot!.querySelector('nr-banners')?.shadowRoot?.querySelector('nr-banner-list'), 'the screen opens');
    const screen = app.shadowRoot!.querySelector('nr-banners')!;
    expect(screen.shadowRoot!.querySelector('h2')!.textContent).to.equal('Banner và đối tác');
    await waitUntil(() => rows(listOf(screen, 'banner')).length > 0, 'the editor sees the banners');
  });

  it('lists the seeded banners and partners in display order, with state, flags and figures; tabs by keyboard; axe', async () => {
    const el = await openScreen();
    const banners = listOf(el, 'banner');
    // The seeded slides come first (other tests only add banners after them).
    expect(names(banners).slice(0, 4)).to.deep.equal([
      'Chào mừng Đại hội Đảng bộ Khối nhiệm kỳ 2025 – 2030',
      'Đẩy mạnh cải cách hành chính',
      'Chuyển đổi số trong cơ quan Đảng',
      'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    ]);
    const first = rows(banners)[0];
    expect(first.querySelector('img')!.getAttribute('alt')).to.equal('Chào mừng Đại hội Đảng bộ Khối, nhiệm kỳ 2025 – 2030');
    // The seed uploads the demo banners: the list shows the largest JPEG of the upload.
    expect(first.querySelector('img')!.getAttribute('src')).to.match(/\/media\/u\/[0-9a-f]{16}-1200\.jpg$/);
    expect(first.querySelector('.link a')!.textContent).to.equal('/chuyen-muc/tin-hoat-dong');
    expect(first.querySelector('.state')!.textContent).to.equal('Đang hiện');
    expect(rows(banners)[3].querySelector('.link')!.textContent!.trim()).to.equal('Không có liên kết');
    // Banner figures show where the server counts banners; where its counts route answers 404, they are left out.
    const counted = await fetch('/api/v1/newsroom/banners/counts');
    if (counted.status === 404) {
      await banners.updateComplete;
      expect(banners.shadowRoot!.querySelector('.counts, button.figures')).to.equal(null);
    } else {
      expect(counted.status).to.equal(200);
      await waitUntil(() => first.querySelector('.counts'), 'the banner figures load');
      expect(first.querySelector('.counts')!.textContent).to.match(/^30 ngày qua: [\d.]+ lượt nhấp, [\d.]+ lượt hiển thị$/);
    }
    await expect(el).to.be.accessible();

    // The tabs: arrow keys move and select (automatic activation); the address keeps the tab.
    const bannersTab = el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-banners')!;
    bannersTab.focus();
    bannersTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    const partnersTab = el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-partners')!;
    expect(el.shadowRoot!.activeElement).to.equal(partnersTab);
    expect(partnersTab.getAttribute('aria-selected')).to.equal('true');
    expect(partnersTab.tabIndex).to.equal(0);
    expect(bannersTab.tabIndex).to.equal(-1);
    expect(el.shadowRoot!.querySelector<HTMLElement>('#panel-partners')!.hidden).to.equal(false);
    expect(el.shadowRoot!.querySelector<HTMLElement>('#panel-banners')!.hidden).to.equal(true);
    expect(location.search).to.equal('?muc=doi-tac');

    const partners = listOf(el, 'partner');
    const pinned = rows(partners)[0];
    expect(pinned.querySelector('h3')!.textContent).to.equal('Cổng Dịch vụ công tỉnh');
    expect(pinned.querySelector('.flag')!.textContent).to.equal('Ghim đầu');
    expect(rowOf(partners, 'Báo điện tử của tỉnh')!.querySelector('.flag.paid')!.textContent).to.equal('Quảng cáo trả tiền');
    const ended = rowOf(partners, 'Công báo tỉnh (trang cũ)')!;
    expect(ended.querySelector('.state')!.textContent).to.equal(`Đã kết thúc lúc ${formatTime('2025-01-01T00:00:00Z', 'vi')}`);
    // Pinned partners stay first: the pinned one cannot move down, the next one cannot move up.
    expect(button(partners, 'Xuống: chuyển “Cổng Dịch vụ công tỉnh” xuống một bậc').getAttribute('aria-disabled')).to.equal('true');
    expect(rows(partners)[1].querySelector('button.up')!.getAttribute('aria-disabled')).to.equal('true');

    // The last 30 days' clicks and impressions, and their panel with the per-day chart.
    await waitUntil(() => pinned.querySelector('.counts'), 'the figures load');
    expect(pinned.querySelector('.counts')!.textContent).to.match(/^30 ngày qua: [\d.]+ lượt nhấp, [\d.]+ lượt hiển thị$/);
    const figures = pinned.querySelector<HTMLButtonElement>('button.figures')!;
    expect(figures.getAttribute('aria-expanded')).to.equal('false');
    figures.click();
    await partners.updateComplete;
    expect(figures.getAttribute('aria-expanded')).to.equal('true');
    const panel = partners.shadowRoot!.getElementById(figures.getAttribute('aria-controls')!)!;
    expect(panel.hidden).to.equal(false);
    expect(panel.querySelector('h4')!.textContent).to.equal('Số liệu của “Cổng Dịch vụ công tỉnh”');
    expect([...panel.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['Lượt nhấp', 'Lượt hiển thị', 'Tỉ lệ nhấp']);
    // Per day, as a chart whose days add up to the totals above it.
    const chart = panel.querySelector('nr-day-chart')!;
    await chart.updateComplete;
    expect(chart.days).to.have.length(30);
    expect(chart.series.map((series) => series.label)).to.deep.equal(['Lượt hiển thị', 'Lượt nhấp']);
    const total = (i: number) => Number(panel.querySelectorAll('dd')[i].textContent!.replace(/\./g, ''));
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(chart.series[0].values)).to.equal(total(1));
    expect(sum(chart.series[1].values)).to.equal(total(0));
    expect(chart.shadowRoot!.querySelector('svg[role=img]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('partners (one engine at a time)', () => {
    beforeEach(async function () {
      // Another engine may hold the lock for a whole test.
      this.timeout(120_000);
      await lock();
    });
    afterEach(() => unlock());

    it('adds a partner with an uploaded image, then edits it; the public strip follows', async function () {
      this.timeout(30_000);
      const where = placement('moi');
      const el = await openScreen('partners');
      const partners = listOf(el, 'partner');
      const add = partners.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!;
      add.focus();
      add.click();
      await waitUntil(() => dialogOf(partners).open, 'the form opens');
      expect(form(partners).shadowRoot!.activeElement).to.equal(field(partners, 'name'), 'focus is on the first field');
      expect(field(partners, 'placement').value).to.equal('sidebar', 'the placement has its default');
      await expect(el).to.be.accessible();

      const name = uniqueTitle('Sở Văn hoá');
      await choose(partners, await picture(480, 160, '#a40e14'));
      fill(partners, { name, url: 'https://vanhoa.example/', placement: where, alt: 'Biểu trưng Sở Văn hoá', paid: true });
      submit(partners);
      await waitUntil(() => rowOf(partners, name), 'the new partner is listed');
      expect(dialogOf(partners).open).to.equal(false);
      expect(partners.shadowRoot!.activeElement).to.equal(add, 'focus goes back to the button that opened the form');
      expect(status(partners)).to.equal(`Đã lưu “${name}”.`);
      const row = rowOf(partners, name)!;
      expect(row.querySelector('.flag.paid')!.textContent).to.equal('Quảng cáo trả tiền');
      expect(row.querySelector('img')!.getAttribute('src')).to.match(/\/media\/u\/[0-9a-f]{16}-480\.jpg$/);
      const [stored] = (await (await fetch(`/api/v1/partners?placement=${where}`, { cache: 'no-store' })).json()).items;
      expect(stored).to.include({ name, url: 'https://vanhoa.example/', paid: true, pinned: false });
      expect(stored.image).to.include({ alt: 'Biểu trưng Sở Văn hoá', width: 480, height: 160 });

      // Edit: the form opens with the partner's values.
      const edit = button(partners, `Sửa “${name}”`);
      edit.click();
      await waitUntil(() => dialogOf(partners).open, 'the edit form opens');
      expect(field(partners, 'name').value).to.equal(name);
      expect(field(partners, 'paid').checked).to.equal(true);
      expect(field(partners, 'alt').value).to.equal('Biểu trưng Sở Văn hoá');
      const renamed = `${name} (mới)`;
      fill(partners, { name: renamed, paid: false });
      submit(partners);
      await waitUntil(() => rowOf(partners, renamed), 'the new name is listed');
      expect(partners.shadowRoot!.activeElement).to.equal(button(partners, `Sửa “${renamed}”`), 'focus goes back to the row');
      expect(rowOf(partners, renamed)!.querySelector('.flag.paid')).to.equal(null);
      const [edited] = (await (await fetch(`/api/v1/partners?placement=${where}`, { cache: 'no-store' })).json()).items;
      expect(edited).to.include({ name: renamed, paid: false });
    });

    it('moves a partner by keyboard (Up button, Alt+ArrowUp), keeping focus and saying where; the public order follows', async function () {
      this.timeout(30_000);
      const where = placement('phim');
      const [a, b, c] = await createPartners(['Phím A', 'Phím B', 'Phím C'].map(uniqueTitle), where, await uploaded());
      const el = await openScreen('partners');
      const partners = listOf(el, 'partner');
      await waitUntil(() => rowOf(partners, c.name), 'the partners load');

      const up = button(partners, `Lên: chuyển “${c.name}” lên một bậc`);
      up.focus();
      up.click();
      await partners.updateComplete;
      const at = () => names(partners).indexOf(c.name) + 1;
      expect(names(partners).slice(at() - 2, at() + 1)).to.deep.equal([a.name, c.name, b.name]);
      expect(partners.shadowRoot!.activeElement).to.equal(up, 'focus stays on the moved partner’s button');
      expect(status(partners)).to.equal(`“${c.name}” đã chuyển đến vị trí ${at()} trên ${rows(partners).length}.`);

      // Alt+ArrowUp on the focused row.
      up.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true, composed: true }));
      await partners.updateComplete;
      expect(names(partners).slice(at() - 1, at() + 2)).to.deep.equal([c.name, a.name, b.name]);
      expect(partners.shadowRoot!.activeElement).to.equal(up);
      expect(status(partners)).to.equal(`“${c.name}” đã chuyển đến vị trí ${at()} trên ${rows(partners).length}.`);
      await waitUntil(async () => (await publicNames(where)).join() === [c.name, a.name, b.name].join(), 'the order is saved');
      expect(partners.shadowRoot!.querySelector('.problem')).to.equal(null);
    });

    it('moves a partner by dragging its handle (touch pointer events); the public order follows', async function () {
      this.timeout(30_000);
      const where = placement('keo');
      const [a, b, c] = await createPartners(['Kéo A', 'Kéo B', 'Kéo C'].map(uniqueTitle), where, await uploaded());
      const el = await openScreen('partners');
      const partners = listOf(el, 'partner');
      await waitUntil(() => rowOf(partners, c.name), 'the partners load');

      const handle = rowOf(partners, a.name)!.querySelector<HTMLElement>('.handle')!;
      const centre = (element: Element) => {
        const { left, top, width, height } = element.getBoundingClientRect();
        return { clientX: left + width / 2, clientY: top + height / 2 };
      };
      const pointer = (type: string, at: { clientX: number; clientY: number }) =>
        new PointerEvent(type, {
          ...at,
          pointerId: 7,
          pointerType: 'touch',
          isPrimary: true,
          bubbles: true,
          composed: true,
          cancelable: true,
        });
      handle.dispatchEvent(pointer('pointerdown', centre(handle)));
      expect(rowOf(partners, a.name)!.hasAttribute('data-dragging')).to.equal(true);
      // Over B, then over C: the row follows.
      handle.dispatchEvent(pointer('pointermove', centre(rowOf(partners, b.name)!)));
      await partners.updateComplete;
      handle.dispatchEvent(pointer('pointermove', centre(rowOf(partners, c.name)!)));
      await partners.updateComplete;
      handle.dispatchEvent(pointer('pointerup', centre(rowOf(partners, c.name)!)));
      await partners.updateComplete;
      const at = names(partners).indexOf(a.name) + 1;
      expect(names(partners).slice(at - 3, at)).to.deep.equal([b.name, c.name, a.name]);
      expect(rowOf(partners, a.name)!.hasAttribute('data-dragging')).to.equal(false);
      expect(status(partners)).to.equal(`“${a.name}” đã chuyển đến vị trí ${at} trên ${rows(partners).length}.`);
      await waitUntil(async () => (await publicNames(where)).join() === [b.name, c.name, a.name].join(), 'the order is saved');

      // A drag given up (Escape) puts the row back and saves nothing.
      const handleB = rowOf(partners, b.name)!.querySelector<HTMLElement>('.handle')!;
      handleB.dispatchEvent(pointer('pointerdown', centre(handleB)));
      handleB.dispatchEvent(pointer('pointermove', centre(rowOf(partners, a.name)!)));
      await partners.updateComplete;
      dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await partners.updateComplete;
      expect(names(partners).slice(at - 3, at)).to.deep.equal([b.name, c.name, a.name]);
    });

    it('says when a new order cannot be saved and puts the previous one back', async function () {
      this.timeout(30_000);
      const where = placement('loi');
      const mediaId = await uploaded();
      const [a, b] = await createPartners(['Lỗi A', 'Lỗi B'].map(uniqueTitle), where, mediaId);
      const el = await openScreen('partners');
      const partners = listOf(el, 'partner');
      await waitUntil(() => rowOf(partners, b.name), 'the partners load');
      // Someone adds a partner meanwhile: the order this screen sends no longer names every partner.
      const [late] = await createPartners([uniqueTitle('Lỗi muộn')], where, mediaId);

      const up = button(partners, `Lên: chuyển “${b.name}” lên một bậc`);
      up.focus();
      up.click();
      await waitUntil(() => partners.shadowRoot!.querySelector('.problem'), 'the failure is said');
      const problem = partners.shadowRoot!.querySelector('.problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(problem.querySelector('p')!.textContent).to.equal(
        'Không lưu được thứ tự mới; thứ tự trước đó đã được đặt lại. Danh sách vừa được thay đổi ở nơi khác: hãy tải lại danh sách rồi sắp xếp lại.',
      );
      expect(problem.querySelector('[lang=en]')!.textContent).to.match(/^ids must be the id of every partner/);
      const at = names(partners).indexOf(a.name);
      expect(names(partners).slice(at, at + 2)).to.deep.equal([a.name, b.name], 'the previous order is back');
      expect(await publicNames(where)).to.deep.equal([a.name, b.name, late.name]);
      await expect(el).to.be.accessible();

      problem.querySelector('button')!.click();
      await waitUntil(() => rowOf(partners, late.name), 'the list is loaded again');
      expect(partners.shadowRoot!.querySelector('.problem')).to.equal(null);
    });
  });

  it('schedules a new banner in Vietnam time, shown as scheduled and not yet on the public carousel', async function () {
    this.timeout(30_000);
    const el = await openScreen();
    const banners = listOf(el, 'banner');
    banners.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await waitUntil(() => dialogOf(banners).open, 'the form opens');
    const title = uniqueTitle('Hội thao mùa xuân');
    await choose(banners, await picture(800, 240, '#0b5cad', 'hoi-thao.png'));
    fill(banners, {
      title,
      alt: 'Vận động viên trên đường chạy',
      url: '/chuyen-muc/tin-hoat-dong',
      interval: '5',
      startsAt: '2030-05-01T08:30',
      endsAt: '2030-05-31T17:00',
    });
    submit(banners);
    await waitUntil(() => rowOf(banners, title), 'the banner is listed');
    const stored = (await api('GET', 'newsroom/banners')).items.find((item: { title: string }) => item.title === title);
    // 08:30 in Hà Nội is 01:30 UTC.
    expect(stored).to.include({
      startsAt: '2030-05-01T01:30:00.000Z',
      endsAt: '2030-05-31T10:00:00.000Z',
      interval: 5000,
      state: 'scheduled',
    });
    expect(rowOf(banners, title)!.querySelector('.state')!.textContent).to.equal(
      `Hẹn giờ từ ${formatTime(stored.startsAt, 'vi')} đến ${formatTime(stored.endsAt, 'vi')}`,
    );
    const carousel = await (await fetch('/api/v1/banners', { cache: 'no-store' })).json();
    expect(carousel.items.map((item: { title: string }) => item.title)).not.to.include(title);
  });

  it('shows the server’s refusal next to the form, in Vietnamese with the server’s words, and changes nothing', async function () {
    this.timeout(30_000);
    const title = uniqueTitle('Băng rôn sai lịch');
    const banner = await api('POST', 'newsroom/banners', { title, image: { mediaId: await uploaded(), alt: 'Băng rôn' } });
    const el = await openScreen();
    const banners = listOf(el, 'banner');
    await waitUntil(() => rowOf(banners, title), 'the banner is listed');
    button(banners, `Sửa “${title}”`).click();
    await waitUntil(() => dialogOf(banners).open, 'the form opens');
    fill(banners, { startsAt: '2030-06-02T08:00', endsAt: '2030-06-01T08:00' });
    submit(banners);
    await waitUntil(() => form(banners).shadowRoot!.querySelector('.problem'), 'the refusal shows');
    const problem = form(banners).shadowRoot!.querySelector('.problem')!;
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(problem.querySelector('p')!.textContent).to.equal('Thời điểm kết thúc phải sau thời điểm bắt đầu.');
    expect(problem.querySelector('[lang=en]')!.textContent).to.equal('endsAt must be after startsAt.');
    expect(field(banners, 'endsAt').getAttribute('aria-invalid')).to.equal('true');
    expect(dialogOf(banners).open, 'the form stays open with what was typed').to.equal(true);
    expect(field(banners, 'startsAt').value).to.equal('2030-06-02T08:00');
    await expect(el).to.be.accessible();
    const stored = (await api('GET', 'newsroom/banners')).items.find((item: { id: number }) => item.id === banner.id);
    expect(stored).to.include({ startsAt: null, endsAt: null, state: 'shown' });
    form(banners).close();
  });

  it('deletes a banner after a confirmation; cancelling keeps it', async function () {
    this.timeout(30_000);
    const title = uniqueTitle('Banner sẽ xoá');
    await api('POST', 'newsroom/banners', { title, image: { mediaId: await uploaded(), alt: 'Ảnh' } });
    const el = await openScreen();
    const banners = listOf(el, 'banner');
    await waitUntil(() => rowOf(banners, title), 'the banner is listed');
    const confirmDialog = () => banners.shadowRoot!.querySelector<HTMLDialogElement>('dialog.confirm')!;
    const remove = button(banners, `Xoá “${title}”`);
    remove.focus();
    remove.click();
    await waitUntil(() => confirmDialog().open, 'the confirmation opens');
    expect(confirmDialog().getAttribute('role')).to.equal('alertdialog');
    expect(confirmDialog().textContent).to.contain(`Xoá banner “${title}”? Việc này không hoàn tác được.`);
    expect(banners.shadowRoot!.activeElement, 'focus starts on Cancel').to.equal(confirmDialog().querySelector('button.cancel'));
    await expect(el).to.be.accessible();
    confirmDialog().querySelector<HTMLButtonElement>('button.cancel')!.click();
    await waitUntil(() => !confirmDialog().open, 'the confirmation closes');
    expect(banners.shadowRoot!.activeElement).to.equal(remove);
    expect(rowOf(banners, title)).to.exist;

    remove.click();
    await waitUntil(() => confirmDialog().open, 'the confirmation opens again');
    confirmDialog().querySelector<HTMLButtonElement>('button.danger')!.click();
    await waitUntil(() => !rowOf(banners, title), 'the banner is gone from the list');
    expect(status(banners)).to.equal(`Đã xoá “${title}”.`);
    // By title: the engines run side by side against one server, and SQLite may give a freed id to the next new banner.
    const stored = (await api('GET', 'newsroom/banners')).items.map((item: { title: string }) => item.title);
    expect(stored).not.to.include(title);
  });
});
