import { splitLocalePath, type Lang } from '@agency-portal/portal/templates.js';
import { NEWSROOM_BASE } from '@agency-portal/newsroom/shell.js';

/**
 * The language of the page at `url`, from its address alone: English under `/en/` (and the English newsroom,
 * `/admin/`), Vietnamese everywhere else. No cookie or header changes it, so one URL is one page for every reader and
 * every cache.
 */
export function urlLang(url: string): Lang {
  const path = url.split('?')[0];
  if (path === NEWSROOM_BASE.en.replace(/\/$/, '') || path.startsWith(NEWSROOM_BASE.en)) return 'en';
  return splitLocalePath(path).lang;
}
