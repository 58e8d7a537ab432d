import type { DemoCategory } from './types.js';

// Demo articles written for this project. The organisations, people and events are invented.

export const TIN_HOAT_DONG: DemoCategory = {
  slug: 'tin-hoat-dong',
  name: 'Tin hoạt động',
  articles: [
    {
      slug: 'hoi-nghi-so-ket-cong-tac-thang-11-cua-dang-uy-khoi',
      title: 'Đảng ủy Khối các cơ quan tỉnh sơ kết công tác tháng 11, triển khai nhiệm vụ tháng cuối năm',
      summary:
        'Hội nghị đánh giá kết quả thực hiện nhiệm vụ chính trị tháng 11 và thống nhất các việc trọng tâm cần hoàn thành trước khi tổng kết năm 2026.',
      publishedAt: '2026-11-25T16:20:00+07:00',
      author: 'Minh Châu (Văn phòng Đảng ủy Khối)',
      views: 64,
      image: 'hoi-nghi',
      body: [
        'Chiều 25/11, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác tháng 11 và triển khai nhiệm vụ tháng 12 năm 2026. Đồng chí Trần Văn Hưng, Phó Bí thư Thường trực Đảng ủy Khối chủ trì hội nghị.',
        'Báo cáo tại hội nghị cho biết, trong tháng, các ban xây dựng Đảng đã hoàn thành thẩm định hồ sơ kết nạp 27 quần chúng ưu tú vào Đảng, hướng dẫn 63 tổ chức cơ sở đảng chuẩn bị kiểm điểm, đánh giá, xếp loại chất lượng cuối năm. Ủy ban Kiểm tra Đảng ủy Khối hoàn thành 4 cuộc kiểm tra, giám sát theo chương trình, qua đó nhắc nhở các chi bộ chấn chỉnh việc ghi biên bản sinh hoạt và thu, nộp đảng phí.',
        {
          figure: 'kiem-tra',
          caption: 'Các nội dung trọng tâm tháng 12 được giao cụ thể cho từng ban, từng đơn vị (ảnh minh họa)',
        },
        'Phát biểu kết luận, đồng chí Trần Văn Hưng đề nghị các cấp ủy cơ sở tổ chức kiểm điểm cuối năm thực chất, gắn trách nhiệm của người đứng đầu với kết quả thực hiện nhiệm vụ chính trị của cơ quan; hoàn thành báo cáo tổng kết trước ngày 15/12 để Đảng ủy Khối tổng hợp, xây dựng chương trình công tác năm 2027.',
      ],
      english: {
        title: 'Party Committee of provincial agencies reviews its November work and sets the tasks for the last month of the year',
        summary:
          'The meeting assessed the political tasks carried out in November and agreed on the key work to finish before the 2026 year-end review.',
        body: [
          'On the afternoon of 25 November, the Standing Board of the Party Committee of provincial agencies held a meeting to review its work in November and set the tasks for December 2026. Comrade Trần Văn Hưng, Standing Deputy Secretary of the Committee, chaired the meeting.',
          'The report to the meeting said that during the month the Party-building boards completed the review of admission files for 27 outstanding candidates and guided 63 grassroots Party organisations in preparing the year-end self-assessment and quality rating. The Committee’s Inspection Commission completed four scheduled inspections, reminding Party cells to keep proper minutes of their meetings and to collect and pay Party dues on time.',
          'Concluding the meeting, Comrade Trần Văn Hưng asked grassroots Party committees to make the year-end self-assessment a genuine one, linking each head of agency’s responsibility to the results of the agency’s political tasks, and to send their annual reports before 15 December so that the Committee can draw up its work programme for 2027.',
        ],
      },
    },
    {
      slug: 'cong-doan-vien-chuc-tinh-to-chuc-giai-bong-chuyen-hoi',
      title: 'Sôi nổi giải bóng chuyền hơi công nhân, viên chức lao động các cơ quan tỉnh',
      summary: 'Hơn 300 vận động viên của 24 đội nam và nữ tranh tài trong ba ngày tại Nhà thi đấu tỉnh.',
      publishedAt: '2026-11-14T10:05:00+07:00',
      author: 'Đức Mạnh (Công đoàn Viên chức tỉnh)',
      views: 318,
      image: 'le-ky-niem',
      body: [
        'Từ ngày 11 đến 13/11, Công đoàn Viên chức tỉnh phối hợp với Đoàn Thanh niên Khối các cơ quan tỉnh tổ chức giải bóng chuyền hơi công nhân, viên chức lao động năm 2026. Giải đấu thu hút 24 đội với hơn 300 vận động viên đến từ các sở, ban, ngành và đơn vị sự nghiệp cấp tỉnh.',
        'Các trận đấu diễn ra sôi nổi, đúng luật và giàu tinh thần thể thao. Nhiều đội đã tập luyện từ nhiều tháng trước, trong đó có những vận động viên đã ngoài năm mươi tuổi vẫn nhiệt tình thi đấu, cổ vũ đồng nghiệp.',
        {
          figure: 'tinh-nguyen',
          caption: 'Các vận động viên giao lưu trước giờ thi đấu (ảnh minh họa)',
        },
        'Kết quả, ở nội dung nam, giải nhất thuộc về đội Sở Giao thông vận tải; ở nội dung nữ, đội Kho bạc Nhà nước tỉnh giành giải nhất. Ban tổ chức cũng trao giải phong cách cho đội Bảo hiểm xã hội tỉnh. Theo bà Nguyễn Thị Thanh Vân, Chủ tịch Công đoàn Viên chức tỉnh, giải đấu là dịp để đoàn viên rèn luyện sức khỏe và gắn bó hơn giữa các cơ quan.',
      ],
    },
    {
      slug: 'doan-thanh-nien-khoi-ra-quan-tinh-nguyen-mua-dong',
      title: 'Tuổi trẻ Khối các cơ quan tỉnh ra quân chiến dịch tình nguyện mùa đông',
      summary:
        'Chiến dịch năm nay tập trung vào ba việc: sửa chữa điểm trường vùng cao, tặng áo ấm cho học sinh và hướng dẫn người dân dùng dịch vụ công trực tuyến.',
      publishedAt: '2026-10-30T09:40:00+07:00',
      author: 'Hải Yến (Đoàn Thanh niên Khối)',
      views: 527,
      image: 'tinh-nguyen',
      body: [
        'Sáng 30/10, Đoàn Thanh niên Khối các cơ quan tỉnh tổ chức lễ ra quân chiến dịch tình nguyện mùa đông năm 2026. Tham dự có hơn 200 đoàn viên, thanh niên đại diện cho 41 cơ sở đoàn trực thuộc.',
        'Trong hai tháng, các đội hình tình nguyện sẽ sửa chữa 6 điểm trường tại các xã vùng cao, trao 1.500 áo ấm cho học sinh và tổ chức 30 buổi hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử và nộp hồ sơ trực tuyến. Kinh phí thực hiện chủ yếu do đoàn viên đóng góp và vận động từ các doanh nghiệp.',
        {
          figure: 'thu-vien',
          caption: 'Tủ sách do đoàn viên quyên góp sẽ được trao cho các điểm trường vùng cao (ảnh minh họa)',
        },
        'Phát biểu tại lễ ra quân, anh Lê Quang Huy, Bí thư Đoàn Thanh niên Khối nhấn mạnh, mỗi công trình, phần việc phải thiết thực, được địa phương đón nhận và duy trì được sau khi chiến dịch kết thúc. Đoàn Thanh niên Khối sẽ tổng kết, biểu dương các đội hình tiêu biểu vào dịp kỷ niệm ngày thành lập Đoàn năm 2027.',
        {
          figure: 'cau-duong',
          caption: 'Nhiều phần việc được triển khai tại các xã vùng sâu, vùng xa của tỉnh (ảnh minh họa)',
        },
      ],
      english: {
        title: 'Young people of the provincial agencies launch their winter volunteer campaign',
        summary:
          'This year’s campaign focuses on three things: repairing highland schools, giving warm clothes to pupils and helping people use online public services.',
        body: [
          'On the morning of 30 October, the Youth Union of provincial agencies launched its 2026 winter volunteer campaign. More than 200 union members and young people attended, representing the 41 grassroots youth unions.',
          'Over two months, the volunteer teams will repair six schools in highland communes, give 1,500 warm coats to pupils and hold 30 sessions showing people how to install and use the electronic identification app and file applications online. The campaign is funded mainly by the members’ own contributions and by donations from businesses.',
          'Speaking at the launch, Mr Lê Quang Huy, Secretary of the Youth Union of provincial agencies, stressed that every project must be practical, welcomed by the local community and kept up after the campaign ends. The Youth Union will review the campaign and honour the best teams on the anniversary of its founding in 2027.',
        ],
      },
    },
    {
      slug: 'hoi-thao-nang-cao-chat-luong-sinh-hoat-chi-bo-co-quan',
      title: 'Hội thảo chuyên đề nâng cao chất lượng sinh hoạt chi bộ trong các cơ quan hành chính',
      summary: 'Đại biểu trao đổi nhiều cách làm hay để buổi sinh hoạt chi bộ bớt hình thức, bám sát nhiệm vụ chuyên môn của từng cơ quan.',
      publishedAt: '2026-10-16T15:30:00+07:00',
      author: 'Thanh Tùng (Ban Tuyên giáo Đảng ủy Khối)',
      views: 742,
      image: 'tap-huan',
      body: [
        'Ngày 16/10, Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh tổ chức hội thảo chuyên đề “Nâng cao chất lượng sinh hoạt chi bộ trong các cơ quan hành chính”. Hội thảo nhận được 18 tham luận của bí thư chi bộ, đảng ủy cơ sở trong toàn Đảng bộ.',
        'Nhiều tham luận chỉ ra tình trạng sinh hoạt chi bộ còn nặng về thông báo tình hình, ít thảo luận, chưa gắn với khó khăn trong công tác chuyên môn. Chi bộ Phòng Quản lý đất đai, Sở Tài nguyên và Môi trường chia sẻ cách giao trước chủ đề cho từng đảng viên chuẩn bị ý kiến, nhờ đó buổi sinh hoạt ngắn gọn hơn nhưng quyết được nhiều việc hơn.',
        {
          figure: 'hoi-nghi',
          caption: 'Các đại biểu trao đổi tại hội thảo (ảnh minh họa)',
        },
        'Kết luận hội thảo, đồng chí Phạm Thị Mai Hương, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Đảng ủy Khối đề nghị mỗi chi bộ tổ chức ít nhất một buổi sinh hoạt chuyên đề mỗi quý, chọn đúng vấn đề mà cơ quan đang vướng mắc. Các tham luận sẽ được biên tập thành tài liệu tham khảo gửi đến các tổ chức cơ sở đảng.',
      ],
    },
    {
      slug: 'trao-qua-ho-tro-nguoi-dan-vung-lu-huyen-mien-nui',
      title: 'Đảng ủy Khối trao 500 suất quà hỗ trợ người dân vùng lũ các xã miền núi',
      summary:
        'Số tiền và hàng hóa trị giá gần 400 triệu đồng do cán bộ, đảng viên, đoàn viên trong Khối đóng góp sau đợt mưa lũ cuối tháng 9.',
      publishedAt: '2026-10-02T11:15:00+07:00',
      author: 'Minh Châu (Văn phòng Đảng ủy Khối)',
      views: 1186,
      image: 'dong-lua',
      body: [
        'Ngày 1/10, đoàn công tác Đảng ủy Khối các cơ quan tỉnh do đồng chí Trần Văn Hưng, Phó Bí thư Thường trực Đảng ủy Khối làm trưởng đoàn đã đến thăm, trao 500 suất quà cho các hộ dân bị thiệt hại do mưa lũ tại ba xã miền núi của tỉnh.',
        'Mỗi suất quà gồm tiền mặt, gạo, nước uống và nhu yếu phẩm, tổng trị giá gần 400 triệu đồng. Toàn bộ kinh phí do cán bộ, đảng viên, đoàn viên, hội viên trong Khối tự nguyện đóng góp chỉ trong một tuần phát động.',
        {
          figure: 'cau-duong',
          caption: 'Nhiều tuyến đường liên xã bị sạt lở sau đợt mưa lũ (ảnh minh họa)',
        },
        'Thăm hỏi bà con, đồng chí Trần Văn Hưng chia sẻ những mất mát mà người dân phải gánh chịu và mong bà con sớm ổn định cuộc sống, khôi phục sản xuất. Lãnh đạo các xã cảm ơn tấm lòng của cán bộ, đảng viên các cơ quan tỉnh và cam kết trao quà đúng người, đúng hoàn cảnh.',
      ],
    },
    {
      slug: 'le-ky-niem-ngay-truyen-thong-khoi-cac-co-quan-tinh',
      title: 'Trang trọng lễ kỷ niệm ngày truyền thống Đảng bộ Khối các cơ quan tỉnh',
      summary: 'Buổi lễ ôn lại chặng đường xây dựng, trưởng thành của Đảng bộ và tôn vinh 20 tập thể, cá nhân tiêu biểu.',
      publishedAt: '2026-09-18T10:30:00+07:00',
      author: 'Thanh Tùng (Ban Tuyên giáo Đảng ủy Khối)',
      views: 1463,
      image: 'le-ky-niem',
      body: [
        'Sáng 18/9, Đảng ủy Khối các cơ quan tỉnh long trọng tổ chức lễ kỷ niệm ngày truyền thống Đảng bộ Khối. Dự buổi lễ có đại diện lãnh đạo Tỉnh ủy, các ban Đảng tỉnh, các đồng chí nguyên lãnh đạo Đảng ủy Khối qua các thời kỳ.',
        'Diễn văn kỷ niệm ôn lại chặng đường phát triển của Đảng bộ, từ vài chục chi bộ cơ sở đến nay đã có 63 tổ chức cơ sở đảng với hơn 5.000 đảng viên. Các thế hệ cán bộ, đảng viên trong Khối luôn giữ vai trò nòng cốt trong tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo phát triển kinh tế - xã hội.',
        {
          figure: 'hoi-nghi',
          caption: 'Quang cảnh lễ kỷ niệm (ảnh minh họa)',
        },
        'Nhân dịp này, Ban Thường vụ Đảng ủy Khối tặng giấy khen cho 8 tập thể và 12 cá nhân có thành tích tiêu biểu trong công tác xây dựng Đảng. Đồng chí Bí thư Đảng ủy Khối đề nghị mỗi cán bộ, đảng viên tiếp tục phát huy truyền thống, đoàn kết, đổi mới, hoàn thành thắng lợi Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2025 - 2030.',
      ],
    },
    {
      slug: 'cac-co-quan-tinh-ky-niem-81-nam-quoc-khanh',
      title: 'Các cơ quan tỉnh tổ chức nhiều hoạt động chào mừng 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9',
      summary:
        'Treo cờ, dâng hương, thi tìm hiểu lịch sử và thăm gia đình chính sách là những hoạt động được các cơ sở đảng triển khai đồng loạt.',
      publishedAt: '2026-09-02T08:00:00+07:00',
      author: 'Hải Yến (Đoàn Thanh niên Khối)',
      views: 1728,
      image: 'tru-so',
      body: [
        'Hướng tới kỷ niệm 81 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam, các cơ quan, đơn vị trong Khối đã treo cờ Tổ quốc, trang trí khẩu hiệu tại trụ sở và nơi làm việc từ cuối tháng 8.',
        'Nhiều chi bộ tổ chức dâng hương tại Nghĩa trang liệt sĩ tỉnh, thăm hỏi, tặng quà gia đình chính sách trên địa bàn. Đoàn Thanh niên Khối tổ chức cuộc thi trực tuyến tìm hiểu lịch sử Cách mạng Tháng Tám, thu hút gần 3.000 lượt đoàn viên, thanh niên tham gia.',
        {
          figure: 'le-ky-niem',
          caption: 'Không khí ngày hội tại khuôn viên các cơ quan tỉnh (ảnh minh họa)',
        },
        'Các cơ quan cũng bố trí cán bộ trực, bảo đảm an ninh, an toàn trụ sở trong những ngày nghỉ lễ. Trung tâm Phục vụ hành chính công tỉnh vẫn duy trì tiếp nhận hồ sơ trực tuyến, kết quả được trả ngay sau kỳ nghỉ.',
      ],
    },
    {
      slug: 'tap-huan-nghiep-vu-cong-tac-van-phong-cap-uy-co-so',
      title: 'Tập huấn nghiệp vụ công tác văn phòng cấp ủy cho cán bộ cơ sở',
      summary: 'Gần 150 học viên được hướng dẫn cách soạn thảo văn bản, lập hồ sơ và lưu trữ tài liệu của cấp ủy theo quy định mới.',
      publishedAt: '2026-08-19T14:45:00+07:00',
      author: 'Minh Châu (Văn phòng Đảng ủy Khối)',
      views: 894,
      image: 'tap-huan',
      body: [
        'Trong hai ngày 18 và 19/8, Văn phòng Đảng ủy Khối các cơ quan tỉnh mở lớp tập huấn nghiệp vụ công tác văn phòng cấp ủy cho gần 150 học viên là văn phòng đảng ủy, cán bộ giúp việc các chi bộ cơ sở.',
        'Học viên được hướng dẫn thể thức, kỹ thuật trình bày văn bản của Đảng, cách lập hồ sơ công việc, quản lý con dấu và lưu trữ tài liệu. Nội dung về văn bản điện tử và chữ ký số được dành riêng một buổi, có thực hành trên phần mềm quản lý văn bản.',
        {
          figure: 'kiem-tra',
          caption: 'Học viên thực hành lập hồ sơ công việc theo mẫu (ảnh minh họa)',
        },
        'Theo Văn phòng Đảng ủy Khối, qua kiểm tra hằng năm vẫn còn một số chi bộ lưu trữ biên bản chưa đầy đủ, văn bản ban hành sai thể thức. Lớp tập huấn giúp cán bộ cơ sở làm đúng ngay từ đầu, giảm thời gian chỉnh sửa, bổ sung hồ sơ.',
      ],
    },
    {
      slug: 'giao-luu-van-nghe-chao-mung-ngay-thanh-lap-cong-doan',
      title: 'Giao lưu văn nghệ “Viên chức vững tin, cống hiến” tại các cơ quan tỉnh',
      summary: 'Chương trình quy tụ 16 tiết mục đặc sắc do chính công chức, viên chức, người lao động biên tập và dàn dựng.',
      publishedAt: '2026-07-29T20:10:00+07:00',
      author: 'Đức Mạnh (Công đoàn Viên chức tỉnh)',
      views: 655,
      image: 'le-ky-niem',
      body: [
        'Tối 28/7, tại Hội trường Nhà văn hóa tỉnh, Công đoàn Viên chức tỉnh tổ chức chương trình giao lưu văn nghệ với chủ đề “Viên chức vững tin, cống hiến”, chào mừng kỷ niệm 97 năm ngày thành lập Công đoàn Việt Nam.',
        'Chương trình có 16 tiết mục ca, múa, nhạc, hát dân ca do công chức, viên chức, người lao động của 12 công đoàn cơ sở tự biên tập và dàn dựng. Nhiều tiết mục ca ngợi quê hương, ngợi ca người lao động được khán giả cổ vũ nhiệt tình.',
        {
          figure: 'hoi-nghi',
          caption: 'Hội trường chật kín khán giả trong đêm giao lưu (ảnh minh họa)',
        },
        'Bên cạnh ý nghĩa văn hóa, chương trình còn là dịp quyên góp ủng hộ Quỹ Mái ấm Công đoàn. Số tiền hơn 80 triệu đồng thu được sẽ dùng để hỗ trợ sửa chữa nhà ở cho đoàn viên có hoàn cảnh khó khăn.',
      ],
    },
    {
      slug: 'doan-cong-tac-dang-uy-khoi-lam-viec-voi-so-nong-nghiep',
      title: 'Đoàn công tác Đảng ủy Khối làm việc với Đảng ủy Sở Nông nghiệp và Phát triển nông thôn',
      summary:
        'Buổi làm việc tập trung vào việc lãnh đạo thực hiện nhiệm vụ chính trị sáu tháng đầu năm và công tác phát triển đảng viên trong các đơn vị sự nghiệp.',
      publishedAt: '2026-07-10T16:00:00+07:00',
      author: 'Lan Phương (Ban Tổ chức Đảng ủy Khối)',
      views: 973,
      image: 'dong-lua',
      body: [
        'Ngày 10/7, đoàn công tác của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh do đồng chí Trần Văn Hưng, Phó Bí thư Thường trực làm trưởng đoàn đã làm việc với Đảng ủy Sở Nông nghiệp và Phát triển nông thôn.',
        'Báo cáo của Đảng ủy Sở cho biết, sáu tháng đầu năm, Sở đã tham mưu cho tỉnh ban hành 9 văn bản chỉ đạo sản xuất, phòng chống thiên tai; tỷ lệ xã đạt chuẩn nông thôn mới nâng cao tăng thêm 4 xã. Tuy nhiên, việc phát triển đảng viên ở các trạm, trung tâm trực thuộc còn chậm do viên chức trẻ thường xuyên công tác ở cơ sở.',
        {
          figure: 'tru-so',
          caption: 'Đoàn công tác làm việc tại trụ sở Sở Nông nghiệp và Phát triển nông thôn (ảnh minh họa)',
        },
        'Đồng chí Trần Văn Hưng ghi nhận những kết quả Đảng ủy Sở đạt được và đề nghị cấp ủy phân công đảng viên kèm cặp quần chúng ưu tú ngay tại các trạm, trại; chú trọng sắp xếp lại chi bộ phù hợp với tổ chức bộ máy sau khi hợp nhất các đơn vị sự nghiệp.',
      ],
    },
    {
      slug: 'hoi-thi-tuyen-truyen-vien-gioi-khoi-cac-co-quan-tinh',
      title: 'Chung kết hội thi tuyên truyền viên giỏi Khối các cơ quan tỉnh',
      summary:
        '12 thí sinh xuất sắc nhất trong gần 100 người dự thi vòng sơ loại tranh tài ở phần thi chính kiến và tiểu phẩm tuyên truyền.',
      publishedAt: '2026-06-20T17:25:00+07:00',
      author: 'Thanh Tùng (Ban Tuyên giáo Đảng ủy Khối)',
      views: 1342,
      image: 'hoi-nghi',
      body: [
        'Ngày 19/6, Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh tổ chức vòng chung kết hội thi tuyên truyền viên giỏi năm 2026. Hội thi nhằm phát hiện, bồi dưỡng lực lượng báo cáo viên, tuyên truyền viên nòng cốt tại các cơ sở đảng.',
        'Các thí sinh lần lượt trải qua phần thi chính kiến về một vấn đề thời sự của tỉnh và phần trình diễn tiểu phẩm tuyên truyền. Nhiều bài thi lựa chọn các chủ đề gần gũi như cải cách thủ tục hành chính, phòng chống lừa đảo qua mạng, giữ gìn văn hóa công sở.',
        {
          figure: 'tap-huan',
          caption: 'Một tiết mục tuyên truyền về phòng chống lừa đảo trực tuyến (ảnh minh họa)',
        },
        'Kết quả, Ban tổ chức trao giải nhất cho thí sinh Đặng Thị Thu Hà, Chi bộ Bảo tàng tỉnh; hai giải nhì, ba giải ba và sáu giải khuyến khích. Những thí sinh đạt giải sẽ được bồi dưỡng thêm để tham gia hội thi cấp tỉnh vào cuối năm.',
      ],
    },
  ],
};
