# ruff: noqa: E501 - word lists read better one sentence a line
"""Word lists for the benchmark corpus: agencies, topics, sentence templates.

Written for the benchmark from the vocabulary of provincial press work (the
seed articles); no sentence is copied. Two terms have a known frequency:
"phát ngôn" is common (it appears in a large share of leads and bodies), and
"ngập mặn" is rare (planted in about one document in 400, see
``RARE_SENTENCES``); the figures printed by the benchmark give their match
counts.
"""

# (kind, Vietnamese name, abbreviation, official English name)
KINDS = [
    ("Ủy ban nhân dân tỉnh", "Provincial People's Committee", 10),
    ("Sở, ban, ngành", "Departments and boards", 20),
    ("Ủy ban nhân dân xã, phường", "Commune and ward People's Committees", 30),
]

_DEPARTMENTS = [
    (
        "Sở Văn hóa, Thể thao và Du lịch",
        "SVHTTDL",
        "Department of Culture, Sports and Tourism",
    ),
    ("Sở Tài chính", "STC", "Department of Finance"),
    ("Sở Nội vụ", "SNV", "Department of Home Affairs"),
    ("Sở Tư pháp", "STP", "Department of Justice"),
    ("Sở Công Thương", "SCT", "Department of Industry and Trade"),
    (
        "Sở Nông nghiệp và Môi trường",
        "SNNMT",
        "Department of Agriculture and Environment",
    ),
    ("Sở Xây dựng", "SXD", "Department of Construction"),
    ("Sở Giáo dục và Đào tạo", "SGDĐT", "Department of Education and Training"),
    ("Sở Y tế", "SYT", "Department of Health"),
    ("Sở Khoa học và Công nghệ", "SKHCN", "Department of Science and Technology"),
    ("Sở Ngoại vụ", "SNGV", "Department of Foreign Affairs"),
    ("Sở Dân tộc và Tôn giáo", "SDTTG", "Department of Ethnic and Religious Affairs"),
    ("Thanh tra tỉnh", "TTT", "Provincial Inspectorate"),
    ("Ban Quản lý các khu công nghiệp", "BQLKCN", "Industrial Zones Authority"),
    ("Công an tỉnh", "CAT", "Provincial Police"),
    ("Bộ Chỉ huy Quân sự tỉnh", "BCHQS", "Provincial Military Command"),
    ("Đài Phát thanh và Truyền hình tỉnh", "PTTH", "Provincial Radio and Television"),
    ("Báo tỉnh", "BT", "Provincial Newspaper"),
    (
        "Văn phòng Ủy ban nhân dân tỉnh",
        "VPUBND",
        "Office of the Provincial People's Committee",
    ),
]

_COMMUNES = [
    "Phú Lợi",
    "Mỹ Xuyên",
    "Long Phú",
    "Kế Sách",
    "Châu Thành",
    "Trần Đề",
    "Thạnh Trị",
    "Cù Lao Dung",
    "Vĩnh Châu",
    "Ngã Năm",
    "Mỹ Tú",
    "An Thạnh",
    "Đại Ngãi",
    "Lịch Hội Thượng",
    "Hưng Lợi",
    "Phú Tâm",
    "Thuận Hòa",
    "Hồ Đắc Kiện",
    "Tài Văn",
    "Nhu Gia",
    "Khánh Hòa",
    "Vĩnh Hải",
    "Lai Hòa",
    "Long Đức",
    "Tân Thạnh",
    "Song Phụng",
    "Phong Nẫm",
    "Ba Trinh",
    "Xuân Hòa",
    "Mỹ Hương",
    "Hậu Thạnh",
    "Thới An Hội",
    "Phú Hữu",
    "Trung Bình",
    "Lâm Tân",
    "Thạnh Quới",
    "Tuân Tức",
    "Gia Hòa",
    "Long Hưng",
    "An Ninh",
]


def agencies():
    """60 agencies: the provincial committee, 19 departments, 40 communes."""
    rows = [(0, "Ủy ban nhân dân tỉnh", "UBND", "Provincial People's Committee")]
    rows += [(1, name, short, en) for name, short, en in _DEPARTMENTS]
    for number, commune in enumerate(_COMMUNES, start=1):
        kind = "phường" if number % 4 == 0 else "xã"
        rows.append(
            (
                2,
                f"Ủy ban nhân dân {kind} {commune}",
                f"UBND{kind[0].upper()}{number:02d}",
                f"People's Committee of {commune} {'Ward' if kind == 'phường' else 'Commune'}",
            )
        )
    return rows


ROLES = [
    ("Người đứng đầu cơ quan", "Head of agency", False),
    ("Người phát ngôn thường xuyên", "Regular spokesperson", False),
    ("Người được ủy quyền phát ngôn", "Person authorised to speak", True),
]

TOPICS = [
    "đất đai",
    "y tế",
    "giáo dục",
    "du lịch",
    "đầu tư",
    "chuyển đổi số",
    "nông nghiệp",
    "môi trường",
    "giao thông",
    "an ninh trật tự",
    "văn hóa",
    "thể thao",
    "xây dựng",
    "tài chính",
    "ngân sách",
    "cải cách hành chính",
    "thông tin đối ngoại",
    "báo chí",
    "phòng chống thiên tai",
    "biển đảo",
    "công nghiệp",
    "thương mại",
    "lao động việc làm",
    "an sinh xã hội",
    "dân tộc",
    "tôn giáo",
    "khoa học công nghệ",
    "thanh tra",
    "tư pháp",
    "quốc phòng",
    "hợp tác quốc tế",
    "xuất khẩu",
    "thủy sản",
    "lúa gạo",
    "năng lượng tái tạo",
    "điện gió",
    "khu công nghiệp",
    "nhà ở xã hội",
    "phòng chống dịch bệnh",
    "bảo hiểm xã hội",
]

EVENTS = [
    "kết quả phát triển kinh tế - xã hội",
    "tình hình giải ngân vốn đầu tư công",
    "công tác phòng chống thiên tai",
    "hoạt động xúc tiến đầu tư",
    "chương trình chuyển đổi số",
    "kế hoạch tổ chức lễ hội Oóc Om Bóc",
    "công tác cải cách hành chính",
    "tình hình an ninh trật tự",
    "việc thu hồi đất thực hiện dự án",
    "công tác tuyển sinh đầu cấp",
    "tình hình dịch bệnh trên cây lúa",
    "kết quả thanh tra công vụ",
    "việc điều chỉnh quy hoạch khu đô thị",
    "chính sách hỗ trợ doanh nghiệp",
    "tiến độ dự án điện gió ngoài khơi",
    "kết quả xuất khẩu thủy sản",
    "công tác bảo đảm trật tự an toàn giao thông",
    "hoạt động thông tin đối ngoại",
    "việc cấp giấy chứng nhận quyền sử dụng đất",
    "kế hoạch tiêm chủng mở rộng",
]
EVENTS_EN = [
    "socio-economic results",
    "disbursement of public investment",
    "disaster prevention",
    "investment promotion",
    "the digital transformation programme",
    "the Ooc Om Boc festival",
    "administrative reform",
    "public security",
    "land recovery for projects",
    "school enrolment",
    "rice crop diseases",
    "public service inspection results",
    "urban zoning changes",
    "support for businesses",
    "the offshore wind project",
    "seafood exports",
    "road safety",
    "external information work",
    "land use certificates",
    "the vaccination plan",
]

PERIODS = [
    "quý I",
    "quý II",
    "quý III",
    "quý IV",
    "6 tháng đầu năm",
    "tháng 10",
    "tháng 12",
    "9 tháng",
    "cả năm",
]

RELEASE_TITLES = [
    "{agency} thông tin về {event}",
    "Thông cáo báo chí về {event} {period} năm {year}",
    "{short} họp báo cung cấp thông tin về {event}",
    "Kết quả {event} {period} năm {year}",
    "Người phát ngôn {agency} trả lời báo chí về {event}",
    "{agency} công bố {event}",
]
RELEASE_TITLES_EN = [
    "{agency} reports on {event}",
    "Press release on {event}, {year}",
    "{agency} briefs the press on {event}",
    "The spokesperson of {agency} answers the press on {event}",
]

LEADS = [
    "Ngày {day}/{month}, {agency} tổ chức họp báo cung cấp thông tin cho báo chí về {event}.",
    "Người phát ngôn {agency} đã trả lời phỏng vấn của các cơ quan báo chí về {event}.",
    "{agency} thông tin về {event} {period} năm {year} và nhiệm vụ trọng tâm thời gian tới.",
    "Theo {agency}, {event} {period} năm {year} đạt nhiều kết quả tích cực.",
    "Ủy ban nhân dân tỉnh chỉ đạo {agency} làm rõ {event}, công khai thông tin cho người dân.",
]
LEADS_EN = [
    "On {day}/{month}, {agency} held a press conference on {event}.",
    "The spokesperson of {agency} answered journalists' questions on {event}.",
    "{agency} reported on {event} and its priorities for the coming months.",
]

SENTENCES = [
    "Tham dự buổi họp báo có đại diện lãnh đạo {agency} cùng phóng viên các cơ quan báo chí trung ương và địa phương.",
    "Người phát ngôn và cung cấp thông tin cho báo chí của {agency} đã trả lời các câu hỏi của phóng viên.",
    "Theo báo cáo, trong {period} năm {year} toàn tỉnh đã triển khai nhiều giải pháp về {topic}.",
    "Lãnh đạo {agency} đề nghị các đơn vị tiếp tục quán triệt chỉ đạo của Ủy ban nhân dân tỉnh về {topic}.",
    "Các cơ quan, đơn vị cần cung cấp thông tin kịp thời, chính xác cho báo chí theo quy định.",
    "Tỉnh đã tổ chức {number} hội nghị, thu hút hơn {number} lượt cán bộ, công chức tham dự.",
    "Công tác {topic} được triển khai đồng bộ, góp phần phát triển kinh tế - xã hội của địa phương.",
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành phối hợp chặt chẽ để thực hiện nhiệm vụ năm {year}.",
    "Nhiều ý kiến của người dân và doanh nghiệp về {topic} đã được tiếp nhận và trả lời công khai.",
    "Đại diện {agency} cho biết, thời gian tới sẽ đẩy mạnh ứng dụng công nghệ thông tin trong {topic}.",
    "Báo chí đã phản ánh kịp thời những vấn đề dư luận quan tâm, góp phần tạo đồng thuận xã hội.",
    "Kinh phí thực hiện đạt {number} tỷ đồng, tăng so với cùng kỳ năm trước.",
    "Hội nghị được tổ chức theo hình thức trực tuyến từ điểm cầu chính đến các điểm cầu xã, phường.",
    "Phát biểu kết luận, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh đánh giá cao tinh thần trách nhiệm của {agency}.",
]
# One document in RARE_EVERY gets one of these (the rare query is "ngập mặn").
RARE_EVERY = 400
RARE_SENTENCES = [
    "Diện tích rừng ngập mặn ven biển được bảo vệ và trồng mới trong năm {year}.",
    "Tỉnh triển khai dự án phục hồi hệ sinh thái ngập mặn tại các xã ven biển.",
]
SENTENCES_EN = [
    "Representatives of {agency} and journalists from central and local media attended.",
    "The spokesperson of {agency} answered questions from reporters.",
    "The province carried out several measures on {topic} in {year}.",
    "Agencies must give accurate and timely information to the press.",
    "Funding reached {number} billion dong, up on the previous year.",
    "The conference was held online from the main room to connection points in every commune.",
]

TRAINING_TITLES = [
    "Hội nghị tập huấn công tác thông tin đối ngoại năm {year}",
    "Tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí năm {year}",
    "Hội nghị trực tuyến tập huấn về {topic} năm {year}",
    "Bồi dưỡng nghiệp vụ {topic} cho cán bộ, công chức {period} năm {year}",
]
TRAINING_TITLES_EN = [
    "Training on external information work, {year}",
    "Spokesperson skills training, {year}",
    "Online training on {topic}, {year}",
]
TARGETS = [
    "Lãnh đạo và người phát ngôn của các sở, ban, ngành, Ủy ban nhân dân các xã, phường.",
    "Cán bộ, công chức phụ trách công tác thông tin đối ngoại và báo chí.",
    "Chánh văn phòng, cán bộ phụ trách cổng thông tin điện tử các cơ quan.",
]
VENUES = [
    "Hội trường Ủy ban nhân dân tỉnh",
    "Phòng họp trực tuyến Sở Văn hóa, Thể thao và Du lịch",
    "Trung tâm Hội nghị tỉnh",
    "Hội trường Trường Chính trị tỉnh",
]

FAMILY_NAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Huỳnh",
    "Hoàng",
    "Phan",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Thạch",
    "Lâm",
    "Dương",
    "Trương",
]
MIDDLE_NAMES = [
    "Văn",
    "Thị",
    "Minh",
    "Hoàng",
    "Thanh",
    "Ngọc",
    "Quốc",
    "Thị Thu",
    "Hữu",
    "Đức",
]
GIVEN_NAMES = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hải",
    "Hạnh",
    "Hùng",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Phong",
    "Phương",
    "Quang",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trung",
    "Tuấn",
    "Vinh",
    "Yến",
    "Sơ Phanh",
    "Sóc Kha",
]
POSITIONS = [
    ("Giám đốc Sở", "Director"),
    ("Phó Giám đốc Sở", "Deputy Director"),
    ("Chánh Văn phòng", "Chief of Office"),
    ("Chủ tịch Ủy ban nhân dân", "Chairperson of the People's Committee"),
    ("Phó Chủ tịch Ủy ban nhân dân", "Vice Chairperson of the People's Committee"),
    ("Trưởng phòng Thông tin", "Head of the Information Division"),
]
