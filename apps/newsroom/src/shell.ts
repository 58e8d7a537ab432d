// The newsroom's page, rendered by the server for every address under /quan-tri/ (Vietnamese) and /admin/
// (English): the header and navigation as HTML, and <nr-app>, which shows the list or the editor the address
// names. The browser build's files are read from its Vite manifest.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { html } from '@agency-portal/portal/html.js';
import { localePath, SITE_NAME } from '@agency-portal/portal/templates.js';

/** The built browser side; the server serves this folder under NEWSROOM_ASSETS_PREFIX. */
export const NEWSROOM_CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));
export const NEWSROOM_ASSETS_PREFIX = '/newsroom/';
/** Hashed files live under this subfolder of NEWSROOM_CLIENT_DIR and can be cached for good. */
export const NEWSROOM_HASHED_DIR = 'v';

export type NewsroomLang = 'vi' | 'en';
/** Where the newsroom lives in each language. */
export const NEWSROOM_BASE: Record<NewsroomLang, string> = { vi: '/quan-tri/', en: '/admin/' };

export interface NewsroomAssets {
  styles: string[];
  scripts: string[];
  /** The chunks the entry imports, fetched at once with the entry instead of after it (`modulepreload`). */
  preloads?: string[];
}

const ENTRY = 'src/client/main.ts';

/** The URLs of the newsroom's stylesheet and script, from the build's manifest; throws when it is not built. */
export function loadNewsroomAssets(clientDir = NEWSROOM_CLIENT_DIR): NewsroomAssets {
  const path = `${clientDir}.vite/manifest.json`;
  let manifest: Record<string, { file: string; css?: string[]; imports?: string[] }>;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`The newsroom's browser build is missing (${path}): run npm run build -w @agency-portal/newsroom.`, { cause: error });
  }
  const entry = manifest[ENTRY];
  if (!entry) throw new Error(`${path} has no entry for ${ENTRY}.`);
  const url = (file: string) => NEWSROOM_ASSETS_PREFIX + file;
  // The bundler may move code the entry shares with the lazy screens into a chunk of its own: the page needs it at once.
  const preloads = (entry.imports ?? []).flatMap((key) => (manifest[key] ? [url(manifest[key].file)] : []));
  return { styles: (entry.css ?? []).map(url), scripts: [url(entry.file)], preloads };
}

export interface NewsroomPage {
  lang: NewsroomLang;
  user: { username: string; displayName: string; role: string; siteId?: string | null };
  assets: NewsroomAssets;
}

const STRINGS = {
  vi: {
    title: 'Quản trị nội dung',
    skip: 'Bỏ qua đến nội dung chính',
    nav: 'Quản trị',
    articles: 'Bài viết',
    newArticle: 'Viết bài mới',
    traffic: 'Truy cập',
    mySite: 'Trang của tôi',
    banners: 'Banner và đối tác',
    accounts: 'Tài khoản',
    audit: 'Nhật ký',
    sites: 'Trang thành viên',
    embed: 'Mã nhúng',
    site: 'Xem cổng thông tin',
    other: 'English',
    noScript: 'Trang quản trị cần JavaScript. Hãy bật JavaScript trong trình duyệt rồi tải lại trang.',
  },
  en: {
    title: 'Newsroom',
    skip: 'Skip to main content',
    nav: 'Newsroom',
    articles: 'Articles',
    newArticle: 'New article',
    traffic: 'Traffic',
    mySite: 'My site',
    banners: 'Banners and partners',
    accounts: 'Accounts',
    audit: 'Audit log',
    sites: 'Member sites',
    embed: 'Embed code',
    site: 'View the portal',
    other: 'Tiếng Việt',
    noScript: 'The newsroom needs JavaScript. Turn it on in your browser, then reload the page.',
  },
} satisfies Record<NewsroomLang, Record<string, string>>;

/** The newsroom page for a signed-in staff member. */
export function newsroomPage({ lang, user, assets }: NewsroomPage): string {
  const t = STRINGS[lang];
  const base = NEWSROOM_BASE[lang];
  const other: NewsroomLang = lang === 'vi' ? 'en' : 'vi';
  // The portal in the newsroom's language: Vietnamese at the root, English under /en/.
  const portalHome = localePath(lang, '/');
  const adminLinks = html`<li><a href="${base}tai-khoan">${t.accounts}</a></li>
<li><a href="${base}nhat-ky">${t.audit}</a></li>
<li><a href="${base}trang-thanh-vien">${t.sites}</a></li>
<li><a href="${base}ma-nhung">${t.embed}</a></li>
`;
  // A member site's editor works on that site only: its traffic, its settings and its embed code, none of the portal's content.
  const staffLinks =
    user.role === 'site-editor'
      ? html`<li><a href="${base}truy-cap">${t.traffic}</a></li>
<li><a href="${base}trang-thanh-vien">${t.mySite}</a></li>
<li><a href="${base}ma-nhung">${t.embed}</a></li>
`
      : html`<li><a href="${base}">${t.articles}</a></li>
<li><a href="${base}bai-viet/moi">${t.newArticle}</a></li>
<li><a href="${base}truy-cap">${t.traffic}</a></li>
<li><a href="${base}quang-cao">${t.banners}</a></li>
${user.role === 'admin' && adminLinks}`;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title} | ${SITE_NAME}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${assets.styles.map((href) => html`<link rel="stylesheet" href="${href}">\n`)}${assets.scripts.map(
    (src) => html`<script type="module" src="${src}"></script>\n`,
  )}${(assets.preloads ?? []).map((href) => html`<link rel="modulepreload" href="${href}">\n`)}</head>
<body>
<a class="skip-link" href="#main">${t.skip}</a>
<header class="nr-header">
<h1 class="nr-site"><a href="${portalHome}">${SITE_NAME}</a> · ${t.title}</h1>
<nav aria-label="${t.nav}">
<ul>
${staffLinks}<li><a href="${portalHome}">${t.site}</a></li>
<li><a href="${NEWSROOM_BASE[other]}" lang="${other}" hreflang="${other}">${t.other}</a></li>
</ul>
</nav>
<p class="nr-user">${user.displayName} (${user.username})</p>
</header>
<main id="main">
<nr-app base="${base}" api="/api/v1/" user-role="${user.role}"${user.siteId ? html` user-site="${user.siteId}"` : ''}></nr-app>
<noscript><p>${t.noScript}</p></noscript>
</main>
</body>
</html>
`.value;
}
