import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ApPagination } from '../src/pagination.js';
import { ApPageChangeEvent } from '../src/events.js';

/** Whether CSS shows the element (the narrow layout hides some items). */
const displayed = (e: Element) => getComputedStyle(e).display !== 'none';
/** The controls on screen. */
const controls = (el: ApPagination) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="link"]')].filter((c) => displayed(c.parentElement!));
/** Text that is not hidden from assistive technology. */
const spoken = (node: Node): string =>
  node instanceof Element && node.getAttribute('aria-hidden') === 'true'
    ? ''
    : node.nodeType === Node.TEXT_NODE
      ? node.textContent!
      : [...node.childNodes].map(spoken).join('');
/** Accessible names: aria-label, or the text screen readers get. */
const names = (el: ApPagination) => controls(el).map((c) => c.getAttribute('aria-label') ?? spoken(c).trim());
const pageControl = (el: ApPagination, page: number) => controls(el).find((c) => c.textContent!.trim() === String(page))!;
const current = (el: ApPagination) => el.shadowRoot!.querySelector<HTMLElement>('[aria-current="page"]');
const part = (el: ApPagination, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** What the list shows, as text: `‹ 1 … 4 [5] 6 … 10 ›`. */
const shown = (el: ApPagination) =>
  [...el.shadowRoot!.querySelectorAll('li')]
    .filter(displayed)
    .map((li) => {
      const control = li.querySelector<HTMLElement>('a, button');
      if (!control) return li.textContent!.trim();
      if (control.matches('[part~="previous"]')) return control.getAttribute('aria-disabled') ? '(‹)' : '‹';
      if (control.matches('[part~="next"]')) return control.getAttribute('aria-disabled') ? '(›)' : '›';
      return control.getAttribute('aria-current') ? `[${control.textContent!.trim()}]` : control.textContent!.trim();
    })
    .join(' ');

function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

function resetUrl() {
  history.replaceState(null, '', location.pathname);
}

describe('ap-pagination', () => {
  afterEach(resetUrl);

  describe('structure and names', () => {
    it('is a labelled nav with a list of pages and previous/next', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="10" current="5"></ap-pagination>`);
      const nav = el.shadowRoot!.querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('Phân trang');
      expect(nav.querySelector('ul[role="list"]')).to.exist;
      expect(shown(el)).to.equal('‹ 1 … 4 [5] 6 … 10 ›');
    });

    it('names pages "Trang N" in Vietnamese and marks only the current one', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="3" current="2"></ap-pagination>`);
      expect(names(el)).to.deep.equal(['Trang trước', 'Trang 1', 'Trang 2', 'Trang 3', 'Trang sau']);
      expect(el.shadowRoot!.querySelectorAll('[aria-current]').length).to.equal(1);
      expect(current(el)!.textContent!.trim()).to.equal('2');
      expect(current(el)!.getAttribute('part')).to.equal('link current');
    });

    it('speaks English under lang="en" and follows a change of lang', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><ap-pagination total-pages="3" current="2"></ap-pagination></div>`);
      const el = wrapper.querySelector('ap-pagination')!;
      expect(names(el)).to.deep.equal(['Previous page', 'Page 1', 'Page 2', 'Page 3', 'Next page']);
      expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Pagination');
      wrapper.lang = 'vi-VN';
      await waitUntil(() => names(el)[1] === 'Trang 1', 'locale did not follow lang');
    });

    it('does not present the ellipsis as a page', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="20" current="10"></ap-pagination>`);
      const ellipses = [...el.shadowRoot!.querySelectorAll('[part~="ellipsis"]')].filter(displayed);
      expect(ellipses.length).to.equal(2);
      for (const e of ellipses) {
        expect(e.textContent!.trim()).to.equal('…');
        expect(e.querySelector('a, button')).to.be.null;
      }
    });

    it('gives two paginations on one page different names', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <ap-pagination total-pages="4" label="Phân trang tin tức"></ap-pagination>
          <ap-pagination total-pages="4" label="Phân trang văn bản"></ap-pagination>
        </div>`,
      );
      const labels = [...wrapper.querySelectorAll('ap-pagination')].map((p) =>
        p.shadowRoot!.querySelector('nav')!.getAttribute('aria-label'),
      );
      expect(labels).to.deep.equal(['Phân trang tin tức', 'Phân trang văn bản']);
    });

    it('takes overrides for its texts', async () => {
      const el = await fixture<ApPagination>(
        html`<ap-pagination
          total-pages="3"
          current="2"
          .strings=${{ previous: 'Về trước', page: (n: string) => `Tới trang ${n}` }}
        ></ap-pagination>`,
      );
      expect(names(el)).to.deep.equal(['Về trước', 'Tới trang 1', 'Tới trang 2', 'Tới trang 3', 'Trang sau']);
    });

    it('renders nothing for a single page', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="1"></ap-pagination>`);
      expect(el.shadowRoot!.querySelector('nav')).to.be.null;
    });
  });

  describe('button mode', () => {
    it('disables previous on the first page and next on the last, keeping them focusable', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="5" current="1"></ap-pagination>`);
      expect(shown(el)).to.equal('(‹) [1] 2 … 5 ›');
      el.current = 5;
      await el.updateComplete;
      expect(shown(el)).to.equal('‹ 1 … 4 [5] (›)');
      const next = part(el, 'next')!;
      expect(next.tagName).to.equal('BUTTON');
      expect(next.hasAttribute('disabled')).to.be.false;
    });

    it('fires a typed, bubbling, composed, cancelable ap-page-change and moves to the page', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="10" current="1"></ap-pagination>`);
      const eventPromise = oneEvent(document, 'ap-page-change');
      pageControl(el, 2).click();
      const event = await eventPromise;
      expect(event).to.be.instanceOf(ApPageChangeEvent);
      expect(event.detail).to.deep.equal({ page: 2, previousPage: 1 });
      expect(event.bubbles && event.composed && event.cancelable).to.be.true;
      await el.updateComplete;
      expect(el.current).to.equal(2);
      expect(shown(el)).to.equal('‹ 1 [2] 3 … 10 ›');
    });

    it('goes to the previous and next pages', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="10" current="5"></ap-pagination>`);
      part(el, 'next')!.click();
      await el.updateComplete;
      expect(el.current).to.equal(6);
      part(el, 'previous')!.click();
      await el.updateComplete;
      part(el, 'previous')!.click();
      await el.updateComplete;
      expect(el.current).to.equal(4);
    });

    it('keeps the page when the event is cancelled', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="10" current="3"></ap-pagination>`);
      el.addEventListener('ap-page-change', (e) => e.preventDefault());
      pageControl(el, 4).click();
      await el.updateComplete;
      expect(el.current).to.equal(3);
      expect(current(el)!.textContent!.trim()).to.equal('3');
    });

    it('fires nothing for the current page or a disabled control', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="4" current="1"></ap-pagination>`);
      let fired = 0;
      el.addEventListener('ap-page-change', () => fired++);
      pageControl(el, 1).click();
      part(el, 'previous')!.click();
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(el.current).to.equal(1);
    });
  });

  describe('link mode', () => {
    it('renders plain links from href-template and leaves out previous/next at the ends', async () => {
      const el = await fixture<ApPagination>(
        html`<ap-pagination total-pages="6" current="1" href-template="?page={page}"></ap-pagination>`,
      );
      expect(controls(el).every((c) => c.tagName === 'A')).to.be.true;
      expect(controls(el).map((c) => c.getAttribute('href'))).to.deep.equal(['?page=1', '?page=2', '?page=6', '?page=2']);
      expect(part(el, 'previous')).to.be.null;
      expect(part(el, 'next')!.getAttribute('rel')).to.equal('next');
      el.current = 6;
      await el.updateComplete;
      expect(part(el, 'next')).to.be.null;
      expect(part(el, 'previous')!.getAttribute('href')).to.equal('?page=5');
      expect(part(el, 'previous')!.getAttribute('rel')).to.equal('prev');
    });

    it('lets the link navigate unless the event is cancelled', async () => {
      const el = await fixture<ApPagination>(
        html`<ap-pagination total-pages="6" current="1" href-template="?page={page}"></ap-pagination>`,
      );
      const prevented: boolean[] = [];
      // Runs after the widget's own handler; stops the real navigation so the test page stays.
      const record = (e: Event) => {
        prevented.push(e.defaultPrevented);
        e.preventDefault();
      };
      window.addEventListener('click', record);
      try {
        pageControl(el, 2).click();
        el.addEventListener('ap-page-change', (e) => e.preventDefault(), { once: true });
        pageControl(el, 2).click();
      } finally {
        window.removeEventListener('click', record);
      }
      expect(prevented).to.deep.equal([false, true]);
    });

    it('leaves modified clicks (new tab) to the browser without an event', async () => {
      const el = await fixture<ApPagination>(
        html`<ap-pagination total-pages="6" current="1" href-template="?page={page}"></ap-pagination>`,
      );
      let fired = 0;
      el.addEventListener('ap-page-change', () => fired++);
      const stop = (e: Event) => e.preventDefault();
      window.addEventListener('click', stop);
      pageControl(el, 2).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      window.removeEventListener('click', stop);
      expect(fired).to.equal(0);
    });
  });

  describe('URL sync', () => {
    it('reads the page from the URL and writes it back with the History API', async () => {
      history.replaceState(null, '', '?page=4');
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="10" sync-url></ap-pagination>`);
      expect(el.current).to.equal(4);
      const length = history.length;
      pageControl(el, 5).click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('page')).to.equal('5');
      expect(history.length).to.equal(length + 1);
    });

    it('follows the back button and tells listeners', async () => {
      history.replaceState(null, '', '?page=2');
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="10" sync-url></ap-pagination>`);
      pageControl(el, 3).click();
      await el.updateComplete;
      const eventPromise = oneEvent(el, 'ap-page-change');
      history.back();
      const event = await eventPromise;
      expect(event.detail).to.deep.equal({ page: 2, previousPage: 3 });
      expect(event.cancelable).to.be.false;
      expect(el.current).to.equal(2);
    });

    it('uses a custom parameter and keeps links in link mode from navigating', async () => {
      const el = await fixture<ApPagination>(
        html`<ap-pagination total-pages="10" sync-url url-param="trang" href-template="?trang={page}"></ap-pagination>`,
      );
      pageControl(el, 2).click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('trang')).to.equal('2');
      expect(el.current).to.equal(2);
    });
  });

  describe('keyboard and focus', () => {
    it('is operable with Tab and Enter, keeping focus on the chosen page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>before</button><ap-pagination total-pages="10" current="1"></ap-pagination></div>`,
      );
      const el = wrapper.querySelector('ap-pagination')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' }); // previous (aria-disabled, still focusable)
      await sendKeys({ press: 'Tab' }); // 1
      await sendKeys({ press: 'Tab' }); // 2
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('2');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.current).to.equal(2);
      expect(el.shadowRoot!.activeElement).to.equal(current(el));
    });

    it('activates with Space and keeps focus on next when it becomes disabled', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="3" current="2"></ap-pagination>`);
      part(el, 'next')!.focus();
      await sendKeys({ press: ' ' }); // Space, named by its key value so every driver knows it
      await el.updateComplete;
      expect(el.current).to.equal(3);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'next'));
      expect(part(el, 'next')!.getAttribute('aria-disabled')).to.equal('true');
    });

    it('moves focus to the current page when the focused link disappears', async () => {
      const el = await fixture<ApPagination>(
        html`<ap-pagination total-pages="3" current="2" sync-url href-template="?page={page}"></ap-pagination>`,
      );
      part(el, 'next')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.current).to.equal(3);
      expect(part(el, 'next')).to.be.null;
      expect(el.shadowRoot!.activeElement).to.equal(current(el));
    });
  });

  describe('bad input', () => {
    it('shows page 1 for current="abc" with one warning', async () => {
      const capture = captureWarnings();
      try {
        const el = await fixture<ApPagination>(html`<ap-pagination total-pages="5" current="abc"></ap-pagination>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(shown(el)).to.equal('(‹) [1] 2 … 5 ›');
        expect(capture.warnings).to.have.length(1);
        expect(capture.warnings[0]).to.contain('current="abc" is not a whole number from 1 to 5; using 1');
      } finally {
        capture.restore();
      }
    });

    it('clamps negative and too-large pages, warning each time', async () => {
      const capture = captureWarnings();
      try {
        const el = await fixture<ApPagination>(html`<ap-pagination total-pages="5" current="-3"></ap-pagination>`);
        expect(current(el)!.textContent!.trim()).to.equal('1');
        el.current = 99;
        await el.updateComplete;
        expect(current(el)!.textContent!.trim()).to.equal('5');
        expect(capture.warnings).to.have.length(2);
        expect(capture.warnings[1]).to.contain('current="99" is not a whole number from 1 to 5; using 5');
      } finally {
        capture.restore();
      }
    });

    it('renders nothing for a bad page count, without throwing', async () => {
      const capture = captureWarnings();
      try {
        const el = await fixture<ApPagination>(html`<ap-pagination total-pages="many"></ap-pagination>`);
        expect(el.shadowRoot!.querySelector('nav')).to.be.null;
        expect(capture.warnings).to.have.length(1);
      } finally {
        capture.restore();
      }
    });
  });

  describe('narrow containers (CSS container queries)', () => {
    /** What previous shows on screen: its arrow, or its words. */
    const previousShows = (el: ApPagination) => {
      const [arrow, words] = [part(el, 'previous')!.querySelector('.arrow')!, part(el, 'previous')!.querySelector('.words')!];
      const visible = (e: Element) => displayed(e) && e.getBoundingClientRect().width > 1;
      return [visible(arrow) && arrow.textContent, visible(words) && words.textContent].filter(Boolean).join(' + ');
    };

    it('shows fewer pages and arrow-only previous/next that keep their names', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><ap-pagination total-pages="10" current="5"></ap-pagination></div>`,
      );
      const el = wrapper.querySelector('ap-pagination')!;
      expect(shown(el)).to.equal('‹ 1 … [5] … 10 ›');
      expect(previousShows(el)).to.equal('‹');
      expect(names(el)).to.deep.equal(['Trang trước', 'Trang 1', 'Trang 5', 'Trang 10', 'Trang sau']);
      wrapper.style.width = '800px';
      expect(shown(el)).to.equal('‹ 1 … 4 [5] 6 … 10 ›');
      expect(previousShows(el)).to.equal('Trang trước');
    });

    it('renders once for every width: resizing changes no markup and needs no update', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 800px"><ap-pagination total-pages="10" current="3"></ap-pagination></div>`,
      );
      const el = wrapper.querySelector('ap-pagination')!;
      const markup = el.shadowRoot!.innerHTML;
      expect(shown(el)).to.equal('‹ 1 2 [3] 4 … 10 ›');
      wrapper.style.width = '300px';
      expect(shown(el)).to.equal('‹ 1 2 [3] … 10 ›');
      await nextFrame();
      expect(el.isUpdatePending).to.be.false;
      expect(el.shadowRoot!.innerHTML).to.equal(markup);
    });

    it("answers to its own width, not the window's", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="display: flex; width: 900px"><div style="width: 300px"><ap-pagination total-pages="20" current="10"></ap-pagination></div></div>`,
      );
      const el = wrapper.querySelector('ap-pagination')!;
      expect(shown(el)).to.equal('‹ 1 … [10] … 20 ›');
      expect(el.getBoundingClientRect().width).to.equal(300);
    });

    it('keeps the current page and a focused control usable in English', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en" style="width: 300px"><ap-pagination total-pages="8" current="2"></ap-pagination></div>`,
      );
      const el = wrapper.querySelector('ap-pagination')!;
      expect(names(el)).to.deep.equal(['Previous page', 'Page 1', 'Page 2', 'Page 8', 'Next page']);
      part(el, 'next')!.focus();
      part(el, 'next')!.click();
      await el.updateComplete;
      expect(shown(el)).to.equal('‹ 1 2 [3] … 8 ›');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'next'));
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('styling', () => {
    it('takes colours from its custom properties and parts', async () => {
      const el = await fixture<ApPagination>(
        html`<ap-pagination style="--ap-pagination-current-background: rgb(0, 80, 0)" total-pages="3" current="2"></ap-pagination>`,
      );
      expect(getComputedStyle(current(el)!).backgroundColor).to.equal('rgb(0, 80, 0)');
      expect(part(el, 'nav')!.tagName).to.equal('NAV');
      expect(part(el, 'list')!.tagName).to.equal('UL');
    });

    it('is not restyled by the page', async () => {
      const style = document.createElement('style');
      style.textContent = 'a, button, li { display: none !important; color: lime !important; }';
      document.head.append(style);
      try {
        const el = await fixture<ApPagination>(html`<ap-pagination total-pages="3" current="2"></ap-pagination>`);
        expect(getComputedStyle(current(el)!).display).to.not.equal('none');
      } finally {
        style.remove();
      }
    });
  });

  describe('accessibility (axe)', () => {
    it('passes in button mode on a middle page', async () => {
      const el = await fixture<ApPagination>(html`<ap-pagination total-pages="20" current="10"></ap-pagination>`);
      await expect(el).to.be.accessible();
    });

    it('passes in link mode on the first page', async () => {
      const el = await fixture<ApPagination>(
        html`<ap-pagination total-pages="20" current="1" href-template="?page={page}"></ap-pagination>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes in English on a narrow container', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en" style="width: 300px"><ap-pagination total-pages="8" current="8" href-template="?page={page}"></ap-pagination></div>`,
      );
      await expect(wrapper).to.be.accessible();
    });
  });
});
