import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/client/define.js';
import type { NrArticleList } from '../src/client/nr-article-list.js';
import { api, signIn, uniqueTitle, waitUntil } from './support.js';

const rows = (el: NrArticleList) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
const titles = (el: NrArticleList) => rows(el).map((row) => row.querySelector('td a')!.textContent);
const loaded = (el: NrArticleList) =>
  waitUntil(() => el.shadowRoot!.querySelector('[role=status]')!.textContent!.includes('bài viết'), 'the list loads');

describe('nr-article-list', () => {
  const start = location.href;
  before(() => signIn());
  afterEach(() => history.replaceState(null, '', start));

  it('lists articles in every state with links to their editors, 20 a page with pagination', async () => {
    const draft = await api('POST', 'articles', { title: uniqueTitle('Bản nháp trong danh sách'), category: 'tin-hoat-dong' });
    const el = await fixture<NrArticleList>(html`<nr-article-list lang="vi" api="/api/v1/" base="/quan-tri/"></nr-article-list>`);
    await loaded(el);
    expect(rows(el)).to.have.length(20, 'the demo content has more than one page');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[href="/quan-tri/bai-viet/${draft.id}"]`);
    expect(link, 'the newest change comes first').to.exist;
    expect(link!.closest('tr')!.querySelector('.state')!.textContent).to.equal('Bản nháp');
    expect(el.shadowRoot!.querySelector('ap-pagination')).to.exist;
  });

  it('searches titles without diacritics, and keeps the search in the address', async () => {
    const title = uniqueTitle('Hội nghị Đảng uỷ khối tìm kiếm');
    await api('POST', 'articles', { title, category: 'xay-dung-dang' });
    const el = await fixture<NrArticleList>(html`<nr-article-list lang="vi" api="/api/v1/" base="/quan-tri/"></nr-article-list>`);
    await loaded(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = title.replace('Hội nghị Đảng uỷ khối', 'hoi nghi dang uy khoi');
    input.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => titles(el).length === 1 && titles(el)[0] === title, 'the search finds the article');
    expect(new URL(location.href).searchParams.get('q')).to.equal(input.value);
  });

  it('filters by state and category', async () => {
    const el = await fixture<NrArticleList>(html`<nr-article-list lang="vi" api="/api/v1/" base="/quan-tri/"></nr-article-list>`);
    await loaded(el);
    const select = (name: string, value: string) => {
      const element = el.shadowRoot!.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
      element.value = value;
      element.dispatchEvent(new Event('change'));
    };
    await waitUntil(() => el.shadowRoot!.querySelectorAll('select[name=category] option').length > 1, 'the categories load');
    select('state', 'published');
    select('category', 'chuyen-doi-so');
    await aTimeout(0);
    await waitUntil(
      () =>
        rows(el).length > 0 && rows(el).every((row) => row.textContent!.includes('Đã đăng') && row.textContent!.includes('Chuyển đổi số')),
      'only published articles of the category',
    );
    expect(new URL(location.href).search).to.equal('?category=chuyen-doi-so&state=published');
  });

  it('marks the articles with an English version "EN", named for screen readers', async () => {
    const words = uniqueTitle('Bài song ngữ trong danh sách');
    const english = { title: 'A bilingual article', summary: '', body: '<p>Text.</p>' };
    const both = await api('POST', 'articles', { title: `${words} có`, category: 'tin-hoat-dong', english });
    const only = await api('POST', 'articles', { title: `${words} không`, category: 'tin-hoat-dong' });
    history.replaceState(null, '', `?q=${encodeURIComponent(words)}`);
    for (const [lang, name] of [
      ['vi', 'Có bản tiếng Anh'],
      ['en', 'Has an English version'],
    ]) {
      const el = await fixture<NrArticleList>(html`<nr-article-list lang=${lang} api="/api/v1/" base="/quan-tri/"></nr-article-list>`);
      await waitUntil(() => rows(el).length === 2, 'the two articles are listed');
      const rowOf = (id: number) => el.shadowRoot!.querySelector(`a[href="/quan-tri/bai-viet/${id}"]`)!.closest('tr')!;
      const marker = rowOf(both.id).querySelector('.en')!;
      expect(marker.textContent).to.equal('EN');
      expect(marker.getAttribute('role')).to.equal('img');
      expect(marker.getAttribute('aria-label')).to.equal(name);
      expect(rowOf(only.id).querySelector('.en')).to.equal(null);
      expect(titles(el)).to.have.members([`${words} có`, `${words} không`], 'the marker is not part of the title link');
      await expect(el).to.be.accessible();
    }
  });

  it('says when the list cannot be loaded, with a way to try again', async () => {
    const el = await fixture<NrArticleList>(html`<nr-article-list lang="en" api="/nowhere/api/v1/" base="/admin/"></nr-article-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'an error shows');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('The articles could not be loaded.');
    expect(el.shadowRoot!.querySelector('[role=alert] button')!.textContent).to.equal('Try again');
  });

  it('is accessible', async () => {
    const el = await fixture<NrArticleList>(html`<nr-article-list lang="vi" api="/api/v1/" base="/quan-tri/"></nr-article-list>`);
    await loaded(el);
    await expect(el).to.be.accessible();
  });
});
