import type { Locale } from '@agency-portal/core';

/** Every text `<ap-ad-strip>` shows or announces; override any of them with the `strings` property. */
export interface AdStripStrings {
  /** Accessible name of the strip when there is no `label` attribute. */
  label: string;
}

export const adStripStrings: Record<Locale, AdStripStrings> = {
  vi: { label: 'Liên kết website' },
  en: { label: 'Partner links' },
};
