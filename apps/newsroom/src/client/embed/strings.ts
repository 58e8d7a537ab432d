// The embed builder's strings, in Vietnamese and English, in the screen's own chunk (as the banners screen's). The
// widgets' names, options and help come from the server's catalog, in both languages.
import type { Locale } from '@agency-portal/core';

export interface EmbedStrings {
  title: string;
  intro: string;
  site: string;
  siteFixed: (name: string) => string;
  noSites: string;
  widget: string;
  options: string;
  source: string;
  sourcePortal: string;
  sourceFeed: (name: string) => string;
  sourceNoFeed: string;
  allCategories: string;
  /** A banner set in the carousel's set option: its name and how many banners it shows now. */
  bannerSet: (name: string, count: number) => string;
  /** The home page's banner set, `trang-chu`, by name. */
  homeSet: string;
  defaultChoice: string;
  language: string;
  languages: Record<Locale, string>;
  version: string;
  versionLatest: (version: string) => string;
  newerVersion: (latest: string) => string;
  noVersion: string;
  preview: string;
  previewTitle: (widget: string) => string;
  previewHint: string;
  snippet: string;
  snippetHint: string;
  copy: string;
  copied: string;
  copySelected: string;
  npm: string;
  npmHint: string;
  lookCss: string;
  lookCssHint: string;
  lookCopy: string;
  lookCopied: string;
  lookCopySelected: string;
  loading: string;
  loadFailed: (problem: string) => string;
  retry: string;
}

const vi: EmbedStrings = {
  title: 'Mã nhúng',
  intro:
    'Chọn trang, tiện ích và tuỳ chọn, xem trước, rồi chép mã nhúng để trang đó dán vào. Mã gắn với một phiên bản và có mã kiểm tra (integrity): trình duyệt từ chối tệp nếu có dù chỉ một byte bị đổi.',
  site: 'Trang thành viên',
  siteFixed: (name) => `Trang: ${name}`,
  noSites: 'Chưa có trang thành viên nào được đăng ký.',
  widget: 'Tiện ích',
  options: 'Tuỳ chọn',
  source: 'Nguồn tin bài',
  sourcePortal: 'Tin bài của cổng thông tin',
  sourceFeed: (name) => `Nguồn tin của trang (${name})`,
  sourceNoFeed: 'Trang này chưa có nguồn tin (RSS, Atom) mà cổng thông tin lấy về.',
  allCategories: 'Mọi chuyên mục',
  bannerSet: (name, count) => `${name} (đang hiện ${count} banner)`,
  homeSet: 'Trang chủ',
  defaultChoice: 'Mặc định',
  language: 'Ngôn ngữ',
  languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh' },
  version: 'Phiên bản',
  versionLatest: (version) => `${version} (mới nhất)`,
  newerVersion: (latest) => `Đã có phiên bản mới hơn: ${latest}. Mã nhúng đang dùng phiên bản cũ vẫn chạy; hãy cập nhật khi có thể.`,
  noVersion: 'Máy chủ chưa có bản dựng mã nhúng nào, nên chưa tạo được mã.',
  preview: 'Xem trước',
  previewTitle: (widget) => `Xem trước: ${widget}`,
  previewHint: 'Tiện ích chạy trong khung riêng biệt, như trên một trang khác: không đăng nhập, không đếm lượt truy cập.',
  snippet: 'Mã nhúng',
  snippetHint: 'Dán vào trang, ở chỗ tiện ích cần hiện.',
  copy: 'Chép mã nhúng',
  copied: 'Đã chép mã nhúng.',
  copySelected: 'Đã chọn mã nhúng: nhấn Ctrl+C (hoặc ⌘+C) để chép.',
  npm: 'Dùng qua npm',
  npmHint: 'Cho trang có bước dựng (build): cài gói rồi nhập tệp đăng ký thẻ.',
  lookCss: 'CSS giao diện của trang',
  lookCssHint:
    'Thêm vào bảng định kiểu (CSS) của trang để tiện ích có màu, phông chữ và bo góc của trang, như trong khung xem trước. Sửa giao diện ở màn hình Trang thành viên.',
  lookCopy: 'Chép CSS',
  lookCopied: 'Đã chép CSS.',
  lookCopySelected: 'Đã chọn CSS: nhấn Ctrl+C (hoặc ⌘+C) để chép.',
  loading: 'Đang tải…',
  loadFailed: (problem) => `Không tải được: ${problem}`,
  retry: 'Thử lại',
};

const en: EmbedStrings = {
  title: 'Embed code',
  intro:
    'Pick a site, a widget and its options, see the preview, then copy the snippet for that site to paste. It is pinned to a version with an integrity hash: the browser refuses the file if a single byte changed.',
  site: 'Member site',
  siteFixed: (name) => `Site: ${name}`,
  noSites: 'No member site is registered yet.',
  widget: 'Widget',
  options: 'Options',
  source: 'Articles from',
  sourcePortal: "The portal's articles",
  sourceFeed: (name) => `The site's feed (${name})`,
  sourceNoFeed: 'This site has no feed (RSS, Atom) that the portal fetches.',
  allCategories: 'Every category',
  bannerSet: (name, count) => `${name} (${count} ${count === 1 ? 'banner' : 'banners'} shown)`,
  homeSet: 'Home page',
  defaultChoice: 'Default',
  language: 'Language',
  languages: { vi: 'Vietnamese', en: 'English' },
  version: 'Version',
  versionLatest: (version) => `${version} (latest)`,
  newerVersion: (latest) =>
    `A newer version is available: ${latest}. Snippets pinned to an older one keep working; update them when you can.`,
  noVersion: 'The server has no embed build yet, so there is no snippet to make.',
  preview: 'Preview',
  previewTitle: (widget) => `Preview: ${widget}`,
  previewHint: 'The widget runs in a frame of its own, as on another site: nobody is signed in and no visit is counted.',
  snippet: 'Snippet',
  snippetHint: 'Paste it into the page where the widget should show.',
  copy: 'Copy the snippet',
  copied: 'The snippet is copied.',
  copySelected: 'The snippet is selected: press Ctrl+C (or ⌘+C) to copy it.',
  npm: 'From npm',
  npmHint: 'For sites with a build: install the package, then import the file that registers the element.',
  lookCss: 'The site’s look as CSS',
  lookCssHint:
    'Add it to the site’s stylesheet so that the widgets take its colours, font and corners, as in the preview. The look is edited on the Member sites screen.',
  lookCopy: 'Copy the CSS',
  lookCopied: 'The CSS is copied.',
  lookCopySelected: 'The CSS is selected: press Ctrl+C (or ⌘+C) to copy it.',
  loading: 'Loading…',
  loadFailed: (problem) => `Could not load: ${problem}`,
  retry: 'Try again',
};

export const EMBED_STRINGS: Record<Locale, EmbedStrings> = { vi, en };
