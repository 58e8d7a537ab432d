// The member sites' usage components' strings, in Vietnamese and English (the newsroom's other strings are in
// ../strings.ts; the codes every screen shares are there too).
import type { Locale } from '@agency-portal/core';
import type { WidgetName } from './usage-api.js';

export interface UsageStrings {
  widgets: Record<WidgetName, string>;
  // nr-site-usage
  usageCaption: (days: number) => string;
  pageViews: string;
  lastSeen: string;
  never: string;
  noWidgets: (days: number) => string;
  loads: (count: string) => string;
  lastSeenAt: (time: string) => string;
  versions: (list: string) => string;
  latest: string;
  // nr-unregistered-origins
  originsTitle: string;
  originsIntro: string;
  noOrigins: string;
  origin: string;
  seen: string;
  loadsHeader: string;
  when: string;
  firstLast: (first: string, last: string) => string;
  site: string;
  actions: string;
  siteFor: (origin: string) => string;
  chooseSite: string;
  disabledSite: (name: string) => string;
  suggested: (name: string) => string;
  approve: string;
  approveOf: (origin: string) => string;
  ignore: string;
  ignoreOf: (origin: string) => string;
  approved: (origin: string, site: string) => string;
  ignored: (origin: string) => string;
  chooseSiteFirst: (origin: string) => string;
  loading: string;
  loadFailed: string;
  retry: string;
  failed: string;
  /** Refusals of these components by the server's error code; other codes are the newsroom's (../strings.ts). */
  problems: Partial<Record<string, string>>;
}

const vi: UsageStrings = {
  widgets: {
    'article-list': 'Danh sách bài viết',
    'banner-carousel': 'Băng chuyền banner',
    'ad-strip': 'Dải đối tác',
    'visit-counter': 'Bộ đếm truy cập',
    pagination: 'Phân trang',
    'login-box': 'Hộp đăng nhập',
    hit: 'Ghi nhận lượt xem trang',
  },
  usageCaption: (days) => `Tiện ích thấy trên trang trong ${days} ngày qua`,
  pageViews: 'Lượt xem trang',
  lastSeen: 'Thấy lần cuối',
  never: 'Chưa thấy',
  noWidgets: (days) => `Chưa thấy tiện ích nào trên trang này trong ${days} ngày qua.`,
  loads: (count) => `${count} lượt tải`,
  lastSeenAt: (time) => `lần cuối lúc ${time}`,
  versions: (list) => `phiên bản: ${list}`,
  latest: 'mới nhất',
  originsTitle: 'Nguồn nhúng chưa đăng ký',
  originsIntro:
    'Các trang web đã tải tiện ích của cổng trong 30 ngày qua nhưng chưa thuộc trang thành viên nào. Gán mỗi nguồn cho trang thành viên của nó, hoặc bỏ qua.',
  noOrigins: 'Không có nguồn nhúng nào chưa đăng ký.',
  origin: 'Nguồn',
  seen: 'Đã tải',
  loadsHeader: 'Lượt tải',
  when: 'Lần đầu, lần cuối',
  firstLast: (first, last) => `${first} – ${last}`,
  site: 'Trang thành viên',
  actions: 'Thao tác',
  siteFor: (origin) => `Trang thành viên của ${origin}`,
  chooseSite: '— Chọn trang —',
  disabledSite: (name) => `${name} (đã tắt)`,
  suggested: (name) => `${name} (gợi ý)`,
  approve: 'Gán cho trang',
  approveOf: (origin) => `Gán cho trang ${origin}`,
  ignore: 'Bỏ qua',
  ignoreOf: (origin) => `Bỏ qua ${origin}`,
  approved: (origin, site) => `Đã thêm ${origin} vào ${site}.`,
  ignored: (origin) => `Đã bỏ qua ${origin}.`,
  chooseSiteFirst: (origin) => `Hãy chọn trang thành viên cho ${origin} trước.`,
  loading: 'Đang tải…',
  loadFailed: 'Không tải được danh sách.',
  retry: 'Thử lại',
  failed: 'Không làm được việc này.',
  problems: {
    version_conflict: 'Trang thành viên này vừa được người khác sửa: danh sách đã được tải lại, hãy gán lại.',
    origin_registered: 'Nguồn này đã thuộc một trang thành viên: danh sách đã được tải lại.',
    too_many_origins: 'Trang thành viên này đã có đủ 50 nguồn: hãy bỏ bớt một nguồn trước.',
    not_found: 'Không tìm thấy trang thành viên này: danh sách đã được tải lại.',
  },
};

const en: UsageStrings = {
  widgets: {
    'article-list': 'Article list',
    'banner-carousel': 'Banner carousel',
    'ad-strip': 'Partner strip',
    'visit-counter': 'Visit counter',
    pagination: 'Pagination',
    'login-box': 'Login box',
    hit: 'Page-view hits',
  },
  usageCaption: (days) => `Widgets seen on the site in the last ${days} days`,
  pageViews: 'Page views',
  lastSeen: 'Last seen',
  never: 'Never',
  noWidgets: (days) => `No widget seen on this site in the last ${days} days.`,
  loads: (count) => `${count} loads`,
  lastSeenAt: (time) => `last at ${time}`,
  versions: (list) => `versions: ${list}`,
  latest: 'latest',
  originsTitle: 'Unregistered origins',
  originsIntro:
    'Sites that loaded the portal’s widgets in the last 30 days without belonging to a member site. Approve each for its member site, or ignore it.',
  noOrigins: 'No unregistered origins.',
  origin: 'Origin',
  seen: 'Loaded',
  loadsHeader: 'Loads',
  when: 'First and last seen',
  firstLast: (first, last) => `${first} – ${last}`,
  site: 'Member site',
  actions: 'Actions',
  siteFor: (origin) => `Member site of ${origin}`,
  chooseSite: '— Choose a site —',
  disabledSite: (name) => `${name} (disabled)`,
  suggested: (name) => `${name} (suggested)`,
  approve: 'Approve',
  approveOf: (origin) => `Approve ${origin}`,
  ignore: 'Ignore',
  ignoreOf: (origin) => `Ignore ${origin}`,
  approved: (origin, site) => `${origin} was added to ${site}.`,
  ignored: (origin) => `${origin} is ignored.`,
  chooseSiteFirst: (origin) => `Choose the member site of ${origin} first.`,
  loading: 'Loading…',
  loadFailed: 'The list could not be loaded.',
  retry: 'Try again',
  failed: 'This could not be done.',
  problems: {
    version_conflict: 'Someone else just changed this member site: the list was reloaded, approve again.',
    origin_registered: 'This origin already belongs to a member site: the list was reloaded.',
    too_many_origins: 'This member site has 50 origins already: remove one first.',
    not_found: 'This member site was not found: the list was reloaded.',
  },
};

export const USAGE_STRINGS: Record<Locale, UsageStrings> = { vi, en };
