import { expect, fixture, html } from '@open-wc/testing';
import '../src/client/define-editor.js';
import type { NrArticleEditor } from '../src/client/nr-article-editor.js';
import type { NrCoverPicture } from '../src/client/nr-cover-picture.js';
import type { NrRichText } from '../src/client/rich-text/nr-rich-text.js';
import { api, engine, signIn, uniqueTitle, waitUntil } from './support.js';

// The cover picture field of the article editor, against the real server: a real photo uploaded, described and
// saved; a save without the description refused; removal; a refused file; a demo picture kept; axe.

async function editorFor(id: number): Promise<NrArticleEditor> {
  const el = await fixture<NrArticleEditor>(
    html`<nr-article-editor lang="vi" api="/api/v1/" base="/quan-tri/" article-id=${id}></nr-article-editor>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelectorAll('select[name=category] option').length > 0, 'the categories load');
  await waitUntil(() => el.article?.id === id, 'the article loads');
  await waitUntil(() => el.shadowRoot!.querySelector<NrRichText>('nr-rich-text')?.tiptap, 'the body editor starts');
  return el;
}

const coverOf = (el: NrArticleEditor) => el.shadowRoot!.querySelector<NrCoverPicture>('nr-cover-picture')!;
const inCover = <T extends Element>(el: NrArticleEditor, selector: string) => coverOf(el).shadowRoot!.querySelector<T>(selector);

function click(root: ShadowRoot, text: string) {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`No button "${text}"`);
  button.click();
}

/** Chooses `file` in the cover's file input, as a person picking it in the file dialog. */
function choose(el: NrArticleEditor, file: File) {
  const input = inCover<HTMLInputElement>(el, '[name=cover-file]')!;
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

/** The demo content's photo of a meeting (800 x 450), as a file from the computer. */
async function meetingPhoto(): Promise<File> {
  const response = await fetch('/media/hoi-nghi.jpg');
  expect(response.ok, 'the demo photo is served').to.equal(true);
  return new File([await response.blob()], 'hoi-nghi.jpg', { type: 'image/jpeg' });
}

function typeAlt(el: NrArticleEditor, value: string) {
  const alt = inCover<HTMLInputElement>(el, '[name=cover-alt]')!;
  alt.value = value;
  alt.dispatchEvent(new Event('input'));
}

describe('nr-cover-picture in the article editor', () => {
  before(() => signIn());

  it('sets a cover from a real photo: upload, description, save; reopened, it shows; readers get its widths', async () => {
    const draft = await api('POST', 'articles', { title: uniqueTitle('Bài có ảnh đại diện'), category: 'tin-hoat-dong' });
    const el = await editorFor(draft.id);
    expect(inCover(el, '.none')!.textContent).to.equal('Bài chưa có ảnh đại diện.');
    choose(el, await meetingPhoto());
    await waitUntil(() => inCover<HTMLImageElement>(el, 'img.thumb')?.src.includes('/media/u/'), 'the upload shows');
    expect(inCover(el, '#cover-status')!.textContent).to.contain('Đã tải ảnh lên');
    expect(coverOf(el).shadowRoot!.activeElement?.getAttribute('name'), 'the description is asked for next').to.equal('cover-alt');
    const thumb = inCover<HTMLImageElement>(el, 'img.thumb')!;
    expect(thumb.getAttribute('srcset')).to.match(/-320\.jpg 320w, .*-640\.jpg 640w, .*-800\.jpg 800w$/);

    // No description: the editor says so, marks the field and saves nothing.
    click(el.shadowRoot!, 'Lưu nháp');
    await waitUntil(() => el.shadowRoot!.querySelector('.problem'), 'the refusal shows');
    expect(el.shadowRoot!.querySelector('.problem')!.textContent).to.contain('Ảnh đại diện cần có mô tả');
    expect(inCover(el, '[name=cover-alt]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(coverOf(el).shadowRoot!.activeElement?.getAttribute('name')).to.equal('cover-alt');
    expect((await api('GET', `newsroom/articles/${draft.id}`)).image).to.equal(null);
    expect((await api('GET', `newsroom/articles/${draft.id}`)).version).to.equal(1);

    typeAlt(el, 'Các đại biểu dự hội nghị trong hội trường');
    await coverOf(el).updateComplete;
    expect(inCover(el, '[name=cover-alt]')!.getAttribute('aria-invalid')).to.equal('false');
    click(el.shadowRoot!, 'Lưu nháp');
    await waitUntil(() => el.article?.version === 2, 'it saves');
    const stored = await api('GET', `newsroom/articles/${draft.id}`);
    expect(stored.image.alt).to.equal('Các đại biểu dự hội nghị trong hội trường');
    expect(stored.image.mediaId).to.be.a('number');
    expect([stored.image.width, stored.image.height]).to.deep.equal([800, 450]);

    const reopened = await editorFor(draft.id);
    expect(inCover<HTMLImageElement>(reopened, 'img.thumb')!.alt).to.equal('Các đại biểu dự hội nghị trong hội trường');
    expect(inCover<HTMLInputElement>(reopened, '[name=cover-alt]')!.value).to.equal('Các đại biểu dự hội nghị trong hội trường');
    click(reopened.shadowRoot!, 'Đăng ngay');
    await waitUntil(() => reopened.article?.state === 'published', 'it publishes');
    const item = await (await fetch(`/api/v1/articles/${draft.slug}`, { cache: 'no-store' })).json();
    expect(item.image.srcset.webp).to.match(/-320\.webp 320w, .*-800\.webp 800w$/);
    expect(item.image.alt).to.equal('Các đại biểu dự hội nghị trong hội trường');
  });

  it('removes the cover: focus goes back to the file chooser, and the save clears it', async () => {
    const photo = await meetingPhoto();
    const media = await (await fetch('/api/v1/media', { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: photo })).json();
    const article = await api('POST', 'articles', {
      title: uniqueTitle('Bài sẽ bỏ ảnh'),
      category: 'tin-hoat-dong',
      image: { mediaId: media.id, alt: 'Hội trường' },
    });
    const el = await editorFor(article.id);
    expect(inCover<HTMLImageElement>(el, 'img.thumb')!.alt).to.equal('Hội trường');
    click(coverOf(el).shadowRoot!, 'Bỏ ảnh đại diện');
    await coverOf(el).updateComplete;
    expect(inCover(el, 'img.thumb')).to.equal(null);
    expect(coverOf(el).shadowRoot!.activeElement?.getAttribute('name')).to.equal('cover-file');
    expect(inCover(el, '#cover-status')!.textContent).to.contain('Đã bỏ ảnh đại diện');
    click(el.shadowRoot!, 'Lưu nháp');
    await waitUntil(() => el.article?.version === 2, 'it saves');
    expect((await api('GET', `newsroom/articles/${article.id}`)).image).to.equal(null);
  });

  it('says why a file that is not a picture is refused, and keeps the cover as it was', async () => {
    const draft = await api('POST', 'articles', { title: uniqueTitle('Bài với tệp sai'), category: 'tin-hoat-dong' });
    const el = await editorFor(draft.id);
    choose(el, new File(['<?php system($_GET["c"]); ?>'], 'anh.jpg', { type: 'image/jpeg' }));
    await waitUntil(() => inCover(el, '[role=alert]'), 'the refusal shows');
    expect(inCover(el, '[role=alert]')!.textContent).to.match(/\S/);
    expect(inCover(el, 'img.thumb')).to.equal(null);
    expect(el.article!.image).to.equal(null);
  });

  it('keeps a picture of the demo content (uploaded by the seed) through a save, with its description', async () => {
    // A seeded article per engine, so that engines testing at once never edit the same one. The demo pictures' alt
    // texts all start with "Hình minh họa:".
    const { items } = await api('GET', 'newsroom/articles?pageSize=100&state=published');
    const seeded = items.filter(
      (item: { image: { mediaId: number | null; alt: string } | null }) =>
        item.image && item.image.mediaId !== null && item.image.alt.startsWith('Hình minh họa:'),
    );
    const article = seeded[['chromium', 'firefox', 'webkit'].indexOf(engine)];
    const el = await editorFor(article.id);
    const alt = inCover<HTMLInputElement>(el, '[name=cover-alt]')!;
    expect(alt.readOnly).to.equal(false);
    expect(alt.value).to.equal(article.image.alt);
    const summary = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[name=summary]')!;
    summary.value = `${article.summary} (${engine})`;
    summary.dispatchEvent(new Event('input'));
    click(el.shadowRoot!, 'Lưu');
    await waitUntil(() => el.article!.version === article.version + 1, 'it saves');
    expect((await api('GET', `newsroom/articles/${article.id}`)).image).to.deep.equal(article.image);
  });

  it('is accessible, with a picture set and its description missing', async () => {
    const draft = await api('POST', 'articles', { title: uniqueTitle('Bài kiểm tra trợ năng ảnh'), category: 'tin-hoat-dong' });
    const el = await editorFor(draft.id);
    await expect(el).to.be.accessible();
    choose(el, await meetingPhoto());
    await waitUntil(() => inCover(el, 'img.thumb'), 'the upload shows');
    await el.save('save');
    await coverOf(el).updateComplete;
    expect(inCover(el, '#cover-alt-problem')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
