import { expect, fixture, html } from '@open-wc/testing';
import '../src/client/banners/define.js';
import type { NrBannerList } from '../src/client/banners/nr-banner-list.js';
import type { NrBanners } from '../src/client/banners/nr-banners.js';
import { api, engine, signIn, uniqueTitle, waitUntil } from './support.js';

// Banner sets on the banners screen: one set at a time, chosen with a picker kept in the address; the form's set
// field; the order of one set. Each test makes sets of its own (engine and time in the name), so the engines running
// this file at once never order or read each other's banners.

/** A set of this test alone. */
const uniqueSet = (word: string) => `${word}-${engine}-${Date.now().toString(36)}`;

/** A PNG made here, as a file from the computer. */
async function picture(colour: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 800;
  canvas.height = 240;
  const context = canvas.getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 800, 240);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'bo-banner.png', { type: 'image/png' });
}

async function createBanners(titles: string[], set: string): Promise<{ id: number; title: string }[]> {
  const upload = await fetch('/api/v1/media', { method: 'POST', headers: { 'content-type': 'image/png' }, body: await picture('#0b5cad') });
  expect(upload.ok, `upload: ${upload.status}`).to.equal(true);
  const mediaId = (await upload.json()).id;
  const items = [];
  for (const title of titles) items.push(await api('POST', 'newsroom/banners', { title, image: { mediaId, alt: title }, set }));
  return items;
}

/** The public carousel of `set`, in order (not from the browser's cache). */
async function publicTitles(set: string): Promise<string[]> {
  const response = await fetch(`/api/v1/banners?set=${set}`, { cache: 'no-store' });
  return ((await response.json()).items as { title: string }[]).map((item) => item.title);
}

const listOf = (el: NrBanners) => el.shadowRoot!.querySelector<NrBannerList>('#panel-banners nr-banner-list')!;
const rows = (list: NrBannerList) => [...list.shadowRoot!.querySelectorAll<HTMLLIElement>('li.item')];
const names = (list: NrBannerList) => rows(list).map((row) => row.querySelector('h3')!.textContent!.trim());
const picker = (list: NrBannerList) => list.shadowRoot!.querySelector<HTMLSelectElement>('select[name=set]')!;
const status = (list: NrBannerList) => list.shadowRoot!.querySelector('[role=status].status')!.textContent!.trim();
const form = (list: NrBannerList) => list.shadowRoot!.querySelector('nr-banner-form')!;
const field = (list: NrBannerList, name: string) => form(list).shadowRoot!.querySelector<HTMLInputElement>(`form [name=${name}]`)!;
const dialogOf = (list: NrBannerList) => form(list).shadowRoot!.querySelector('dialog')!;

/** The banners screen at `search`; resolves once the banners' list has loaded. */
async function openScreen(search: string): Promise<NrBanners> {
  history.replaceState(null, '', search);
  const el = await fixture<NrBanners>(html`<nr-banners lang="vi" api="/api/v1/"></nr-banners>`);
  await waitUntil(() => picker(listOf(el)) && rows(listOf(el)).length > 0, 'the list loads');
  return el;
}

/** Chooses `set` in the picker, as a person would. */
async function pick(list: NrBannerList, set: string): Promise<void> {
  const select = picker(list);
  select.value = set;
  select.dispatchEvent(new Event('change'));
  await list.updateComplete;
}

describe('nr-banners: banner sets', () => {
  const start = location.href;
  before(() => signIn());
  afterEach(() => history.replaceState(null, '', start));

  it('shows one set at a time, chosen with a labelled picker of the sets in use (the home page first), kept in the address; axe', async function () {
    this.timeout(30_000);
    const set = uniqueSet('chon');
    const [a, b] = await createBanners([uniqueTitle('Bộ chọn một'), uniqueTitle('Bộ chọn hai')], set);
    const el = await openScreen('?');
    const list = listOf(el);
    const select = picker(list);
    expect(select.labels![0].textContent).to.contain('Bộ banner');
    expect(select.getAttribute('aria-describedby')).to.equal('set-picker-hint');
    const options = [...select.options];
    expect(options[0].value).to.equal('trang-chu');
    expect(options[0].textContent).to.match(/^Trang chủ \(\d+ banner\)$/);
    expect(options[0].selected).to.equal(true);
    expect(options.find((option) => option.value === set)!.textContent).to.equal(`${set} (2 banner)`);
    expect(names(list)).not.to.include(a.title);
    expect(names(list)).to.include('Chào mừng Đại hội Đảng bộ Khối nhiệm kỳ 2025 – 2030');

    await pick(list, set);
    expect(names(list)).to.deep.equal([a.title, b.title]);
    expect(new URLSearchParams(location.search).get('bo')).to.equal(set);
    expect(status(list)).to.equal(`Đang hiện bộ banner ${set}.`);
    await expect(el).to.be.accessible();

    // A reload (or a link) opens the same set.
    const again = await openScreen(location.search);
    expect(picker(listOf(again)).value).to.equal(set);
    expect(names(listOf(again))).to.deep.equal([a.title, b.title]);

    // Back to the home page's set: the address drops it.
    await pick(listOf(again), 'trang-chu');
    expect(new URLSearchParams(location.search).has('bo')).to.equal(false);
    expect(names(listOf(again))).not.to.include(a.title);
  });

  it('reorders within the shown set by keyboard; that set’s public carousel follows and the home page’s is left alone', async function () {
    this.timeout(30_000);
    const set = uniqueSet('xep');
    const [a, b, c] = await createBanners(['Xếp một', 'Xếp hai', 'Xếp ba'].map(uniqueTitle), set);
    const home = await publicTitles('trang-chu');
    const el = await openScreen(`?bo=${set}`);
    const list = listOf(el);
    expect(names(list)).to.deep.equal([a.title, b.title, c.title]);
    const up = list.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="Lên: chuyển “${c.title}” lên một bậc"]`)!;
    up.focus();
    up.click();
    await list.updateComplete;
    up.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true, composed: true }));
    await list.updateComplete;
    expect(names(list)).to.deep.equal([c.title, a.title, b.title]);
    expect(list.shadowRoot!.activeElement).to.equal(up);
    expect(status(list)).to.equal(`“${c.title}” đã chuyển đến vị trí 1 trên 3.`);
    await waitUntil(async () => (await publicTitles(set)).join() === [c.title, a.title, b.title].join(), 'the order is saved');
    expect(list.shadowRoot!.querySelector('.problem')).to.equal(null);
    const stored = (await api('GET', 'newsroom/banners')).items.filter((item: { set: string }) => item.set === set);
    expect(stored.map((item: { title: string }) => item.title)).to.deep.equal([c.title, a.title, b.title]);
    // The home page's carousel still starts as it did (other engines may only add banners after it).
    expect((await publicTitles('trang-chu')).slice(0, home.length)).to.deep.equal(home);
  });

  it('the form’s set field: the set shown by default, the sets in use offered, a bad name said under the field and nothing sent', async function () {
    this.timeout(30_000);
    const set = uniqueSet('mau');
    await createBanners([uniqueTitle('Bộ mẫu một')], set);
    const el = await openScreen(`?bo=${set}`);
    const list = listOf(el);
    list.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await waitUntil(() => dialogOf(list).open, 'the form opens');
    const input = field(list, 'set');
    expect(input.value).to.equal(set, 'a new banner goes to the set shown');
    expect(input.labels![0].textContent).to.contain('Bộ banner');
    const offered = [...form(list).shadowRoot!.querySelectorAll('datalist#set-options option')].map((option) =>
      option.getAttribute('value'),
    );
    expect(offered[0]).to.equal('trang-chu');
    expect(offered).to.include(set);

    const title = uniqueTitle('Bộ mới');
    const file = new DataTransfer();
    file.items.add(await picture('#a40e14'));
    const upload = field(list, 'file');
    upload.files = file.files;
    upload.dispatchEvent(new Event('change'));
    await waitUntil(
      () => form(list).shadowRoot!.querySelector('.preview figcaption')?.textContent?.includes('vừa tải lên'),
      'the upload shows',
    );
    field(list, 'title').value = title;
    field(list, 'alt').value = 'Ảnh bộ mới';
    input.value = 'Sở GD';
    form(list).shadowRoot!.querySelector('form')!.requestSubmit();
    await form(list).updateComplete;
    const error = form(list).shadowRoot!.querySelector('#set-error')!;
    expect(error.textContent).to.match(/^Mã bộ banner chỉ gồm chữ thường không dấu và số/);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('set-hint set-error');
    await waitUntil(() => form(list).shadowRoot!.activeElement === input, 'focus goes to the field');
    expect(dialogOf(list).open).to.equal(true);
    await expect(el).to.be.accessible();
    const titles = (await api('GET', 'newsroom/banners')).items.map((item: { title: string }) => item.title);
    expect(titles).not.to.include(title);

    // A new set's name: saved there, and the list shows that set.
    const other = uniqueSet('moi');
    input.value = other;
    form(list).shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => names(list).includes(title), 'the banner shows in its new set');
    expect(error.textContent).to.equal('');
    expect(picker(list).value).to.equal(other);
    expect(new URLSearchParams(location.search).get('bo')).to.equal(other);
    expect(status(list)).to.equal(`Đã lưu “${title}”.`);
    expect(await publicTitles(other)).to.deep.equal([title]);
  });
});
