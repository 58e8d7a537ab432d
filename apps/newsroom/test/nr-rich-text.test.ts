import { expect, fixture, html } from '@open-wc/testing';
import '../src/client/rich-text/define.js';
import type { NrRichText } from '../src/client/rich-text/nr-rich-text.js';
import { signIn, waitUntil } from './support.js';

async function editorWith(value: string): Promise<NrRichText> {
  const el = await fixture<NrRichText>(html`<nr-rich-text lang="vi" label="Nội dung" .value=${value}></nr-rich-text>`);
  await waitUntil(() => el.tiptap !== undefined, 'the editor starts');
  return el;
}

const button = (el: NrRichText, label: string) => {
  const found = el.shadowRoot!.querySelector<HTMLButtonElement>(`[role=toolbar] button[title="${label}"]`);
  if (!found) throw new Error(`No toolbar button "${label}"`);
  return found;
};

/** Fills and submits the open panel's form. */
async function submitPanel(el: NrRichText, values: Record<string, string>) {
  const form = el.shadowRoot!.querySelector<HTMLFormElement>('form.panel')!;
  for (const [name, value] of Object.entries(values)) form.querySelector<HTMLInputElement>(`[name=${name}]`)!.value = value;
  form.requestSubmit();
  await el.updateComplete;
}

describe('nr-rich-text', () => {
  it('shows its value, and reports edits as nr-input with the new HTML', async () => {
    const el = await editorWith('<h2>Mục một</h2><p>Đoạn văn</p>');
    expect(el.shadowRoot!.querySelector('[role=textbox] h2')!.textContent).to.equal('Mục một');
    let events = 0;
    el.addEventListener('nr-input', () => events++);
    el.tiptap!.chain().focus('end').insertContent(' mới').run();
    expect(events).to.equal(1);
    expect(el.value).to.equal('<h2>Mục một</h2><p>Đoạn văn mới</p>');
  });

  it('makes the selection bold and says so with aria-pressed', async () => {
    const el = await editorWith('<p>Chữ đậm</p>');
    el.tiptap!.commands.selectAll();
    button(el, 'Đậm').click();
    await el.updateComplete;
    expect(el.value).to.equal('<p><strong>Chữ đậm</strong></p>');
    expect(button(el, 'Đậm').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'Nghiêng').getAttribute('aria-pressed')).to.equal('false');
  });

  it('turns paragraphs into headings (h2, h3 only) and lists', async () => {
    const el = await editorWith('<p>Tiêu đề</p><p>Một</p>');
    el.tiptap!.commands.setTextSelection(2);
    button(el, 'Tiêu đề mục').click();
    el.tiptap!.commands.focus('end');
    button(el, 'Danh sách đánh số').click();
    expect(el.value).to.equal('<h2>Tiêu đề</h2><ol><li><p>Một</p></li></ol>');
    el.value = '<h1>Lớn</h1><h4>Nhỏ</h4>';
    await el.updateComplete;
    expect(el.tiptap!.getHTML()).to.equal('<h2>Lớn</h2><h3>Nhỏ</h3>', 'levels the schema lacks become the nearest it has');
  });

  it('adds a link only to a web, mail or portal address', async () => {
    const el = await editorWith('<p>Cổng thông tin</p>');
    el.tiptap!.commands.selectAll();
    button(el, 'Liên kết').click();
    await el.updateComplete;
    await submitPanel(el, { url: 'javascript:alert(1)' });
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('https://');
    expect(el.value).to.equal('<p>Cổng thông tin</p>');
    await submitPanel(el, { url: 'https://tinhuy.example.vn/' });
    expect(el.value).to.equal('<p><a href="https://tinhuy.example.vn/">Cổng thông tin</a></p>');
    expect(el.shadowRoot!.querySelector('form.panel')).to.equal(null);
  });

  it('inserts a picture with its alt text and caption as a figure; alt text is required', async () => {
    const el = await editorWith('<p>Trước ảnh</p>');
    el.tiptap!.commands.focus('end');
    button(el, 'Chèn ảnh').click();
    await el.updateComplete;
    await submitPanel(el, { src: '/media/hoi-nghi.jpg', alt: '', caption: 'Toàn cảnh hội nghị' });
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('Hãy nhập mô tả ảnh.');
    await submitPanel(el, { src: '/media/hoi-nghi.jpg', alt: 'Các đại biểu trong hội trường', caption: 'Toàn cảnh hội nghị' });
    expect(el.value).to.contain(
      '<figure><img src="/media/hoi-nghi.jpg" alt="Các đại biểu trong hội trường"><figcaption>Toàn cảnh hội nghị</figcaption></figure>',
    );
  });

  it('uploads a picture (a real PNG made here) and inserts it with all its sizes as srcset, WebP first in <picture>', async () => {
    await signIn();
    const canvas = document.createElement('canvas');
    canvas.width = 800;
    canvas.height = 600;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#b3131b';
    context.fillRect(0, 0, 800, 600);
    context.fillStyle = '#f2c230';
    context.fillRect(100, 100, 300, 200);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const el = await editorWith('<p>Ảnh tải lên</p>');
    el.tiptap!.commands.focus('end');
    button(el, 'Chèn ảnh').click();
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('.panel [name=file]')!;
    const files = new DataTransfer();
    files.items.add(new File([blob], 'anh-chup.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    const src = () => el.shadowRoot!.querySelector<HTMLInputElement>('.panel [name=src]')!.value;
    await waitUntil(() => src().includes('/media/u/'), 'the upload fills the address');
    expect(el.shadowRoot!.querySelector('#upload-status')!.textContent).to.contain('Đã tải ảnh lên');
    await submitPanel(el, { alt: 'Hình chữ nhật vàng trên nền đỏ', caption: 'Ảnh thử' });
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('[role=textbox] figure img')!;
    expect(img.getAttribute('width')).to.equal('800');
    expect(img.getAttribute('srcset')).to.match(/-320\.jpg 320w, .*-640\.jpg 640w, .*-800\.jpg 800w$/);
    expect(img.getAttribute('sizes')).to.equal('(max-width: 800px) 100vw, 800px');
    const source = el.shadowRoot!.querySelector<HTMLSourceElement>('[role=textbox] figure > picture > source')!;
    expect(source.type).to.equal('image/webp');
    expect(source.getAttribute('srcset')).to.match(/-320\.webp 320w, .*-640\.webp 640w, .*-800\.webp 800w$/);
    expect(source.getAttribute('sizes')).to.equal(img.getAttribute('sizes'));
    expect(img.parentElement).to.equal(source.parentElement);
    expect(el.value).to.match(
      /<figure><picture><source type="image\/webp" srcset="[^"]+-320\.webp 320w, [^"]+" sizes="[^"]+"><img src="[^"]+-800\.jpg" /,
    );
    expect(el.value).to.contain('alt="Hình chữ nhật vàng trên nền đỏ"');
  });

  it('keeps a stored figure as it was: its <picture> with the WebP widths, or a plain <img>', async () => {
    const stored =
      '<figure><picture><source type="image/webp" srcset="/media/u/a-320.webp 320w, /media/u/a-640.webp 640w" sizes="(max-width: 640px) 100vw, 640px">' +
      '<img src="/media/u/a-640.jpg" alt="Hội trường" srcset="/media/u/a-320.jpg 320w, /media/u/a-640.jpg 640w" sizes="(max-width: 640px) 100vw, 640px" width="640" height="360">' +
      '</picture><figcaption>Hội nghị</figcaption></figure>' +
      '<figure><img src="/media/hoi-nghi.jpg" alt="Cũ"><figcaption>Ảnh cũ</figcaption></figure>';
    const el = await editorWith(stored);
    expect(el.tiptap!.getHTML()).to.equal(stored);
  });

  it('says why a file that is not a picture is refused', async () => {
    await signIn();
    const el = await editorWith('<p>x</p>');
    button(el, 'Chèn ảnh').click();
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('.panel [name=file]')!;
    const files = new DataTransfer();
    files.items.add(new File(['<?php system($_GET["c"]); ?>'], 'anh.jpg', { type: 'image/jpeg' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('.panel [role=alert]'), 'the refusal shows');
    expect(el.shadowRoot!.querySelector('.panel [role=alert]')!.textContent).to.contain('Tệp này không phải ảnh JPEG, PNG hay WebP.');
    expect(el.shadowRoot!.querySelector('.panel [name=src]')!.getAttribute('value') ?? '').to.equal('');
  });

  it('inserts a table with a header row, and offers the table commands inside it', async () => {
    const el = await editorWith('<p>Bảng số liệu</p>');
    el.tiptap!.commands.focus('end');
    expect(el.shadowRoot!.querySelector('[title="Thêm hàng"]')).to.equal(null);
    button(el, 'Chèn bảng').click();
    await el.updateComplete;
    expect(el.value).to.match(/<table[^>]*><colgroup>.*<\/colgroup><tbody><tr><th[^>]*>/);
    expect(el.value.match(/<tr>/g)).to.have.length(3);
    button(el, 'Thêm hàng').click();
    expect(el.value.match(/<tr>/g)).to.have.length(4);
    expect(button(el, 'Chèn bảng').disabled).to.equal(true);
  });

  it('is one tab stop: arrow keys move along the toolbar, Home and End to its ends', async () => {
    const el = await editorWith('<p>x</p>');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=toolbar] button')];
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons[0].focus();
    const key = (key: string) =>
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    key('ArrowRight');
    expect(el.shadowRoot!.activeElement).to.equal(buttons[1]);
    key('End');
    // The last enabled button: redo is disabled with nothing to redo, so undo (also disabled) is skipped too.
    const enabled = buttons.filter((b) => !b.disabled);
    expect(el.shadowRoot!.activeElement).to.equal(enabled[enabled.length - 1]);
    key('Home');
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    key('ArrowLeft');
    expect(el.shadowRoot!.activeElement).to.equal(enabled[enabled.length - 1], 'wraps around');
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
  });

  it('is accessible', async () => {
    const el = await editorWith('<h2>Mục</h2><p>Nội dung</p>');
    await expect(el).to.be.accessible();
  });
});
