// Demo carousel banners and partner banners, with images made by scripts/make-banner-images.sh. The partner
// agencies are made up: their links go to reserved `.example` domains. The images here are the source files (under
// apps/server/media, served under /media/); the seed stores their uploads (src/seed/media.ts) instead.
import type { NewBanner, NewPartner, StoredImage, Store } from '../store/types.js';
import type { DemoUploads } from './media.js';

/** The demo carousel slides, in order; `interval` (ms) is set on one to show per-slide timing. */
export const DEMO_BANNERS: readonly NewBanner[] = [
  {
    key: 'chao-mung-dai-hoi',
    title: 'Chào mừng Đại hội Đảng bộ Khối nhiệm kỳ 2025 – 2030',
    alt: 'Chào mừng Đại hội Đảng bộ Khối, nhiệm kỳ 2025 – 2030',
    url: '/chuyen-muc/tin-hoat-dong',
    interval: 8000,
  },
  {
    key: 'cai-cach-hanh-chinh',
    title: 'Đẩy mạnh cải cách hành chính',
    alt: 'Đẩy mạnh cải cách hành chính, vì một nền hành chính phục vụ nhân dân',
    url: '/chuyen-muc/cai-cach-hanh-chinh',
    interval: null,
  },
  {
    key: 'chuyen-doi-so',
    title: 'Chuyển đổi số trong cơ quan Đảng',
    alt: 'Chuyển đổi số trong cơ quan Đảng: kết nối, minh bạch, hiệu quả',
    url: '/chuyen-muc/chuyen-doi-so',
    interval: null,
  },
  {
    key: 'hoc-tap-lam-theo',
    title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    alt: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, năm 2026',
    url: null,
    interval: null,
  },
].map(({ key, title, alt, url, interval }, position) => ({
  key,
  title,
  image: { path: `/media/banners/${key}.jpg`, alt, width: 1200, height: 360 },
  url,
  interval,
  startsAt: null,
  endsAt: null,
  position,
}));

const partner = (
  key: string,
  name: string,
  // `image`: the logo's file name when it is not the key (a redrawn logo gets a new name: media is cached for good).
  options: { pinned?: boolean; paid?: boolean; startsAt?: string; endsAt?: string; image?: string } = {},
): Omit<NewPartner, 'position'> => ({
  key,
  name,
  image: { path: `/media/partners/${options.image ?? key}.png`, alt: name, width: 240, height: 80 },
  url: `https://${key}.example/`,
  placement: 'sidebar',
  startsAt: options.startsAt ? new Date(options.startsAt) : null,
  endsAt: options.endsAt ? new Date(options.endsAt) : null,
  pinned: options.pinned ?? false,
  paid: options.paid ?? false,
});

/**
 * The demo partners of the `sidebar` placement: ten shown (the public service portal pinned first, two paid
 * placements), and one whose run has ended, which the API leaves out.
 */
export const DEMO_PARTNERS: readonly NewPartner[] = [
  partner('dich-vu-cong', 'Cổng Dịch vụ công tỉnh', { pinned: true, image: 'dich-vu-cong-2' }),
  partner('so-tu-phap', 'Sở Tư pháp: tra cứu văn bản'),
  partner('so-noi-vu', 'Sở Nội vụ: cải cách hành chính'),
  partner('bao-tinh', 'Báo điện tử của tỉnh', { paid: true }),
  partner('dai-phat-thanh', 'Đài Phát thanh và Truyền hình tỉnh', { paid: true }),
  partner('thu-vien-tinh', 'Thư viện tỉnh: sách điện tử'),
  partner('tinh-doan', 'Tỉnh đoàn: thanh niên tình nguyện', { image: 'tinh-doan-2' }),
  partner('hoi-nong-dan', 'Hội Nông dân tỉnh'),
  partner('lien-doan-lao-dong', 'Liên đoàn Lao động tỉnh', { image: 'lien-doan-lao-dong-2' }),
  partner('cong-bao', 'Công báo tỉnh: văn bản mới', { startsAt: '2024-01-01T00:00:00Z' }),
  partner('cong-bao-cu', 'Công báo tỉnh (trang cũ)', { endsAt: '2025-01-01T00:00:00Z' }),
].map((item, position) => ({
  ...item,
  position,
  image: item.key === 'cong-bao-cu' ? { ...item.image, path: '/media/partners/cong-bao.png' } : item.image,
}));

/**
 * Writes the demo banners and partners that are not stored yet (by key), each with the upload of its image from
 * `uploads`; returns how many were inserted.
 */
export async function seedBanners(store: Store, uploads: DemoUploads): Promise<number> {
  const uploaded = (image: StoredImage) => uploads.image(image.path.replace(/^\/media\//, ''), image.alt);
  let inserted = 0;
  for (const banner of DEMO_BANNERS) if (await store.insertBanner({ ...banner, image: await uploaded(banner.image) })) inserted++;
  for (const item of DEMO_PARTNERS) if (await store.insertPartner({ ...item, image: await uploaded(item.image) })) inserted++;
  return inserted;
}
