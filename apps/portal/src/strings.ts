// The shell's own words, in Vietnamese (the default) and English. Articles and category names stay as
// written; the widgets translate themselves from the page's `lang`.

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

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
  empty: string;
  pagination: string;
  previous: string;
  next: string;
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
  empty: 'Chưa có bài viết.',
  pagination: 'Phân trang tin tức',
  previous: 'Trang trước',
  next: 'Trang sau',
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
  empty: 'No articles yet.',
  pagination: 'News pages',
  previous: 'Previous page',
  next: 'Next page',
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
};

export const STRINGS: Record<Lang, Strings> = { vi, en };
