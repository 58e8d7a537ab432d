import type { DemoCategory } from './types.js';

// Demo articles written for this project. The organisations, people and events are invented.

export const CAI_CACH_HANH_CHINH: DemoCategory = {
  slug: 'cai-cach-hanh-chinh',
  name: 'Cải cách hành chính',
  articles: [
    {
      slug: 'cong-bo-chi-so-hai-long-cua-nguoi-dan-nam-2026',
      title: 'Công bố chỉ số hài lòng của người dân đối với sự phục vụ của các cơ quan hành chính năm 2026',
      summary:
        'Chỉ số chung đạt 86,4%, tăng 2,1 điểm phần trăm so với năm trước; thời gian chờ đợi và thái độ của công chức được đánh giá cải thiện rõ rệt.',
      publishedAt: '2026-11-19T10:00:00+07:00',
      author: 'Thu Trang (Sở Nội vụ)',
      views: 287,
      image: 'mot-cua',
      body: [
        'Sáng 19/11, Ủy ban nhân dân tỉnh tổ chức hội nghị công bố chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2026. Cuộc khảo sát do Sở Nội vụ thực hiện với hơn 6.000 phiếu hỏi trực tiếp và trực tuyến.',
        'Kết quả, chỉ số hài lòng chung đạt 86,4%, tăng 2,1 điểm phần trăm so với năm 2025. Các tiêu chí được đánh giá cao là thái độ hướng dẫn của công chức, việc công khai thủ tục và thời gian trả kết quả. Tiêu chí “tiếp nhận, xử lý góp ý, phản ánh” vẫn có điểm thấp nhất, chỉ đạt 78,9%.',
        {
          figure: 'kiem-tra',
          caption: 'Người dân đánh giá mức độ hài lòng ngay sau khi nhận kết quả (ảnh minh họa)',
        },
        'Phát biểu tại hội nghị, Phó Chủ tịch Ủy ban nhân dân tỉnh Hoàng Minh Đức yêu cầu các sở, ngành có điểm thấp phải làm rõ nguyên nhân, có giải pháp khắc phục ngay trong quý I năm 2027; mỗi phản ánh của người dân phải được trả lời trong thời hạn, công khai trên cổng thông tin.',
      ],
      english: {
        title: 'Citizens’ satisfaction with provincial administrative services in 2026 announced',
        summary:
          'The overall index reached 86.4%, up 2.1 percentage points on the previous year; waiting times and the attitude of civil servants were rated clearly better.',
        body: [
          'On the morning of 19 November, the Provincial People’s Committee held a conference to announce the 2026 index of citizens’ and organisations’ satisfaction with the services of state administrative agencies. The survey was carried out by the Department of Home Affairs, with more than 6,000 questionnaires answered in person and online.',
          'The overall satisfaction index reached 86.4%, up 2.1 percentage points on 2025. Civil servants’ guidance, the publication of procedures and the time taken to return results were rated highest. “Receiving and handling feedback and complaints” remained the lowest-rated criterion, at 78.9%.',
          'Speaking at the conference, Vice Chairman of the Provincial People’s Committee Hoàng Minh Đức asked the departments with low scores to identify the causes and put remedies in place in the first quarter of 2027, and said that every complaint from the public must be answered on time and published on the portal.',
        ],
      },
    },
    {
      slug: 'tiep-nhan-ho-so-khong-phu-thuoc-dia-gioi-hanh-chinh',
      title: 'Thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính tại Trung tâm Phục vụ hành chính công tỉnh',
      summary: 'Người dân có thể nộp 126 thủ tục của cấp huyện, cấp xã tại bất kỳ điểm tiếp nhận nào trong tỉnh, không phải về nơi cư trú.',
      publishedAt: '2026-11-03T09:25:00+07:00',
      author: 'Bích Ngọc (Trung tâm Phục vụ hành chính công tỉnh)',
      views: 692,
      image: 'mot-cua',
      body: [
        'Từ ngày 2/11, Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa của ba huyện, thị xã bắt đầu thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với 126 thủ tục thuộc thẩm quyền của cấp huyện, cấp xã.',
        'Theo đó, người dân làm việc, sinh sống xa quê có thể nộp hồ sơ như đăng ký hộ kinh doanh, chứng thực, cấp bản sao trích lục hộ tịch tại điểm tiếp nhận gần nhất. Hồ sơ được số hóa và chuyển ngay về cơ quan có thẩm quyền qua hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.',
        {
          figure: 'ket-noi',
          caption: 'Hồ sơ được số hóa và chuyển đến cơ quan có thẩm quyền qua hệ thống dùng chung (ảnh minh họa)',
        },
        'Bà Đinh Thị Bích Ngọc, Giám đốc Trung tâm cho biết, sau ba tháng thí điểm, trung tâm sẽ đánh giá và đề xuất mở rộng ra toàn tỉnh. Trong tuần đầu tiên đã có 214 hồ sơ được tiếp nhận theo hình thức mới.',
      ],
      english: {
        title: 'Provincial Public Administration Service Centre pilots accepting applications regardless of where applicants live',
        summary:
          'People can now file 126 district- and commune-level procedures at any reception desk in the province, without returning to their place of residence.',
        body: [
          'Since 2 November, the Provincial Public Administration Service Centre and the one-stop desks of three districts and towns have been piloting the acceptance of applications regardless of administrative boundaries, for 126 procedures handled at district and commune level.',
          'People who live or work far from their home town can now file applications such as household business registration, certification of copies and extracts of civil status records at the nearest reception desk. The files are digitised and sent straight to the competent agency through the province’s system for handling administrative procedures.',
          'Ms Đinh Thị Bích Ngọc, Director of the Centre, said that after a three-month pilot the Centre will assess the results and propose extending the scheme to the whole province. In the first week, 214 applications were received this way.',
        ],
      },
    },
    {
      slug: 'cap-phieu-ly-lich-tu-phap-tren-ung-dung-dinh-danh',
      title: 'Sở Tư pháp đẩy mạnh cấp phiếu lý lịch tư pháp qua ứng dụng định danh điện tử',
      summary: 'Người dân không phải khai lại thông tin đã có trong cơ sở dữ liệu dân cư, lệ phí giảm một nửa khi nộp trực tuyến.',
      publishedAt: '2026-10-20T14:30:00+07:00',
      author: 'Thu Trang (Sở Nội vụ)',
      views: 1048,
      image: 'chuyen-doi-so',
      body: [
        'Từ đầu tháng 10, Sở Tư pháp phối hợp với Công an tỉnh đẩy mạnh việc cấp phiếu lý lịch tư pháp qua ứng dụng định danh điện tử quốc gia. Người dân chỉ cần đăng nhập tài khoản định danh mức 2, các thông tin về nhân thân được tự động điền từ cơ sở dữ liệu dân cư.',
        'Lệ phí khi nộp trực tuyến chỉ bằng một nửa so với nộp trực tiếp; phiếu có thể nhận bản điện tử có giá trị pháp lý hoặc bản giấy qua dịch vụ bưu chính. Thời gian giải quyết trung bình hiện còn 5 ngày làm việc, thay vì 10 ngày như trước.',
        {
          figure: 'mot-cua',
          caption: 'Công chức hướng dẫn người dân nộp hồ sơ trên ứng dụng (ảnh minh họa)',
        },
        'Trong tháng 10, 72% hồ sơ đề nghị cấp phiếu lý lịch tư pháp của tỉnh đã được nộp trực tuyến. Sở Tư pháp khuyến nghị người dân chỉ sử dụng ứng dụng chính thức, không cung cấp mã xác thực cho bất kỳ ai.',
      ],
    },
    {
      slug: 'kiem-tra-cong-tac-cai-cach-hanh-chinh-tai-cac-so-nganh',
      title: 'Đoàn kiểm tra của tỉnh đánh giá công tác cải cách hành chính tại 8 sở, ngành',
      summary:
        'Đoàn kiểm tra ngẫu nhiên hồ sơ trên hệ thống, phát hiện một số hồ sơ được “làm đẹp” tiến độ bằng cách yêu cầu người dân rút và nộp lại.',
      publishedAt: '2026-10-06T16:15:00+07:00',
      author: 'Thu Trang (Sở Nội vụ)',
      views: 1276,
      image: 'kiem-tra',
      body: [
        'Từ ngày 22/9 đến 3/10, đoàn kiểm tra công tác cải cách hành chính của Ủy ban nhân dân tỉnh do Sở Nội vụ chủ trì đã làm việc tại 8 sở, ngành. Đoàn tập trung vào việc giải quyết thủ tục hành chính, ứng dụng công nghệ thông tin và chấp hành kỷ luật, kỷ cương hành chính.',
        'Bên cạnh việc nghe báo cáo, đoàn chọn ngẫu nhiên hồ sơ trên hệ thống để đối chiếu thời gian tiếp nhận, xử lý và trả kết quả. Qua đó phát hiện tại hai đơn vị có hồ sơ quá hạn nhưng người dân được đề nghị rút và nộp lại để hệ thống không ghi nhận trễ hạn.',
        {
          figure: 'tru-so',
          caption: 'Đoàn kiểm tra làm việc tại một sở, ngành (ảnh minh họa)',
        },
        'Trưởng đoàn kiểm tra yêu cầu các đơn vị chấm dứt ngay tình trạng trên, kiểm điểm trách nhiệm tập thể, cá nhân liên quan và gửi văn bản xin lỗi người dân. Kết quả kiểm tra được đưa vào chấm điểm chỉ số cải cách hành chính năm 2026 của các sở, ngành.',
      ],
    },
    {
      slug: 'doi-thoai-doanh-nghiep-ve-thu-tuc-dau-tu-dat-dai',
      title: 'Lãnh đạo tỉnh đối thoại với doanh nghiệp về thủ tục đầu tư và đất đai',
      summary:
        'Hơn 40 ý kiến của doanh nghiệp được trả lời trực tiếp tại hội nghị; những vướng mắc chưa trả lời được hẹn xử lý trong 30 ngày.',
      publishedAt: '2026-09-22T17:00:00+07:00',
      author: 'Hoàng Nam (Sở Kế hoạch và Đầu tư)',
      views: 1391,
      image: 'hoi-nghi',
      body: [
        'Chiều 22/9, Ủy ban nhân dân tỉnh tổ chức hội nghị đối thoại với doanh nghiệp năm 2026 với chủ đề tháo gỡ vướng mắc về thủ tục đầu tư, đất đai, xây dựng. Hội nghị có sự tham dự của gần 300 đại diện doanh nghiệp, hiệp hội và các sở, ngành.',
        'Các doanh nghiệp phản ánh thời gian thẩm định giá đất còn kéo dài, việc lấy ý kiến giữa các sở đôi khi chưa đồng thời. Một số nhà đầu tư đề nghị công khai tiến độ xử lý hồ sơ đầu tư trên hệ thống để chủ động theo dõi.',
        {
          figure: 'cau-duong',
          caption: 'Hạ tầng giao thông là một trong những nội dung được doanh nghiệp quan tâm (ảnh minh họa)',
        },
        'Lãnh đạo tỉnh và các sở đã trả lời trực tiếp hơn 40 ý kiến. Chủ tịch Ủy ban nhân dân tỉnh giao Sở Kế hoạch và Đầu tư tổng hợp các kiến nghị chưa được giải quyết, trả lời bằng văn bản trong 30 ngày, đồng thời thí điểm công khai tiến độ hồ sơ dự án đầu tư trên cổng dịch vụ công từ tháng 11.',
      ],
    },
    {
      slug: 'cuc-thue-tinh-rut-ngan-thoi-gian-hoan-thue-dien-tu',
      title: 'Hoàn thuế điện tử giúp doanh nghiệp nhận tiền sớm hơn bốn ngày',
      summary:
        '98% hồ sơ hoàn thuế giá trị gia tăng được giải quyết trực tuyến, thời gian trung bình còn hai ngày làm việc với hồ sơ hoàn trước, kiểm tra sau.',
      publishedAt: '2026-09-08T08:50:00+07:00',
      author: 'Ngọc Ánh (Cục Thuế tỉnh)',
      views: 918,
      image: 'ket-noi',
      body: [
        'Theo Cục Thuế tỉnh, tám tháng đầu năm 2026 đã giải quyết 412 hồ sơ hoàn thuế giá trị gia tăng với số tiền hơn 640 tỷ đồng, trong đó 98% hồ sơ được nộp và trả kết quả hoàn toàn trực tuyến.',
        'Đối với hồ sơ thuộc diện hoàn trước, kiểm tra sau, thời gian giải quyết trung bình còn hai ngày làm việc, nhanh hơn khoảng bốn ngày so với cùng kỳ. Quyết định hoàn thuế được gửi đến Kho bạc Nhà nước qua hệ thống điện tử, doanh nghiệp nhận tiền ngay trong ngày.',
        {
          figure: 'chuyen-doi-so',
          caption: 'Dữ liệu hoàn thuế được liên thông giữa cơ quan thuế và kho bạc (ảnh minh họa)',
        },
        'Cục Thuế tỉnh cũng lưu ý doanh nghiệp chuẩn bị đầy đủ hóa đơn, chứng từ thanh toán qua ngân hàng để tránh bị chuyển sang diện kiểm tra trước, hoàn sau, kéo dài thời gian giải quyết.',
      ],
    },
    {
      slug: 'don-gian-hoa-thu-tuc-hanh-chinh-noi-bo',
      title: 'Đơn giản hóa 37 thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước',
      summary:
        'Các thủ tục về khen thưởng, tuyển dụng, quản lý tài sản công được cắt giảm thành phần hồ sơ và rút ngắn thời gian giải quyết.',
      publishedAt: '2026-08-21T11:30:00+07:00',
      author: 'Thu Trang (Sở Nội vụ)',
      views: 763,
      image: 'thu-vien',
      body: [
        'Ủy ban nhân dân tỉnh vừa phê duyệt phương án đơn giản hóa 37 thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước trên địa bàn tỉnh, thuộc các lĩnh vực thi đua khen thưởng, tổ chức cán bộ và quản lý tài sản công.',
        'Theo phương án, 19 thủ tục được cắt giảm thành phần hồ sơ, không yêu cầu nộp lại các giấy tờ mà cơ quan nhà nước đã có; 11 thủ tục được rút ngắn thời gian giải quyết từ 20% đến 40%; 7 thủ tục được chuyển sang thực hiện hoàn toàn trên môi trường điện tử.',
        {
          figure: 'kiem-tra',
          caption: 'Nhiều thành phần hồ sơ trùng lặp đã được loại bỏ (ảnh minh họa)',
        },
        'Sở Nội vụ ước tính, việc đơn giản hóa giúp tiết kiệm hơn 9.000 ngày công mỗi năm cho cán bộ, công chức. Các sở, ngành có trách nhiệm sửa đổi quy trình nội bộ và cập nhật trên hệ thống trước ngày 30/9.',
      ],
    },
    {
      slug: 'bao-hiem-xa-hoi-tinh-giai-quyet-che-do-qua-dich-vu-cong',
      title: 'Bảo hiểm xã hội tỉnh: hơn 90% hồ sơ hưởng chế độ được giải quyết qua dịch vụ công',
      summary:
        'Người lao động nhận trợ cấp ốm đau, thai sản vào tài khoản ngân hàng, không phải đến cơ quan bảo hiểm xã hội để nộp hay nhận kết quả.',
      publishedAt: '2026-08-05T09:05:00+07:00',
      author: 'Bích Ngọc (Trung tâm Phục vụ hành chính công tỉnh)',
      views: 1164,
      image: 'ket-noi',
      body: [
        'Bảo hiểm xã hội tỉnh cho biết, bảy tháng đầu năm 2026 đã tiếp nhận hơn 48.000 hồ sơ đề nghị hưởng các chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe, trong đó hơn 90% được nộp qua Cổng Dịch vụ công quốc gia.',
        'Nhờ liên thông dữ liệu với cơ sở khám bệnh, chữa bệnh, giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội được chuyển thẳng đến cơ quan bảo hiểm, người lao động không phải nộp bản giấy. Tiền trợ cấp được chuyển vào tài khoản ngân hàng cá nhân trong vòng 5 ngày làm việc.',
        {
          figure: 'mot-cua',
          caption: 'Số người đến nộp hồ sơ trực tiếp tại bộ phận một cửa giảm mạnh (ảnh minh họa)',
        },
        'Trong thời gian tới, Bảo hiểm xã hội tỉnh tiếp tục phối hợp với Sở Y tế mở rộng liên thông dữ liệu tới các phòng khám tư nhân, đồng thời hướng dẫn doanh nghiệp nhỏ sử dụng chữ ký số để giao dịch điện tử.',
      ],
    },
    {
      slug: 'so-ket-cai-cach-hanh-chinh-6-thang-va-chi-so-par-index',
      title: 'Sơ kết cải cách hành chính 6 tháng đầu năm: nhiều sở, ngành tăng hạng chỉ số',
      summary:
        'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%; Sở Tư pháp, Sở Công Thương và Sở Giao thông vận tải dẫn đầu bảng xếp hạng tạm thời.',
      publishedAt: '2026-07-17T15:45:00+07:00',
      author: 'Thu Trang (Sở Nội vụ)',
      views: 1588,
      image: 'hoi-nghi',
      body: [
        'Ngày 17/7, Ban Chỉ đạo cải cách hành chính tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính sáu tháng đầu năm 2026.',
        'Sáu tháng qua, toàn tỉnh tiếp nhận hơn 312.000 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt 98,7%; tỷ lệ hồ sơ nộp trực tuyến đạt 64%, tăng 11 điểm phần trăm so với cùng kỳ. Theo kết quả tự chấm điểm đã thẩm định, Sở Tư pháp, Sở Công Thương và Sở Giao thông vận tải dẫn đầu chỉ số cải cách hành chính của khối sở, ngành.',
        {
          figure: 'tap-huan',
          caption: 'Biểu đồ tỷ lệ hồ sơ nộp trực tuyến tăng qua từng quý (ảnh minh họa)',
        },
        'Tuy vậy, việc số hóa kết quả giải quyết thủ tục ở cấp xã còn chậm, một số đơn vị vẫn yêu cầu người dân nộp bản sao giấy tờ đã có trong cơ sở dữ liệu. Ban Chỉ đạo yêu cầu xử lý dứt điểm những tồn tại này trong quý III.',
      ],
    },
    {
      slug: 'dang-uy-khoi-ban-hanh-quy-trinh-thu-tuc-hanh-chinh-dang',
      title: 'Đảng ủy Khối ban hành quy trình giải quyết các thủ tục hành chính trong Đảng',
      summary:
        'Mười hai quy trình về kết nạp, chuyển sinh hoạt, công nhận đảng viên chính thức được công khai thời hạn và thành phần hồ sơ cho từng bước.',
      publishedAt: '2026-06-30T10:40:00+07:00',
      author: 'Lan Phương (Ban Tổ chức Đảng ủy Khối)',
      views: 1215,
      image: 'thu-vien',
      body: [
        'Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh vừa ban hành bộ quy trình giải quyết 12 thủ tục hành chính trong Đảng, áp dụng thống nhất tại các tổ chức cơ sở đảng từ ngày 1/7/2026.',
        'Các quy trình quy định rõ thành phần hồ sơ, thời hạn xử lý ở từng cấp và người chịu trách nhiệm đối với những việc như kết nạp đảng viên, công nhận đảng viên chính thức, chuyển sinh hoạt đảng, cấp lại thẻ đảng viên. Thời hạn giải quyết hồ sơ chuyển sinh hoạt đảng chính thức ra ngoài Đảng bộ được rút ngắn còn 3 ngày làm việc.',
        {
          figure: 'kiem-tra',
          caption: 'Mỗi bước trong quy trình đều có thời hạn và người chịu trách nhiệm (ảnh minh họa)',
        },
        'Văn phòng Đảng ủy Khối sẽ công khai các quy trình trên trang thông tin điện tử của Đảng ủy Khối và theo dõi thời gian xử lý từng hồ sơ, báo cáo Ban Thường vụ hằng quý.',
      ],
    },
    {
      slug: 'tang-cuong-lanh-dao-cai-cach-hanh-chinh-trong-co-quan-cap-tinh',
      title: 'Đảng ủy Khối tăng cường lãnh đạo công tác cải cách hành chính trong các cơ quan cấp tỉnh',
      summary:
        'Cấp ủy cơ sở được yêu cầu đưa cải cách hành chính thành nội dung thường kỳ trong sinh hoạt chi bộ và gắn với đánh giá đảng viên cuối năm.',
      publishedAt: '2026-06-09T09:15:00+07:00',
      author: 'Quốc Bảo (Ủy ban Kiểm tra Đảng ủy Khối)',
      views: 1826,
      image: 'tru-so',
      body: [
        'Đảng bộ Khối các cơ quan tỉnh có 63 tổ chức cơ sở đảng, phần lớn là đảng bộ, chi bộ của các sở, ban, ngành trực tiếp giải quyết thủ tục hành chính cho người dân và doanh nghiệp. Vì vậy, cải cách hành chính được Đảng ủy Khối xác định là một trong những nhiệm vụ trọng tâm của nhiệm kỳ.',
        'Ngày 8/6, Ban Thường vụ Đảng ủy Khối ban hành chỉ thị về tăng cường lãnh đạo công tác cải cách hành chính. Theo đó, mỗi cấp ủy cơ sở phải thành lập tổ giúp việc về cải cách hành chính, đưa nội dung này vào sinh hoạt chi bộ ít nhất mỗi quý một lần và xem kết quả cải cách hành chính của cơ quan là căn cứ xếp loại người đứng đầu.',
        {
          figure: 'hoi-nghi',
          caption: 'Hội nghị triển khai chỉ thị của Ban Thường vụ Đảng ủy Khối (ảnh minh họa)',
        },
        'Chỉ thị cũng yêu cầu Ủy ban Kiểm tra Đảng ủy Khối đưa nội dung cải cách hành chính vào chương trình kiểm tra, giám sát hằng năm; xử lý nghiêm tổ chức đảng, đảng viên gây phiền hà, nhũng nhiễu người dân. Các chi bộ khối văn phòng cần chủ động phối hợp với bộ phận một cửa để nắm bắt phản ánh của người dân.',
        {
          figure: 'mot-cua',
          caption: 'Bộ phận một cửa là nơi người dân cảm nhận rõ nhất kết quả cải cách hành chính (ảnh minh họa)',
        },
      ],
    },
  ],
};
