// The shell's own words, in Vietnamese (the default) and English. Articles and category names stay as
// written; the widgets translate themselves from the page's `lang`.

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * Where each language lives: Vietnamese at the root, English under `/en/` with the same structure. A page is named
 * by its Vietnamese path (`/`, `/chuyen-muc/x`, `/bai-viet/x`, `/tim-kiem?q=x`); `localePath` gives its address in a
 * language. The paths that differ beyond the prefix are search (`/tim-kiem`, in English `/en/search`) and the
 * embedding guide (`/huong-dan-nhung`, `/en/embedding-guide`).
 */
export const LANG_PREFIX: Readonly<Record<Lang, string>> = { vi: '', en: '/en' };

/** The search page's Vietnamese path; in English it is `/en/search`. */
export const SEARCH_PATH = '/tim-kiem';
/** The embedding guide's Vietnamese path; in English it is `/en/embedding-guide`. */
export const EMBED_GUIDE_PATH = '/huong-dan-nhung';
/** The Vietnamese paths whose English page has a name of its own, and that name. */
const ENGLISH_NAMES: readonly (readonly [string, string])[] = [
  [SEARCH_PATH, '/search'],
  [EMBED_GUIDE_PATH, '/embedding-guide'],
];

/** `path` with its first segment renamed from one of `pairs`' first names to its second (the query kept). */
function rename(path: string, pairs: readonly (readonly [string, string])[]): string {
  for (const [from, to] of pairs) {
    const rest = path.slice(from.length);
    if (path.startsWith(from) && (rest === '' || /^[?#]/.test(rest))) return to + rest;
  }
  return path;
}

/** The address in `lang` of the page whose Vietnamese path is `path` (it may carry a query). */
export function localePath(lang: Lang, path: string): string {
  if (lang === 'vi') return path;
  return LANG_PREFIX.en + rename(path, ENGLISH_NAMES);
}

/** The language of an address of the portal and its page's Vietnamese path: the reverse of `localePath`. */
export function splitLocalePath(path: string): { lang: Lang; path: string } {
  const english = /^\/en(?=$|[/?#])/.test(path);
  if (!english) return { lang: 'vi', path };
  const rest = path.slice(LANG_PREFIX.en.length);
  const inside = rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest;
  return {
    lang: 'en',
    path: rename(
      inside,
      ENGLISH_NAMES.map(([vi, en]) => [en, vi] as const),
    ),
  };
}

export const SITE_NAME = 'Đảng ủy Khối các cơ quan tỉnh';

export interface Strings {
  /** Open Graph locale. */
  locale: string;
  tagline: string;
  description: string;
  skip: string;
  nav: string;
  home: string;
  news: string;
  page(page: number): string;
  categoryDescription(category: string): string;
  views: string;
  latest: string;
  follow: string;
  backHome: string;
  /** Heading and message of each error page. */
  notFound: readonly [string, string];
  badRequest: readonly [string, string];
  serverError: readonly [string, string];
  /** Name of the sidebar (complementary landmark) and of the visit statistics box. */
  sidebar: string;
  stats: string;
  signIn: string;
  partners: string;
  /** Accessible name of the header carousel. */
  highlights: string;
  contact: string;
  address: string;
  phone: string;
  /** The switch names the other language in that language. */
  other: { lang: Lang; label: string };
  /** The 404 page of an article's address in a language it has no version in: says so, before a link to its Vietnamese page. */
  articleLanguage: string;
  articleLanguageLink: string;
  /** The search box of the header and the search page. */
  search: string;
  searchLabel: string;
  searchButton: string;
  /** The title of a result page, with the query. */
  searchTitle(query: string): string;
  searchDescription: string;
  /** How many results there are for the query (the query is inserted as text by the template). */
  searchFound(total: number, shown: string): string;
  searchPrompt: string;
  searchNoResults: string;
  searchTips: string;
  searchTooLong(max: number): string;
  searchFailed: string;
  searchPagination: string;
  /** A feed item's source, before its name. */
  searchFrom: string;
  /** The embedding guide (`/huong-dan-nhung`): its title, its footer link and its words. */
  guide: {
    title: string;
    description: string;
    intro: string;
    versionNote(version: string): string;
    noVersion: string;
    csp(origin: string): string;
    options: string;
    language: string;
    attribute: string;
    meaning: string;
    values: string;
    defaultValue: string;
    none: string;
    onOff: string;
    range(min: number, max: number): string;
    sources: Record<'sites' | 'categories' | 'feeds' | 'banner-sets', string>;
    snippet(version: string): string;
    npm: string;
    builder: string;
  };
}

const vi: Strings = {
  locale: 'vi_VN',
  tagline: 'Cổng thông tin điện tử',
  description: 'Tin tức, hoạt động và thông báo mới nhất của Đảng ủy Khối các cơ quan tỉnh.',
  skip: 'Bỏ qua đến nội dung chính',
  nav: 'Chuyên mục',
  home: 'Trang chủ',
  news: 'Tin tức',
  page: (page) => `Trang ${page}`,
  categoryDescription: (category) => `Tin bài chuyên mục ${category}`,
  views: 'Lượt xem',
  latest: 'Tin mới nhất',
  follow: 'Theo dõi tin mới',
  backHome: 'Về trang chủ',
  notFound: ['Không tìm thấy trang', 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.'],
  badRequest: ['Yêu cầu không hợp lệ', 'Máy chủ không thể xử lý yêu cầu này.'],
  serverError: ['Lỗi máy chủ', 'Đã có lỗi xảy ra. Vui lòng thử lại sau.'],
  sidebar: 'Tiện ích',
  stats: 'Thống kê truy cập',
  signIn: 'Đăng nhập',
  partners: 'Liên kết',
  highlights: 'Sự kiện nổi bật',
  contact: 'Liên hệ',
  address: 'Địa chỉ: số 1 đường Trường Thi, thành phố Vinh (địa chỉ minh hoạ)',
  phone: 'Điện thoại',
  other: { lang: 'en', label: 'English' },
  articleLanguage: 'Bài viết này chỉ có bằng tiếng Việt.',
  articleLanguageLink: 'Đọc tại trang tiếng Việt',
  search: 'Tìm kiếm',
  searchLabel: 'Tìm kiếm tin bài',
  searchButton: 'Tìm',
  searchTitle: (query) => `Tìm kiếm: ${query}`,
  searchDescription: 'Tìm tin bài của cổng thông tin và các trang của tổ chức cơ sở đảng, gõ có dấu hoặc không dấu.',
  searchFound: (_total, shown) => `Tìm thấy ${shown} kết quả cho`,
  searchPrompt: 'Nhập từ khóa vào ô tìm kiếm, có dấu hoặc không dấu, ví dụ: cai cach hanh chinh.',
  searchNoResults: 'Không tìm thấy kết quả nào cho',
  searchTips: 'Hãy thử từ khóa khác, ít từ hơn, hoặc bỏ dấu ngoặc kép.',
  searchTooLong: (max) => `Từ khóa quá dài: tối đa ${max} ký tự.`,
  searchFailed: 'Không tìm kiếm được lúc này. Vui lòng thử lại sau.',
  searchPagination: 'Phân trang kết quả tìm kiếm',
  searchFrom: 'Nguồn',
  guide: {
    title: 'Hướng dẫn nhúng tiện ích',
    description: 'Cách đưa danh sách tin bài, băng chuyền banner và thống kê truy cập của cổng thông tin vào trang của đơn vị.',
    intro:
      'Trang của đơn vị thành viên có thể hiện các tiện ích của cổng thông tin bằng một thẻ script và một thẻ của tiện ích, không cần cài đặt gì thêm. Mỗi tiện ích dưới đây có các tuỳ chọn, mã nhúng và cách dùng qua npm.',
    versionNote: (version) =>
      `Mã nhúng gắn với phiên bản ${version}: tệp ở địa chỉ này không bao giờ thay đổi, và thuộc tính integrity giúp trình duyệt từ chối tệp nếu có dù chỉ một byte khác đi.`,
    noVersion: 'Máy chủ chưa có bản dựng mã nhúng nào.',
    csp: (origin) =>
      `Nếu trang có chính sách bảo mật nội dung (CSP), hãy cho phép script-src ${origin}/embed/ và connect-src ${origin}/api/.`,
    options: 'Tuỳ chọn',
    language: 'Ngôn ngữ của tiện ích (chữ, ngày và số)',
    attribute: 'Thuộc tính',
    meaning: 'Ý nghĩa',
    values: 'Giá trị',
    defaultValue: 'Mặc định',
    none: 'không có',
    onOff: 'có mặt là bật',
    range: (min, max) => `số nguyên từ ${min} đến ${max}`,
    sources: {
      sites: 'mã của trang do cổng thông tin cấp',
      categories: 'mã chuyên mục',
      feeds: 'mã nguồn tin do cổng thông tin cấp',
      'banner-sets': 'mã bộ banner do tòa soạn đặt (chữ thường, số và gạch nối), trong địa chỉ src: ?set=…',
    },
    snippet: (version) => `Mã nhúng (phiên bản ${version})`,
    npm: 'Dùng qua npm (trang có bước dựng)',
    builder: 'Cán bộ quản trị có thể tạo mã nhúng với tuỳ chọn riêng và xem trước tại trang quản trị, mục Mã nhúng.',
  },
};

const en: Strings = {
  locale: 'en_US',
  tagline: 'Electronic information portal',
  description: 'The latest news, activities and announcements of the Party Committee of provincial agencies.',
  skip: 'Skip to main content',
  nav: 'Sections',
  home: 'Home',
  news: 'News',
  page: (page) => `Page ${page}`,
  categoryDescription: (category) => `Articles in ${category}`,
  views: 'Views',
  latest: 'Latest news',
  follow: 'Follow the news',
  backHome: 'Back to the home page',
  notFound: ['Page not found', 'The page you are looking for does not exist or has moved.'],
  badRequest: ['Bad request', 'The server cannot handle this request.'],
  serverError: ['Server error', 'Something went wrong. Please try again later.'],
  sidebar: 'Services',
  stats: 'Visit statistics',
  signIn: 'Sign in',
  partners: 'Links',
  highlights: 'Highlights',
  contact: 'Contact',
  address: 'Address: 1 Truong Thi Street, Vinh City (a demo address)',
  phone: 'Phone',
  other: { lang: 'vi', label: 'Tiếng Việt' },
  articleLanguage: 'This article is published in Vietnamese only.',
  articleLanguageLink: 'Read it on its Vietnamese page',
  search: 'Search',
  searchLabel: 'Search the news',
  searchButton: 'Search',
  searchTitle: (query) => `Search: ${query}`,
  searchDescription: "Search the portal's articles and the member organisations' news, with or without Vietnamese diacritics.",
  searchFound: (total, shown) => `${shown} ${total === 1 ? 'result' : 'results'} for`,
  searchPrompt: 'Type words in the search box, with or without diacritics, for example: cai cach hanh chinh.',
  searchNoResults: 'Nothing found for',
  searchTips: 'Try other words, fewer words, or no quotation marks.',
  searchTooLong: (max) => `The search is too long: ${max} characters at most.`,
  searchFailed: 'Search is not available right now. Please try again later.',
  searchPagination: 'Search result pages',
  searchFrom: 'From',
  guide: {
    title: 'Embedding guide',
    description: "How to put the portal's article list, banner carousel and visit counter on a member organisation's site.",
    intro:
      "A member organisation's site can show the portal's widgets with one script tag and the widget's element, with nothing to install. Each widget below has its options, its snippet and its npm usage.",
    versionNote: (version) =>
      `The snippets are pinned to version ${version}: the file at that address never changes, and its integrity attribute makes the browser refuse it if a single byte differs.`,
    noVersion: 'The server has no embed build yet.',
    csp: (origin) => `If the page has a Content Security Policy, allow script-src ${origin}/embed/ and connect-src ${origin}/api/.`,
    options: 'Options',
    language: "The widget's language (its words, dates and numbers)",
    attribute: 'Attribute',
    meaning: 'Meaning',
    values: 'Values',
    defaultValue: 'Default',
    none: 'none',
    onOff: 'on when present',
    range: (min, max) => `a whole number from ${min} to ${max}`,
    sources: {
      sites: 'the id the portal gave the site',
      categories: 'a category id',
      feeds: 'the id the portal gave the feed',
      'banner-sets': 'the id the newsroom gave the banner set (lowercase letters, digits, hyphens), in the src address: ?set=…',
    },
    snippet: (version) => `Snippet (version ${version})`,
    npm: 'From npm (sites with a build)',
    builder: "The portal's staff can make a snippet with other options, and preview it, in the newsroom under Embed code.",
  },
};

export const STRINGS: Record<Lang, Strings> = { vi, en };
