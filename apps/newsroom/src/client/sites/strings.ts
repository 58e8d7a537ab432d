// The member sites screen's strings, in Vietnamese and English. They live in the screen's own chunk, so that the page
// script does not carry them for every other screen; the newsroom's other strings are in ../strings.ts.
import type { Locale } from '@agency-portal/core';

/** The member sites screen (`/quan-tri/trang-thanh-vien`) and its form. */
export interface SiteStrings {
  title: string;
  intro: string;
  ownIntro: string;
  newSite: string;
  loading: string;
  loadFailed: string;
  reload: string;
  empty: string;
  // The list
  name: string;
  id: string;
  homeUrl: string;
  origins: string;
  feedUrl: string;
  contact: string;
  state: string;
  lastChange: string;
  seen: (days: number) => string;
  actions: string;
  enabled: string;
  disabledState: string;
  none: string;
  portalSite: string;
  edit: string;
  editOf: (name: string) => string;
  disable: string;
  enable: string;
  disableOf: (name: string) => string;
  enableOf: (name: string) => string;
  details: string;
  detailsOf: (name: string) => string;
  settingsOf: (name: string) => string;
  timeZone: string;
  createdAt: string;
  disabledAt: string;
  version: string;
  // The form
  newTitle: string;
  editTitle: (name: string) => string;
  idHint: string;
  idBad: string;
  nameRequired: string;
  homeUrlHint: string;
  urlBad: string;
  originsHint: string;
  originLabel: (index: number) => string;
  removeOrigin: (index: number) => string;
  addOrigin: string;
  originBad: (value: string) => string;
  originsRequired: string;
  originAdded: (index: number) => string;
  originRemoved: (value: string) => string;
  feedUrlHint: string;
  contactName: string;
  contactEmail: string;
  emailBad: string;
  timeZoneHint: string;
  look: string;
  lookHint: string;
  lookOwn: string;
  lookColor: Record<'primary' | 'text' | 'surface', string>;
  lookPicker: (label: string) => string;
  lookColorHint: string;
  lookColorBad: string;
  lookFont: string;
  lookFontHint: string;
  lookFontBad: (max: number) => string;
  lookRadius: string;
  lookRadiusHint: (min: number, max: number) => string;
  lookRadiusBad: (min: number, max: number) => string;
  /** The pair a contrast is of, by the colour that must stand out from the background. */
  contrastPair: Record<'primary' | 'text' | 'surface', string>;
  /** The hover colour made from primary (`color`, #rrggbb) on the background, as a pair. */
  contrastHover: (color: string) => string;
  contrastOk: (pair: string, ratio: string, min: number) => string;
  contrastLow: (pair: string, ratio: string, min: number) => string;
  save: string;
  cancel: string;
  fixFields: (count: number) => string;
  created: (name: string) => string;
  saved: (name: string) => string;
  conflict: (time: string) => string;
  currentValues: string;
  // Disable and enable
  confirmDisable: (name: string) => string;
  confirmDisableWhat: string;
  confirmEnable: (name: string) => string;
  confirmEnableWhat: string;
  disabledNow: (name: string) => string;
  enabledNow: (name: string) => string;
  // What went wrong (the newsroom's sentences by error code are in ../strings.ts `problems`).
  problems: Partial<Record<string, string>>;
  detail: string;
  failed: string;
}

const vi: SiteStrings = {
  title: 'Trang thành viên',
  intro:
    'Các trang của mạng lưới được nhúng tiện ích và gửi lượt truy cập. Thay đổi có hiệu lực ngay trên mọi máy chủ, không cần khởi động lại, và được ghi vào nhật ký.',
  ownIntro: 'Trang của bạn trong mạng lưới. Thay đổi có hiệu lực ngay và được ghi vào nhật ký.',
  newSite: 'Thêm trang thành viên',
  loading: 'Đang tải…',
  loadFailed: 'Không tải được danh sách trang.',
  reload: 'Thử lại',
  empty: 'Chưa có trang thành viên nào.',
  name: 'Tên trang',
  id: 'Mã trang',
  homeUrl: 'Trang chủ',
  origins: 'Nguồn được phép',
  feedUrl: 'Nguồn tin (RSS, Atom)',
  contact: 'Liên hệ',
  state: 'Trạng thái',
  lastChange: 'Sửa lần cuối (giờ Việt Nam)',
  seen: (days) => `Ghi nhận ${days} ngày qua`,
  actions: 'Thao tác',
  enabled: 'Đang hoạt động',
  disabledState: 'Đã tắt',
  none: 'Không có',
  portalSite: 'Trang của cổng thông tin: không tắt được',
  edit: 'Sửa',
  editOf: (name) => `Sửa “${name}”`,
  disable: 'Tắt',
  enable: 'Bật lại',
  disableOf: (name) => `Tắt “${name}”`,
  enableOf: (name) => `Bật lại “${name}”`,
  details: 'Chi tiết',
  detailsOf: (name) => `Chi tiết của “${name}”`,
  settingsOf: (name) => `Thiết lập của “${name}”`,
  timeZone: 'Múi giờ',
  createdAt: 'Tạo lúc',
  disabledAt: 'Tắt lúc',
  version: 'Phiên bản',
  newTitle: 'Trang thành viên mới',
  editTitle: (name) => `Sửa trang “${name}”`,
  idHint:
    'Từ 2 đến 32 ký tự: chữ thường không dấu (a–z) và số, các từ nối bằng một dấu gạch ngang, như so-gd. Tiện ích gọi trang bằng mã này; mã không đổi được.',
  idBad: 'Mã trang chưa đúng quy tắc: 2 đến 32 ký tự a–z, 0–9, các từ nối bằng một dấu gạch ngang (như so-gd).',
  nameRequired: 'Hãy nhập tên trang.',
  homeUrlHint: 'Địa chỉ đầy đủ, bắt đầu bằng https:// (hoặc http://).',
  urlBad: 'Địa chỉ phải bắt đầu bằng https:// hoặc http://, không có tên đăng nhập hay mật khẩu.',
  originsHint:
    'Mỗi dòng một nguồn: https://tên-miền, có thể thêm :cổng, không có đường dẫn (như https://sogd.example.vn). Chỉ trang của các nguồn này được nhúng tiện ích và gửi lượt truy cập. http:// chỉ dùng cho localhost.',
  originLabel: (index) => `Nguồn ${index}`,
  removeOrigin: (index) => `Xoá nguồn ${index}`,
  addOrigin: 'Thêm nguồn',
  originBad: (value) =>
    `“${value}” không phải nguồn hợp lệ: cần dạng https://tên-miền hoặc https://tên-miền:cổng, không có đường dẫn (http:// chỉ cho localhost).`,
  originsRequired: 'Cần ít nhất một nguồn.',
  originAdded: (index) => `Đã thêm dòng nguồn ${index}.`,
  originRemoved: (value) => (value ? `Đã xoá nguồn “${value}”.` : 'Đã xoá một dòng nguồn trống.'),
  feedUrlHint: 'Không bắt buộc. Dùng cho chế độ nguồn tin của danh sách bài viết.',
  contactName: 'Người liên hệ',
  contactEmail: 'Thư điện tử liên hệ',
  emailBad: 'Địa chỉ thư điện tử chưa đúng (như webmaster@sogd.example.vn).',
  timeZoneHint: 'Ngày, tuần và tháng trong số liệu truy cập của trang tính theo múi giờ này.',
  look: 'Giao diện',
  lookHint:
    'Màu, phông chữ và độ bo góc của tiện ích trên trang này. Trình tạo mã nhúng xem trước tiện ích với giao diện này và đưa ra đoạn CSS để trang thêm vào bảng định kiểu của mình.',
  lookOwn: 'Trang có giao diện riêng (không thì dùng giao diện của cổng thông tin)',
  lookColor: { primary: 'Màu chính (liên kết, tiêu đề, nút)', text: 'Màu chữ', surface: 'Màu nền' },
  lookPicker: (label) => `${label}: bảng chọn màu`,
  lookColorHint: 'Dạng #rrggbb hoặc #rgb, như #0066aa.',
  lookColorBad: 'Màu phải có dạng #rrggbb hoặc #rgb (như #0066aa).',
  lookFont: 'Phông chữ',
  lookFontHint:
    'Không bắt buộc. Tên các phông, cách nhau bằng dấu phẩy, như Roboto, "Noto Sans", sans-serif. Để trống thì dùng phông của trang.',
  lookFontBad: (max) =>
    `Tên phông chỉ gồm chữ (có dấu), số, dấu cách và dấu gạch ngang, cách nhau bằng dấu phẩy; mỗi tên có thể đặt trọn trong ngoặc kép; tối đa ${max} ký tự.`,
  lookRadius: 'Bo góc (px)',
  lookRadiusHint: (min, max) => `Số nguyên từ ${min} đến ${max}.`,
  lookRadiusBad: (min, max) => `Bo góc phải là số nguyên từ ${min} đến ${max}.`,
  contrastPair: { primary: 'Màu chính trên nền', text: 'Chữ trên nền', surface: 'Nền' },
  contrastHover: (color) => `Màu khi trỏ chuột (${color}, màu chính pha một phần tư màu chữ) trên nền`,
  contrastOk: (pair, ratio, min) => `${pair}: độ tương phản ${ratio}, đạt (tối thiểu ${min}:1).`,
  contrastLow: (pair, ratio, min) => `${pair}: độ tương phản ${ratio}, chưa đạt: cần tối thiểu ${min}:1 để dễ đọc.`,
  save: 'Lưu',
  cancel: 'Huỷ',
  fixFields: (count) => `Có ${count} trường cần sửa; chưa có gì được gửi đi.`,
  created: (name) => `Đã thêm trang “${name}”.`,
  saved: (name) => `Đã lưu trang “${name}”.`,
  conflict: (time) =>
    `Người khác vừa sửa trang này (lúc ${time}). Chưa có gì được lưu; những gì bạn nhập vẫn còn trong biểu mẫu. Giá trị hiện tại trên máy chủ được ghi bên dưới; bấm Lưu lần nữa để ghi đè bằng nội dung của bạn.`,
  currentValues: 'Giá trị hiện tại trên máy chủ',
  confirmDisable: (name) => `Tắt trang “${name}”?`,
  confirmDisableWhat:
    'Tiện ích trên trang này sẽ hiện “không khả dụng” và lượt truy cập của nó bị từ chối, trên mọi máy chủ ngay lập tức. Số liệu đã có được giữ lại; bạn có thể bật lại trang bất cứ lúc nào.',
  confirmEnable: (name) => `Bật lại trang “${name}”?`,
  confirmEnableWhat: 'Tiện ích của trang hiện lại bình thường và lượt truy cập của nó được đếm trở lại, trên mọi máy chủ ngay lập tức.',
  disabledNow: (name) => `Đã tắt trang “${name}”.`,
  enabledNow: (name) => `Đã bật lại trang “${name}”.`,
  problems: {
    site_exists: 'Đã có trang với mã này: hãy chọn mã khác.',
    portal_site: 'Trang của cổng thông tin không tắt được: chính các trang của cổng hiển thị số liệu của nó.',
    version_conflict: 'Người khác vừa sửa trang này.',
    forbidden: 'Tài khoản của bạn không được làm việc này với trang thành viên.',
  },
  detail: 'Chi tiết từ máy chủ:',
  failed: 'Không làm được việc này.',
};

const en: SiteStrings = {
  title: 'Member sites',
  intro:
    'The network’s sites that embed the widgets and send visits. Changes apply at once on every server instance, without a restart, and go into the audit log.',
  ownIntro: 'Your site in the network. Changes apply at once and go into the audit log.',
  newSite: 'New member site',
  loading: 'Loading…',
  loadFailed: 'The sites could not be loaded.',
  reload: 'Try again',
  empty: 'No member sites yet.',
  name: 'Site name',
  id: 'Site id',
  homeUrl: 'Home page',
  origins: 'Allowed origins',
  feedUrl: 'Feed (RSS, Atom)',
  contact: 'Contact',
  state: 'State',
  lastChange: 'Last change (Vietnam time)',
  seen: (days) => `Seen in the last ${days} days`,
  actions: 'Actions',
  enabled: 'Enabled',
  disabledState: 'Disabled',
  none: 'None',
  portalSite: 'The portal’s own site: cannot be disabled',
  edit: 'Edit',
  editOf: (name) => `Edit “${name}”`,
  disable: 'Disable',
  enable: 'Enable',
  disableOf: (name) => `Disable “${name}”`,
  enableOf: (name) => `Enable “${name}”`,
  details: 'Details',
  detailsOf: (name) => `Details of “${name}”`,
  settingsOf: (name) => `Settings of “${name}”`,
  timeZone: 'Time zone',
  createdAt: 'Created',
  disabledAt: 'Disabled at',
  version: 'Version',
  newTitle: 'New member site',
  editTitle: (name) => `Edit the site “${name}”`,
  idHint:
    '2 to 32 characters: lowercase letters without diacritics (a–z) and digits, words joined by single hyphens, such as so-gd. The widgets name the site by it; it cannot change.',
  idBad: 'The site id does not follow the rule: 2 to 32 characters a–z, 0–9, words joined by single hyphens (such as so-gd).',
  nameRequired: 'Enter the site’s name.',
  homeUrlHint: 'A full address starting with https:// (or http://).',
  urlBad: 'The address must start with https:// or http://, without a user name or password.',
  originsHint:
    'One origin a row: https://host, optionally with :port, without a path (such as https://sogd.example.vn). Only pages of these origins may embed the widgets and send visits. http:// only for localhost.',
  originLabel: (index) => `Origin ${index}`,
  removeOrigin: (index) => `Remove origin ${index}`,
  addOrigin: 'Add an origin',
  originBad: (value) =>
    `“${value}” is not a valid origin: it must be https://host or https://host:port, without a path (http:// only for localhost).`,
  originsRequired: 'At least one origin is needed.',
  originAdded: (index) => `Origin row ${index} added.`,
  originRemoved: (value) => (value ? `Origin “${value}” removed.` : 'An empty origin row removed.'),
  feedUrlHint: 'Optional. Used by the article list’s feed mode.',
  contactName: 'Contact name',
  contactEmail: 'Contact e-mail',
  emailBad: 'The e-mail address is not valid (such as webmaster@sogd.example.vn).',
  timeZoneHint: 'The days, weeks and months of the site’s visit statistics are in this time zone.',
  look: 'Look',
  lookHint:
    'The colours, font and corner radius of the widgets on this site. The embed builder previews the widgets in this look and gives the CSS the site adds to its stylesheet.',
  lookOwn: 'The site has its own look (else the portal’s)',
  lookColor: { primary: 'Primary colour (links, headings, buttons)', text: 'Text colour', surface: 'Background colour' },
  lookPicker: (label) => `${label}: colour picker`,
  lookColorHint: 'As #rrggbb or #rgb, such as #0066aa.',
  lookColorBad: 'A colour must be #rrggbb or #rgb (such as #0066aa).',
  lookFont: 'Font family',
  lookFontHint: 'Optional. Font names separated by commas, such as Roboto, "Noto Sans", sans-serif. Empty for the page’s own font.',
  lookFontBad: (max) =>
    `Font names are letters (with diacritics), digits, spaces and hyphens, separated by commas; a name may be wholly in quotes; at most ${max} characters.`,
  lookRadius: 'Corner radius (px)',
  lookRadiusHint: (min, max) => `A whole number from ${min} to ${max}.`,
  lookRadiusBad: (min, max) => `The corner radius must be a whole number from ${min} to ${max}.`,
  contrastPair: { primary: 'Primary on the background', text: 'Text on the background', surface: 'Background' },
  contrastHover: (color) => `The hover colour (${color}, primary a quarter of the way to the text colour) on the background`,
  contrastOk: (pair, ratio, min) => `${pair}: contrast ${ratio}, enough (at least ${min}:1).`,
  contrastLow: (pair, ratio, min) => `${pair}: contrast ${ratio}, too low: at least ${min}:1 is needed to be readable.`,
  save: 'Save',
  cancel: 'Cancel',
  fixFields: (count) => `${count === 1 ? 'One field needs' : `${count} fields need`} fixing; nothing was sent.`,
  created: (name) => `The site “${name}” was added.`,
  saved: (name) => `The site “${name}” was saved.`,
  conflict: (time) =>
    `Someone else changed this site (at ${time}). Nothing was saved; what you typed is still in the form. The current values on the server are shown below; press Save again to replace them with yours.`,
  currentValues: 'Current values on the server',
  confirmDisable: (name) => `Disable the site “${name}”?`,
  confirmDisableWhat:
    'Its widgets will show “unavailable” and its visits will be refused, on every server instance at once. Its counts are kept; you can enable it again at any time.',
  confirmEnable: (name) => `Enable the site “${name}” again?`,
  confirmEnableWhat: 'Its widgets show as before and its visits count again, on every server instance at once.',
  disabledNow: (name) => `The site “${name}” was disabled.`,
  enabledNow: (name) => `The site “${name}” was enabled.`,
  problems: {
    site_exists: 'There is already a site with this id: choose another.',
    portal_site: 'The portal’s own site cannot be disabled: the portal’s pages show its statistics.',
    version_conflict: 'Someone else changed this site.',
    forbidden: 'Your account may not do this to member sites.',
  },
  detail: 'The server said:',
  failed: 'This could not be done.',
};

export const SITE_STRINGS: Record<Locale, SiteStrings> = { vi, en };
