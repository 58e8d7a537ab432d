import { expect } from '@open-wc/testing';
import { pageHref, pageItems, type PageItem } from '../src/page-items.js';

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
