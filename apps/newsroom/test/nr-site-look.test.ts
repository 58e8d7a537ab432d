import { expect, fixture, html } from '@open-wc/testing';
import '../src/client/sites/define.js';
import '../src/client/embed/define.js';
import type { NrEmbedBuilder } from '../src/client/embed/nr-embed-builder.js';
import type { NrSiteForm } from '../src/client/sites/nr-site-form.js';
import type { NrSites } from '../src/client/sites/nr-sites.js';
import { unique } from './sites-support.js';
import { ADMIN, api, signIn, SITE_EDITOR, USER, waitUntil } from './support.js';

// A member site's own look against the real test portal server, as the engine's admin: the site form's "Look" fieldset
// (colour pickers with their hex text, font family, radius, the contrast said as it is typed, the hover colour's too,
// every bad value said under its field and nothing sent), saved with the site; the embed builder, for a site with a
// look, previews in it and shows the CSS the site adds, with a copy button. Each test makes its own site, so the
// engines never share one.

const shadow = (el: Element) => el.shadowRoot!;
const formOf = (el: NrSites) => shadow(el).querySelector<NrSiteForm>('nr-site-form')!;
const inForm = <T extends Element>(el: NrSites, selector: string) => shadow(formOf(el)).querySelector<T>(selector)!;
const errorOf = (el: NrSites, field: string) => inForm(el, `#${field}-error`).textContent!.trim();
const contrastSaid = (el: NrSites) => inForm(el, '.contrast[role=status]').textContent!.replace(/\s+/g, ' ').trim();

async function type(el: NrSites, selector: string, value: string): Promise<void> {
  const input = inForm<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await formOf(el).updateComplete;
}

const GOOD = { primary: '#0066aa', text: '#1f2328', surface: '#fffdf5', fontFamily: 'Roboto, "Noto Sans", sans-serif', radius: 8 };

/** A new site of this test's own (through the API), with a look or without; resolves to its id. */
async function newSite(word: string, look: typeof GOOD | null = null): Promise<string> {
  const id = unique(word);
  await api('POST', 'newsroom/sites', {
    id,
    name: `Trang ${id}`,
    homeUrl: `https://${id}.example.vn/`,
    origins: [`https://${id}.example.vn`],
    look,
  });
  return id;
}

/** The sites screen with the edit form of site `id` open. */
async function editForm(id: string, lang = 'vi'): Promise<NrSites> {
  const el = await fixture<NrSites>(html`<nr-sites lang=${lang} api="/api/v1/" userRole="admin"></nr-sites>`);
  await waitUntil(() => shadow(el).querySelector(`tbody[data-id="${id}"]`), 'the site is listed');
  shadow(el).querySelector<HTMLButtonElement>(`tbody[data-id="${id}"] button.edit`)!.click();
  await waitUntil(() => shadow(el).querySelector('nr-site-form'), 'the form opens');
  await formOf(el).updateComplete;
  return el;
}

describe('the site form’s look', () => {
  before(() => signIn(ADMIN));
  after(() => signIn(USER));

  it('checks every value as typed and before sending, says the contrast live, and saves a good look', async () => {
    const id = await newSite('gd');
    const el = await editForm(id);
    const own = inForm<HTMLInputElement>(el, 'fieldset.look input[type=checkbox]');
    expect(own.checked).to.equal(false);
    expect(inForm(el, '#look-primary')).to.equal(null);
    own.click();
    await formOf(el).updateComplete;
    // It starts from the portal's look.
    expect(inForm<HTMLInputElement>(el, '#look-primary').value).to.equal('#b3131b');
    expect(contrastSaid(el)).to.match(/^Chữ trên nền: độ tương phản 15\.\d:1, đạt \(tối thiểu 4\.5:1\)\./);
    // The picker and the hex text are one value.
    const picker = inForm<HTMLInputElement>(el, '#look-primary').previousElementSibling as HTMLInputElement;
    expect(picker.type).to.equal('color');
    expect(picker.getAttribute('aria-label')).to.equal('Màu chính (liên kết, tiêu đề, nút): bảng chọn màu');
    picker.value = '#0066aa';
    picker.dispatchEvent(new Event('input', { bubbles: true }));
    await formOf(el).updateComplete;
    expect(inForm<HTMLInputElement>(el, '#look-primary').value).to.equal('#0066aa');
    await type(el, '#look-primary', '#9cf');
    expect(picker.value).to.equal('#99ccff');
    expect(contrastSaid(el)).to.match(/Màu chính trên nền: độ tương phản 1(\.\d)?:1, chưa đạt: cần tối thiểu 4\.5:1 để dễ đọc\./);

    await type(el, '#look-text', 'red;}</style>');
    await type(el, '#look-fontFamily', 'Roboto; color: red');
    await type(el, '#look-radius', '30');
    inForm<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => inForm(el, '.problem'), 'the problem is said');
    expect(inForm(el, '.problem').textContent).to.contain('Có 4 trường cần sửa; chưa có gì được gửi đi.');
    expect(errorOf(el, 'look-text')).to.equal('Màu phải có dạng #rrggbb hoặc #rgb (như #0066aa).');
    expect(errorOf(el, 'look-fontFamily')).to.match(/^Tên phông chỉ gồm chữ/);
    expect(errorOf(el, 'look-radius')).to.equal('Bo góc phải là số nguyên từ 0 đến 24.');
    // The text colour is not one, so the primary's contrast is with the background alone.
    expect(errorOf(el, 'look-primary')).to.match(/^Màu chính trên nền: độ tương phản 1(\.\d)?:1, chưa đạt/);
    for (const field of ['look-primary', 'look-text', 'look-fontFamily', 'look-radius']) {
      expect(inForm(el, `#${field}`).getAttribute('aria-invalid'), field).to.equal('true');
      expect(inForm(el, `#${field}`).getAttribute('aria-describedby'), field).to.contain(`${field}-error`);
    }
    expect(shadow(formOf(el)).activeElement).to.equal(inForm(el, '#look-primary'));
    await expect(el).to.be.accessible();
    expect((await api('GET', `newsroom/sites/${id}`)).look).to.equal(null);

    await type(el, '#look-primary', '#06A');
    await type(el, '#look-text', GOOD.text);
    await type(el, '#look-surface', GOOD.surface);
    await type(el, '#look-fontFamily', GOOD.fontFamily);
    await type(el, '#look-radius', '8');
    expect(contrastSaid(el)).to.match(/Màu chính trên nền: độ tương phản \d+(\.\d)?:1, đạt/);
    await expect(el).to.be.accessible();
    inForm<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => shadow(el).querySelector('[role=status].status')!.textContent!.includes('Đã lưu trang'), 'the save is said');
    expect((await api('GET', `newsroom/sites/${id}`)).look).to.deep.equal(GOOD);
  });

  it('says the hover colour’s contrast, and refuses it under primary when too low, sending nothing', async () => {
    const id = await newSite('hv');
    const el = await editForm(id);
    inForm<HTMLInputElement>(el, 'fieldset.look input[type=checkbox]').click();
    await formOf(el).updateComplete;
    expect(contrastSaid(el)).to.match(
      /Màu khi trỏ chuột \(#[0-9a-f]{6}, màu chính pha một phần tư màu chữ\) trên nền: độ tương phản \d+(\.\d)?:1, đạt/,
    );
    // On a dark background, a red primary (4.6:1) moved a quarter towards a green text mixes to a darker #da371f.
    await type(el, '#look-surface', '#121212');
    await type(el, '#look-text', '#69db7c');
    await type(el, '#look-primary', '#ff0000');
    expect(contrastSaid(el)).to.match(/Màu chính trên nền: độ tương phản 4\.6:1, đạt/);
    const low =
      'Màu khi trỏ chuột (#da371f, màu chính pha một phần tư màu chữ) trên nền: độ tương phản 4:1, chưa đạt: cần tối thiểu 4.5:1 để dễ đọc.';
    expect(contrastSaid(el)).to.contain(low);
    inForm<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => inForm(el, '.problem'), 'the problem is said');
    expect(inForm(el, '.problem').textContent).to.contain('Có 1 trường cần sửa; chưa có gì được gửi đi.');
    expect(errorOf(el, 'look-primary')).to.equal(low);
    expect(inForm(el, '#look-primary').getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(formOf(el)).activeElement).to.equal(inForm(el, '#look-primary'));
    await expect(el).to.be.accessible();
    expect((await api('GET', `newsroom/sites/${id}`)).look).to.equal(null);
  });

  it('opens a stored look, and clearing the box saves the portal’s look', async () => {
    const id = await newSite('bo', GOOD);
    const el = await editForm(id);
    expect(inForm<HTMLInputElement>(el, 'fieldset.look input[type=checkbox]').checked).to.equal(true);
    expect(inForm<HTMLInputElement>(el, '#look-surface').value).to.equal(GOOD.surface);
    expect(inForm<HTMLInputElement>(el, '#look-fontFamily').value).to.equal(GOOD.fontFamily);
    expect(inForm<HTMLInputElement>(el, '#look-radius').value).to.equal('8');
    inForm<HTMLInputElement>(el, 'fieldset.look input[type=checkbox]').click();
    await formOf(el).updateComplete;
    inForm<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => shadow(el).querySelector('[role=status].status')!.textContent!.includes('Đã lưu trang'), 'the save is said');
    expect((await api('GET', `newsroom/sites/${id}`)).look).to.equal(null);
  });

  it('speaks English in the English newsroom', async () => {
    const id = await newSite('en', GOOD);
    const el = await editForm(id, 'en');
    expect(inForm(el, 'fieldset.look legend').textContent).to.equal('Look');
    expect(inForm(el, 'label[for=look-surface]').textContent).to.equal('Background colour');
    expect(contrastSaid(el)).to.match(/^Text on the background: contrast \d+(\.\d)?:1, enough \(at least 4\.5:1\)\./);
    expect(contrastSaid(el)).to.match(
      /The hover colour \(#[0-9a-f]{6}, primary a quarter of the way to the text colour\) on the background: contrast \d+(\.\d)?:1, enough/,
    );
    await expect(el).to.be.accessible();
  });
});

describe('the look as a site editor', () => {
  before(() => signIn(SITE_EDITOR));
  after(() => signIn(USER));

  it('their own site’s form has the Look fieldset, axe-clean', async () => {
    const el = await fixture<NrSites>(html`<nr-sites lang="vi" api="/api/v1/" userRole="site-editor"></nr-sites>`);
    await waitUntil(() => formOf(el)?.shadowRoot?.querySelector('fieldset.look'), 'their site’s form shows');
    // Nothing is saved here: the engines' site editors share one site.
    const own = inForm<HTMLInputElement>(el, 'fieldset.look input[type=checkbox]');
    if (!own.checked) own.click();
    await formOf(el).updateComplete;
    expect(inForm(el, '#look-primary')).to.not.equal(null);
    expect(contrastSaid(el)).to.contain('Chữ trên nền: độ tương phản');
    await expect(el).to.be.accessible();
  });
});

describe('the embed builder with a site’s look', () => {
  before(() => signIn(ADMIN));
  after(() => signIn(USER));

  const builder = async (siteId: string) => {
    const el = await fixture<NrEmbedBuilder>(html`<nr-embed-builder lang="vi" .siteId=${siteId}></nr-embed-builder>`);
    await waitUntil(
      () => shadow(el).querySelector('nr-embed-snippet')?.shadowRoot?.querySelector('textarea')?.value,
      'the snippet is made',
    );
    return el;
  };
  const frameOf = (el: NrEmbedBuilder) => shadow(el).querySelector('nr-embed-preview')!.shadowRoot!.querySelector('iframe')!;

  it('previews in the look and shows the site’s CSS with a copy button', async () => {
    const id = await newSite('nh', GOOD);
    const el = await builder(id);
    expect(new URL(frameOf(el).src).searchParams.get('look')).to.equal(id);
    const look = shadow(el).querySelector('nr-embed-look')!;
    await look.updateComplete;
    const area = shadow(look).querySelector('textarea')!;
    expect(area.value).to.equal(
      ':root {\n' +
        '  --ap-color-primary: #0066aa;\n' +
        `  --ap-color-primary-hover: ${area.value.match(/--ap-color-primary-hover: (#[0-9a-f]{6});/)![1]};\n` +
        '  --ap-color-on-primary: #fffdf5;\n' +
        '  --ap-color-text: #1f2328;\n' +
        '  --ap-color-surface: #fffdf5;\n' +
        '  --ap-color-focus: #1f2328;\n' +
        '  --ap-radius: 8px;\n' +
        '  --ap-font-family: Roboto, "Noto Sans", sans-serif;\n' +
        '}\n',
    );
    expect(shadow(look).querySelector('h3')!.textContent).to.equal('CSS giao diện của trang');
    // The preview page carries the look in a style its policy allows by hash.
    const page = await fetch(frameOf(el).src);
    expect(page.status).to.equal(200);
    expect(await page.text()).to.contain('--ap-color-primary: #0066aa;');
    expect(page.headers.get('content-security-policy')).to.not.contain('unsafe-inline');

    const said = () => shadow(look).querySelector('[role=status]')!.textContent!.trim();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      shadow(look).querySelector('button')!.click();
      await waitUntil(() => said() !== '', 'the selection is said');
      expect(said()).to.equal('Đã chọn CSS: nhấn Ctrl+C (hoặc ⌘+C) để chép.');
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    await expect(el).to.be.accessible();
  });

  it('a site without a look: the portal’s preview and no CSS', async () => {
    const id = await newSite('kh');
    const el = await builder(id);
    expect(new URL(frameOf(el).src).searchParams.has('look')).to.equal(false);
    const look = shadow(el).querySelector('nr-embed-look')!;
    await look.updateComplete;
    expect(shadow(look).querySelector('textarea')).to.equal(null);
  });
});
