import { foldDiacritics } from '../fold.js';

/** Lowercase letters a-z and digits in words joined by single hyphens: what an article's address may use. */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const MAX_SLUG_LENGTH = 96;

/**
 * The slug of a title: diacritics folded (`đ` -> `d`), anything else that is not a-z or 0-9 becomes a hyphen, cut
 * at a word boundary to MAX_SLUG_LENGTH. "Hội nghị Ban Chấp hành Đảng bộ lần thứ 5" -> "hoi-nghi-ban-chap-hanh-dang-bo-lan-thu-5".
 * Empty when the title has no letter or digit it can keep.
 */
export function slugify(title: string): string {
  const words = foldDiacritics(title)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) return slug || word.slice(0, MAX_SLUG_LENGTH);
    slug = next;
  }
  return slug;
}

/**
 * The first of `base`, `base-2`, `base-3`, ... that `taken` says is free. `base` is assumed to be a valid slug;
 * the suffix never makes it longer than MAX_SLUG_LENGTH.
 */
export async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '') + suffix;
    if (!(await taken(candidate))) return candidate;
  }
}
