/** A piece of HTML that templates insert as is, such as the result of a nested `html` template. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What a markup template accepts: text and numbers are escaped; `false`, null and undefined render nothing. */
export type MarkupValue<Safe> = Safe | string | number | false | null | undefined | MarkupValue<Safe>[];

/**
 * Makes a tagged template for a markup language: every interpolated value is escaped with `escape`, except
 * pieces of the template's own `Safe` kind (nested templates), which go in as they are; arrays are joined.
 */
export function markupTemplate<Safe extends { readonly value: string }>(
  Safe: new (value: string) => Safe,
  escape: (text: string) => string,
) {
  const render = (value: MarkupValue<Safe>): string => {
    if (value instanceof Safe) return value.value;
    if (Array.isArray(value)) return value.map(render).join('');
    if (value === false || value === null || value === undefined) return '';
    return escape(String(value));
  };
  return (strings: TemplateStringsArray, ...values: MarkupValue<Safe>[]): Safe =>
    new Safe(values.reduce<string>((out, value, i) => out + render(value) + strings[i + 1], strings[0]));
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** Tagged template for HTML: every interpolated value is escaped unless it is SafeHtml; arrays are joined. */
export const html = markupTemplate(SafeHtml, escapeHtml);
