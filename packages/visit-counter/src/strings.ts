import type { Locale } from '@agency-portal/core';
import type { VisitCount, VisitDefinitions } from './summary.js';

/** Every text `<ap-visit-counter>` shows or announces; override any of them with the `strings` property. */
export interface VisitCounterStrings {
  /** Accessible name of the region when there is no `label` attribute. */
  label: string;
  /** The label of each number. */
  counts: Record<VisitCount, string>;
  /** Announced while the counters load. */
  loading: string;
  /** Shown when the counters could not be loaded (the details go to the `ap-visit-counter-error` event). */
  error: string;
  retry: string;
  /** The disclosure button that shows how the counters are made. */
  definitions: string;
  /** The definitions, from the numbers the server sends. */
  explain: (definitions: VisitDefinitions, timeZone: string) => string[];
}

export const visitCounterStrings: Record<Locale, VisitCounterStrings> = {
  vi: {
    label: 'Thống kê truy cập',
    counts: { online: 'Đang online', today: 'Hôm nay', week: 'Trong tuần', month: 'Trong tháng', total: 'Tất cả' },
    loading: 'Đang tải…',
    error: 'Không tải được số liệu truy cập.',
    retry: 'Thử lại',
    definitions: 'Cách tính',
    explain: (d, tz) => [
      `Hôm nay, trong tuần, trong tháng và tất cả đếm lượt truy cập: một lượt bắt đầu khi người xem mở trang sau ít nhất ${d.visitGapMinutes} phút không truy cập.`,
      `Đang online: số người xem có hoạt động trong ${d.onlineWindowMinutes} phút gần nhất.`,
      `Ngày, tuần (bắt đầu từ thứ Hai) và tháng theo múi giờ ${tz}.`,
      'Không tính máy tìm kiếm và chương trình tự động. Không dùng cookie, không lưu địa chỉ IP.',
    ],
  },
  en: {
    label: 'Visit statistics',
    counts: { online: 'Online now', today: 'Today', week: 'This week', month: 'This month', total: 'Total' },
    loading: 'Loading…',
    error: 'The visit statistics could not be loaded.',
    retry: 'Retry',
    definitions: 'How these are counted',
    explain: (d, tz) => [
      `Today, this week, this month and total count visits: a visit starts when someone opens a page after at least ${d.visitGapMinutes} minutes without one.`,
      `Online now: people active in the last ${d.onlineWindowMinutes} minutes.`,
      `Days, weeks (starting Monday) and months are in the ${tz} time zone.`,
      'Search engines and other bots are not counted. No cookies; no IP addresses are stored.',
    ],
  },
};
