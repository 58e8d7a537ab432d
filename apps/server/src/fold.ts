/**
 * Text in lower case without diacritics, as Vietnamese is often typed: "Chuyển đổi số" -> "chuyen doi so". Unicode
 * decomposition drops the tone and vowel marks (also of letters with two marks); `đ` has none to drop, so it is
 * mapped to `d` by hand.
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
