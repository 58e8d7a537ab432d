// Placeholder headlines for the demo home page, until articles come from the store.

const TOPICS = [
  'Hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm mới',
  'Công bố kết quả tuyển sinh lớp 10 trên địa bàn tỉnh',
  'Khởi công dự án nâng cấp tuyến đường liên xã',
  'Hướng dẫn nộp hồ sơ trực tuyến qua Cổng dịch vụ công',
  'Tăng cường phòng, chống dịch bệnh trong mùa mưa',
  'Tập huấn chuyển đổi số cho cán bộ cấp xã',
  'Lấy ý kiến nhân dân về dự thảo quy hoạch đô thị',
  'Ra mắt tổ công nghệ số cộng đồng tại các khu dân cư',
  'Kiểm tra an toàn thực phẩm dịp cao điểm lễ hội',
  'Trao học bổng cho học sinh có hoàn cảnh khó khăn',
  'Đối thoại với doanh nghiệp về cải cách thủ tục hành chính',
];

/** 57 headlines, numbered from 1 so a page's contents are easy to check. */
export const DEMO_HEADLINES: readonly string[] = Array.from({ length: 57 }, (_, i) => `${TOPICS[i % TOPICS.length]} (tin số ${i + 1})`);

export const HEADLINES_PER_PAGE = 10;
