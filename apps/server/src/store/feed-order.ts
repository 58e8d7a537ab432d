import type { NewFeedItem } from './types.js';

/**
 * The items of a fetch in the order they are stored and shown: newest first; undated items after the dated ones,
 * in the order the feed gave them. Of items with one key, the first is kept. Both stores use it.
 */
export function displayOrder(items: NewFeedItem[]): NewFeedItem[] {
  const seen = new Set<string>();
  const unique = items.filter((item) => !seen.has(item.key) && seen.add(item.key));
  return unique
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const at = a.item.publishedAt?.getTime();
      const bt = b.item.publishedAt?.getTime();
      if (at !== undefined && bt !== undefined && at !== bt) return bt - at;
      if ((at === undefined) !== (bt === undefined)) return at === undefined ? 1 : -1;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
