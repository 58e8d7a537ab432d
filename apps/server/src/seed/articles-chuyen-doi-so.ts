import type { DemoCategory } from './types.js';

// Demo articles written for this project. The organisations, people and events are invented.

export const CHUYEN_DOI_SO: DemoCategory = {
  slug: 'chuyen-doi-so',
  name: 'Chuyển đổi số',
  articles: [
    {
      slug: 'dien-tap-ung-cuu-su-co-an-toan-thong-tin-mang',
      title: 'Diễn tập ứng cứu sự cố an toàn thông tin mạng cho các cơ quan tỉnh',
      summary:
        'Kịch bản giả định tin tặc mã hóa dữ liệu của một hệ thống dùng chung; các đội ứng cứu phải khoanh vùng, khôi phục và báo cáo trong bốn giờ.',
      publishedAt: '2026-11-24T17:30:00+07:00',
      author: 'Văn Khải (Sở Thông tin và Truyền thông)',
      views: 143,
      image: 'chuyen-doi-so',
      body: [
        'Ngày 24/11, Sở Thông tin và Truyền thông chủ trì diễn tập ứng cứu sự cố an toàn thông tin mạng năm 2026 với sự tham gia của đội ứng cứu sự cố của tỉnh và cán bộ chuyên trách công nghệ thông tin của 20 sở, ngành.',
        'Kịch bản diễn tập giả định một hệ thống thông tin dùng chung của tỉnh bị tấn công bằng mã độc tống tiền, dữ liệu trên một số máy chủ bị mã hóa. Các đội phải phát hiện nguồn lây, cô lập máy chủ bị nhiễm, khôi phục dữ liệu từ bản sao lưu và báo cáo sự cố theo đúng quy trình trong thời gian bốn giờ.',
        {
          figure: 'ket-noi',
          caption: 'Các hệ thống được cô lập theo từng vùng mạng trong quá trình diễn tập (ảnh minh họa)',
        },
        'Qua diễn tập, ban tổ chức đánh giá các đội đã phối hợp nhịp nhàng, song việc sao lưu dữ liệu ở một số đơn vị chưa được kiểm tra định kỳ nên thời gian khôi phục còn dài. Sở Thông tin và Truyền thông đề nghị các cơ quan rà soát phương án sao lưu, thử khôi phục ít nhất mỗi quý một lần.',
      ],
      english: {
        title: 'Provincial agencies rehearse their response to a cyber security incident',
        summary:
          'In the scenario, attackers encrypt the data of a shared provincial system; the response teams had four hours to contain the attack, restore the data and report.',
        body: [
          'On 24 November, the Department of Information and Communications led the 2026 cyber security incident response exercise, with the provincial incident response team and the IT staff of 20 departments and agencies taking part.',
          'The scenario assumed that a shared provincial information system had been hit by ransomware and the data on several servers encrypted. The teams had to find the source of the infection, isolate the infected servers, restore the data from backups and report the incident through the proper procedure, all within four hours.',
          'The organisers found that the teams worked well together, but that some agencies had not tested their backups regularly, which made restoring take longer. The department asked every agency to review its backup plan and to test a restore at least once a quarter.',
        ],
      },
    },
    {
      slug: 'van-ban-dang-uy-khoi-gui-nhan-hoan-toan-dien-tu',
      title: '100% văn bản của Đảng ủy Khối được gửi, nhận trên hệ thống điện tử và ký số',
      summary:
        'Sau hơn một năm triển khai, văn bản giấy chỉ còn dùng cho tài liệu mật; thời gian chuyển văn bản đến chi bộ cơ sở rút từ ba ngày xuống vài phút.',
      publishedAt: '2026-11-10T10:45:00+07:00',
      author: 'Minh Châu (Văn phòng Đảng ủy Khối)',
      views: 401,
      image: 'ket-noi',
      body: [
        'Theo Văn phòng Đảng ủy Khối các cơ quan tỉnh, từ tháng 10/2026, toàn bộ văn bản không mật của Đảng ủy Khối gửi đến 63 tổ chức cơ sở đảng và ngược lại đều được thực hiện trên hệ thống quản lý văn bản và điều hành, có chữ ký số của cơ quan và người ký.',
        'Trước đây, một văn bản chỉ đạo gửi đến các chi bộ phải photo, đóng dấu và chuyển qua đường bưu chính hoặc cán bộ văn phòng trực tiếp mang đi, mất hai đến ba ngày. Nay văn bản đến chi bộ chỉ sau vài phút, kèm thông báo trên điện thoại của bí thư chi bộ.',
        {
          figure: 'chuyen-doi-so',
          caption: 'Văn bản điện tử được ký số và chuyển đến các chi bộ chỉ trong vài phút (ảnh minh họa)',
        },
        'Để làm được điều này, Đảng ủy Khối đã cấp chứng thư số cho 100% bí thư, phó bí thư cấp ủy cơ sở và tổ chức nhiều đợt hướng dẫn sử dụng. Văn phòng Đảng ủy Khối ước tính mỗi năm tiết kiệm được khoảng 200 triệu đồng chi phí in ấn, gửi văn bản.',
      ],
      english: {
        title: 'All documents of the Party Committee of provincial agencies are now sent, received and signed electronically',
        summary:
          'After more than a year, paper is used only for classified documents, and a document reaches a grassroots Party cell in minutes instead of three days.',
        body: [
          'According to the Office of the Party Committee of provincial agencies, since October 2026 every non-classified document between the Committee and its 63 grassroots Party organisations has gone through the document management system, with the digital signatures of the agency and of the signer.',
          'A directive to the Party cells used to be photocopied, stamped and sent by post or carried by office staff, which took two to three days. It now reaches a cell within minutes, with a notification on the cell secretary’s phone.',
          'To make this possible, the Committee issued digital certificates to every secretary and deputy secretary of grassroots Party committees and ran several rounds of training. The Office estimates that the change saves about 200 million dong a year in printing and postage.',
        ],
      },
    },
    {
      slug: 'ra-mat-tro-ly-ao-tra-cuu-thu-tuc-hanh-chinh',
      title: 'Ra mắt trợ lý ảo hỗ trợ người dân tra cứu thủ tục hành chính',
      summary:
        'Trợ lý ảo trả lời bằng tiếng Việt về thành phần hồ sơ, lệ phí, thời hạn của hơn 1.700 thủ tục và dẫn đường đến trang nộp hồ sơ.',
      publishedAt: '2026-10-27T09:00:00+07:00',
      author: 'Văn Khải (Sở Thông tin và Truyền thông)',
      views: 876,
      image: 'chuyen-doi-so',
      body: [
        'Sáng 27/10, Sở Thông tin và Truyền thông phối hợp với Trung tâm Phục vụ hành chính công tỉnh ra mắt trợ lý ảo hỗ trợ tra cứu thủ tục hành chính trên cổng dịch vụ công và ứng dụng công dân số của tỉnh.',
        'Người dân có thể đặt câu hỏi bằng tiếng Việt như “làm giấy khai sinh cần những gì” hay “đăng ký hộ kinh doanh mất bao lâu”, trợ lý ảo sẽ trả lời về thành phần hồ sơ, lệ phí, thời hạn giải quyết và đưa đường dẫn đến trang nộp hồ sơ trực tuyến. Dữ liệu trả lời được lấy từ cơ sở dữ liệu thủ tục hành chính đã công bố.',
        {
          figure: 'mot-cua',
          caption: 'Trợ lý ảo giúp giảm số cuộc gọi hỏi đáp đến bộ phận một cửa (ảnh minh họa)',
        },
        'Trong thời gian thử nghiệm một tháng, trợ lý ảo đã trả lời hơn 21.000 câu hỏi, tỷ lệ câu trả lời được người dùng đánh giá hữu ích đạt 84%. Với những câu hỏi chưa trả lời được, hệ thống chuyển cho công chức giải đáp trong giờ hành chính.',
      ],
    },
    {
      slug: 'huong-ung-ngay-chuyen-doi-so-quoc-gia-tai-cac-co-quan-tinh',
      title: 'Các cơ quan tỉnh hưởng ứng Ngày Chuyển đổi số quốc gia với nhiều hoạt động thiết thực',
      summary:
        'Triển lãm sản phẩm số, cuộc thi ý tưởng của công chức trẻ và đợt cấp chữ ký số miễn phí cho hộ kinh doanh được tổ chức trong tuần lễ.',
      publishedAt: '2026-10-13T14:20:00+07:00',
      author: 'Hải Yến (Đoàn Thanh niên Khối)',
      views: 1022,
      image: 'le-ky-niem',
      body: [
        'Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10, từ ngày 6 đến 12/10, các cơ quan cấp tỉnh đã tổ chức nhiều hoạt động thiết thực, hướng đến mục tiêu đưa dịch vụ số đến gần hơn với người dân.',
        'Tại quảng trường trung tâm, triển lãm sản phẩm số giới thiệu các ứng dụng của tỉnh như cổng dịch vụ công, bản đồ số quy hoạch, hệ thống đặt lịch khám bệnh trực tuyến. Cuộc thi ý tưởng chuyển đổi số dành cho công chức trẻ do Đoàn Thanh niên Khối tổ chức nhận được 57 ý tưởng, trong đó giải nhất thuộc về ý tưởng số hóa sổ theo dõi đảng viên của chi bộ.',
        {
          figure: 'tinh-nguyen',
          caption: 'Đoàn viên hướng dẫn người dân cài đặt ứng dụng tại triển lãm (ảnh minh họa)',
        },
        'Trong tuần lễ, các doanh nghiệp viễn thông phối hợp với Sở Thông tin và Truyền thông cấp miễn phí gần 1.000 chứng thư chữ ký số cá nhân cho hộ kinh doanh, giúp họ kê khai thuế và ký hợp đồng điện tử.',
      ],
    },
    {
      slug: 'to-cong-nghe-so-cong-dong-huong-dan-nguoi-cao-tuoi',
      title: 'Tổ công nghệ số cộng đồng “cầm tay chỉ việc” cho người cao tuổi',
      summary:
        'Các thành viên là công chức, đoàn viên trẻ đến từng khu dân cư hướng dẫn người cao tuổi dùng điện thoại thông minh, thanh toán và nhận lương hưu qua tài khoản.',
      publishedAt: '2026-09-29T08:35:00+07:00',
      author: 'Hải Yến (Đoàn Thanh niên Khối)',
      views: 1149,
      image: 'tinh-nguyen',
      body: [
        'Mỗi tối thứ năm, nhà văn hóa khu dân cư số 4 lại sáng đèn muộn hơn thường lệ. Các thành viên tổ công nghệ số cộng đồng, phần lớn là đoàn viên của các cơ quan tỉnh, hướng dẫn người cao tuổi sử dụng điện thoại thông minh.',
        'Bà Nguyễn Thị Lựu, 72 tuổi, cho biết trước đây mỗi lần nhận lương hưu phải nhờ con cháu chở đến điểm chi trả, nay bà đã tự kiểm tra tài khoản và thanh toán tiền điện trên điện thoại. Các tình nguyện viên còn hướng dẫn cách nhận biết tin nhắn lừa đảo, không bấm vào đường dẫn lạ.',
        {
          figure: 'ket-noi',
          caption: 'Mỗi tình nguyện viên hướng dẫn hai đến ba người cao tuổi trong một buổi (ảnh minh họa)',
        },
        'Theo Đoàn Thanh niên Khối các cơ quan tỉnh, đến nay đã có 38 tổ công nghệ số cộng đồng do đoàn viên tham gia, hướng dẫn được hơn 4.500 lượt người dân. Mô hình sẽ được nhân rộng tới các khu dân cư ven đô trong năm 2027.',
      ],
    },
    {
      slug: 'so-hoa-ho-so-dang-vien-cua-dang-bo-khoi',
      title: 'Hoàn thành số hóa hồ sơ đảng viên của Đảng bộ Khối các cơ quan tỉnh',
      summary:
        'Hơn 5.000 hồ sơ đảng viên đã được quét, nhập liệu và đối chiếu, giúp việc tra cứu, chuyển sinh hoạt đảng nhanh và chính xác hơn.',
      publishedAt: '2026-09-15T10:10:00+07:00',
      author: 'Lan Phương (Ban Tổ chức Đảng ủy Khối)',
      views: 1297,
      image: 'thu-vien',
      body: [
        'Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh vừa hoàn thành việc số hóa hồ sơ của hơn 5.000 đảng viên trong Đảng bộ, sau gần một năm triển khai.',
        'Mỗi hồ sơ được quét toàn bộ, nhập các trường thông tin chính vào cơ sở dữ liệu đảng viên và được chính đảng viên, chi bộ đối chiếu, xác nhận. Trong quá trình đối chiếu, đã phát hiện và điều chỉnh hơn 300 trường hợp sai lệch về ngày vào Đảng, quê quán, trình độ lý luận chính trị.',
        {
          figure: 'chuyen-doi-so',
          caption: 'Hồ sơ giấy được quét và đối chiếu trước khi đưa vào cơ sở dữ liệu (ảnh minh họa)',
        },
        'Việc số hóa giúp cấp ủy tra cứu nhanh thông tin phục vụ công tác cán bộ, rút ngắn thời gian làm thủ tục chuyển sinh hoạt đảng. Hồ sơ gốc vẫn được bảo quản theo chế độ lưu trữ tài liệu của Đảng.',
      ],
    },
    {
      slug: 'tap-huan-ky-nang-so-va-bao-mat-cho-can-bo-cong-chuc',
      title: 'Tập huấn kỹ năng số và bảo mật thông tin cho hơn 600 cán bộ, công chức',
      summary:
        'Nội dung tập trung vào những thao tác hằng ngày: đặt mật khẩu mạnh, bật xác thực hai bước, nhận diện thư điện tử giả mạo và chia sẻ tài liệu an toàn.',
      publishedAt: '2026-08-28T16:05:00+07:00',
      author: 'Văn Khải (Sở Thông tin và Truyền thông)',
      views: 684,
      image: 'tap-huan',
      body: [
        'Trong tháng 8, Sở Thông tin và Truyền thông phối hợp với Đảng ủy Khối các cơ quan tỉnh tổ chức năm lớp tập huấn kỹ năng số và bảo mật thông tin cho hơn 600 cán bộ, công chức, viên chức.',
        'Thay vì lý thuyết dài, các lớp học tập trung vào những thao tác hằng ngày: đặt mật khẩu mạnh và khác nhau cho từng tài khoản, bật xác thực hai bước, nhận diện thư điện tử giả mạo, chia sẻ tài liệu qua hệ thống của cơ quan thay cho các ứng dụng nhắn tin cá nhân.',
        {
          figure: 'chuyen-doi-so',
          caption: 'Học viên thực hành nhận diện thư điện tử giả mạo (ảnh minh họa)',
        },
        'Cuối mỗi lớp, học viên làm bài kiểm tra với các tình huống thực tế. Ban tổ chức cho biết, trong bài kiểm tra đầu khóa, gần 40% học viên không nhận ra thư giả mạo; sau khóa học, tỷ lệ này giảm còn dưới 10%.',
      ],
    },
    {
      slug: 'phong-hop-khong-giay-tai-co-quan-dang-uy-khoi',
      title: 'Phòng họp không giấy giúp tiết kiệm hàng trăm nghìn trang tài liệu mỗi năm',
      summary: 'Tài liệu hội nghị được gửi trước qua hệ thống, đại biểu đọc, góp ý và biểu quyết ngay trên máy tính bảng.',
      publishedAt: '2026-08-14T11:20:00+07:00',
      author: 'Minh Châu (Văn phòng Đảng ủy Khối)',
      views: 912,
      image: 'hoi-nghi',
      body: [
        'Từ đầu năm 2026, các hội nghị Ban Chấp hành, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh đều được tổ chức theo hình thức phòng họp không giấy. Tài liệu được gửi đến đại biểu qua hệ thống trước ít nhất ba ngày.',
        'Đại biểu đọc tài liệu, ghi chú và gửi ý kiến góp ý ngay trên máy tính bảng hoặc máy tính cá nhân. Tại hội nghị, việc biểu quyết được thực hiện điện tử, kết quả hiển thị ngay trên màn hình, giúp rút ngắn thời gian tổng hợp.',
        {
          figure: 'ket-noi',
          caption: 'Tài liệu hội nghị được chia sẻ an toàn qua hệ thống nội bộ (ảnh minh họa)',
        },
        'Văn phòng Đảng ủy Khối ước tính, mỗi năm tiết kiệm được hơn 300.000 trang tài liệu in. Sau Đảng ủy Khối, đã có 14 đảng ủy cơ sở áp dụng phòng họp không giấy cho các cuộc họp cấp ủy.',
      ],
    },
    {
      slug: 'thanh-toan-khong-dung-tien-mat-tai-benh-vien-va-truong-hoc',
      title: 'Đẩy mạnh thanh toán không dùng tiền mặt tại bệnh viện và trường học',
      summary:
        'Người bệnh trả viện phí bằng mã QR, phụ huynh nộp học phí qua ứng dụng ngân hàng; tỷ lệ giao dịch không dùng tiền mặt tăng gấp đôi so với năm trước.',
      publishedAt: '2026-07-24T09:40:00+07:00',
      author: 'Văn Khải (Sở Thông tin và Truyền thông)',
      views: 1413,
      image: 'ket-noi',
      body: [
        'Đến hết tháng 6/2026, 100% bệnh viện tuyến tỉnh và 85% trường học trên địa bàn đã chấp nhận thanh toán không dùng tiền mặt. Người bệnh có thể trả viện phí bằng mã QR tại quầy hoặc ngay trên ứng dụng đặt lịch khám.',
        'Tại Bệnh viện Đa khoa tỉnh, thời gian chờ thanh toán khi ra viện giảm từ khoảng 30 phút xuống còn 5 phút. Ở các trường học, phụ huynh nhận thông báo học phí qua ứng dụng và thanh toán bằng tài khoản ngân hàng, nhà trường không còn phải thu tiền mặt, giảm rủi ro thất thoát.',
        {
          figure: 'thu-vien',
          caption: 'Phụ huynh nộp học phí qua ứng dụng ngân hàng thay cho tiền mặt (ảnh minh họa)',
        },
        'Sở Thông tin và Truyền thông cho biết, tỷ lệ giao dịch không dùng tiền mặt tại các đơn vị sự nghiệp công lập sáu tháng đầu năm đạt 61%, gấp đôi cùng kỳ năm 2025. Mục tiêu đến cuối năm là đạt trên 80%.',
      ],
    },
    {
      slug: 'so-hoa-tai-lieu-luu-tru-lich-su-cua-tinh',
      title: 'Số hóa tài liệu lưu trữ lịch sử: gìn giữ ký ức và mở rộng khả năng khai thác',
      summary:
        'Gần 1,2 triệu trang tài liệu từ các phông lưu trữ quý được số hóa, người dân và nhà nghiên cứu có thể đăng ký khai thác trực tuyến.',
      publishedAt: '2026-07-07T15:00:00+07:00',
      author: 'Thu Trang (Sở Nội vụ)',
      views: 1085,
      image: 'thu-vien',
      body: [
        'Trung tâm Lưu trữ lịch sử tỉnh đã hoàn thành giai đoạn một dự án số hóa tài liệu lưu trữ, với gần 1,2 triệu trang tài liệu của các phông lưu trữ có giá trị như hồ sơ địa chính, quyết định thành lập các đơn vị hành chính, tài liệu về các công trình thủy lợi.',
        'Tài liệu sau khi số hóa được gắn siêu dữ liệu để tra cứu theo thời gian, địa danh, cơ quan ban hành. Người dân và nhà nghiên cứu có thể đăng ký khai thác trực tuyến, nhận bản sao điện tử có chứng thực thay vì phải đến phòng đọc.',
        {
          figure: 'chuyen-doi-so',
          caption: 'Dữ liệu tài liệu lưu trữ được lưu trên hệ thống có sao lưu ở hai địa điểm (ảnh minh họa)',
        },
        'Ông Phan Đình Lộc, Giám đốc Trung tâm cho biết, bản gốc của những tài liệu xuống cấp nay được hạn chế sử dụng, giúp kéo dài tuổi thọ. Giai đoạn hai của dự án sẽ tập trung vào tài liệu ảnh, phim và ghi âm.',
      ],
    },
    {
      slug: 'hoi-thao-chuyen-doi-so-trong-cac-co-quan-dang',
      title: 'Hội thảo chuyển đổi số trong các cơ quan Đảng: bắt đầu từ dữ liệu và con người',
      summary:
        'Các đại biểu thống nhất rằng chuyển đổi số không chỉ là mua sắm thiết bị mà trước hết là thay đổi cách làm việc của cán bộ, đảng viên.',
      publishedAt: '2026-06-16T16:30:00+07:00',
      author: 'Thanh Tùng (Ban Tuyên giáo Đảng ủy Khối)',
      views: 1671,
      image: 'chuyen-doi-so',
      body: [
        'Ngày 16/6, Đảng ủy Khối các cơ quan tỉnh tổ chức hội thảo “Chuyển đổi số trong hoạt động của các cơ quan Đảng, chi bộ cơ sở”. Hội thảo có sự tham dự của lãnh đạo Văn phòng Tỉnh ủy, Sở Thông tin và Truyền thông và gần 150 bí thư cấp ủy cơ sở.',
        'Nhiều ý kiến cho rằng chuyển đổi số không chỉ là trang bị máy tính, phần mềm mà trước hết là thay đổi cách làm việc: văn bản phải được soạn và lưu trên hệ thống, số liệu báo cáo lấy từ cơ sở dữ liệu thay vì tổng hợp thủ công. Đại diện Đảng ủy Sở Tài chính chia sẻ kinh nghiệm dùng sổ tay đảng viên điện tử để thông báo lịch sinh hoạt và gửi tài liệu trước cho đảng viên.',
        {
          figure: 'tap-huan',
          caption: 'Các bí thư cấp ủy cơ sở trao đổi kinh nghiệm tại hội thảo (ảnh minh họa)',
        },
        'Kết luận hội thảo, đồng chí Phó Bí thư Thường trực Đảng ủy Khối đề nghị mỗi cấp ủy cơ sở chọn ít nhất một việc cụ thể để số hóa ngay trong năm 2026, ưu tiên những việc lặp lại nhiều lần, tốn nhiều thời gian của đảng viên.',
      ],
    },
  ],
};
