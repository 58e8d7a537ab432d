// The banners screen's strings, in Vietnamese and English. They live in the screen's own chunk, so that the page
// script does not carry them for every other screen; the newsroom's other strings are in ../strings.ts.
import type { Locale } from '@agency-portal/core';
import type { ScheduleState } from '../api.js';

/** The carousel banners and partners screen (`/quan-tri/quang-cao`) and its form. */
export interface BannerStrings {
  title: string;
  tabs: string;
  bannersTab: string;
  partnersTab: string;
  bannersIntro: string;
  /** The banner set picker of the banners tab. */
  setPicker: string;
  setPickerHint: string;
  /** The home page's set, `trang-chu`, by name. */
  setHome: string;
  /** A set in the picker: its name and how many banners it has. */
  setOption: (name: string, count: number) => string;
  /** The set field of the banner form. */
  setField: string;
  setFieldHint: string;
  setBad: string;
  setShown: (name: string) => string;
  partnersIntro: string;
  reorderHint: string;
  addBanner: string;
  addPartner: string;
  editBanner: string;
  editPartner: string;
  empty: string;
  loadFailed: string;
  reload: string;
  states: Record<ScheduleState, string>;
  from: (time: string) => string;
  until: (time: string) => string;
  endedAt: (time: string) => string;
  pinned: string;
  paid: string;
  placementIs: (placement: string) => string;
  noLink: string;
  position: (index: number) => string;
  dragHandle: string;
  up: string;
  down: string;
  moveUpOf: (name: string) => string;
  moveDownOf: (name: string) => string;
  edit: string;
  remove: string;
  editOf: (name: string) => string;
  deleteOf: (name: string) => string;
  stats: string;
  statsOf: (name: string) => string;
  moved: (name: string, position: number, total: number) => string;
  orderFailed: string;
  orderChanged: string;
  counts: (clicks: string, impressions: string) => string;
  clicks: string;
  impressions: string;
  clickRate: string;
  countsRange: (from: string, to: string) => string;
  // The form
  titleField: string;
  name: string;
  image: string;
  bannerImageHint: string;
  partnerImageHint: string;
  currentImage: string;
  upload: string;
  uploading: string;
  uploaded: string;
  alt: string;
  imageRequired: string;
  link: string;
  linkHint: string;
  linkBad: string;
  partnerUrl: string;
  partnerUrlHint: string;
  partnerUrlBad: string;
  interval: string;
  intervalHint: string;
  placement: string;
  placementHint: string;
  pinnedLabel: string;
  pinnedHint: string;
  paidLabel: string;
  paidHint: string;
  startsAt: string;
  startsAtHint: string;
  endsAt: string;
  endsAtHint: string;
  save: string;
  cancel: string;
  loading: string;
  saved: (name: string) => string;
  deleted: (name: string) => string;
  confirmDelete: (name: string) => string;
  confirmDeletePartner: (name: string) => string;
  // What went wrong (the newsroom's sentences by error code are in ../strings.ts `problems`).
  detail: string;
  endsBeforeStarts: string;
  imageGone: string;
  failed: string;
}

const vi: BannerStrings = {
  title: 'Banner và đối tác',
  tabs: 'Loại',
  bannersTab: 'Banner',
  partnersTab: 'Đối tác',
  bannersIntro: 'Các ảnh của bộ banner đã chọn, chạy lần lượt trên băng chuyền theo thứ tự dưới đây.',
  setPicker: 'Bộ banner',
  setPickerHint: 'Mỗi bộ là một băng chuyền: bộ Trang chủ ở đầu trang chủ, các bộ khác cho trang thành viên nhúng.',
  setHome: 'Trang chủ',
  setOption: (name, count) => `${name} (${count} banner)`,
  setField: 'Bộ banner',
  setFieldHint:
    'Chọn một bộ có sẵn hoặc gõ mã bộ mới: chữ thường không dấu, số và dấu gạch ngang, tối đa 32 ký tự. trang-chu là bộ của trang chủ.',
  setBad: 'Mã bộ banner chỉ gồm chữ thường không dấu và số, các từ nối bằng một dấu gạch ngang, tối đa 32 ký tự (như so-giao-duc).',
  setShown: (name) => `Đang hiện bộ banner ${name}.`,
  partnersIntro:
    'Biểu trưng dẫn đến trang của các cơ quan, đối tác, theo thứ tự dưới đây. Đối tác được ghim luôn đứng trước các đối tác khác.',
  reorderHint: 'Sắp xếp: kéo tay nắm ở đầu mỗi dòng, hoặc dùng nút Lên, Xuống (hay Alt + mũi tên lên, xuống). Thứ tự mới được lưu ngay.',
  addBanner: 'Thêm banner',
  addPartner: 'Thêm đối tác',
  editBanner: 'Sửa banner',
  editPartner: 'Sửa đối tác',
  empty: 'Chưa có mục nào.',
  loadFailed: 'Không tải được danh sách.',
  reload: 'Tải lại danh sách',
  states: { shown: 'Đang hiện', scheduled: 'Hẹn giờ', ended: 'Đã kết thúc' },
  from: (time) => `từ ${time}`,
  until: (time) => `đến ${time}`,
  endedAt: (time) => `lúc ${time}`,
  pinned: 'Ghim đầu',
  paid: 'Quảng cáo trả tiền',
  placementIs: (placement) => `Vị trí: ${placement}`,
  noLink: 'Không có liên kết',
  position: (index) => `Thứ ${index}`,
  dragHandle: 'Kéo để đổi chỗ',
  up: 'Lên',
  down: 'Xuống',
  moveUpOf: (name) => `Lên: chuyển “${name}” lên một bậc`,
  moveDownOf: (name) => `Xuống: chuyển “${name}” xuống một bậc`,
  edit: 'Sửa',
  remove: 'Xoá',
  editOf: (name) => `Sửa “${name}”`,
  deleteOf: (name) => `Xoá “${name}”`,
  stats: 'Số liệu',
  statsOf: (name) => `Số liệu của “${name}”`,
  moved: (name, position, total) => `“${name}” đã chuyển đến vị trí ${position} trên ${total}.`,
  orderFailed: 'Không lưu được thứ tự mới; thứ tự trước đó đã được đặt lại.',
  orderChanged: 'Danh sách vừa được thay đổi ở nơi khác: hãy tải lại danh sách rồi sắp xếp lại.',
  counts: (clicks, impressions) => `30 ngày qua: ${clicks} lượt nhấp, ${impressions} lượt hiển thị`,
  clicks: 'Lượt nhấp',
  impressions: 'Lượt hiển thị',
  clickRate: 'Tỉ lệ nhấp',
  countsRange: (from, to) => `Từ ${from} đến ${to} (ngày theo giờ Việt Nam). Chỉ tính người xem, không tính máy tìm kiếm.`,
  titleField: 'Tiêu đề',
  name: 'Tên đối tác',
  image: 'Ảnh',
  bannerImageHint: 'JPEG, PNG hoặc WebP, tối đa 20 MB; ảnh rộng, khoảng 1200 × 360 điểm ảnh.',
  partnerImageHint: 'JPEG, PNG hoặc WebP, tối đa 20 MB; biểu trưng khoảng 240 × 80 điểm ảnh.',
  currentImage: 'Ảnh đang dùng',
  upload: 'Tải ảnh lên',
  uploading: 'Đang tải ảnh lên…',
  uploaded: 'Ảnh vừa tải lên; nó được dùng khi bạn bấm Lưu.',
  alt: 'Mô tả ảnh (cho người không xem được ảnh)',
  imageRequired: 'Hãy chọn ảnh để tải lên.',
  link: 'Liên kết khi bấm vào',
  linkHint:
    'Địa chỉ bắt đầu bằng https:// hoặc http://, hoặc một trang của cổng bắt đầu bằng / (như /chuyen-muc/tin-hoat-dong). Để trống nếu không liên kết.',
  linkBad: 'Liên kết phải bắt đầu bằng https://, http:// hoặc /, không có dấu cách.',
  partnerUrl: 'Địa chỉ trang của đối tác',
  partnerUrlHint: 'Bắt đầu bằng https:// hoặc http://.',
  partnerUrlBad: 'Địa chỉ phải bắt đầu bằng https:// hoặc http://, không có dấu cách.',
  interval: 'Thời gian hiện (giây)',
  intervalHint: 'Từ 1 đến 120 giây; để trống để dùng thời gian mặc định của băng chạy.',
  placement: 'Vị trí đặt',
  placementHint: 'Chữ thường không dấu, số và dấu gạch ngang; sidebar là cột bên của trang chủ.',
  pinnedLabel: 'Ghim lên đầu',
  pinnedHint: 'Luôn đứng trước các đối tác không ghim, kể cả khi dải đối tác xáo trộn thứ tự.',
  paidLabel: 'Quảng cáo trả tiền',
  paidHint:
    'Đánh dấu đây là chỗ đặt có trả tiền: liên kết được gắn rel="sponsored" để các công cụ tìm kiếm biết đó là quảng cáo, không phải liên kết giới thiệu.',
  startsAt: 'Hiện từ (giờ Việt Nam)',
  startsAtHint: 'Để trống để hiện ngay.',
  endsAt: 'Hiện đến (giờ Việt Nam)',
  endsAtHint: 'Để trống nếu không có hạn.',
  save: 'Lưu',
  cancel: 'Huỷ',
  loading: 'Đang tải…',
  saved: (name) => `Đã lưu “${name}”.`,
  deleted: (name) => `Đã xoá “${name}”.`,
  confirmDelete: (name) => `Xoá banner “${name}”? Việc này không hoàn tác được.`,
  confirmDeletePartner: (name) => `Xoá đối tác “${name}” cùng số lượt nhấp và hiển thị của nó? Việc này không hoàn tác được.`,
  detail: 'Chi tiết từ máy chủ:',
  endsBeforeStarts: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
  imageGone: 'Ảnh này không còn trên máy chủ: hãy tải ảnh lên lại.',
  failed: 'Không làm được việc này.',
};

const en: BannerStrings = {
  title: 'Banners and partners',
  tabs: 'Kind',
  bannersTab: 'Banners',
  partnersTab: 'Partners',
  bannersIntro: 'The slides of the chosen banner set, shown one after another by its carousel in this order.',
  setPicker: 'Banner set',
  setPickerHint: 'Each set is a carousel: the Home page set at the top of the home page, the others for member sites to embed.',
  setHome: 'Home page',
  setOption: (name, count) => `${name} (${count} ${count === 1 ? 'banner' : 'banners'})`,
  setField: 'Banner set',
  setFieldHint:
    'Pick a set or type the name of a new one: lowercase letters without diacritics, digits and hyphens, at most 32 characters. trang-chu is the home page’s set.',
  setBad:
    'A set name is lowercase letters without diacritics and digits, words joined by single hyphens, at most 32 characters (such as so-giao-duc).',
  setShown: (name) => `Showing the banner set ${name}.`,
  partnersIntro: 'Logos that link to other agencies’ and partners’ sites, in this order. Pinned partners always come before the others.',
  reorderHint:
    'To reorder, drag the handle at the start of a row, or use the Up and Down buttons (or Alt + arrow up or down). A new order is saved at once.',
  addBanner: 'Add a banner',
  addPartner: 'Add a partner',
  editBanner: 'Edit banner',
  editPartner: 'Edit partner',
  empty: 'Nothing here yet.',
  loadFailed: 'The list could not be loaded.',
  reload: 'Reload the list',
  states: { shown: 'Shown', scheduled: 'Scheduled', ended: 'Ended' },
  from: (time) => `from ${time}`,
  until: (time) => `until ${time}`,
  endedAt: (time) => `at ${time}`,
  pinned: 'Pinned',
  paid: 'Paid placement',
  placementIs: (placement) => `Placement: ${placement}`,
  noLink: 'No link',
  position: (index) => `No. ${index}`,
  dragHandle: 'Drag to move',
  up: 'Up',
  down: 'Down',
  moveUpOf: (name) => `Up: move “${name}” up one place`,
  moveDownOf: (name) => `Down: move “${name}” down one place`,
  edit: 'Edit',
  remove: 'Delete',
  editOf: (name) => `Edit “${name}”`,
  deleteOf: (name) => `Delete “${name}”`,
  stats: 'Figures',
  statsOf: (name) => `Figures of “${name}”`,
  moved: (name, position, total) => `“${name}” moved to position ${position} of ${total}.`,
  orderFailed: 'The new order could not be saved; the previous order is back.',
  orderChanged: 'The list has just been changed elsewhere: reload it, then reorder again.',
  counts: (clicks, impressions) => `Last 30 days: ${clicks} clicks, ${impressions} impressions`,
  clicks: 'Clicks',
  impressions: 'Impressions',
  clickRate: 'Click rate',
  countsRange: (from, to) => `From ${from} to ${to} (days in Vietnam time). People only, not search engines.`,
  titleField: 'Title',
  name: 'Partner name',
  image: 'Image',
  bannerImageHint: 'JPEG, PNG or WebP, up to 20 MB; a wide picture, about 1200 × 360 pixels.',
  partnerImageHint: 'JPEG, PNG or WebP, up to 20 MB; a logo of about 240 × 80 pixels.',
  currentImage: 'Current image',
  upload: 'Upload an image',
  uploading: 'Uploading…',
  uploaded: 'Just uploaded; it is used when you press Save.',
  alt: 'Description (for those who cannot see the image)',
  imageRequired: 'Choose an image to upload.',
  link: 'Link when clicked',
  linkHint:
    'An address starting with https:// or http://, or a page of the portal starting with / (such as /chuyen-muc/tin-hoat-dong). Leave empty for no link.',
  linkBad: 'The link must start with https://, http:// or /, without spaces.',
  partnerUrl: 'Partner’s site address',
  partnerUrlHint: 'Starts with https:// or http://.',
  partnerUrlBad: 'The address must start with https:// or http://, without spaces.',
  interval: 'Time on screen (seconds)',
  intervalHint: '1 to 120 seconds; leave empty for the carousel’s default.',
  placement: 'Placement',
  placementHint: 'Lowercase letters without diacritics, digits and hyphens; sidebar is the home page’s side column.',
  pinnedLabel: 'Pin to the top',
  pinnedHint: 'Always before the partners that are not pinned, also when the strip shuffles.',
  paidLabel: 'Paid placement',
  paidHint:
    'Marks a placement that is paid for: its link gets rel="sponsored", which tells search engines it is an advertisement, not an endorsement.',
  startsAt: 'Shown from (Vietnam time)',
  startsAtHint: 'Leave empty to show it at once.',
  endsAt: 'Shown until (Vietnam time)',
  endsAtHint: 'Leave empty for no end.',
  save: 'Save',
  cancel: 'Cancel',
  loading: 'Loading…',
  saved: (name) => `“${name}” saved.`,
  deleted: (name) => `“${name}” deleted.`,
  confirmDelete: (name) => `Delete the banner “${name}”? This cannot be undone.`,
  confirmDeletePartner: (name) => `Delete the partner “${name}” and its clicks and impressions? This cannot be undone.`,
  detail: 'The server said:',
  endsBeforeStarts: 'The end must be after the start.',
  imageGone: 'This image is no longer on the server: upload it again.',
  failed: 'This could not be done.',
};

export const BANNER_STRINGS: Record<Locale, BannerStrings> = { vi, en };
