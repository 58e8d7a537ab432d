import { expect } from '@open-wc/testing';
import { pageHref, pageItems, responsivePageItems, type PageItem } from '../src/page-items.js';

/** Renders items as text: `1 … 4 [5] 6 … 10`. */
const show = (items: PageItem[]) => items.map((i) => (i.type === 'ellipsis' ? '…' : i.current ? `[${i.page}]` : String(i.page))).join(' ');

describe('pageItems', () => {
  it('shows first, last, current and one page each side, with ellipses between', () => {
    expect(show(pageItems(5, 10))).to.equal('1 … 4 [5] 6 … 10');
  });

  it('shows every page when there are few', () => {
    expect(show(pageItems(1, 1))).to.equal('[1]');
    expect(show(pageItems(2, 3))).to.equal('1 [2] 3');
    expect(show(pageItems(3, 5))).to.equal('1 2 [3] 4 5');
  });

  it('shows a single skipped page instead of an ellipsis', () => {
    expect(show(pageItems(4, 10))).to.equal('1 2 3 [4] 5 … 10');
    expect(show(pageItems(7, 10))).to.equal('1 … 6 [7] 8 9 10');
  });

  it('handles the first and last pages', () => {
    expect(show(pageItems(1, 10))).to.equal('[1] 2 … 10');
    expect(show(pageItems(10, 10))).to.equal('1 … 9 [10]');
  });

  it('shows fewer pages with fewer siblings', () => {
    expect(show(pageItems(5, 10, { siblings: 0 }))).to.equal('1 … [5] … 10');
    expect(show(pageItems(5, 10, { siblings: 2 }))).to.equal('1 2 3 4 [5] 6 7 … 10');
  });

  it('returns nothing for no pages', () => {
    expect(pageItems(1, 0)).to.deep.equal([]);
  });

  it('fills every {page} in an href template', () => {
    expect(pageHref('?page={page}', 3)).to.equal('?page=3');
    expect(pageHref('/tin-tuc/{page}?p={page}', 12)).to.equal('/tin-tuc/12?p=12');
  });
});

describe('responsivePageItems', () => {
  /** The list a layout shows: the items not left out of it. */
  const layout = (current: number, total: number, siblings: number, hidden: 'wide' | 'narrow') =>
    responsivePageItems(current, total, siblings)
      .filter((item) => item.only !== hidden)
      .map(({ only: _only, ...item }) => item);

  it('marks the pages and ellipses only one layout shows', () => {
    const marks = responsivePageItems(3, 10).map((i) => (i.type === 'ellipsis' ? '…' : String(i.page)) + (i.only ? `(${i.only})` : ''));
    expect(marks.join(' ')).to.equal('1 2 3 …(narrow) 4(wide) …(wide) 10');
  });

  it('gives exactly the wide list without the narrow-only items and the narrow list without the wide-only ones', () => {
    for (const total of [1, 2, 5, 7, 10, 30]) {
      for (let current = 1; current <= total; current++) {
        for (const siblings of [0, 1, 2, 3]) {
          const at = `page ${current} of ${total}, ${siblings} siblings`;
          expect(layout(current, total, siblings, 'narrow'), at).to.deep.equal(pageItems(current, total, { siblings }));
          expect(layout(current, total, siblings, 'wide'), at).to.deep.equal(pageItems(current, total, { siblings: 0 }));
        }
      }
    }
  });
});
