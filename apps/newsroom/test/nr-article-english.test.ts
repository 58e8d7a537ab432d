import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/client/define-editor.js';
import { AUTOSAVE_DELAY, type NrArticleEditor } from '../src/client/nr-article-editor.js';
import type { NrRichText } from '../src/client/rich-text/nr-rich-text.js';
import { api, engine, overflowing, signIn, uniqueTitle, USER, waitUntil } from './support.js';

// The English version of an article in the editor, against the real server: what is saved is read back through the
// staff API.

const $ = <T extends Element>(el: NrArticleEditor, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const box = (el: NrArticleEditor) => $<HTMLInputElement>(el, '[name=hasEnglish]')!;
const englishBody = (el: NrArticleEditor) => $<NrRichText>(el, '#englishBody');
/**
 * What has the focus in `root`, by its id, name or role: compared as text, because a failed comparison of elements
 * makes the test framework walk a rich-text editor's whole object graph to print it.
 */
const focused = (root: ShadowRoot) => {
  const active = root.activeElement;
  return active && (active.id || active.getAttribute('name') || active.getAttribute('role') || active.localName);
};
/**
 * Whether a Tab pressed through the test driver leaves the rich-text editor's text. WebKit's driver (WebKitWebDriver
 * with MiniBrowser) leaves the focus in the text and changes nothing, for the Vietnamese body as for the English one.
 */
const TAB_LEAVES_TEXT = engine !== 'webkit';
const previews = (el: NrArticleEditor) => [...el.shadowRoot!.querySelectorAll('.actions a')].map((a) => a.getAttribute('href'));

/** Types into a field as a person would: the value, then an input event. */
function type(el: NrArticleEditor, id: string, value: string) {
  const field = $<HTMLInputElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

function click(el: NrArticleEditor, text: string) {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`No button "${text}"`);
  button.click();
}

/** Ticks or unticks "Có bản tiếng Anh"; ticked, resolves once the English body's editor has started. */
async function tick(el: NrArticleEditor) {
  box(el).click();
  await el.updateComplete;
  if (box(el).checked) await waitUntil(() => englishBody(el)?.tiptap, 'the English body editor starts');
}

async function editorFor(id?: number, lang: 'vi' | 'en' = 'vi'): Promise<NrArticleEditor> {
  const base = lang === 'vi' ? '/quan-tri/' : '/admin/';
  const el = await fixture<NrArticleEditor>(
    id === undefined
      ? html`<nr-article-editor lang=${lang} api="/api/v1/" base=${base}></nr-article-editor>`
      : html`<nr-article-editor lang=${lang} api="/api/v1/" base=${base} article-id=${id}></nr-article-editor>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelectorAll('select[name=category] option').length > 0, 'the categories load');
  if (id !== undefined) await waitUntil(() => el.article?.id === id, 'the article loads');
  await waitUntil(() => $<NrRichText>(el, 'nr-rich-text')?.tiptap, 'the body editor starts');
  if (el.article?.english) await waitUntil(() => englishBody(el)?.tiptap, 'the English body editor starts');
  return el;
}

/** A draft of this test's own, with an English version when `english` is given. */
const draftWith = (words: string, english?: { title: string; summary: string; body: string }) =>
  api('POST', 'articles', { title: uniqueTitle(words), category: 'tin-hoat-dong', body: '<p>Nội dung</p>', ...(english && { english }) });

describe('the English version in nr-article-editor', () => {
  before(() => signIn());

  it('shows the English fields while "Có bản tiếng Anh" is ticked, marked lang="en" (the body’s text, not its toolbar)', async () => {
    const el = await editorFor();
    expect($(el, 'fieldset.english legend')!.textContent).to.equal('Bản tiếng Anh');
    expect(box(el).closest('label')!.textContent!.trim()).to.equal('Có bản tiếng Anh');
    expect(box(el).checked).to.equal(false);
    expect($(el, `#${box(el).getAttribute('aria-describedby')}`)!.textContent).to.contain('sẽ trả lời “không tìm thấy”');
    expect($(el, '#englishTitle')).to.equal(null);

    await tick(el);
    expect($(el, 'label[for=englishTitle]')!.textContent).to.equal('Tiêu đề tiếng Anh');
    expect($(el, 'label[for=englishSummary]')!.textContent).to.equal('Tóm tắt tiếng Anh');
    expect($(el, '#englishTitle')!.getAttribute('lang')).to.equal('en');
    expect($(el, '#englishSummary')!.getAttribute('lang')).to.equal('en');
    const text = englishBody(el)!.shadowRoot!.querySelector('[role=textbox]')!;
    expect(text.getAttribute('lang')).to.equal('en');
    expect(text.getAttribute('aria-label')).to.equal('Nội dung tiếng Anh');
    // The toolbar, with its paste cleaning and pictures, is the same component's, in the page's language.
    expect(englishBody(el)!.shadowRoot!.querySelector('[role=toolbar]')!.getAttribute('aria-label')).to.equal('Định dạng');
    expect(englishBody(el)!.shadowRoot!.querySelector('[role=toolbar] button[title="Chèn ảnh"]')).to.exist;
    const vietnamese = $<NrRichText>(el, 'nr-rich-text')!.shadowRoot!.querySelector('[role=textbox]')!;
    expect(vietnamese.hasAttribute('lang'), 'the Vietnamese body is in the page’s language').to.equal(false);
    await expect(el).to.be.accessible();

    await tick(el);
    expect($(el, '#englishTitle')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('nr-rich-text')).to.have.length(1);
  });

  it('publishes the English version with the article in one save; the API gives it back, and its preview is offered', async () => {
    const draft = await draftWith('Bài đăng kèm bản tiếng Anh');
    const el = await editorFor(draft.id);
    expect(previews(el)).to.deep.equal([`/quan-tri/xem-truoc/${draft.id}`]);
    await tick(el);
    type(el, 'englishTitle', 'Digital transformation: a review of the fourth quarter');
    type(el, 'englishSummary', 'What the province did this quarter.');
    englishBody(el)!.tiptap!.chain().focus().insertContent('<p>The <strong>first</strong> paragraph.</p>').run();
    click(el, 'Đăng ngay');
    await waitUntil(() => el.article?.state === 'published', 'it publishes');
    const stored = await api('GET', `newsroom/articles/${draft.id}`);
    expect(stored.english).to.deep.equal({
      title: 'Digital transformation: a review of the fourth quarter',
      summary: 'What the province did this quarter.',
      body: '<p>The <strong>first</strong> paragraph.</p>',
    });
    expect(stored.version, 'one save').to.equal(2);
    await el.updateComplete;
    expect(previews(el)).to.deep.equal([`/quan-tri/xem-truoc/${draft.id}`, `/admin/xem-truoc/${draft.id}`]);
    expect($(el, `.actions a[href="/admin/xem-truoc/${draft.id}"]`)!.textContent).to.equal('Xem trước bản tiếng Anh');
  });

  it('saves a draft’s English version by itself once it has a title', async () => {
    const draft = await draftWith('Bài nháp tự lưu bản tiếng Anh');
    const el = await editorFor(draft.id);
    await tick(el);
    type(el, 'englishSummary', 'A summary without a title yet.');
    await aTimeout(AUTOSAVE_DELAY + 500);
    expect((await api('GET', `newsroom/articles/${draft.id}`)).version, 'no save without an English title').to.equal(1);
    type(el, 'englishTitle', 'Saved by itself');
    await waitUntil(() => $(el, '[role=status]')!.textContent!.startsWith('Đã tự động lưu'), 'it saves by itself');
    expect((await api('GET', `newsroom/articles/${draft.id}`)).english).to.deep.equal({
      title: 'Saved by itself',
      summary: 'A summary without a title yet.',
      body: '',
    });
  });

  it('removes the English version when unticked and saved: the API then gives null, and its preview is gone', async () => {
    const english = { title: 'To be removed', summary: 'Its summary.', body: '<p>Its text.</p>' };
    const draft = await draftWith('Bài bỏ bản tiếng Anh', english);
    const el = await editorFor(draft.id);
    expect(box(el).checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#englishTitle')!.value).to.equal('To be removed');
    expect($<HTMLTextAreaElement>(el, '#englishSummary')!.value).to.equal('Its summary.');
    expect(englishBody(el)!.tiptap!.getHTML()).to.equal('<p>Its text.</p>');
    expect(previews(el)).to.include(`/admin/xem-truoc/${draft.id}`);
    await tick(el);
    click(el, 'Lưu nháp');
    await waitUntil(() => el.article?.version === 2, 'it saves');
    expect((await api('GET', `newsroom/articles/${draft.id}`)).english).to.equal(null);
    await el.updateComplete;
    expect(box(el).checked).to.equal(false);
    expect(previews(el)).to.deep.equal([`/quan-tri/xem-truoc/${draft.id}`]);
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`says the server’s 400 for a blank English title under the field, and nothing is changed (${lang})`, async () => {
      const english = { title: 'The stored title', summary: 'The stored summary.', body: '<p>The stored text.</p>' };
      const draft = await draftWith('Bài có tiêu đề tiếng Anh trống', english);
      const el = await editorFor(draft.id, lang);
      type(el, 'englishTitle', '   ');
      type(el, 'englishSummary', 'A new summary.');
      click(el, lang === 'vi' ? 'Lưu nháp' : 'Save draft');
      await waitUntil(() => $(el, '#englishTitle-error')!.textContent !== '', 'the field says what is wrong');
      expect($(el, '#englishTitle-error')!.textContent).to.equal(
        lang === 'vi'
          ? 'Hãy nhập tiêu đề tiếng Anh (tối đa 300 ký tự), hoặc bỏ chọn “Có bản tiếng Anh”.'
          : 'Enter the English title (up to 300 characters), or untick “Has an English version”.',
      );
      const title = $<HTMLInputElement>(el, '#englishTitle')!;
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(title.getAttribute('aria-describedby')).to.equal('englishTitle-error');
      expect(focused(el.shadowRoot!), 'the field gets the cursor').to.equal('englishTitle');
      expect($(el, '.problem')!.textContent).to.contain(lang === 'vi' ? 'Có trường chưa hợp lệ.' : 'A field is not valid.');
      expect($<HTMLTextAreaElement>(el, '#englishSummary')!.value, 'what was typed stays').to.equal('A new summary.');
      const stored = await api('GET', `newsroom/articles/${draft.id}`);
      expect(stored.version).to.equal(1);
      expect(stored.english).to.deep.equal(english);
      await expect(el).to.be.accessible();

      type(el, 'englishTitle', 'A new title');
      click(el, lang === 'vi' ? 'Lưu nháp' : 'Save draft');
      await waitUntil(() => el.article?.version === 2, 'it saves');
      expect((await api('GET', `newsroom/articles/${draft.id}`)).english).to.deep.equal({
        ...english,
        title: 'A new title',
        summary: 'A new summary.',
      });
      expect($(el, '#englishTitle-error')!.textContent).to.equal('');
      expect(title.getAttribute('aria-invalid')).to.equal('false');
    });
  }

  it('writes nothing when someone saved in between, and keeps the English fields as typed', async () => {
    const draft = await draftWith('Bài tiếng Anh hai người sửa');
    const el = await editorFor(draft.id);
    await api('PATCH', `articles/${draft.id}`, { version: 1, summary: 'Bản của đồng nghiệp' });
    await tick(el);
    type(el, 'englishTitle', 'My English title');
    click(el, 'Lưu nháp');
    await waitUntil(() => $(el, '.problem'), 'the conflict shows');
    expect($(el, '.problem')!.textContent).to.contain(`${USER} đã lưu bài này lúc`);
    expect(box(el).checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#englishTitle')!.value).to.equal('My English title');
    const stored = await api('GET', `newsroom/articles/${draft.id}`);
    expect(stored.version).to.equal(2);
    expect(stored.english).to.equal(null);
  });

  it('reaches the box and then each English field by keyboard, after the body', async function () {
    // Each key goes through the browser's driver, which takes its time in WebKit.
    this.timeout(30_000);
    const el = await editorFor();
    if (TAB_LEAVES_TEXT) {
      const body = $<NrRichText>(el, 'nr-rich-text')!;
      // The rich-text editor takes the focus in the next frame.
      body.tiptap!.commands.focus();
      await waitUntil(() => focused(body.shadowRoot!) === 'textbox', 'the body has the focus');
      await sendKeys({ press: 'Tab' });
    } else {
      box(el).focus();
    }
    expect(focused(el.shadowRoot!)).to.equal('hasEnglish');
    await sendKeys({ press: ' ' }); // Space, named by its key value so every driver knows it
    await waitUntil(() => box(el).checked && englishBody(el)?.tiptap, 'the English fields show');
    await sendKeys({ press: 'Tab' });
    expect(focused(el.shadowRoot!)).to.equal('englishTitle');
    await sendKeys({ type: 'Typed title' });
    expect($<HTMLInputElement>(el, '#englishTitle')!.value).to.equal('Typed title');
    await sendKeys({ press: 'Tab' });
    expect(focused(el.shadowRoot!)).to.equal('englishSummary');
    await sendKeys({ press: 'Tab' });
    expect(focused(el.shadowRoot!)).to.equal('englishBody');
    expect(englishBody(el)!.shadowRoot!.activeElement?.closest('[role=toolbar]'), 'the toolbar first').to.exist;
    await sendKeys({ press: 'Tab' });
    expect(focused(englishBody(el)!.shadowRoot!)).to.equal('textbox');
    await sendKeys({ type: 'Typed text' });
    expect(englishBody(el)!.value).to.equal('<p>Typed text</p>');
    if (TAB_LEAVES_TEXT) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el.shadowRoot!)).to.equal('publishAt');
    }
  });

  it('fits a 320 px wide screen with the English version open', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><nr-article-editor lang="vi" api="/api/v1/" base="/quan-tri/"></nr-article-editor></div>`,
    );
    const el = wrapper.querySelector<NrArticleEditor>('nr-article-editor')!;
    await waitUntil(() => $<NrRichText>(el, 'nr-rich-text')?.tiptap, 'the body editor starts');
    await tick(el);
    expect(overflowing(el, wrapper)).to.deep.equal([]);
    expect(wrapper.scrollWidth).to.be.at.most(320);
  });
});
