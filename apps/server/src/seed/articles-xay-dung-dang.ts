import type { DemoCategory } from './types.js';

// Demo articles written for this project. The organisations, people and events are invented.

export const XAY_DUNG_DANG: DemoCategory = {
  slug: 'xay-dung-dang',
  name: 'Xây dựng Đảng',
  articles: [
    {
      slug: 'huong-dan-kiem-diem-danh-gia-xep-loai-chat-luong-nam-2026',
      title: 'Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026',
      summary:
        'Đảng ủy Khối yêu cầu việc kiểm điểm cuối năm phải gắn với kết quả nhiệm vụ cụ thể, có sản phẩm đo đếm được, tránh nể nang, xếp loại theo cảm tính.',
      publishedAt: '2026-11-21T09:10:00+07:00',
      author: 'Lan Phương (Ban Tổ chức Đảng ủy Khối)',
      views: 212,
      image: 'kiem-tra',
      body: [
        'Ngày 20/11, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh ban hành hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm 2026.',
        'Theo hướng dẫn, việc kiểm điểm tập thể và cá nhân phải hoàn thành trước ngày 31/12. Mỗi đảng viên tự đánh giá trên cơ sở bản cam kết tu dưỡng, rèn luyện đầu năm và kết quả thực hiện nhiệm vụ được giao, có số liệu, sản phẩm cụ thể. Người đứng đầu chịu trách nhiệm về kết quả chung của cơ quan, đơn vị.',
        {
          figure: 'thu-vien',
          caption: 'Hồ sơ kiểm điểm được các chi bộ chuẩn bị theo mẫu thống nhất (ảnh minh họa)',
        },
        'Ban Tổ chức Đảng ủy Khối lưu ý, tỷ lệ tổ chức đảng, đảng viên được xếp loại “hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “hoàn thành tốt nhiệm vụ”. Những chi bộ có đảng viên vi phạm bị xử lý kỷ luật trong năm không được xếp loại cao hơn mức “hoàn thành nhiệm vụ”.',
        'Các tổ chức cơ sở đảng gửi báo cáo kết quả về Đảng ủy Khối qua hệ thống văn bản điện tử trước ngày 10/1/2027 để tổng hợp, báo cáo Tỉnh ủy.',
      ],
      english: {
        title: 'Guidance on the 2026 self-assessment and quality rating of Party organisations and members',
        summary:
          'The Party Committee requires the year-end self-assessment to rest on concrete, measurable results, without leniency or ratings by impression.',
        body: [
          'On 20 November, the Standing Board of the Party Committee of provincial agencies issued its guidance on the 2026 self-assessment and quality rating of Party organisations, Party members, and leading and managing officials.',
          'Under the guidance, collective and individual self-assessments must be completed before 31 December. Each Party member assesses themselves against the commitment they made at the start of the year and the results of their assigned tasks, with figures and concrete outputs. Heads of agencies are responsible for the overall results of their agencies.',
          'The Committee’s Organisation Board notes that the share of organisations and members rated as having “completed their tasks excellently” may not exceed 20% of those rated as having “completed their tasks well”. Party cells with a member disciplined during the year cannot be rated higher than “completed their tasks”.',
          'Grassroots Party organisations send their results to the Party Committee through the electronic document system before 10 January 2027, for the report to the Provincial Party Committee.',
        ],
      },
    },
    {
      slug: 'chi-bo-trung-tam-cong-nghe-thong-tin-ket-nap-dang-vien-moi',
      title: 'Chi bộ Trung tâm Công nghệ thông tin tỉnh kết nạp hai đảng viên mới',
      summary: 'Hai quần chúng ưu tú là kỹ sư trẻ được kết nạp sau hơn một năm phấn đấu, rèn luyện trong công tác chuyên môn.',
      publishedAt: '2026-11-06T15:50:00+07:00',
      author: 'Lan Phương (Ban Tổ chức Đảng ủy Khối)',
      views: 389,
      image: 'le-ky-niem',
      body: [
        'Chiều 6/11, Chi bộ Trung tâm Công nghệ thông tin, Sở Thông tin và Truyền thông tổ chức lễ kết nạp đảng viên mới cho hai quần chúng ưu tú là kỹ sư Ngô Minh Khoa và kỹ sư Vũ Thị Hồng Nhung.',
        'Cả hai đều là kỹ sư trẻ, tham gia xây dựng hệ thống dữ liệu dùng chung và cổng dịch vụ công của tỉnh. Trong quá trình phấn đấu, hai quần chúng được chi bộ phân công đảng viên giúp đỡ, giao những việc khó như bảo đảm an toàn thông tin trong đợt cao điểm nộp hồ sơ trực tuyến.',
        {
          figure: 'chuyen-doi-so',
          caption: 'Các kỹ sư trẻ của Trung tâm Công nghệ thông tin tỉnh trong giờ làm việc (ảnh minh họa)',
        },
        'Phát biểu tại buổi lễ, đồng chí Bí thư Chi bộ mong muốn các đảng viên mới tiếp tục rèn luyện, giữ vững phẩm chất, gương mẫu trong công việc. Từ đầu năm đến nay, Đảng bộ Khối đã kết nạp 186 đảng viên mới, đạt 93% chỉ tiêu năm.',
      ],
      english: {
        title: 'The Party cell of the provincial IT Centre admits two new members',
        summary: 'Two young engineers were admitted after more than a year of striving and proving themselves in their professional work.',
        body: [
          'On the afternoon of 6 November, the Party cell of the IT Centre of the Department of Information and Communications held a ceremony admitting two outstanding candidates, engineers Ngô Minh Khoa and Vũ Thị Hồng Nhung, as new Party members.',
          'Both are young engineers who helped build the province’s shared data system and its public services portal. While they prepared for admission, the cell assigned Party members to support them and gave them demanding work, such as keeping information secure during the peak of online applications.',
          'Speaking at the ceremony, the cell’s secretary encouraged the new members to keep learning, uphold their integrity and set an example in their work. Since the start of the year, the Party organisation of provincial agencies has admitted 186 new members, 93% of its annual target.',
        ],
      },
    },
    {
      slug: 'ubkt-dang-uy-khoi-giam-sat-ke-khai-tai-san-thu-nhap',
      title: 'Ủy ban Kiểm tra Đảng ủy Khối giám sát chuyên đề việc kê khai tài sản, thu nhập',
      summary:
        'Đợt giám sát tại 5 đảng ủy cơ sở cho thấy việc kê khai cơ bản đúng quy định, một số bản kê khai còn thiếu thông tin về biến động tài sản.',
      publishedAt: '2026-10-23T10:35:00+07:00',
      author: 'Quốc Bảo (Ủy ban Kiểm tra Đảng ủy Khối)',
      views: 604,
      image: 'kiem-tra',
      body: [
        'Thực hiện chương trình kiểm tra, giám sát năm 2026, từ ngày 5 đến 22/10, Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh đã giám sát chuyên đề việc kê khai, công khai tài sản, thu nhập đối với 5 đảng ủy cơ sở.',
        'Qua giám sát, các cấp ủy đã phổ biến đầy đủ quy định về kiểm soát tài sản, thu nhập; việc kê khai được thực hiện đúng thời hạn. Tuy vậy, một số bản kê khai còn ghi thiếu nguồn gốc tài sản tăng thêm, việc công khai bản kê khai ở một vài đơn vị chưa đúng hình thức quy định.',
        {
          figure: 'tru-so',
          caption: 'Đoàn giám sát làm việc tại một đảng ủy cơ sở (ảnh minh họa)',
        },
        'Ủy ban Kiểm tra Đảng ủy Khối đề nghị các đảng ủy được giám sát chỉ đạo bổ sung, hoàn thiện bản kê khai trong tháng 11, đồng thời rà soát lại quy trình công khai. Kết quả giám sát sẽ được thông báo đến toàn Đảng bộ để các đơn vị khác rút kinh nghiệm.',
      ],
    },
    {
      slug: 'quan-triet-nghi-quyet-nang-cao-chat-luong-dang-vien-tre',
      title: 'Quán triệt Nghị quyết của Đảng ủy Khối về nâng cao chất lượng đội ngũ đảng viên trẻ',
      summary:
        'Nghị quyết đặt mục tiêu đến năm 2030, 100% đảng viên dưới 35 tuổi được giao ít nhất một nhiệm vụ chuyên môn khó hoặc một công trình số.',
      publishedAt: '2026-10-08T11:00:00+07:00',
      author: 'Thanh Tùng (Ban Tuyên giáo Đảng ủy Khối)',
      views: 817,
      image: 'hoi-nghi',
      body: [
        'Sáng 8/10, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị trực tiếp kết hợp trực tuyến quán triệt Nghị quyết số 04-NQ/ĐUK về nâng cao chất lượng đội ngũ đảng viên trẻ giai đoạn 2026 - 2030. Hơn 1.200 cán bộ, đảng viên tham dự tại điểm cầu chính và 58 điểm cầu cơ sở.',
        'Nghị quyết nêu rõ, đảng viên trẻ chiếm gần 30% tổng số đảng viên của Đảng bộ, là lực lượng năng động, tiếp cận nhanh công nghệ nhưng một bộ phận còn ngại va chạm, ít tham gia ý kiến trong sinh hoạt chi bộ.',
        {
          figure: 'tap-huan',
          caption: 'Đảng viên trẻ dự hội nghị tại một điểm cầu cơ sở (ảnh minh họa)',
        },
        'Mục tiêu đến năm 2030, 100% đảng viên dưới 35 tuổi được giao ít nhất một nhiệm vụ chuyên môn khó hoặc một công trình chuyển đổi số của cơ quan; mỗi năm có ít nhất 15% đảng viên trẻ được quy hoạch vào các chức danh lãnh đạo cấp phòng. Các cấp ủy cơ sở phải cụ thể hóa nghị quyết bằng kế hoạch trước ngày 30/11.',
      ],
    },
    {
      slug: 'boi-duong-nhan-thuc-ve-dang-cho-quan-chung-uu-tu',
      title: 'Khai giảng lớp bồi dưỡng nhận thức về Đảng cho 120 quần chúng ưu tú',
      summary: 'Lớp học diễn ra trong năm ngày tại Trung tâm Chính trị, học viên được học sáu chuyên đề và làm bài thu hoạch cuối khóa.',
      publishedAt: '2026-09-24T08:45:00+07:00',
      author: 'Lan Phương (Ban Tổ chức Đảng ủy Khối)',
      views: 958,
      image: 'thu-vien',
      body: [
        'Ngày 23/9, Đảng ủy Khối các cơ quan tỉnh phối hợp với Trường Chính trị tỉnh khai giảng lớp bồi dưỡng nhận thức về Đảng cho 120 quần chúng ưu tú đến từ 38 tổ chức cơ sở đảng.',
        'Trong năm ngày, học viên được nghiên cứu sáu chuyên đề về lịch sử Đảng, Điều lệ Đảng, nhiệm vụ của người đảng viên và những kỹ năng cần thiết để tham gia sinh hoạt chi bộ. Cuối khóa, mỗi học viên viết bài thu hoạch liên hệ với nhiệm vụ chuyên môn của bản thân.',
        {
          figure: 'tap-huan',
          caption: 'Học viên lớp bồi dưỡng nhận thức về Đảng trong giờ học (ảnh minh họa)',
        },
        'Ban Tổ chức Đảng ủy Khối cho biết, những học viên hoàn thành lớp học sẽ là nguồn để các chi bộ xem xét, đề nghị kết nạp trong quý IV năm 2026 và năm 2027.',
      ],
    },
    {
      slug: 'so-ket-thuc-hien-quy-dinh-ve-trach-nhiem-neu-guong',
      title: 'Sơ kết việc thực hiện quy định về trách nhiệm nêu gương của cán bộ, đảng viên',
      summary: 'Nhiều người đứng đầu đã công khai lịch tiếp công dân, chủ động nhận trách nhiệm khi hồ sơ của cơ quan bị trễ hạn.',
      publishedAt: '2026-09-10T16:40:00+07:00',
      author: 'Quốc Bảo (Ủy ban Kiểm tra Đảng ủy Khối)',
      views: 1107,
      image: 'hoi-nghi',
      body: [
        'Ngày 10/9, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết việc thực hiện quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là ủy viên ban thường vụ và cấp ủy viên các cấp.',
        'Báo cáo sơ kết cho thấy, 100% cấp ủy viên và người đứng đầu đã xây dựng kế hoạch nêu gương gắn với nhiệm vụ được giao. Nhiều thủ trưởng cơ quan công khai lịch tiếp công dân trên cổng thông tin, trực tiếp xin lỗi người dân khi hồ sơ của đơn vị giải quyết trễ hạn.',
        {
          figure: 'mot-cua',
          caption: 'Người đứng đầu nhiều cơ quan trực tiếp xin lỗi người dân khi hồ sơ trễ hạn (ảnh minh họa)',
        },
        'Bên cạnh đó, hội nghị cũng chỉ ra việc tự phê bình của một số cán bộ còn chung chung; việc theo dõi, đánh giá kết quả nêu gương chưa có tiêu chí rõ ràng. Ban Thường vụ Đảng ủy Khối sẽ ban hành bộ tiêu chí đánh giá trong quý IV để áp dụng từ kỳ kiểm điểm năm 2026.',
      ],
    },
    {
      slug: 'hoi-nghi-bao-cao-vien-thang-8',
      title: 'Hội nghị báo cáo viên tháng 8: thông tin tình hình kinh tế - xã hội và những vấn đề dư luận quan tâm',
      summary:
        'Báo cáo viên được cung cấp số liệu mới về tăng trưởng, thu ngân sách, đầu tư công và định hướng tuyên truyền trong tháng 9.',
      publishedAt: '2026-08-26T10:20:00+07:00',
      author: 'Thanh Tùng (Ban Tuyên giáo Đảng ủy Khối)',
      views: 736,
      image: 'hoi-nghi',
      body: [
        'Sáng 26/8, Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị báo cáo viên định kỳ tháng 8. Dự hội nghị có gần 200 báo cáo viên, tuyên truyền viên của các tổ chức cơ sở đảng.',
        'Đại diện Cục Thống kê tỉnh thông tin, tổng sản phẩm trên địa bàn sáu tháng đầu năm tăng 7,6% so với cùng kỳ; thu ngân sách nhà nước đạt 58% dự toán; giải ngân vốn đầu tư công đạt 47% kế hoạch, cao hơn cùng kỳ năm trước. Một số dự án giao thông trọng điểm đang được đẩy nhanh tiến độ giải phóng mặt bằng.',
        {
          figure: 'cau-duong',
          caption: 'Nhiều công trình giao thông trọng điểm đang được đẩy nhanh tiến độ (ảnh minh họa)',
        },
        'Hội nghị cũng định hướng tuyên truyền trong tháng 9, tập trung vào kỷ niệm Quốc khánh, kết quả cải cách hành chính, cảnh giác trước các thủ đoạn lừa đảo qua mạng và các thông tin sai sự thật liên quan đến việc sắp xếp tổ chức bộ máy.',
      ],
    },
    {
      slug: 'chi-bo-kho-bac-nha-nuoc-tinh-xay-dung-chi-bo-kieu-mau',
      title: 'Chi bộ Kho bạc Nhà nước tỉnh: cách làm hay trong xây dựng chi bộ kiểu mẫu',
      summary:
        'Mỗi buổi sinh hoạt đều có một nội dung chuyên môn cụ thể được đưa ra thảo luận và giao việc đến từng đảng viên, có hạn hoàn thành.',
      publishedAt: '2026-08-12T09:30:00+07:00',
      author: 'Lan Phương (Ban Tổ chức Đảng ủy Khối)',
      views: 1254,
      image: 'tru-so',
      body: [
        'Chi bộ Văn phòng Kho bạc Nhà nước tỉnh có 23 đảng viên, nhiều năm liền được công nhận hoàn thành xuất sắc nhiệm vụ. Năm 2026, chi bộ được Đảng ủy Khối chọn làm điểm xây dựng chi bộ kiểu mẫu.',
        'Điểm mới trong cách làm của chi bộ là mỗi buổi sinh hoạt thường kỳ đều có một nội dung chuyên môn cụ thể, như rút ngắn thời gian kiểm soát chi hay hỗ trợ đơn vị sử dụng ngân sách chuyển sang giao dịch điện tử. Sau thảo luận, chi bộ ra nghị quyết giao việc cho từng đảng viên, có thời hạn và người theo dõi.',
        {
          figure: 'kiem-tra',
          caption: 'Mỗi nghị quyết của chi bộ đều có người thực hiện, thời hạn và người theo dõi (ảnh minh họa)',
        },
        'Nhờ đó, thời gian kiểm soát hồ sơ chi thường xuyên đã giảm từ hai ngày xuống còn một ngày làm việc; 100% đơn vị giao dịch đã nộp chứng từ qua dịch vụ công trực tuyến. Ban Thường vụ Đảng ủy Khối sẽ tổ chức hội nghị nhân rộng mô hình trong tháng 10.',
      ],
    },
    {
      slug: 'so-ket-6-thang-dau-nam-cong-tac-xay-dung-dang',
      title: 'Đảng bộ Khối các cơ quan tỉnh sơ kết 6 tháng đầu năm công tác xây dựng Đảng',
      summary:
        'Các chỉ tiêu về kết nạp đảng viên, kiểm tra, giám sát đều đạt trên 50% kế hoạch năm; việc học tập nghị quyết được đổi mới theo hướng trực tuyến.',
      publishedAt: '2026-07-22T15:10:00+07:00',
      author: 'Minh Châu (Văn phòng Đảng ủy Khối)',
      views: 1519,
      image: 'hoi-nghi',
      body: [
        'Ngày 22/7, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác sáu tháng đầu năm, triển khai nhiệm vụ sáu tháng cuối năm 2026.',
        'Sáu tháng qua, Đảng bộ đã kết nạp 104 đảng viên mới, đạt 52% chỉ tiêu năm; hoàn thành 12 cuộc kiểm tra và 9 cuộc giám sát theo chương trình. Việc học tập, quán triệt nghị quyết được tổ chức trực tuyến tới các chi bộ, giúp tiết kiệm thời gian và kinh phí mà vẫn bảo đảm số lượng đảng viên tham dự.',
        {
          figure: 'ket-noi',
          caption: 'Hội nghị học tập nghị quyết được kết nối trực tuyến tới các chi bộ (ảnh minh họa)',
        },
        'Hội nghị thẳng thắn chỉ ra một số hạn chế: việc sắp xếp chi bộ sau hợp nhất cơ quan còn chậm, một số cấp ủy chưa quan tâm đến công tác dân vận. Sáu tháng cuối năm, Đảng ủy Khối tập trung hoàn thành chỉ tiêu kết nạp đảng viên, kiện toàn tổ chức cơ sở đảng và chuẩn bị tổng kết năm.',
      ],
    },
    {
      slug: 'boi-duong-nghiep-vu-kiem-tra-giam-sat-cho-cap-uy-vien',
      title: 'Bồi dưỡng nghiệp vụ kiểm tra, giám sát cho cấp ủy viên và ủy viên ủy ban kiểm tra cơ sở',
      summary: 'Học viên được thực hành lập kế hoạch, xây dựng đề cương và viết báo cáo kết quả một cuộc giám sát chuyên đề.',
      publishedAt: '2026-07-03T14:00:00+07:00',
      author: 'Quốc Bảo (Ủy ban Kiểm tra Đảng ủy Khối)',
      views: 1032,
      image: 'tap-huan',
      body: [
        'Trong hai ngày 2 và 3/7, Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh tổ chức lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát cho 135 học viên là cấp ủy viên, ủy viên ủy ban kiểm tra đảng ủy cơ sở.',
        'Ngoài phần lý thuyết về quy trình kiểm tra, giám sát và thi hành kỷ luật đảng, học viên được chia nhóm thực hành trên một tình huống giả định: lập kế hoạch, xây dựng đề cương, làm việc với đối tượng giám sát và viết báo cáo kết quả.',
        {
          figure: 'kiem-tra',
          caption: 'Học viên thảo luận nhóm về một tình huống giám sát giả định (ảnh minh họa)',
        },
        'Đồng chí Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối đề nghị học viên vận dụng ngay kiến thức vào chương trình kiểm tra, giám sát sáu tháng cuối năm, chú trọng giám sát thường xuyên để phát hiện sớm, nhắc nhở kịp thời, không để sai phạm kéo dài.',
      ],
    },
    {
      slug: 'trao-huy-hieu-dang-cho-dang-vien-lao-thanh',
      title: 'Trao Huy hiệu 30 năm, 40 năm tuổi Đảng cho các đảng viên trong Đảng bộ Khối',
      summary: 'Đợt trao huy hiệu dịp 19/5 có 46 đảng viên, trong đó nhiều đồng chí vẫn đang công tác tại các sở, ngành.',
      publishedAt: '2026-06-12T10:50:00+07:00',
      author: 'Lan Phương (Ban Tổ chức Đảng ủy Khối)',
      views: 1377,
      image: 'le-ky-niem',
      body: [
        'Ngày 11/6, Đảng ủy Khối các cơ quan tỉnh tổ chức lễ trao Huy hiệu Đảng đợt 19/5/2026 cho 46 đảng viên, trong đó có 9 đồng chí nhận Huy hiệu 40 năm tuổi Đảng và 37 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.',
        'Nhiều đảng viên nhận huy hiệu vẫn đang giữ cương vị lãnh đạo tại các sở, ngành, là những người đã gắn bó với cơ quan qua nhiều lần chia tách, sáp nhập. Đồng chí Lương Văn Tâm, Chi bộ Sở Xây dựng, chia sẻ niềm tự hào khi được đứng trong hàng ngũ của Đảng 40 năm và mong các đảng viên trẻ tiếp nối truyền thống của cơ quan.',
        {
          figure: 'hoi-nghi',
          caption: 'Các đảng viên nhận Huy hiệu Đảng chụp ảnh lưu niệm (ảnh minh họa)',
        },
        'Thay mặt Ban Thường vụ Đảng ủy Khối, đồng chí Trần Văn Hưng, Phó Bí thư Thường trực chúc mừng các đảng viên và mong các đồng chí tiếp tục giữ gìn phẩm chất, truyền lửa cho thế hệ trẻ trong cơ quan.',
      ],
    },
  ],
};
