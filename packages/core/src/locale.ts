export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** Maps a `lang` value (`vi`, `vi-VN`, `en-US`, ...) to a supported locale; anything else is Vietnamese. */
export function toLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : DEFAULT_LOCALE;
}

/** The BCP 47 tag the Intl formatters use for a locale. */
export function localeTag(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}

/** One string per plural category; `other` is required (Vietnamese has no other category). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Picks the plural form for `count` and fills `{count}` with the formatted number. */
export function plural(locale: Locale, count: number, forms: PluralForms, formatted = String(count)): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(localeTag(locale))));
  return (forms[rules.select(count)] ?? forms.other).replaceAll('{count}', formatted);
}
