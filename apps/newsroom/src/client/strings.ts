import type { Locale } from '@agency-portal/core';
import type { ArticleState } from './api.js';

export interface Strings {
  articles: string;
  newArticle: string;
  search: string;
  searchHint: string;
  category: string;
  allCategories: string;
  state: string;
  allStates: string;
  states: Record<ArticleState, string>;
  title: string;
  updated: string;
  author: string;
  loading: string;
  empty: string;
  count: (total: number) => string;
  loadFailed: string;
  retry: string;
  edit: (title: string) => string;
  // Editor
  editArticle: string;
  slug: string;
  slugHint: (url: string) => string;
  summary: string;
  body: string;
  authorHint: string;
  publishAt: string;
  publishAtHint: string;
  saveDraft: string;
  save: string;
  publishNow: string;
  schedule: string;
  unpublish: string;
  delete: string;
  confirmDelete: string;
  preview: string;
  previewEnglish: string;
  saving: string;
  saved: (time: string) => string;
  autosaved: (time: string) => string;
  unsaved: string;
  published: (time: string) => string;
  scheduled: (time: string) => string;
  draft: string;
  deleted: string;
  restore: string;
  restoreByAdmin: string;
  conflict: (by: string, time: string) => string;
  reload: string;
  notFound: string;
  required: (field: string) => string;
  scheduleNeedsTime: string;
  backToList: string;
  // The English version
  english: string;
  hasEnglish: string;
  hasEnglishHint: string;
  englishTitle: string;
  englishSummary: string;
  englishBody: string;
  englishTitleBad: string;
  englishSummaryBad: string;
  englishBodyBad: string;
  sessionEnded: string;
  signInAgain: string;
  // Accounts
  accounts: string;
  newAccount: string;
  username: string;
  displayName: string;
  role: string;
  roles: Record<'editor' | 'admin' | 'site-editor', string>;
  memberSite: string;
  memberSiteOf: (username: string) => string;
  noMemberSite: string;
  createAccount: string;
  actions: string;
  roleOf: (username: string) => string;
  active: string;
  disabled: string;
  mustChange: string;
  disable: string;
  enable: string;
  disableOf: (username: string) => string;
  enableOf: (username: string) => string;
  resetPassword: string;
  resetOf: (username: string) => string;
  temporaryPassword: (username: string) => string;
  // Audit log
  auditLog: string;
  auditAction: string;
  allActions: string;
  auditKinds: Record<string, string>;
  actionName: (action: string) => string;
  filter: string;
  entries: (total: number) => string;
  when: string;
  who: string;
  what: string;
  changes: string;
  // Traffic
  traffic: string;
  trafficPeriod: string;
  periodDays: (days: number) => string;
  trafficSite: string;
  wholeNetwork: string;
  /** A site as the traffic screen names it: its registry name with its id. */
  siteName: (site: { id: string; name: string }) => string;
  visitsPerDay: (site: string) => string;
  visitsTotal: (days: number) => string;
  visitsOfSite: string;
  visits: string;
  noVisits: string;
  trafficFailed: (message: string) => string;
  topArticles: string;
  topArticlesHint: string;
  rank: string;
  views: string;
  noArticles: string;
  topPages: string;
  topPagesHint: string;
  page: string;
  noPages: string;
  // Day chart
  chartNoData: string;
  chartPeriod: (from: string, to: string) => string;
  chartSeriesSummary: (label: string, total: string, highest: string, day: string) => string;
  chartShowTable: string;
  chartDay: string;
  chartTotal: string;
  // Own password
  newPassword: string;
  newPasswordWhy: string;
  currentPassword: string;
  newPasswordField: string;
  repeatPassword: string;
  passwordRule: string;
  setPassword: string;
  passwordsDiffer: string;
  wrongPassword: string;
  /** What a refused or failed request means, by the server's error code (src/client/problems.ts). */
  problems: Partial<Record<string, string>>;
  /** The server's own words, after a problem that needs them. */
  serverSaid: (message: string) => string;
  // Rich text
  toolbar: string;
  paragraph: string;
  heading2: string;
  heading3: string;
  bold: string;
  italic: string;
  bulletList: string;
  orderedList: string;
  quote: string;
  link: string;
  linkUrl: string;
  linkBad: string;
  removeLink: string;
  apply: string;
  cancel: string;
  table: string;
  addRow: string;
  addColumn: string;
  deleteRow: string;
  deleteColumn: string;
  deleteTable: string;
  picture: string;
  pictureUrl: string;
  pictureUpload: string;
  pictureUploadHint: string;
  uploading: string;
  uploaded: string;
  pictureAlt: string;
  pictureCaption: string;
  altRequired: string;
  // Cover picture
  cover: string;
  coverHint: string;
  coverNone: string;
  coverChoose: string;
  coverReplace: string;
  coverUploaded: string;
  coverRemove: string;
  coverRemoved: string;
  coverAlt: string;
  coverAltHint: string;
  coverAltRequired: string;
  coverDemo: string;
  insert: string;
  undo: string;
  redo: string;
}

const VI_ACTIONS: Record<string, string> = {
  'article.create': 'Tạo bài',
  'article.update': 'Sửa bài',
  'article.publish': 'Đăng bài',
  'article.schedule': 'Hẹn giờ đăng',
  'article.unpublish': 'Gỡ bài',
  'article.delete': 'Xoá bài',
  'article.restore': 'Khôi phục bài',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.disable': 'Khoá tài khoản',
  'user.enable': 'Mở khoá tài khoản',
  'user.password-reset': 'Đặt lại mật khẩu',
  'user.password-change': 'Đổi mật khẩu',
  'banner.create': 'Thêm banner',
  'banner.update': 'Sửa banner',
  'banner.delete': 'Xoá banner',
  'banner.reorder': 'Sắp xếp banner',
  'partner.create': 'Thêm đối tác',
  'partner.update': 'Sửa đối tác',
  'partner.delete': 'Xoá đối tác',
  'partner.reorder': 'Sắp xếp đối tác',
  'media.upload': 'Tải ảnh lên',
};

const EN_ACTIONS: Record<string, string> = {
  'article.create': 'Article created',
  'article.update': 'Article edited',
  'article.publish': 'Article published',
  'article.schedule': 'Article scheduled',
  'article.unpublish': 'Article unpublished',
  'article.delete': 'Article deleted',
  'article.restore': 'Article restored',
  'user.create': 'Account created',
  'user.update': 'Account changed',
  'user.disable': 'Account disabled',
  'user.enable': 'Account enabled',
  'user.password-reset': 'Password reset',
  'user.password-change': 'Password changed',
  'banner.create': 'Banner added',
  'banner.update': 'Banner edited',
  'banner.delete': 'Banner deleted',
  'banner.reorder': 'Banners reordered',
  'partner.create': 'Partner added',
  'partner.update': 'Partner edited',
  'partner.delete': 'Partner deleted',
  'partner.reorder': 'Partners reordered',
  'media.upload': 'Picture uploaded',
};

const vi: Strings = {
  articles: 'Bài viết',
  newArticle: 'Viết bài mới',
  search: 'Tìm theo tiêu đề',
  searchHint: 'Gõ có dấu hay không dấu đều được.',
  category: 'Chuyên mục',
  allCategories: 'Tất cả chuyên mục',
  state: 'Trạng thái',
  allStates: 'Tất cả (trừ bài đã xoá)',
  states: { draft: 'Bản nháp', scheduled: 'Hẹn giờ', published: 'Đã đăng', deleted: 'Đã xoá' },
  title: 'Tiêu đề',
  updated: 'Sửa lần cuối',
  author: 'Tác giả',
  loading: 'Đang tải…',
  empty: 'Không có bài viết nào khớp.',
  count: (total) => `${total} bài viết`,
  loadFailed: 'Không tải được danh sách bài viết.',
  retry: 'Thử lại',
  edit: (title) => `Sửa bài “${title}”`,
  editArticle: 'Sửa bài viết',
  slug: 'Địa chỉ (slug)',
  slugHint: (url) => `Bài sẽ ở ${url}. Đổi địa chỉ của bài đã đăng thì địa chỉ cũ vẫn chuyển đến bài.`,
  summary: 'Tóm tắt',
  body: 'Nội dung',
  authorHint: 'Dòng tác giả dưới bài; để trống thì dùng tên của bạn.',
  publishAt: 'Thời điểm đăng (giờ Việt Nam)',
  publishAtHint: 'Để trống để đăng ngay.',
  saveDraft: 'Lưu nháp',
  save: 'Lưu',
  publishNow: 'Đăng ngay',
  schedule: 'Hẹn giờ đăng',
  unpublish: 'Gỡ bài xuống',
  delete: 'Xoá bài',
  confirmDelete: 'Xoá bài này? Quản trị viên có thể khôi phục lại.',
  preview: 'Xem trước',
  previewEnglish: 'Xem trước bản tiếng Anh',
  saving: 'Đang lưu…',
  saved: (time) => `Đã lưu lúc ${time}.`,
  autosaved: (time) => `Đã tự động lưu lúc ${time}.`,
  unsaved: 'Có thay đổi chưa lưu.',
  published: (time) => `Đã đăng lúc ${time}.`,
  scheduled: (time) => `Sẽ tự đăng lúc ${time}.`,
  draft: 'Bản nháp: bạn đọc chưa thấy bài này.',
  deleted: 'Bài này đã bị xoá: bạn đọc không thấy bài, và bài không sửa được cho đến khi được khôi phục.',
  restore: 'Khôi phục bài',
  restoreByAdmin: 'Quản trị viên có thể khôi phục bài này.',
  conflict: (by, time) =>
    `${by} đã lưu bài này lúc ${time}, sau khi bạn mở nó. Thay đổi của bạn chưa được lưu và vẫn còn trong trang: hãy chép lại phần bạn sửa, tải lại bài rồi sửa tiếp.`,
  reload: 'Tải lại bài',
  notFound: 'Không có bài viết này.',
  required: (field) => `Hãy nhập ${field.toLowerCase()}.`,
  scheduleNeedsTime: 'Hãy chọn thời điểm đăng.',
  backToList: 'Về danh sách bài viết',
  english: 'Bản tiếng Anh',
  hasEnglish: 'Có bản tiếng Anh',
  hasEnglishHint:
    'Bản tiếng Anh ở địa chỉ /en/bai-viet/… và hiện trong danh sách, bản tin tiếng Anh. Bỏ chọn rồi lưu thì bản tiếng Anh bị xoá: địa chỉ tiếng Anh của bài sẽ trả lời “không tìm thấy”.',
  englishTitle: 'Tiêu đề tiếng Anh',
  englishSummary: 'Tóm tắt tiếng Anh',
  englishBody: 'Nội dung tiếng Anh',
  englishTitleBad: 'Hãy nhập tiêu đề tiếng Anh (tối đa 300 ký tự), hoặc bỏ chọn “Có bản tiếng Anh”.',
  englishSummaryBad: 'Tóm tắt tiếng Anh dài tối đa 1.000 ký tự.',
  englishBodyBad: 'Máy chủ không nhận nội dung tiếng Anh này (có thể vì quá dài).',
  sessionEnded:
    'Phiên đăng nhập đã kết thúc (hết hạn, đăng xuất ở nơi khác hoặc tài khoản bị khoá). Những gì đang soạn vẫn còn trên trang này nhưng chưa được lưu.',
  signInAgain: 'Đăng nhập lại (trong thẻ mới)',
  accounts: 'Tài khoản',
  newAccount: 'Tạo tài khoản',
  username: 'Tên đăng nhập',
  displayName: 'Họ tên',
  role: 'Vai trò',
  roles: { editor: 'Biên tập viên', admin: 'Quản trị viên', 'site-editor': 'Quản trị trang thành viên' },
  memberSite: 'Trang thành viên',
  memberSiteOf: (username) => `Trang thành viên của ${username}`,
  noMemberSite: 'Không có',
  createAccount: 'Tạo tài khoản',
  actions: 'Thao tác',
  roleOf: (username) => `Vai trò của ${username}`,
  active: 'Đang hoạt động',
  disabled: 'Đã khoá',
  mustChange: 'Chờ đổi mật khẩu tạm',
  disable: 'Khoá',
  enable: 'Mở khoá',
  disableOf: (username) => `Khoá tài khoản ${username}`,
  enableOf: (username) => `Mở khoá tài khoản ${username}`,
  resetPassword: 'Đặt lại mật khẩu',
  resetOf: (username) => `Đặt lại mật khẩu của ${username}`,
  temporaryPassword: (username) =>
    `Mật khẩu tạm của ${username} (chỉ hiện lần này; hãy trao tận tay người dùng, họ sẽ phải đổi khi đăng nhập):`,
  auditLog: 'Nhật ký thay đổi',
  auditAction: 'Thao tác',
  allActions: 'Mọi thao tác',
  auditKinds: {
    article: 'Mọi thao tác với bài viết',
    user: 'Mọi thao tác với tài khoản',
    banner: 'Mọi thao tác với banner',
    partner: 'Mọi thao tác với đối tác',
    ...VI_ACTIONS,
  },
  actionName: (action) => VI_ACTIONS[action] ?? action,
  filter: 'Lọc',
  entries: (total) => `${total} mục`,
  when: 'Lúc',
  who: 'Người làm',
  what: 'Đối tượng',
  changes: 'Thay đổi',
  traffic: 'Truy cập',
  trafficPeriod: 'Khoảng thời gian',
  periodDays: (days) => `${days} ngày`,
  trafficSite: 'Trang',
  wholeNetwork: 'Toàn mạng lưới',
  siteName: ({ id, name }) => (id === 'portal' ? 'Cổng thông tin (portal)' : name === id ? id : `${name} (${id})`),
  visitsPerDay: (site) => `Lượt truy cập theo ngày: ${site}`,
  visitsTotal: (days) => `Tổng lượt truy cập trong ${days} ngày qua`,
  visitsOfSite: 'Theo trang',
  visits: 'Lượt truy cập',
  noVisits: 'Chưa có lượt truy cập nào trong khoảng thời gian này.',
  trafficFailed: (message) => `Không tải được số liệu truy cập: ${message}`,
  topArticles: 'Bài viết được xem nhiều nhất',
  topArticlesHint:
    'Lượt xem cộng dồn từ trước đến nay, không theo khoảng thời gian đã chọn: cổng không lưu lượt xem theo từng ngày của từng bài.',
  rank: 'Hạng',
  views: 'Lượt xem',
  noArticles: 'Chưa có bài viết nào được đăng.',
  topPages: 'Trang được xem nhiều nhất',
  topPagesHint: 'Lượt xem trong khoảng thời gian đã chọn.',
  page: 'Địa chỉ trang',
  noPages: 'Chưa có trang nào được xem trong khoảng thời gian này.',
  chartNoData: 'Không có số liệu.',
  chartPeriod: (from, to) => `Từ ${from} đến ${to}.`,
  chartSeriesSummary: (label, total, highest, day) => `${label}: tổng ${total}, cao nhất ${highest} vào ngày ${day}.`,
  chartShowTable: 'Xem dạng bảng',
  chartDay: 'Ngày',
  chartTotal: 'Tổng',
  newPassword: 'Đặt mật khẩu mới',
  newPasswordWhy: 'Bạn đang dùng mật khẩu tạm do quản trị viên cấp. Hãy đặt mật khẩu của riêng bạn để tiếp tục.',
  currentPassword: 'Mật khẩu hiện tại (mật khẩu tạm)',
  newPasswordField: 'Mật khẩu mới',
  repeatPassword: 'Nhập lại mật khẩu mới',
  passwordRule: 'Ít nhất 12 ký tự; một câu dễ nhớ là mật khẩu tốt.',
  setPassword: 'Đặt mật khẩu',
  passwordsDiffer: 'Hai lần nhập mật khẩu mới không giống nhau.',
  wrongPassword: 'Mật khẩu hiện tại không đúng.',
  problems: {
    validation_failed: 'Có trường chưa hợp lệ.',
    invalid_parameter: 'Yêu cầu chưa hợp lệ.',
    not_found: 'Không tìm thấy mục này: có thể ai đó vừa xoá nó. Hãy tải lại trang.',
    slug_taken: 'Địa chỉ (slug) này đã được một bài khác dùng: hãy chọn địa chỉ khác.',
    article_deleted: 'Bài này đã bị xoá nên không sửa được.',
    user_exists: 'Đã có tài khoản với tên đăng nhập này: hãy chọn tên khác.',
    site_required: 'Quản trị trang thành viên cần có trang thành viên: hãy chọn một trang.',
    site_not_allowed: 'Chỉ quản trị trang thành viên mới gắn với một trang thành viên.',
    unknown_site: 'Không có trang thành viên này. Hãy tải lại trang.',
    site_disabled: 'Trang thành viên này đang bị tắt: hãy bật lại trước hoặc chọn trang khác.',
    last_admin: 'Không thể làm vậy: cổng thông tin phải còn ít nhất một quản trị viên đang hoạt động. Không có gì bị thay đổi.',
    own_account: 'Bạn không thể tự khoá tài khoản của mình hay tự bỏ quyền quản trị: hãy nhờ một quản trị viên khác.',
    forbidden: 'Việc này chỉ dành cho quản trị viên (admin).',
    forbidden_origin: 'Yêu cầu bị từ chối vì không đến từ trang của cổng thông tin. Hãy tải lại trang.',
    payload_too_large: 'Tệp quá lớn: ảnh tối đa 20 MB.',
    image_too_large: 'Ảnh quá lớn: tối đa 40 megapixel.',
    unsupported_media_type: 'Tệp này không phải ảnh JPEG, PNG hay WebP.',
    invalid_image: 'Tệp ảnh bị hỏng hoặc không đọc được.',
    busy: 'Máy chủ đang xử lý nhiều ảnh: hãy thử lại sau vài giây.',
    too_many_attempts: 'Thử quá nhiều lần: hãy đợi một lúc rồi thử lại.',
    network_error: 'Không kết nối được với máy chủ: hãy kiểm tra mạng rồi thử lại.',
    timeout: 'Máy chủ không trả lời kịp: hãy thử lại.',
  },
  serverSaid: (message) => `(Chi tiết từ máy chủ: ${message})`,
  toolbar: 'Định dạng',
  paragraph: 'Đoạn văn',
  heading2: 'Tiêu đề mục',
  heading3: 'Tiêu đề nhỏ',
  bold: 'Đậm',
  italic: 'Nghiêng',
  bulletList: 'Danh sách dấu chấm',
  orderedList: 'Danh sách đánh số',
  quote: 'Trích dẫn',
  link: 'Liên kết',
  linkUrl: 'Địa chỉ liên kết',
  linkBad: 'Địa chỉ phải bắt đầu bằng https://, http://, mailto: hoặc /.',
  removeLink: 'Bỏ liên kết',
  apply: 'Áp dụng',
  cancel: 'Huỷ',
  table: 'Chèn bảng',
  addRow: 'Thêm hàng',
  addColumn: 'Thêm cột',
  deleteRow: 'Xoá hàng',
  deleteColumn: 'Xoá cột',
  deleteTable: 'Xoá bảng',
  picture: 'Chèn ảnh',
  pictureUrl: 'Địa chỉ ảnh',
  pictureUpload: 'Tải ảnh lên',
  pictureUploadHint: 'JPEG, PNG hoặc WebP, tối đa 20 MB; ảnh chụp từ điện thoại được xoay đúng chiều và xoá thông tin vị trí.',
  uploading: 'Đang tải ảnh lên…',
  uploaded: 'Đã tải ảnh lên. Hãy nhập mô tả ảnh rồi bấm Chèn.',
  pictureAlt: 'Mô tả ảnh (cho người không xem được ảnh)',
  pictureCaption: 'Chú thích ảnh',
  altRequired: 'Hãy nhập mô tả ảnh.',
  cover: 'Ảnh đại diện',
  coverHint: 'Hiện trên thẻ bài ở trang chủ và trang chuyên mục, ở đầu bài viết và khi bài được chia sẻ.',
  coverNone: 'Bài chưa có ảnh đại diện.',
  coverChoose: 'Chọn ảnh đại diện',
  coverReplace: 'Chọn ảnh khác',
  coverUploaded: 'Đã tải ảnh lên. Hãy nhập mô tả ảnh rồi lưu bài.',
  coverRemove: 'Bỏ ảnh đại diện',
  coverRemoved: 'Đã bỏ ảnh đại diện; lưu bài để áp dụng.',
  coverAlt: 'Mô tả ảnh đại diện (bắt buộc)',
  coverAltHint: 'Ảnh cho thấy gì, cho người không xem được ảnh; tối đa 300 ký tự.',
  coverAltRequired: 'Ảnh đại diện cần có mô tả: hãy nhập mô tả ảnh rồi lưu lại.',
  coverDemo: 'Ảnh có sẵn từ nội dung mẫu: muốn đổi mô tả thì chọn ảnh khác.',
  insert: 'Chèn',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
};

const en: Strings = {
  articles: 'Articles',
  newArticle: 'New article',
  search: 'Search titles',
  searchHint: 'With or without diacritics.',
  category: 'Category',
  allCategories: 'All categories',
  state: 'State',
  allStates: 'All (but deleted)',
  states: { draft: 'Draft', scheduled: 'Scheduled', published: 'Published', deleted: 'Deleted' },
  title: 'Title',
  updated: 'Last changed',
  author: 'Author',
  loading: 'Loading…',
  empty: 'No articles match.',
  count: (total) => `${total} article${total === 1 ? '' : 's'}`,
  loadFailed: 'The articles could not be loaded.',
  retry: 'Try again',
  edit: (title) => `Edit “${title}”`,
  editArticle: 'Edit article',
  slug: 'Address (slug)',
  slugHint: (url) => `The article will be at ${url}. When a published article's address changes, the old one still leads to it.`,
  summary: 'Summary',
  body: 'Text',
  authorHint: 'The author line under the article; your name when empty.',
  publishAt: 'Publication time (Vietnam time)',
  publishAtHint: 'Leave empty to publish now.',
  saveDraft: 'Save draft',
  save: 'Save',
  publishNow: 'Publish now',
  schedule: 'Schedule',
  unpublish: 'Unpublish',
  delete: 'Delete',
  confirmDelete: 'Delete this article? An admin can restore it.',
  preview: 'Preview',
  previewEnglish: 'Preview the English version',
  saving: 'Saving…',
  saved: (time) => `Saved at ${time}.`,
  autosaved: (time) => `Saved automatically at ${time}.`,
  unsaved: 'There are unsaved changes.',
  published: (time) => `Published at ${time}.`,
  scheduled: (time) => `Will be published at ${time}.`,
  draft: 'Draft: readers do not see this article.',
  deleted: 'This article is deleted: readers do not see it, and it cannot be edited until it is restored.',
  restore: 'Restore',
  restoreByAdmin: 'An admin can restore this article.',
  conflict: (by, time) =>
    `${by} saved this article at ${time}, after you opened it. Your changes are not saved and are still on this page: copy what you changed, reload the article and apply it again.`,
  reload: 'Reload the article',
  notFound: 'There is no such article.',
  required: (field) => `Enter the ${field.toLowerCase()}.`,
  scheduleNeedsTime: 'Choose the publication time.',
  backToList: 'Back to the articles',
  english: 'English version',
  hasEnglish: 'Has an English version',
  hasEnglishHint:
    'The English version is at /en/bai-viet/… and in the English lists and feeds. Untick and save to remove it: the article’s English address then answers “not found”.',
  englishTitle: 'English title',
  englishSummary: 'English summary',
  englishBody: 'English text',
  englishTitleBad: 'Enter the English title (up to 300 characters), or untick “Has an English version”.',
  englishSummaryBad: 'The English summary can be up to 1,000 characters.',
  englishBodyBad: 'The server did not take this English text (it may be too long).',
  sessionEnded:
    'Your session has ended (it expired, you signed out elsewhere, or the account was disabled). What you were writing is still on this page, but it is not saved.',
  signInAgain: 'Sign in again (in a new tab)',
  accounts: 'Accounts',
  newAccount: 'New account',
  username: 'Username',
  displayName: 'Name',
  role: 'Role',
  roles: { editor: 'Editor', admin: 'Admin', 'site-editor': 'Site editor' },
  memberSite: 'Member site',
  memberSiteOf: (username) => `Member site of ${username}`,
  noMemberSite: 'None',
  createAccount: 'Create account',
  actions: 'Actions',
  roleOf: (username) => `Role of ${username}`,
  active: 'Active',
  disabled: 'Disabled',
  mustChange: 'Temporary password not yet changed',
  disable: 'Disable',
  enable: 'Enable',
  disableOf: (username) => `Disable ${username}`,
  enableOf: (username) => `Enable ${username}`,
  resetPassword: 'Reset password',
  resetOf: (username) => `Reset password of ${username}`,
  temporaryPassword: (username) =>
    `Temporary password of ${username} (shown this once; hand it to the user, who must change it at sign-in):`,
  auditLog: 'Audit log',
  auditAction: 'Action',
  allActions: 'All actions',
  auditKinds: {
    article: 'Everything on articles',
    user: 'Everything on accounts',
    banner: 'Everything on banners',
    partner: 'Everything on partners',
    ...EN_ACTIONS,
  },
  actionName: (action) => EN_ACTIONS[action] ?? action,
  filter: 'Filter',
  entries: (total) => `${total} entr${total === 1 ? 'y' : 'ies'}`,
  when: 'When',
  who: 'Who',
  what: 'What',
  changes: 'Changes',
  traffic: 'Traffic',
  trafficPeriod: 'Period',
  periodDays: (days) => `${days} days`,
  trafficSite: 'Site',
  wholeNetwork: 'Whole network',
  siteName: ({ id, name }) => (id === 'portal' ? 'The portal (portal)' : name === id ? id : `${name} (${id})`),
  visitsPerDay: (site) => `Visits per day: ${site}`,
  visitsTotal: (days) => `Visits in the last ${days} days`,
  visitsOfSite: 'By site',
  visits: 'Visits',
  noVisits: 'No visits in this period yet.',
  trafficFailed: (message) => `The traffic figures could not be loaded: ${message}`,
  topArticles: 'Most viewed articles',
  topArticlesHint: 'Views added up over all time, not within the period chosen: the portal does not keep views per day for each article.',
  rank: 'Rank',
  views: 'Views',
  noArticles: 'No article has been published yet.',
  topPages: 'Most viewed pages',
  topPagesHint: 'Page views within the period chosen.',
  page: 'Page address',
  noPages: 'No page was viewed in this period.',
  chartNoData: 'No figures.',
  chartPeriod: (from, to) => `From ${from} to ${to}.`,
  chartSeriesSummary: (label, total, highest, day) => `${label}: ${total} in all, at most ${highest} on ${day}.`,
  chartShowTable: 'Show as table',
  chartDay: 'Day',
  chartTotal: 'Total',
  newPassword: 'Set a new password',
  newPasswordWhy: 'You signed in with a temporary password from an admin. Choose your own to go on.',
  currentPassword: 'Current (temporary) password',
  newPasswordField: 'New password',
  repeatPassword: 'New password again',
  passwordRule: 'At least 12 characters; a sentence you remember makes a good password.',
  setPassword: 'Set password',
  passwordsDiffer: 'The two new passwords differ.',
  wrongPassword: 'The current password is incorrect.',
  problems: {
    validation_failed: 'A field is not valid.',
    invalid_parameter: 'The request is not valid.',
    not_found: 'This item was not found: someone may have just deleted it. Reload the page.',
    slug_taken: 'Another article already uses this address (slug): choose another.',
    article_deleted: 'This article was deleted, so it cannot be edited.',
    user_exists: 'There is already an account with this username: choose another.',
    site_required: 'A site editor needs a member site: choose one.',
    site_not_allowed: 'Only a site editor has a member site.',
    unknown_site: 'There is no such member site. Reload the page.',
    site_disabled: 'This member site is disabled: enable it first, or choose another.',
    last_admin: 'Not possible: the portal must keep at least one enabled admin. Nothing was changed.',
    own_account: 'You cannot disable your own account or take away your own admin role: ask another admin.',
    forbidden: 'Only admins may do this.',
    forbidden_origin: 'Refused because the request did not come from the portal’s own page. Reload the page.',
    payload_too_large: 'The file is too large: pictures can be up to 20 MB.',
    image_too_large: 'The picture is too large: at most 40 megapixels.',
    unsupported_media_type: 'This file is not a JPEG, PNG or WebP picture.',
    invalid_image: 'The picture file is damaged or cannot be read.',
    busy: 'The server is processing many pictures: try again in a few seconds.',
    too_many_attempts: 'Too many attempts: wait a while, then try again.',
    network_error: 'Cannot reach the server: check the network and try again.',
    timeout: 'The server did not answer in time: try again.',
  },
  serverSaid: (message) => `(The server said: ${message})`,
  toolbar: 'Formatting',
  paragraph: 'Paragraph',
  heading2: 'Section heading',
  heading3: 'Subheading',
  bold: 'Bold',
  italic: 'Italic',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  quote: 'Quote',
  link: 'Link',
  linkUrl: 'Link address',
  linkBad: 'The address must start with https://, http://, mailto: or /.',
  removeLink: 'Remove link',
  apply: 'Apply',
  cancel: 'Cancel',
  table: 'Insert table',
  addRow: 'Add row',
  addColumn: 'Add column',
  deleteRow: 'Delete row',
  deleteColumn: 'Delete column',
  deleteTable: 'Delete table',
  picture: 'Insert picture',
  pictureUrl: 'Picture address',
  pictureUpload: 'Upload a picture',
  pictureUploadHint: 'JPEG, PNG or WebP, up to 20 MB; phone photos are turned upright and their location data removed.',
  uploading: 'Uploading…',
  uploaded: 'Uploaded. Describe the picture, then press Insert.',
  pictureAlt: 'Description (for those who cannot see the picture)',
  pictureCaption: 'Caption',
  altRequired: 'Enter a description of the picture.',
  cover: 'Cover picture',
  coverHint: 'Shown on the article’s card on the home and category pages, at the top of the article, and when it is shared.',
  coverNone: 'The article has no cover picture yet.',
  coverChoose: 'Choose a cover picture',
  coverReplace: 'Choose another picture',
  coverUploaded: 'Uploaded. Describe the picture, then save the article.',
  coverRemove: 'Remove the cover picture',
  coverRemoved: 'Cover picture removed; save the article to apply it.',
  coverAlt: 'Description of the cover picture (required)',
  coverAltHint: 'What the picture shows, for those who cannot see it; up to 300 characters.',
  coverAltRequired: 'The cover picture needs a description: enter one, then save again.',
  coverDemo: 'A picture from the demo content: choose another picture to change its description.',
  insert: 'Insert',
  undo: 'Undo',
  redo: 'Redo',
};

export const STRINGS: Record<Locale, Strings> = { vi, en };
