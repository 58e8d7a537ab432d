import { fileURLToPath } from 'node:url';

/**
 * apps/server/media: the same relative path from src/seed/ and dist/seed/. The demo images' source files, which the
 * seed uploads (src/seed/media.ts); still served under /media/ for stores seeded before it did.
 */
export const MEDIA_DIR = fileURLToPath(new URL('../../media', import.meta.url));

/** The demo images (made by scripts/make-demo-images.sh), by file name without `.jpg`, with their alt text. */
export const DEMO_IMAGES = {
  'hoi-nghi': 'Hình minh họa: hội trường với sân khấu, bục phát biểu và các hàng ghế',
  'tru-so': 'Hình minh họa: trụ sở cơ quan có hàng cột, lá cờ trên nóc',
  'chuyen-doi-so': 'Hình minh họa: các đường mạch số nối nhau trên nền xanh đậm',
  'mot-cua': 'Hình minh họa: quầy tiếp nhận hồ sơ với ba máy tính và bảng gọi số',
  'tap-huan': 'Hình minh họa: phòng tập huấn có bảng biểu đồ và các dãy bàn',
  'dong-lua': 'Hình minh họa: cánh đồng lúa xanh dưới ánh mặt trời',
  'cau-duong': 'Hình minh họa: con đường dẫn tới cây cầu bắc qua sông',
  'thu-vien': 'Hình minh họa: giá sách nhiều màu trong thư viện',
  'ket-noi': 'Hình minh họa: mạng lưới các điểm kết nối với nhau',
  'le-ky-niem': 'Hình minh họa: đèn lồng và hoa trang trí trên nền đỏ',
  'tinh-nguyen': 'Hình minh họa: tình nguyện viên trồng cây xanh',
  'kiem-tra': 'Hình minh họa: bảng kiểm tra với các mục đã đánh dấu',
} as const;

export type DemoImage = keyof typeof DEMO_IMAGES;
