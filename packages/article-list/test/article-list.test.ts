import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@agency-portal/core/define.js';
import '../src/define.js';
import type { ApPagination } from '@agency-portal/pagination';
import type { ApArticleList } from '../src/article-list.js';
import type { ArticlePage } from '../src/articles.js';
import { ApArticleListErrorEvent, ApArticleListLoadEvent } from '../src/events.js';

// The real portal server runs behind the test server (the root web-test-runner.config.mjs starts it because this
// package's test task depends on the server's build), which proxies /api/ and /media/ to it; /__test-api/
// answers the bad responses (scripts/test-api-routes.mjs).
const API = '/api/v1/articles';

async function api(query: Record<string, string | number> = {}): Promise<ArticlePage> {
  const params = new URLSearchParams(Object.entries({ page: 1, pageSize: 10, ...query }).map(([k, v]) => [k, String(v)]));
  const response = await fetch(`${API}?${params}`);
  expect(response.status, `GET ${API}?${params}`).to.equal(200);
  return response.json();
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const region = (el: ApArticleList) => $(el, '[part~="region"]')!;
const titles = (el: ApArticleList) => $$(el, '[part~="link"]').map((a) => a.textContent!.trim());
const status = (el: ApArticleList) => $(el, '[role="status"]')!.textContent!.trim();
const pagination = (el: ApArticleList) => $<ApPagination>(el, 'ap-pagination')!;
const pageButton = (el: ApArticleList, label: string) =>
  [...pagination(el).shadowRoot!.querySelectorAll<HTMLElement>('button')].find(
    // Pages are named by aria-label, previous and next by their words (beside an aria-hidden arrow).
    (b) => (b.getAttribute('aria-label') ?? b.querySelector('.words')!.textContent!.trim()) === label,
  )!;

/** Waits until the list has finished loading (a page, the empty state or the error state). */
async function settled(el: ApArticleList): Promise<void> {
  await waitUntil(() => region(el).getAttribute('aria-busy') === 'false', 'the list did not finish loading', { timeout: 8000 });
  await el.updateComplete;
}

const viDate = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(iso),
  );

function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

const originalFetch = window.fetch;
/** Holds back the answers to matching requests (still from the real server), even if the request is aborted. */
function delay(match: RegExp, ms: number) {
  window.fetch = async (input, init) => {
    if (!match.test(String(input))) return originalFetch(input, init);
    await aTimeout(ms);
    return originalFetch(input, { ...init, signal: null });
  };
}

describe('ap-article-list', () => {
  afterEach(() => {
    window.fetch = originalFetch;
    history.replaceState(null, '', location.pathname);
  });

  describe('from the real API', () => {
    it('renders the first page: title links, dates, thumbnails, summaries and view counts', async () => {
      const expected = await api();
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API}></ap-article-list>`);
      await settled(el);
      expect(expected.items).to.have.length(10);
      expect(titles(el)).to.deep.equal(expected.items.map((a) => a.title));
      const items = $$(el, '[part~="item"]');
      expected.items.forEach((article, i) => {
        const item = items[i];
        expect(item.querySelector('a')!.getAttribute('href')).to.equal(article.url);
        const time = item.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal(article.publishedAt);
        expect(time.textContent).to.equal(viDate(article.publishedAt!));
        expect(item.querySelector('[part~="meta"]')!.textContent).to.contain(
          `Lượt xem: ${new Intl.NumberFormat('vi-VN').format(article.views!)}`,
        );
        expect(item.querySelector('[part~="summary"]')!.textContent).to.equal(article.summary);
        const img = item.querySelector('img');
        if (article.image) {
          expect(img!.getAttribute('src')).to.equal(article.image.url);
          expect(img!.alt).to.equal(article.image.alt);
          expect([img!.getAttribute('width'), img!.getAttribute('height')]).to.deep.equal([
            String(article.image.width),
            String(article.image.height),
          ]);
          expect([img!.getAttribute('loading'), img!.getAttribute('decoding')]).to.deep.equal(['lazy', 'async']);
        } else {
          expect(img).to.be.null;
        }
      });
      expect(status(el)).to.equal(`Trang 1 / ${expected.totalPages}`);
      expect(region(el).getAttribute('aria-label')).to.equal('Tin bài');
    });

    it('loads its images through the server', async () => {
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="3"></ap-article-list>`);
      await settled(el);
      const img = $<HTMLImageElement>(el, 'img')!;
      img.loading = 'eager';
      await waitUntil(() => img.complete, 'the thumbnail did not load');
      expect(img.naturalWidth).to.be.greaterThan(0);
    });

    it('gives an uploaded cover every width as srcset, with sizes for its layout (none in compact)', async () => {
      for (const [layout, sizes] of [
        ['list', '10rem'],
        ['grid', '24rem'],
      ]) {
        const el = await fixture<ApArticleList>(html`<ap-article-list src="/__test-api/cover" layout=${layout}></ap-article-list>`);
        await settled(el);
        const img = $<HTMLImageElement>(el, 'img[part~="image"]')!;
        expect(img.getAttribute('srcset')).to.equal('/media/hoi-nghi.jpg 800w');
        expect(img.getAttribute('sizes'), layout).to.equal(sizes);
        expect([img.alt, img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['Toàn cảnh hội nghị', '800', '450']);
        img.loading = 'eager';
        await waitUntil(() => img.complete, 'the cover did not load');
        expect(img.naturalWidth).to.be.greaterThan(0);
        expect(new URL(img.currentSrc).pathname, 'a width from srcset loads').to.equal('/media/hoi-nghi.jpg');
        await expect(el).to.be.accessible();
      }
      const compact = await fixture<ApArticleList>(html`<ap-article-list src="/__test-api/cover" layout="compact"></ap-article-list>`);
      await settled(compact);
      expect($(compact, 'img')).to.be.null;
      // A picture in one size only (a sibling's feed, an old cover) keeps its one address.
      const page = await api({ pageSize: 1 });
      const { srcset: _widths, ...oneSize } = page.items[0].image!;
      const data = { ...page, items: [{ ...page.items[0], image: oneSize }] };
      const plain = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="1" .initialData=${data}></ap-article-list>`);
      expect($(plain, 'img')!.hasAttribute('srcset')).to.be.false;
    });

    it('offers an uploaded cover in WebP, with JPEG for browsers without it', async () => {
      const page = await api({ pageSize: 1 });
      const cover = page.items[0].image!;
      expect(cover.srcset?.webp, 'the demo covers are uploads').to.match(/\.webp \d+w/);
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="1" .initialData=${page}></ap-article-list>`);
      const source = $<HTMLSourceElement>(el, 'picture > source[type="image/webp"]')!;
      expect(source.getAttribute('srcset')).to.equal(cover.srcset!.webp);
      expect(source.getAttribute('sizes')).to.equal('10rem');
      const img = $<HTMLImageElement>(el, 'picture > img[part~="image"]')!;
      expect(img.getAttribute('srcset')).to.equal(cover.srcset!.jpeg);
      // The picture lays out as a lone image: a thumbnail at the start of its item, one gap before the text.
      const item = $(el, 'li')!.getBoundingClientRect();
      const box = img.getBoundingClientRect();
      expect(box.width).to.be.within(100, 200);
      expect(box.left - item.left, 'nothing before the cover').to.equal(0);
      expect($(el, '[part~="body"]')!.getBoundingClientRect().left - box.right, 'one gap').to.equal(16);
      img.loading = 'eager';
      await waitUntil(() => img.complete && img.naturalWidth > 0, 'the cover did not load');
      expect(new URL(img.currentSrc).pathname, 'the browser took the WebP').to.match(/\.webp$/);
      await expect(el).to.be.accessible();
    });

    it("puts a grid card's WebP cover at the top of the card, as a lone image", async () => {
      const page = await api({ pageSize: 1 });
      const el = await fixture<ApArticleList>(
        html`<ap-article-list src=${API} page-size="1" layout="grid" .initialData=${page}></ap-article-list>`,
      );
      const img = $<HTMLImageElement>(el, 'picture > img[part~="image"]')!;
      const card = $(el, 'li')!.getBoundingClientRect();
      const box = img.getBoundingClientRect();
      // The card has a 1 px border.
      expect(box.top - card.top, 'nothing above the cover').to.be.within(0, 1);
      expect(box.width).to.be.closeTo(card.width, 2);
    });

    it('fires a typed ap-article-list-load with the page and totals', async () => {
      const expected = await api({ pageSize: 4 });
      const loaded = oneEvent(document, 'ap-article-list-load') as Promise<ApArticleListLoadEvent>;
      await fixture(html`<ap-article-list src=${API} page-size="4"></ap-article-list>`);
      const event = await loaded;
      expect(event).to.be.instanceOf(ApArticleListLoadEvent);
      expect(event.detail).to.deep.equal({ page: 1, total: expected.total, totalPages: expected.totalPages });
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('asks for page-size articles and gives the pagination the page count', async () => {
      const expected = await api({ pageSize: 4 });
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="4"></ap-article-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(expected.items.map((a) => a.title));
      expect(pagination(el).totalPages).to.equal(expected.totalPages);
      expect(pagination(el).current).to.equal(1);
    });

    it('filters by category and starts again at page 1 when it changes', async () => {
      const all = await api({ pageSize: 50 });
      const [first, second] = [...new Set(all.items.map((a) => a.category.slug))];
      const expected = await api({ category: first });
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} category=${first}></ap-article-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(expected.items.map((a) => a.title));
      el.category = second;
      await el.updateComplete;
      await settled(el);
      expect(titles(el)).to.deep.equal((await api({ category: second })).items.map((a) => a.title));
    });

    it('uses the api of the enclosing <ap-portal> when there is no src, and /api/v1/ without one', async () => {
      const expected = await api({ pageSize: 3 });
      const portal = await fixture(html`<ap-portal api="/api/v1"><ap-article-list page-size="3"></ap-article-list></ap-portal>`);
      const inPortal = portal.querySelector('ap-article-list')!;
      const lone = await fixture<ApArticleList>(html`<ap-article-list page-size="3"></ap-article-list>`);
      await settled(inPortal);
      await settled(lone);
      expect(titles(inPortal)).to.deep.equal(expected.items.map((a) => a.title));
      expect(titles(lone)).to.deep.equal(expected.items.map((a) => a.title));
    });
  });

  describe('layouts', () => {
    it('list: thumbnail beside the text', async () => {
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="3" style="width: 900px"></ap-article-list>`);
      await settled(el);
      const item = $(el, '[part~="item"]')!;
      expect(getComputedStyle(item).flexDirection).to.equal('row');
      expect($$(el, '[part~="summary"]')).to.have.length(3);
    });

    it('grid: as many columns as fit', async () => {
      const el = await fixture<ApArticleList>(
        html`<ap-article-list src=${API} page-size="6" layout="grid" style="width: 900px"></ap-article-list>`,
      );
      await settled(el);
      const columns = getComputedStyle($(el, '[part~="list"]')!).gridTemplateColumns.split(' ');
      expect(columns.length).to.equal(3);
      expect(getComputedStyle($(el, '[part~="item"]')!).flexDirection).to.equal('column');
      el.style.width = '300px';
      await waitUntil(() => getComputedStyle($(el, '[part~="list"]')!).gridTemplateColumns.split(' ').length === 1, 'did not narrow');
    });

    it('titles are headings one level below the list (heading-level, 3 by default)', async () => {
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="2"></ap-article-list>`);
      await settled(el);
      const levels = () => $$(el, '[part~="title"]').map((title) => `${title.getAttribute('role')} ${title.getAttribute('aria-level')}`);
      expect(levels()).to.deep.equal(['heading 3', 'heading 3']);
      el.headingLevel = 2;
      await el.updateComplete;
      expect(levels()).to.deep.equal(['heading 2', 'heading 2']);
    });

    it('compact: title and date only', async () => {
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="5" layout="compact"></ap-article-list>`);
      await settled(el);
      expect(titles(el)).to.have.length(5);
      expect($$(el, 'time')).to.have.length(5);
      expect($$(el, 'img, [part~="summary"]')).to.have.length(0);
      expect(region(el).textContent).not.to.contain('Lượt xem');
    });
  });

  describe('paging', () => {
    it('loads the page picked in the pagination and moves focus to the list', async () => {
      const expected = await api({ page: 2, pageSize: 5 });
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="5"></ap-article-list>`);
      await settled(el);
      const loaded = oneEvent(el, 'ap-article-list-load') as Promise<ApArticleListLoadEvent>;
      pageButton(el, 'Trang 2').click();
      await null; // the list takes the new page a microtask after the event (outer listeners may still cancel it)
      await el.updateComplete;
      expect(region(el).getAttribute('aria-busy')).to.equal('true');
      expect(status(el)).to.equal('Đang tải…');
      expect((await loaded).detail.page).to.equal(2);
      await settled(el);
      expect(titles(el)).to.deep.equal(expected.items.map((a) => a.title));
      expect(status(el)).to.equal(`Trang 2 / ${expected.totalPages}`);
      expect(el.shadowRoot!.activeElement).to.equal(region(el));
      expect(region(el).tabIndex).to.equal(-1);
    });

    it('works from the keyboard and scrolls the new page into view', async () => {
      const expected = await api({ page: 2, pageSize: 30 });
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="30" layout="compact"></ap-article-list>`);
      await settled(el);
      const next = pageButton(el, 'Trang sau');
      next.scrollIntoView();
      next.focus();
      const scrolled = region(el).getBoundingClientRect().top;
      const loaded = oneEvent(el, 'ap-article-list-load');
      await sendKeys({ press: 'Enter' });
      await loaded;
      await settled(el);
      expect(titles(el)).to.deep.equal(expected.items.map((a) => a.title));
      expect(el.shadowRoot!.activeElement).to.equal(region(el));
      const top = region(el).getBoundingClientRect().top;
      expect(top).to.be.greaterThan(scrolled);
      expect(top).to.be.at.least(-1);
    });

    it('ignores the answer to a page that a newer page change replaced', async () => {
      const expected = await api({ page: 3, pageSize: 5 });
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="5"></ap-article-list>`);
      await settled(el);
      delay(/[?&]page=2&/, 400);
      const pages: number[] = [];
      el.addEventListener('ap-article-list-load', (e) => pages.push(e.detail.page));
      pageButton(el, 'Trang 2').click();
      await aTimeout(50);
      pageButton(el, 'Trang 3').click();
      await oneEvent(el, 'ap-article-list-load');
      await aTimeout(600); // the answer for page 2 has arrived by now
      expect(pages).to.deep.equal([3]);
      expect(titles(el)).to.deep.equal(expected.items.map((a) => a.title));
    });

    it('leaves the URL alone without sync-url', async () => {
      history.replaceState(null, '', '?page=3');
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="5"></ap-article-list>`);
      await settled(el);
      expect(pagination(el).current).to.equal(1);
      pageButton(el, 'Trang 2').click();
      await oneEvent(el, 'ap-article-list-load');
      expect(location.search).to.equal('?page=3');
    });

    it('with sync-url, starts at ?page=, writes it back and follows the back button', async () => {
      const [page2, page3] = [await api({ page: 2, pageSize: 5 }), await api({ page: 3, pageSize: 5 })];
      history.replaceState(null, '', '?page=2');
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="5" sync-url></ap-article-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(page2.items.map((a) => a.title));
      pageButton(el, 'Trang 3').click();
      await oneEvent(el, 'ap-article-list-load');
      await settled(el);
      expect(new URL(location.href).searchParams.get('page')).to.equal('3');
      expect(titles(el)).to.deep.equal(page3.items.map((a) => a.title));
      history.back();
      await oneEvent(el, 'ap-article-list-load');
      await settled(el);
      expect(titles(el)).to.deep.equal(page2.items.map((a) => a.title));
    });

    it('with sync-url and url-param, uses that parameter', async () => {
      history.replaceState(null, '', '?trang=2&page=9');
      const expected = await api({ page: 2, pageSize: 5 });
      const el = await fixture<ApArticleList>(
        html`<ap-article-list src=${API} page-size="5" sync-url url-param="trang"></ap-article-list>`,
      );
      await settled(el);
      expect(titles(el)).to.deep.equal(expected.items.map((a) => a.title));
      pageButton(el, 'Trang 3').click();
      await oneEvent(el, 'ap-article-list-load');
      expect(new URL(location.href).searchParams.get('trang')).to.equal('3');
    });
  });

  describe('pagination links (href-template)', () => {
    const pageLink = (el: ApArticleList, page: number) =>
      pagination(el).shadowRoot!.querySelector<HTMLAnchorElement>(`a[aria-label="Trang ${page}"]`)!;

    it('with sync-url, gives the pagination links that change the page in place', async () => {
      const page2 = await api({ page: 2, pageSize: 5 });
      const el = await fixture<ApArticleList>(
        html`<ap-article-list src=${API} page-size="5" sync-url href-template="?page={page}"></ap-article-list>`,
      );
      await settled(el);
      expect(pageLink(el, 2).getAttribute('href')).to.equal('?page=2');
      const navigated: boolean[] = [];
      const record = (event: Event) => {
        navigated.push(!event.defaultPrevented);
        event.preventDefault();
      };
      window.addEventListener('click', record);
      try {
        pageLink(el, 2).click();
      } finally {
        window.removeEventListener('click', record);
      }
      await oneEvent(el, 'ap-article-list-load');
      await settled(el);
      expect(navigated).to.deep.equal([false]);
      expect(new URL(location.href).searchParams.get('page')).to.equal('2');
      expect(titles(el)).to.deep.equal(page2.items.map((a) => a.title));
    });

    it('without sync-url, leaves the link to the browser and loads nothing itself', async () => {
      const el = await fixture<ApArticleList>(
        html`<ap-article-list src=${API} page-size="5" href-template="?trang={page}"></ap-article-list>`,
      );
      await settled(el);
      const requests: string[] = [];
      window.fetch = (input, init) => {
        requests.push(String(input));
        return originalFetch(input, init);
      };
      const navigated: boolean[] = [];
      const record = (event: Event) => {
        navigated.push(!event.defaultPrevented);
        event.preventDefault(); // keeps the test page
      };
      window.addEventListener('click', record);
      try {
        pageLink(el, 2).click();
      } finally {
        window.removeEventListener('click', record);
      }
      await aTimeout(100);
      expect(navigated).to.deep.equal([true]);
      expect(requests).to.deep.equal([]);
      expect(pageLink(el, 2).getAttribute('href')).to.equal('?trang=2');
    });
  });

  describe('states', () => {
    it('shows a busy skeleton while loading', async () => {
      delay(/\/api\/v1\/articles/, 300);
      const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="4"></ap-article-list>`);
      expect(region(el).getAttribute('aria-busy')).to.equal('true');
      expect(status(el)).to.equal('Đang tải…');
      const skeleton = $(el, '.skeleton')!;
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      expect(skeleton.querySelectorAll('li')).to.have.length(4);
      await expect(el).to.be.accessible();
      await settled(el);
      expect($(el, '.skeleton')).to.be.null;
    });

    it('shows server-rendered light-DOM content until the first page arrives, then hides it', async () => {
      delay(/\/api\/v1\/articles/, 300);
      const el = await fixture<ApArticleList>(
        html`<ap-article-list src=${API} page-size="3"><ul><li><a href="/tin-tuc/bai-mot">Bài từ máy chủ</a></li></ul></ap-article-list>`,
      );
      const fallback = el.querySelector('ul')!;
      expect(fallback.assignedSlot).to.exist;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      expect($(el, '.skeleton')).to.be.null;
      await expect(el).to.be.accessible();
      await settled(el);
      expect(fallback.assignedSlot).to.be.null;
      expect(fallback.getBoundingClientRect().height).to.equal(0);
      expect(titles(el)).to.have.length(3);
      // Later loads show the skeleton, not the stale fallback.
      pageButton(el, 'Trang 2').click();
      await el.updateComplete;
      await waitUntil(() => $(el, '.skeleton'), 'no skeleton on the second load');
      expect(fallback.assignedSlot).to.be.null;
    });

    it('shows the empty state for a page past the last one', async () => {
      const { totalPages } = await api({ pageSize: 50 });
      history.replaceState(null, '', `?page=${totalPages + 1}`);
      const capture = captureWarnings(); // <ap-pagination> warns that the URL's page is past the last one
      try {
        const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="50" sync-url></ap-article-list>`);
        await settled(el);
        expect($(el, '[part~="empty"]')!.textContent).to.equal('Chưa có bài viết nào.');
        expect(status(el)).to.equal('Chưa có bài viết nào.');
        expect($(el, '[part~="list"]')).to.be.null;
        await expect(el).to.be.accessible();
      } finally {
        capture.restore();
      }
    });

    it('shows a generic error with a retry button and gives the details to ap-article-list-error and the console', async () => {
      const capture = captureWarnings();
      try {
        const failed = oneEvent(document, 'ap-article-list-error') as Promise<ApArticleListErrorEvent>;
        const el = await fixture<ApArticleList>(html`<ap-article-list src="/__test-api/server-error"></ap-article-list>`);
        const event = await failed;
        await settled(el);
        expect(event).to.be.instanceOf(ApArticleListErrorEvent);
        expect(event.detail.error).to.deep.include({ status: 500, code: 'internal_error', message: 'Something went wrong.' });
        expect(event.bubbles && event.composed && event.cancelable).to.be.true;
        const error = $(el, '[part~="error"]')!;
        expect(error.textContent).to.contain('Không tải được danh sách bài viết.');
        expect(error.textContent).not.to.contain('Something went wrong');
        expect($(el, '[part~="retry"]')!.textContent).to.equal('Thử lại');
        expect(status(el)).to.equal('Không tải được danh sách bài viết.');
        expect(capture.warnings).to.deep.equal(['<ap-article-list> could not load the articles: Something went wrong.']);
        await expect(el).to.be.accessible();
      } finally {
        capture.restore();
      }
    });

    it('keeps the console quiet when a listener cancels ap-article-list-error', async () => {
      const capture = captureWarnings();
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('ap-article-list-error', cancel);
      try {
        const el = await fixture<ApArticleList>(html`<ap-article-list src="/__test-api/server-error"></ap-article-list>`);
        await settled(el);
        expect($(el, '[part~="error"]')).to.exist;
        expect(capture.warnings).to.deep.equal([]);
      } finally {
        document.removeEventListener('ap-article-list-error', cancel);
        capture.restore();
      }
    });

    for (const [name, src, code] of [
      ['a non-JSON answer', '/__test-api/not-json', 'invalid_response'],
      ['an answer of the wrong shape', '/__test-api/echo', 'invalid_response'],
      ['a cover whose srcset is not text', '/__test-api/cover?bad=1', 'invalid_response'],
      ['a cover whose WebP srcset is not text', '/__test-api/cover?bad=webp', 'invalid_response'],
      ['an unknown category (404)', `${API}?category=khong-co`, 'not_found'],
      ['an unreachable server', 'http://127.0.0.1:9/api/v1/articles', 'network_error'],
    ]) {
      it(`goes to the error state on ${name}`, async () => {
        const errors: ApArticleListErrorEvent[] = [];
        const record = (e: ApArticleListErrorEvent) => {
          e.preventDefault();
          errors.push(e);
        };
        const el = await fixture<ApArticleList>(html`<ap-article-list src=${src} @ap-article-list-error=${record}></ap-article-list>`);
        await settled(el);
        expect(errors.map((e) => e.detail.error.code)).to.deep.equal([code]);
        expect($(el, '[part~="error"]')).to.exist;
      });
    }

    it('gives up after timeout milliseconds', async () => {
      // This element's own error (a list of an earlier test may still report one on the document).
      let caught!: (event: ApArticleListErrorEvent) => void;
      const failed = new Promise<ApArticleListErrorEvent>((resolve) => (caught = resolve));
      const record = (e: ApArticleListErrorEvent) => {
        e.preventDefault();
        caught(e);
      };
      await fixture(
        html`<ap-article-list src="/__test-api/slow?ms=60000" timeout="200" @ap-article-list-error=${record}></ap-article-list>`,
      );
      expect((await failed).detail.error.code).to.equal('timeout');
    });

    it('retries the same request, keeping focus in the widget', async () => {
      const expected = await api({ pageSize: 3 });
      // The first request fails (a real 500 from the test server), the retry reaches the API.
      let first = true;
      window.fetch = (input, init) => {
        const url = first ? '/__test-api/server-error' : input;
        first = false;
        return originalFetch(url, init);
      };
      const el = await fixture<ApArticleList>(
        html`<ap-article-list src=${API} page-size="3" @ap-article-list-error=${(e: Event) => e.preventDefault()}></ap-article-list>`,
      );
      await settled(el);
      const retry = $(el, '[part~="retry"]')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal(region(el));
      await settled(el);
      expect(titles(el)).to.deep.equal(expected.items.map((a) => a.title));
    });
  });

  describe('language', () => {
    it('speaks English under lang="en"', async () => {
      const expected = await api({ pageSize: 3 });
      const wrapper = await fixture(html`<div lang="en"><ap-article-list src=${API} page-size="3"></ap-article-list></div>`);
      const el = wrapper.querySelector('ap-article-list')!;
      await settled(el);
      const [article] = expected.items;
      const meta = $(el, '[part~="meta"]')!.textContent!;
      expect(meta).to.contain(`Views: ${new Intl.NumberFormat('en-GB').format(article.views!)}`);
      expect(meta).to.contain(viDate(article.publishedAt!)); // dd/mm/yyyy in both languages
      expect(status(el)).to.equal(`Page 1 of ${expected.totalPages}`);
      expect(region(el).getAttribute('aria-label')).to.equal('Articles');
      expect(pageButton(el, 'Page 2')).to.exist;
      await expect(wrapper).to.be.accessible();
    });

    it('names the region from label and the pagination after it; takes text overrides', async () => {
      const el = await fixture<ApArticleList>(
        html`<ap-article-list src=${API} page-size="3" label="Tin hoạt động" .strings=${{ views: (n: string) => `${n} lượt đọc` }}></ap-article-list>`,
      );
      await settled(el);
      expect(region(el).getAttribute('aria-label')).to.equal('Tin hoạt động');
      expect(pagination(el).shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Phân trang Tin hoạt động');
      expect($(el, '[part~="meta"]')!.textContent).to.match(/[\d.]+ lượt đọc/);
    });

    it('shows the error state in English', async () => {
      const el = await fixture(
        html`<div lang="en"><ap-article-list src="/__test-api/not-json" @ap-article-list-error=${(e: Event) => e.preventDefault()}></ap-article-list></div>`,
      );
      const list = el.querySelector('ap-article-list')!;
      await settled(list);
      expect($(list, '[part~="error"]')!.textContent).to.contain('The articles could not be loaded.');
      expect($(list, '[part~="retry"]')!.textContent).to.equal('Retry');
    });
  });

  describe('bad input', () => {
    it('falls back from a bad page-size and layout with one warning each, never throwing', async () => {
      const capture = captureWarnings();
      try {
        const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="abc" layout="carousel"></ap-article-list>`);
        await settled(el);
        el.requestUpdate();
        await el.updateComplete;
        expect(titles(el)).to.have.length(10);
        expect($(el, '[part~="list"]')!.classList.contains('list')).to.be.true;
        expect(capture.warnings).to.deep.equal([
          '<ap-article-list> page-size="abc" is not a whole number from 1 to 50; using 10.',
          '<ap-article-list> layout="carousel" is not list, grid or compact; using list.',
        ]);
      } finally {
        capture.restore();
      }
    });

    it('clamps a page-size and a heading level above their maximum and ignores a bad timeout', async () => {
      const capture = captureWarnings();
      try {
        const el = await fixture<ApArticleList>(
          html`<ap-article-list src=${API} page-size="500" timeout="soon" heading-level="7"></ap-article-list>`,
        );
        await settled(el);
        expect(titles(el)).to.have.length(Math.min(50, (await api({ pageSize: 50 })).total));
        expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('6');
        expect(capture.warnings).to.deep.equal([
          '<ap-article-list> page-size="500" is not a whole number from 1 to 50; using 50.',
          '<ap-article-list> heading-level="7" is not a whole number from 1 to 6; using 6.',
          '<ap-article-list> timeout="soon" is not a whole number from 1 to 120000; using 10000.',
        ]);
      } finally {
        capture.restore();
      }
    });

    it('shows the error state for a src that is not a URL', async () => {
      const el = await fixture<ApArticleList>(
        html`<ap-article-list src="http://[bad" @ap-article-list-error=${(e: Event) => e.preventDefault()}></ap-article-list>`,
      );
      await settled(el);
      expect($(el, '[part~="error"]')).to.exist;
    });
  });

  describe('accessibility (axe)', () => {
    for (const layout of ['list', 'grid', 'compact']) {
      it(`passes with the ${layout} layout`, async () => {
        const el = await fixture<ApArticleList>(html`<ap-article-list src=${API} page-size="5" layout=${layout}></ap-article-list>`);
        await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('styling', () => {
    it('takes its custom properties and is not restyled by the page', async () => {
      const style = document.createElement('style');
      style.textContent = 'li, a { display: none !important; color: lime !important; }';
      document.head.append(style);
      try {
        const el = await fixture<ApArticleList>(
          html`<ap-article-list src=${API} page-size="2" style="--ap-article-list-link-color: rgb(0, 80, 0)"></ap-article-list>`,
        );
        await settled(el);
        const link = $(el, '[part~="link"]')!;
        expect(getComputedStyle(link).color).to.equal('rgb(0, 80, 0)');
        expect(getComputedStyle($(el, '[part~="item"]')!).display).not.to.equal('none');
      } finally {
        style.remove();
      }
    });
  });
});

// Feed mode: the test portal server holds stored feeds (apps/server/test/feeds-in-widget-seed.mjs, run by
// scripts/test-portal-server.mjs): tin-so-tttt (fresh), tin-cu (last fetch failed), tin-xss, chua-co (never fetched), and
// tin-tam-dung (a disabled member site's feed: 410 site_disabled).
describe('ap-article-list with initialData (server rendering)', () => {
  /** Counts the requests to the articles API (still answered by the real server). */
  function countRequests() {
    const requests: string[] = [];
    window.fetch = (input, init) => {
      if (/\/api\/v1\/articles/.test(String(input))) requests.push(String(input));
      return originalFetch(input, init);
    };
    return requests;
  }

  /** A list connected with everything set beforehand (as hydration finds it), with the ap-article-list-load events it fires. */
  async function connect(setup: (el: ApArticleList) => void, parent: HTMLElement = document.body) {
    const el = document.createElement('ap-article-list');
    const loads: ApArticleListLoadEvent[] = [];
    el.addEventListener('ap-article-list-load', (event) => loads.push(event));
    setup(el);
    parent.append(el);
    await el.updateComplete;
    await pagination(el)?.updateComplete;
    return { el, loads };
  }

  afterEach(() => {
    window.fetch = originalFetch;
    history.replaceState(null, '', location.pathname);
    document.querySelectorAll('body > ap-article-list, body > div[lang]').forEach((e) => e.remove());
  });

  it('shows the given page and its pagination at once, asks nothing and fires no ap-article-list-load; picking page 2 loads page 2', async () => {
    const [page1, page2] = [await api({ pageSize: 5 }), await api({ page: 2, pageSize: 5 })];
    const requests = countRequests();
    const { el, loads } = await connect((list) => {
      list.src = API;
      list.pageSize = 5;
      list.initialData = page1;
    });
    // The first render already has everything: no skeleton, no busy region.
    expect(titles(el)).to.deep.equal(page1.items.map((a) => a.title));
    expect(region(el).getAttribute('aria-busy')).to.equal('false');
    expect(status(el)).to.equal(`Trang 1 / ${page1.totalPages}`);
    expect(pagination(el).totalPages).to.equal(page1.totalPages);
    expect(pagination(el).current).to.equal(1);
    await aTimeout(300);
    expect(requests).to.deep.equal([]);
    expect(loads).to.have.length(0);
    await expect(el).to.be.accessible();

    pageButton(el, 'Trang 2').click();
    const loaded = await oneEvent(el, 'ap-article-list-load');
    await settled(el);
    expect(loaded.detail.page).to.equal(2);
    expect(requests).to.have.length(1);
    expect(new URL(requests[0], location.href).searchParams.get('page')).to.equal('2');
    expect(titles(el)).to.deep.equal(page2.items.map((a) => a.title));
  });

  it('reads the data from a <script type="application/json"> child, which it neither shows nor slots', async () => {
    const page1 = await api({ pageSize: 3 });
    const requests = countRequests();
    const { el, loads } = await connect((list) => {
      list.setAttribute('src', API);
      list.setAttribute('page-size', '3');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(page1);
      list.append(script);
    });
    expect(titles(el)).to.deep.equal(page1.items.map((a) => a.title));
    expect($(el, 'slot')).to.be.null;
    expect(el.querySelector('script')!.assignedSlot).to.be.null;
    await aTimeout(300);
    expect(requests).to.deep.equal([]);
    expect(loads).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('starts on the page it is given; with sync-url, a different page in the URL is loaded instead', async () => {
    const [page2, page3] = [await api({ page: 2, pageSize: 5 }), await api({ page: 3, pageSize: 5 })];
    history.replaceState(null, '', '?page=2');
    const requests = countRequests();
    const given = await connect((list) => {
      list.src = API;
      list.pageSize = 5;
      list.syncUrl = true;
      list.initialData = page2;
    });
    expect(titles(given.el)).to.deep.equal(page2.items.map((a) => a.title));
    expect(pagination(given.el).current).to.equal(2);
    expect(requests).to.deep.equal([]);

    history.replaceState(null, '', '?page=3');
    const other = await connect((list) => {
      list.src = API;
      list.pageSize = 5;
      list.syncUrl = true;
      list.initialData = page2;
    });
    await settled(other.el);
    expect(titles(other.el)).to.deep.equal(page3.items.map((a) => a.title));
    expect(requests).to.have.length(1);
    expect(other.loads.map((event) => event.detail.page)).to.deep.equal([3]);
  });

  it('ignores data of the wrong shape and loads the first page as usual', async () => {
    const page1 = await api({ pageSize: 4 });
    const requests = countRequests();
    for (const bad of [{ items: 'none' }, { ...page1, items: [{ ...page1.items[0], url: 'javascript:alert(1)' }] }, null, 'text']) {
      const { el } = await connect((list) => {
        list.src = API;
        list.pageSize = 4;
        list.initialData = bad;
      });
      await settled(el);
      expect(titles(el)).to.deep.equal(page1.items.map((a) => a.title));
      el.remove();
    }
    expect(requests).to.have.length(4);
  });

  it("speaks the page's language, its pagination too, and passes axe in English", async () => {
    const page1 = await api({ pageSize: 5 });
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    document.body.append(wrapper);
    const requests = countRequests();
    const { el } = await connect((list) => {
      list.src = API;
      list.pageSize = 5;
      list.initialData = page1;
    }, wrapper);
    expect(status(el)).to.equal(`Page 1 of ${page1.totalPages}`);
    expect(pagination(el).getAttribute('lang')).to.equal('en');
    expect(pageButton(el, 'Next page')).to.exist;
    expect($(el, '[part~="meta"]')!.textContent).to.match(/Views: [\d,]+/);
    expect(requests).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('ap-article-list with feed', () => {
  const feedApi = async (feed: string) => (await (await fetch(`/api/v1/feeds/${feed}/items?page=1&pageSize=10`)).json()) as ArticlePage;

  it('shows a sibling feed through the API under <ap-portal>, linking to the source articles', async () => {
    const expected = await feedApi('tin-so-tttt');
    expect(expected.items).to.have.length(3);
    const portal = await fixture(html`<ap-portal api="/api/v1"><ap-article-list feed="tin-so-tttt"></ap-article-list></ap-portal>`);
    const el = portal.querySelector<ApArticleList>('ap-article-list')!;
    await settled(el);
    expect(titles(el)).to.deep.equal(expected.items.map((item) => item.title));
    const links = $$<HTMLAnchorElement>(el, '[part~="link"]').map((a) => a.href);
    expect(links).to.deep.equal(expected.items.map((item) => item.url));
    expect(links.every((href) => href.startsWith('https://stttt.example.gov.vn/'))).to.be.true;
    // No view counts for feed items, and no stale notice for a fresh feed.
    expect($(el, '[part~="meta"]')!.textContent).not.to.contain('Lượt xem');
    expect($(el, '[part="stale"]')).to.be.null;
    const img = $<HTMLImageElement>(el, 'img[part~="image"]')!;
    expect(img.getAttribute('src')).to.equal('https://stttt.example.gov.vn/media/hoi-nghi.jpg');
    expect([img.hasAttribute('width'), img.hasAttribute('height')]).to.deep.equal([false, false]);
    expect(status(el)).to.equal('Trang 1 / 1');
    await expect(el).to.be.accessible();
  });

  it('shows a discreet notice when the feed could not be refreshed, with the last good items', async () => {
    const el = await fixture<ApArticleList>(html`<ap-article-list feed="tin-cu" layout="grid"></ap-article-list>`);
    await settled(el);
    expect(titles(el)).to.have.length(3);
    const notice = $(el, '[part="stale"]')!;
    expect(notice.textContent).to.equal('Tin từ nguồn này có thể chưa được cập nhật.');
    expect(region(el).contains(notice)).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('a feed never fetched shows the empty state and the notice; an unknown feed the error state', async () => {
    const empty = await fixture<ApArticleList>(html`<ap-article-list feed="chua-co" .strings=${{ stale: 'Old news.' }}></ap-article-list>`);
    await settled(empty);
    expect($(empty, '[part="empty"]')).to.exist;
    expect($(empty, '[part="stale"]')!.textContent).to.equal('Old news.');

    const unknown = await fixture<ApArticleList>(
      html`<ap-article-list feed="khong-co" @ap-article-list-error=${(e: Event) => e.preventDefault()}></ap-article-list>`,
    );
    await settled(unknown);
    expect($(unknown, '[part="error"]')).to.exist;
  });

  it('a disabled member site’s feed (410 site_disabled) shows a quiet unavailable line, in Vietnamese and English', async () => {
    const answer = await fetch('/api/v1/feeds/tin-tam-dung/items?page=1&pageSize=10');
    expect(answer.status).to.equal(410);
    expect(((await answer.json()) as { error: { code: string } }).error.code).to.equal('site_disabled');

    const errors: ApArticleListErrorEvent[] = [];
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<ApArticleList>(
        html`<ap-article-list feed="tin-tam-dung" @ap-article-list-error=${(e: ApArticleListErrorEvent) => errors.push(e)}></ap-article-list>`,
      );
      await settled(el);
      const line = $(el, '[part="unavailable"]')!;
      expect(line.textContent).to.equal('Tin từ đơn vị này tạm thời không hiển thị.');
      expect(region(el).contains(line)).to.be.true;
      expect(status(el)).to.equal('Tin từ đơn vị này tạm thời không hiển thị.');
      // Not the error state: no alarm, no retry button, no items, no pagination.
      expect($(el, '[part="error"], [part~="retry"], [part~="item"], ap-pagination')).to.be.null;
      // A short muted line: the muted text colour, smaller than the list's text.
      expect(getComputedStyle(line).color).to.equal('rgb(85, 93, 102)');
      expect(parseFloat(getComputedStyle(line).fontSize)).to.be.lessThan(parseFloat(getComputedStyle(region(el)).fontSize));
      expect(errors.map((e) => [e.detail.error.status, e.detail.error.code])).to.deep.equal([[410, 'site_disabled']]);
      expect(warnings, 'nothing warned on the console').to.deep.equal([]);
      await expect(el).to.be.accessible();

      const wrapper = await fixture(html`<div lang="en"><ap-article-list feed="tin-tam-dung"></ap-article-list></div>`);
      const en = wrapper.querySelector<ApArticleList>('ap-article-list')!;
      await settled(en);
      expect($(en, '[part="unavailable"]')!.textContent).to.equal('News from this site is not available at the moment.');
      await expect(en).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('items without a date have no time; hostile feed content stays text', async () => {
    const el = await fixture<ApArticleList>(html`<ap-article-list feed="tin-xss" page-size="10"></ap-article-list>`);
    await settled(el);
    const items = $$(el, '[part~="item"]');
    expect(items.length).to.be.greaterThan(3);
    const undated = items.find((item) => item.textContent!.includes('javascript: item link'))!;
    expect(undated.querySelector('time')).to.be.null;
    expect(titles(el)).to.include('<script>alert("title")</script> Tiêu đề có thẻ script');
    expect(el.shadowRoot!.querySelector('script, iframe, [onerror], [onclick]')).to.be.null;
    for (const a of $$<HTMLAnchorElement>(el, 'a')) expect(a.protocol).to.match(/^https?:$/);
  });

  it('changing the feed goes back to page 1 and loads the other feed', async () => {
    const el = await fixture<ApArticleList>(html`<ap-article-list feed="tin-so-tttt" page-size="2"></ap-article-list>`);
    await settled(el);
    const firstTitles = titles(el);
    el.feed = 'tin-xss';
    await waitUntil(() => titles(el)[0] !== firstTitles[0], 'the other feed did not load', { timeout: 8000 });
    await settled(el);
    expect(status(el)).to.match(/^Trang 1 \//);
  });
});
