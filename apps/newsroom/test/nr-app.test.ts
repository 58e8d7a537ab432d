import { expect, fixture, html } from '@open-wc/testing';
import '../src/client/define.js';
import { NrApp, route } from '../src/client/nr-app.js';
import { define } from '@agency-portal/core';
import { api, signIn, uniqueTitle, waitUntil } from './support.js';

define('nr-app', NrApp);

describe('nr-app', () => {
  const start = location.href;
  before(() => signIn());
  afterEach(() => history.replaceState(null, '', start));

  it('maps newsroom addresses to views', () => {
    expect(route('/quan-tri/', '/quan-tri/')).to.deep.equal({ view: 'list' });
    expect(route('/quan-tri/bai-viet/', '/quan-tri/')).to.deep.equal({ view: 'list' });
    expect(route('/quan-tri/bai-viet/moi', '/quan-tri/')).to.deep.equal({ view: 'editor' });
    expect(route('/admin/bai-viet/42', '/admin/')).to.deep.equal({ view: 'editor', id: 42 });
    expect(route('/quan-tri/bai-viet/0', '/quan-tri/')).to.deep.equal({ view: 'missing' });
    expect(route('/quan-tri/bai-viet/abc', '/quan-tri/')).to.deep.equal({ view: 'missing' });
    expect(route('/khac/', '/quan-tri/')).to.deep.equal({ view: 'missing' });
    expect(route('/quan-tri/truy-cap', '/quan-tri/')).to.deep.equal({ view: 'traffic' });
    expect(route('/admin/truy-cap/', '/admin/')).to.deep.equal({ view: 'traffic' });
  });

  it('opens an article from the list without a page load, and goes back with the browser', async () => {
    const article = await api('POST', 'articles', { title: uniqueTitle('Bài mở từ danh sách'), category: 'tin-hoat-dong' });
    history.replaceState(null, '', '/quan-tri/');
    const el = await fixture<NrApp>(html`<nr-app lang="vi" base="/quan-tri/" api="/api/v1/"></nr-app>`);
    const list = () => el.shadowRoot!.querySelector('nr-article-list');
    await waitUntil(() => list()?.shadowRoot?.querySelector(`a[href="/quan-tri/bai-viet/${article.id}"]`), 'the list shows the article');
    list()!.shadowRoot!.querySelector<HTMLAnchorElement>(`a[href="/quan-tri/bai-viet/${article.id}"]`)!.click();
    expect(location.pathname).to.equal(`/quan-tri/bai-viet/${article.id}`);
    const editor = () => el.shadowRoot!.querySelector('nr-article-editor');
    // The first time, the editor's code (TipTap, ProseMirror) is loaded and compiled: give it time.
    await waitUntil(() => editor()?.article?.id === article.id, 'the editor opens the article');
    await waitUntil(() => editor()!.shadowRoot!.activeElement?.tagName === 'H2', 'focus moves to the heading');
    history.back();
    await waitUntil(() => list(), 'back to the list');
  });

  it('gives a new article its address once it is saved', async () => {
    history.replaceState(null, '', '/quan-tri/bai-viet/moi');
    const el = await fixture<NrApp>(html`<nr-app lang="vi" base="/quan-tri/" api="/api/v1/"></nr-app>`);
    await waitUntil(() => el.shadowRoot!.querySelector('nr-article-editor')?.shadowRoot?.querySelector('nr-rich-text'), 'the editor opens');
    const editor = el.shadowRoot!.querySelector('nr-article-editor')!;
    await waitUntil(() => editor.shadowRoot!.querySelectorAll('select[name=category] option').length > 0, 'the categories load');
    const title = editor.shadowRoot!.querySelector<HTMLInputElement>('[name=title]')!;
    title.value = uniqueTitle('Bài mới có địa chỉ');
    title.dispatchEvent(new Event('input'));
    await editor.save('save');
    expect(location.pathname).to.equal(`/quan-tri/bai-viet/${editor.article!.id}`);
    expect(el.shadowRoot!.querySelector('nr-article-editor')).to.equal(editor, 'the same editor stays');
  });

  it('says when the session has ended and offers to sign in again, keeping the view', async () => {
    history.replaceState(null, '', '/quan-tri/');
    const el = await fixture<NrApp>(html`<nr-app lang="vi" base="/quan-tri/" api="/api/v1/"></nr-app>`);
    const list = () => el.shadowRoot!.querySelector('nr-article-list')!;
    await waitUntil(() => list().shadowRoot?.querySelector('tbody tr'), 'the list loads');
    await fetch('/api/v1/auth/logout', { method: 'POST' });
    try {
      // The next call to the API (here the list's) is refused: the app says so.
      await list().fetchPage();
      await waitUntil(() => el.shadowRoot!.querySelector('.ended'), 'the app says the session ended');
      const notice = el.shadowRoot!.querySelector('.ended')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.querySelector('a')!.getAttribute('href')).to.equal(`/dang-nhap?return=${encodeURIComponent(location.href)}`);
      expect(list(), 'the view stays').to.exist;
      // In English, the English sign-in page.
      el.setAttribute('lang', 'en');
      await waitUntil(
        () =>
          el.shadowRoot!.querySelector('.ended a')!.getAttribute('href') === `/en/dang-nhap?return=${encodeURIComponent(location.href)}`,
        'the English sign-in page',
      );
    } finally {
      await signIn();
    }
  });
});
