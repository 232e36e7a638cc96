"""English texts of the translated press releases and trainings.

Release numbers (“Số 04/TCBC-BQLKCN”) are not translated: they are the
reference of the Vietnamese document. Tables are not translated either
(wagtail-localize does not extract the cells of a TableBlock).
"""

RELEASES = {
    "Phù Sa": "Phù Sa",  # the dateline
    # khoi-cong-nha-may-kcn-ben-lua
    "Khởi công nhà máy linh kiện điện tử vốn Hàn Quốc tại KCN Bến Lúa": (
        "Construction starts on a Korean-invested electronic components plant in "
        "Bến Lúa Industrial Zone"
    ),
    "khoi-cong-nha-may-kcn-ben-lua": "korean-electronics-plant-ben-lua",
    "Dự án có vốn đầu tư 180 triệu USD, dự kiến tạo việc làm cho 2.500 lao động.": (
        "The USD 180 million project is expected to create jobs for 2,500 workers."
    ),
    "Nhà máy được cấp giấy chứng nhận đăng ký đầu tư sau 12 ngày làm việc nhờ cơ "
    "chế một đầu mối của Ban Quản lý các khu công nghiệp.": (
        "The plant received its investment registration certificate within 12 "
        "working days, thanks to the single point of contact at the Industrial "
        "Zones Authority."
    ),
    # benh-an-dien-tu-benh-vien-tinh
    "Bệnh viện Đa khoa tỉnh triển khai bệnh án điện tử": (
        "Provincial General Hospital introduces electronic medical records"
    ),
    "benh-an-dien-tu-benh-vien-tinh": "provincial-hospital-electronic-records",
    "Người bệnh không còn phải mang theo hồ sơ giấy khi tái khám tại bệnh viện.": (
        "Patients no longer need to bring paper records to follow-up visits at the "
        "hospital."
    ),
    "Bệnh viện ngừng sử dụng hồ sơ bệnh án giấy từ ngày 15/12/2025, sau khi Sở Y "
    "tế thẩm định hệ thống.": (
        "The hospital stops using paper medical records from 15 December 2025, "
        "after the Department of Health appraised the system."
    ),
    "Bản phát hành ngày 05/12/2025 ghi bệnh viện ngừng dùng hồ sơ giấy từ ngày "
    "01/12/2025. Ngày đúng là 15/12/2025.": (
        "The release of 5 December 2025 said that the hospital would stop using "
        "paper records from 1 December 2025. The correct date is 15 December 2025."
    ),
    # khach-du-lich-ky-luc-2025
    "Phù Sa đón hơn 3 triệu lượt khách du lịch năm 2025": (
        "Phù Sa welcomes more than 3 million tourist arrivals in 2025"
    ),
    "khach-du-lich-ky-luc-2025": "record-tourist-arrivals-2025",
    "Lần đầu tiên lượng khách vượt mốc 3 triệu lượt, trong đó 185.000 lượt khách "
    "quốc tế.": (
        "For the first time, arrivals passed the 3 million mark, including 185,000 "
        "international arrivals."
    ),
    "Khách Hàn Quốc, Trung Quốc và Pháp dẫn đầu nhóm khách quốc tế; chợ nổi Vàm "
    "Lục là điểm được đánh giá cao nhất trên các nền tảng đặt phòng.": (
        "Visitors from the Republic of Korea, China and France led international "
        "arrivals; Vàm Lục floating market was the highest-rated attraction on "
        "booking platforms."
    ),
    # hop-bao-quy-iv-2025
    "Họp báo công bố kết quả kinh tế – xã hội năm 2025": (
        "Press conference on the province's socio-economic results in 2025"
    ),
    "hop-bao-quy-iv-2025": "socio-economic-results-2025",
    "GRDP năm 2025 tăng 7,62%, cao nhất trong 10 năm.": (
        "GRDP grew by 7.62% in 2025, the highest rate in 10 years."
    ),
    "Năm 2026, tỉnh đặt mục tiêu tăng trưởng 8% và hoàn thành giai đoạn 1 cảng "
    "biển Bãi Bồi.": (
        "For 2026, the province targets growth of 8% and the completion of phase 1 "
        "of Bãi Bồi seaport."
    ),
    # kcn-long-chau-nang-luong-sach
    "KCN Long Châu thu hút ba dự án năng lượng sạch": (
        "Long Châu Industrial Zone attracts three clean energy projects"
    ),
    "kcn-long-chau-nang-luong-sach": "long-chau-clean-energy-projects",
    "Tổng vốn đăng ký 260 triệu USD, chủ yếu từ nhà đầu tư Nhật Bản.": (
        "Registered capital totals USD 260 million, mainly from Japanese investors."
    ),
    "Các dự án sản xuất tấm pin mặt trời và thiết bị lưu trữ điện, dự kiến vận "
    "hành từ quý IV/2027.": (
        "The projects will make solar panels and electricity storage equipment and "
        "are expected to start operating in the fourth quarter of 2027."
    ),
    # tuan-le-van-hoa-phu-sa-tai-phap
    "Tuần lễ Văn hóa – Du lịch Phù Sa tại Pháp": (
        "Phù Sa Culture and Tourism Week in France"
    ),
    "tuan-le-van-hoa-phu-sa-tai-phap": "phu-sa-culture-tourism-week-france",
    "Nghệ nhân Kinh, Khmer, Hoa của tỉnh giới thiệu ẩm thực, đờn ca tài tử và múa "
    "Rô băm.": (
        "Kinh, Khmer and Hoa artisans from the province present their cuisine, đờn "
        "ca tài tử music and the Rô băm dance."
    ),
    "Tuần lễ được tổ chức cùng cộng đồng người Việt, thu hút khoảng 12.000 lượt "
    "khách tham quan.": (
        "Organised together with the Vietnamese community, the week drew about "
        "12,000 visitors."
    ),
    # cong-bo-quy-hoach-cang-bai-boi, under embargo in both languages: the
    # Vietnamese embargo decides for the English page too.
    "Công bố điều chỉnh quy hoạch cảng biển Bãi Bồi": (
        "Revised master plan for Bãi Bồi seaport announced"
    ),
    "cong-bo-quy-hoach-cang-bai-boi": "bai-boi-seaport-master-plan",
    "Cảng Bãi Bồi được điều chỉnh để đón tàu 70.000 tấn, gắn với khu "
    "logistics 300 ha.": (
        "Bãi Bồi port is revised to take 70,000-tonne ships, with a 300-hectare "
        "logistics zone."
    ),
    "Thông cáo gửi trước cho các cơ quan báo chí; chỉ đăng tải sau thời điểm hết "
    "hạn cấm đăng.": (
        "Sent to the press in advance; not to be published before the embargo ends."
    ),
}

# tap-huan-thong-tin-doi-ngoai-phat-ngon-2025, a past conference
EXTERNAL_INFORMATION_CONFERENCE = {
    "Hội nghị tập huấn công tác thông tin đối ngoại, kỹ năng phát ngôn và cung cấp "
    "thông tin cho báo chí năm 2025": (
        "2025 training conference on external information, spokesperson skills "
        "and providing information to the press"
    ),
    "tap-huan-thong-tin-doi-ngoai-phat-ngon-2025": (
        "external-information-spokesperson-training-2025"
    ),
    "Hơn 150 lãnh đạo, người phát ngôn và chánh văn phòng của các sở, ban, ngành "
    "và UBND các xã, phường được cập nhật tình hình đối ngoại và rèn kỹ năng làm "
    "việc với báo chí.": (
        "More than 150 leaders, spokespersons and chiefs of office of provincial "
        "departments, boards and sectors and of commune and ward People's "
        "Committees were briefed on foreign affairs and trained in working with "
        "the press."
    ),
    "Hội trường Ủy ban nhân dân tỉnh": "Hall of the Provincial People's Committee",
    "Lãnh đạo và người phát ngôn, chánh văn phòng, cán bộ phụ trách thông tin đối "
    "ngoại của các sở, ban, ngành tỉnh và UBND các xã, phường; lãnh đạo Báo và "
    "Phát thanh, Truyền hình Phù Sa.": (
        "Leaders, spokespersons, chiefs of office and external information officers "
        "of provincial departments, boards and sectors and of commune and ward "
        "People's Committees; leaders of Phù Sa Newspaper and Radio-Television."
    ),
    "Các báo cáo viên trình bày đường lối, chính sách đối ngoại của Đảng và Nhà "
    "nước; lập trường của Việt Nam về bảo vệ độc lập, chủ quyền, toàn vẹn lãnh "
    "thổ và vấn đề Biển Đông; quan hệ với các nước ASEAN, nhất là các nước láng "
    "giềng; tình hình hội nhập quốc tế. Buổi chiều, đại biểu thực hành kỹ năng "
    "phát ngôn và cung cấp thông tin cho báo chí.": (
        "The speakers presented the foreign policy of the Party and the State; Viet "
        "Nam's position on safeguarding its independence, sovereignty and "
        "territorial integrity and on the East Sea issue; relations with ASEAN "
        "countries, especially neighbouring ones; and the progress of international "
        "integration. In the afternoon, participants practised speaking for their "
        "agencies and providing information to the press."
    ),
    "Bế mạc hội nghị, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch Đặng Quốc Bảo "
    "thay mặt Ban Chỉ đạo công tác thông tin đối ngoại tỉnh giao sáu nhiệm vụ cho "
    "các cơ quan tham dự.": (
        "Closing the conference, Đặng Quốc Bảo, Deputy Director of the Department "
        "of Culture, Sports and Tourism, set six tasks for the participating "
        "agencies on behalf of the Provincial Steering Committee for External "
        "Information."
    ),
    "TS. Đinh Quang Vũ": "Dr Đinh Quang Vũ",
    "Phó Vụ trưởng Vụ Thông tin báo chí": (
        "Deputy Director-General of the Press and Information Department"
    ),
    "Bộ Ngoại giao": "Ministry of Foreign Affairs",
    "TS. Hà Minh Khang": "Dr Hà Minh Khang",
    "Nguyên Thứ trưởng Bộ Thông tin và Truyền thông": (
        "Former Deputy Minister of Information and Communications"
    ),
    "Đón tiếp đại biểu": "Welcome of participants",
    "Khai mạc; phát biểu của lãnh đạo Sở Văn hóa, Thể thao và Du lịch": (
        "Opening; remarks by the leadership of the Department of Culture, Sports "
        "and Tourism"
    ),
    "Đường lối, chính sách đối ngoại và tình hình hội nhập quốc tế": (
        "Foreign policy and the progress of international integration"
    ),
    "Chủ quyền, toàn vẹn lãnh thổ, vấn đề Biển Đông; quan hệ với ASEAN và láng giềng": (
        "Sovereignty, territorial integrity and the East Sea issue; relations with "
        "ASEAN and neighbouring countries"
    ),
    "Kỹ năng phát ngôn và cung cấp thông tin cho báo chí": (
        "Spokesperson skills and providing information to the press"
    ),
    "Phát biểu bế mạc": "Closing remarks",
    "Tài liệu hội nghị (PDF)": "Conference materials (PDF)",
    "Nắm vững và tổ chức thực hiện đầy đủ chiến lược, chương trình hành động và "
    "các quy định hiện hành của Trung ương về thông tin đối ngoại tại cơ quan, đơn "
    "vị mình.": (
        "Master and fully implement, in each agency and unit, the central "
        "strategy, action programme and current regulations on external "
        "information."
    ),
    "Rà soát, củng cố bộ máy và đội ngũ làm thông tin đối ngoại; xây dựng chương "
    "trình công tác sát với đặc điểm từng địa phương, đơn vị; đổi mới nội dung và "
    "cách làm theo hướng thiết thực, hiệu quả.": (
        "Review and strengthen the organisation and staff working on external "
        "information; draw up work programmes suited to each locality and unit; "
        "renew content and methods so that they are practical and effective."
    ),
    "Giữ mối phối hợp thường xuyên với các bộ, ngành Trung ương trong chỉ đạo và "
    "triển khai thông tin đối ngoại, nhất là khi phát sinh vấn đề mới, quan trọng, "
    "nhạy cảm được dư luận quan tâm.": (
        "Keep in regular contact with central ministries and sectors in directing "
        "and carrying out external information work, especially when new, "
        "important or sensitive issues of public concern arise."
    ),
    "Chủ động nắm bắt dư luận, dự báo sớm để kịp thời cung cấp thông tin chính "
    "thống, phản bác thông tin sai sự thật, xuyên tạc, nhất là về biên giới, biển "
    "đảo, dân tộc, tôn giáo, dân chủ và nhân quyền.": (
        "Follow public opinion closely and anticipate issues, so as to provide "
        "official information in good time and refute false and distorted "
        "information, especially on borders, seas and islands, ethnic affairs, "
        "religion, democracy and human rights."
    ),
    "Phối hợp chặt chẽ hơn giữa các cơ quan trong quảng bá hình ảnh, tiềm năng và "
    "cơ hội đầu tư của tỉnh ra nước ngoài.": (
        "Coordinate more closely between agencies in promoting the province's "
        "image, potential and investment opportunities abroad."
    ),
    "Dựa trên tài liệu hội nghị, các sở, ban, ngành và UBND các xã, phường lập kế "
    "hoạch bồi dưỡng, tập huấn lại cho cán bộ làm thông tin đối ngoại của cơ quan, "
    "địa phương mình.": (
        "Using the conference materials, provincial departments, boards and sectors "
        "and commune and ward People's Committees plan refresher training for their "
        "own external information staff."
    ),
}

# tap-huan-phat-ngon-thien-tai, an upcoming hybrid training
DISASTER_COMMUNICATION_TRAINING = {
    "Tập huấn kỹ năng phát ngôn trong tình huống thiên tai, khẩn cấp": (
        "Training on speaking to the press in natural disasters and emergencies"
    ),
    "tap-huan-phat-ngon-thien-tai": "spokesperson-training-disasters-emergencies",
    "Cách thông tin nhanh, chính xác cho báo chí và người dân khi có bão, triều "
    "cường, sạt lở; diễn tập một cuộc họp báo khẩn.": (
        "How to inform the press and the public quickly and accurately during "
        "storms, high tides and landslides, with an emergency press conference "
        "drill."
    ),
    "Hội trường Sở Nông nghiệp và Môi trường": (
        "Hall of the Department of Agriculture and Environment"
    ),
    "Người phát ngôn của các sở, ngành liên quan và UBND các xã ven biển, ven sông.": (
        "Spokespersons of the departments and sectors concerned and of the People's "
        "Committees of coastal and riverside communes."
    ),
    "Điểm cầu UBND xã Bãi Bồi": "Bãi Bồi Commune People's Committee connection point",
    "Điểm cầu UBND xã Vàm Lục": "Vàm Lục Commune People's Committee connection point",
    "Điểm cầu UBND xã Cồn Tiên": "Cồn Tiên Commune People's Committee connection point",
    "Ông Huỳnh Văn Thái – 0900 000 107": "Mr Huỳnh Văn Thái – 0900 000 107",
    "Bà Trần Thị Ngân – 0290 3824 112": "Ms Trần Thị Ngân – 0290 3824 112",
    "Ông Võ Văn Tài – 0290 3824 103": "Mr Võ Văn Tài – 0290 3824 103",
    "Ông Dương Tấn Phát": "Mr Dương Tấn Phát",
    "ThS. Phan Ngọc Bích": "Phan Ngọc Bích, MA",
    "Giảng viên": "Lecturer",
    "Học viện Báo chí và Tuyên truyền": "Academy of Journalism and Communication",
    "Thông tin trong phòng, chống thiên tai: ai nói, nói gì, khi nào": (
        "Information in disaster prevention and response: who speaks, what to say "
        "and when"
    ),
    "Diễn tập họp báo khẩn về triều cường": (
        "Drill: an emergency press conference on high tides"
    ),
    "Mạng xã hội và tin giả khi có thiên tai": (
        "Social media and fake news during natural disasters"
    ),
    "Rút kinh nghiệm": "Review and lessons learned",
}

NEWS = {
    **RELEASES,
    **EXTERNAL_INFORMATION_CONFERENCE,
    **DISASTER_COMMUNICATION_TRAINING,
}
