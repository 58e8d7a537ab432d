import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/client/define-editor.js';
import type { NrArticleEditor, NrArticleSavedEvent } from '../src/client/nr-article-editor.js';
import type { NrRichText } from '../src/client/rich-text/nr-rich-text.js';
import { ADMIN, api, signIn, uniqueTitle, USER, waitUntil } from './support.js';

const $ = <T extends Element>(el: NrArticleEditor, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Types into a field as a person would: the value, then an input event. */
function type(el: NrArticleEditor, name: string, value: string) {
  const field = $<HTMLInputElement>(el, `[name=${name}]`);
  field.value = value;
  field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
}

function click(el: NrArticleEditor, text: string) {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`No button "${text}"`);
  button.click();
}

async function editorFor(id?: number): Promise<NrArticleEditor> {
  const el = await fixture<NrArticleEditor>(
    id === undefined
      ? html`<nr-article-editor lang="vi" api="/api/v1/" base="/quan-tri/"></nr-article-editor>`
      : html`<nr-article-editor lang="vi" api="/api/v1/" base="/quan-tri/" article-id=${id}></nr-article-editor>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelectorAll('select[name=category] option').length > 0, 'the categories load');
  if (id !== undefined) await waitUntil(() => el.article?.id === id, 'the article loads');
  await waitUntil(() => $<NrRichText>(el, 'nr-rich-text').tiptap, 'the body editor starts');
  return el;
}

describe('nr-article-editor', () => {
  before(() => signIn());

  it('writes a new article as a draft: title, summary, category and a body with a table', async () => {
    const el = await editorFor();
    const title = uniqueTitle('Sơ kết công tác chuyển đổi số quý IV');
    type(el, 'title', title);
    type(el, 'summary', 'Tóm tắt bài viết.');
    type(el, 'category', 'chuyen-doi-so');
    const body = $<NrRichText>(el, 'nr-rich-text');
    body.tiptap!.chain().focus().insertContent('<p>Mở đầu</p>').insertTable({ rows: 2, cols: 2, withHeaderRow: true }).run();
    const saved = oneEvent(el, 'nr-article-saved') as Promise<NrArticleSavedEvent>;
    click(el, 'Lưu nháp');
    const event = await saved;
    expect(event.created).to.equal(true);
    const stored = await api('GET', `newsroom/articles/${event.article.id}`);
    expect(stored).to.deep.include({ title, summary: 'Tóm tắt bài viết.', state: 'draft', version: 1 });
    expect(stored.category.slug).to.equal('chuyen-doi-so');
    expect(stored.body).to.match(/^<p>Mở đầu<\/p><table>.*<th>/);
    await waitUntil(() => $(el, '[role=status]').textContent!.startsWith('Đã lưu lúc'), 'it says it saved');
    expect($<HTMLInputElement>(el, '[name=slug]').value).to.equal(stored.slug);
  });

  it('publishes now: readers get the article from the public API', async () => {
    const draft = await api('POST', 'articles', {
      title: uniqueTitle('Bài sẽ đăng ngay'),
      category: 'tin-hoat-dong',
      body: '<p>Nội dung</p>',
    });
    const el = await editorFor(draft.id);
    click(el, 'Đăng ngay');
    await waitUntil(() => el.article?.state === 'published', 'it publishes');
    expect((await fetch(`/api/v1/articles/${draft.slug}`, { cache: 'no-store' })).status).to.equal(200);
    expect($(el, '.state').textContent).to.match(/^Đã đăng lúc/);
    click(el, 'Gỡ bài xuống');
    await waitUntil(() => el.article?.state === 'draft', 'it unpublishes');
    expect((await fetch(`/api/v1/articles/${draft.slug}`, { cache: 'no-store' })).status).to.equal(404);
  });

  it('schedules at a time in Vietnam time, and asks for the time first', async () => {
    const draft = await api('POST', 'articles', { title: uniqueTitle('Bài hẹn giờ'), category: 'tin-hoat-dong' });
    const el = await editorFor(draft.id);
    click(el, 'Hẹn giờ đăng');
    await waitUntil(() => el.shadowRoot!.querySelector('.problem'), 'it asks for the time');
    expect($(el, '.problem').textContent).to.contain('Hãy chọn thời điểm đăng.');
    type(el, 'publishAt', '2099-01-02T07:30');
    click(el, 'Hẹn giờ đăng');
    await waitUntil(() => el.article?.state === 'scheduled', 'it schedules');
    expect(el.article!.publishedAt).to.equal('2099-01-02T00:30:00.000Z');
    expect($(el, '.state').textContent).to.contain('Sẽ tự đăng lúc');
  });

  it('refuses to overwrite a save made in between, says who made it, and keeps what was typed', async () => {
    const draft = await api('POST', 'articles', { title: uniqueTitle('Bài hai người sửa'), category: 'tin-hoat-dong' });
    const el = await editorFor(draft.id);
    // Someone else saves first (the same account stands in for a colleague here).
    await api('PATCH', `articles/${draft.id}`, { version: 1, summary: 'Bản của đồng nghiệp' });
    type(el, 'summary', 'Bản của tôi');
    click(el, 'Lưu nháp');
    await waitUntil(() => el.shadowRoot!.querySelector('.problem'), 'the conflict shows');
    expect($(el, '.problem').getAttribute('role')).to.equal('alert');
    expect($(el, '.problem').textContent).to.contain(`${USER} đã lưu bài này lúc`);
    expect($<HTMLTextAreaElement>(el, '[name=summary]').value).to.equal('Bản của tôi', 'what was typed stays');
    expect((await api('GET', `newsroom/articles/${draft.id}`)).summary).to.equal('Bản của đồng nghiệp');
    click(el, 'Tải lại bài');
    await waitUntil(() => el.article?.version === 2 && !el.shadowRoot!.querySelector('.problem'), 'it reloads');
    expect($<HTMLTextAreaElement>(el, '[name=summary]').value).to.equal('Bản của đồng nghiệp');
  });

  it('saves a draft by itself a moment after a change', async () => {
    const draft = await api('POST', 'articles', { title: uniqueTitle('Bài tự lưu'), category: 'tin-hoat-dong' });
    const el = await editorFor(draft.id);
    $<NrRichText>(el, 'nr-rich-text').tiptap!.chain().focus().insertContent('<p>Đoạn tự lưu</p>').run();
    await waitUntil(() => $(el, '[role=status]').textContent!.startsWith('Đã tự động lưu'), 'it saves by itself');
    expect((await api('GET', `newsroom/articles/${draft.id}`)).body).to.contain('Đoạn tự lưu');
  });

  it('offers no saving on a deleted article; an admin restores it in the state it had', async () => {
    const article = await api('POST', 'articles', { title: uniqueTitle('Bài đã xoá'), category: 'tin-hoat-dong', status: 'published' });
    await api('DELETE', `articles/${article.id}`);
    const el = await editorFor(article.id);
    expect($(el, '.state').textContent).to.contain('Bài này đã bị xoá');
    const buttons = () => [...el.shadowRoot!.querySelectorAll('.actions button')].map((b) => b.textContent!.trim());
    expect(buttons()).to.deep.equal([]);
    expect($(el, '.actions').textContent).to.contain('Quản trị viên có thể khôi phục bài này.');

    await signIn(ADMIN);
    try {
      el.userRole = 'admin';
      await el.updateComplete;
      expect(buttons()).to.deep.equal(['Khôi phục bài']);
      click(el, 'Khôi phục bài');
      await waitUntil(() => el.article?.state === 'published', 'it is restored');
      expect(buttons()).to.include('Gỡ bài xuống');
      expect((await api('GET', `newsroom/articles/${article.id}`)).state).to.equal('published');
    } finally {
      await signIn();
    }
  });

  it('keeps the caret where it is when a save comes back (tables included)', async () => {
    const draft = await api('POST', 'articles', { title: uniqueTitle('Bài có bảng đang soạn'), category: 'tin-hoat-dong' });
    const el = await editorFor(draft.id);
    const editor = $<NrRichText>(el, 'nr-rich-text').tiptap!;
    editor
      .chain()
      .focus()
      .insertContent('<p>Trước bảng</p>')
      .insertTable({ rows: 2, cols: 2, withHeaderRow: true })
      .insertContent('Ô')
      .run();
    const caret = editor.state.selection.from;
    const doc = editor.state.doc;
    await el.save('save');
    await el.updateComplete;
    await $<NrRichText>(el, 'nr-rich-text').updateComplete;
    expect(el.article!.version).to.equal(2);
    // Compared by identity: a failed deep comparison of two ProseMirror documents would take chai forever to print.
    expect(editor.state.doc === doc, 'the document was not replaced').to.equal(true);
    expect(editor.state.selection.from).to.equal(caret);
  });

  it('says so when the article does not exist', async () => {
    const el = await fixture<NrArticleEditor>(
      html`<nr-article-editor lang="vi" api="/api/v1/" base="/quan-tri/" article-id="999999"></nr-article-editor>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'it says so');
    expect($(el, '[role=alert]').textContent).to.equal('Không có bài viết này.');
  });

  it('is accessible', async () => {
    const draft = await api('POST', 'articles', {
      title: uniqueTitle('Bài để kiểm tra trợ năng'),
      category: 'tin-hoat-dong',
      body: '<p>x</p>',
    });
    const el = await editorFor(draft.id);
    await expect(el).to.be.accessible();
  });
});
