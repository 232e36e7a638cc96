"""A demo-like corpus for the relevance tests: the province of “Phù Sa”.

Fifteen agencies of several kinds, about twenty-five spokespersons, forty press
releases, eight trainings and three promotion pages, dated over the last two
years. Titles are distinct, but many texts share the common words of a
provincial portal (họp báo, tỉnh, sở, năm, cán bộ, du lịch, số…), so that
ranking matters. Every person and place is invented.
"""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from tests import factories

DAY = datetime.timedelta(days=1)

KINDS = {
    "province": ("Ủy ban nhân dân tỉnh", 10),
    "department": ("Sở, ban, ngành", 20),
    "vertical": ("Cơ quan ngành dọc", 30),
    "commune": ("UBND xã, phường", 40),
    "service": ("Đơn vị sự nghiệp", 50),
}

# key: (name, short name, kind)
AGENCIES = {
    "ubnd": ("Ủy ban nhân dân tỉnh Phù Sa", "UBND tỉnh", "province"),
    "vp": ("Văn phòng Ủy ban nhân dân tỉnh", "VP UBND", "province"),
    "vhttdl": ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "department"),
    "yt": ("Sở Y tế", "SYT", "department"),
    "khcn": ("Sở Khoa học và Công nghệ", "SKHCN", "department"),
    "gddt": ("Sở Giáo dục và Đào tạo", "SGDĐT", "department"),
    "tc": ("Sở Tài chính", "STC", "department"),
    "nv": ("Sở Nội vụ", "SNV", "department"),
    "nnmt": ("Sở Nông nghiệp và Môi trường", "SNNMT", "department"),
    "ct": ("Sở Công Thương", "SCT", "department"),
    "ngv": ("Sở Ngoại vụ", "SNGV", "department"),
    "kcn": ("Ban Quản lý các khu công nghiệp tỉnh", "BQLKCN", "department"),
    "ca": ("Công an tỉnh Phù Sa", "CAT", "vertical"),
    "benlua": ("Ủy ban nhân dân phường Bến Lúa", "UBND P. Bến Lúa", "commune"),
    "contien": ("Ủy ban nhân dân xã Cồn Tiên", "UBND X. Cồn Tiên", "commune"),
    "ttxt": (
        "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh",
        "TTXT",
        "service",
    ),
}

ROLES = {
    "head": ("Người đứng đầu cơ quan hành chính nhà nước", False),
    "regular": ("Người phát ngôn thường xuyên", False),
    "specific": ("Người được giao phát ngôn về vấn đề cụ thể", True),
    "authorised": ("Người được ủy quyền phát ngôn", True),
}

# (full name, agency, role, position, scope, topics)
SPOKESPERSONS = [
    ("Trần Quốc Bảo", "ubnd", "head", "Chủ tịch Ủy ban nhân dân tỉnh", "", []),
    (
        "Lê Minh Khoa",
        "ubnd",
        "authorised",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Kinh tế, đầu tư, quy hoạch",
        ["đầu tư"],
    ),
    ("Nguyễn Thị Thanh Hương", "vp", "regular", "Chánh Văn phòng", "", []),
    ("Đặng Thu Hà", "vhttdl", "head", "Giám đốc Sở", "", []),
    (
        "Phạm Hoài Nam",
        "vhttdl",
        "regular",
        "Phó Giám đốc Sở",
        "",
        ["du lịch", "lễ hội"],
    ),
    ("Võ Thị Ngọc Lan", "yt", "head", "Giám đốc Sở", "", []),
    (
        "Huỳnh Văn Tài",
        "yt",
        "specific",
        "Phó Giám đốc Sở",
        "Phòng, chống dịch bệnh; tiêm chủng",
        ["y tế"],
    ),
    ("Đinh Quang Vinh", "yt", "regular", "Chánh Văn phòng Sở", "", []),
    ("Lâm Gia Huy", "khcn", "regular", "Phó Giám đốc Sở", "", ["chuyển đổi số"]),
    ("Bùi Văn Hải", "gddt", "head", "Giám đốc Sở", "", []),
    ("Trương Thị Mỹ Dung", "gddt", "regular", "Phó Giám đốc Sở", "", ["giáo dục"]),
    ("Phùng Thị Thanh Tâm", "tc", "head", "Giám đốc Sở", "", []),
    ("Phan Văn Lộc", "tc", "regular", "Phó Giám đốc Sở", "", ["ngân sách"]),
    ("Đỗ Thị Bích Ngọc", "nv", "regular", "Phó Giám đốc Sở", "", []),
    ("Lý Văn Sang", "nnmt", "head", "Giám đốc Sở", "", []),
    (
        "Hồ Thị Kim Thoa",
        "nnmt",
        "specific",
        "Phó Giám đốc Sở",
        "Đất đai, bồi thường, giải phóng mặt bằng",
        ["đất đai"],
    ),
    ("Ngô Đức Thắng", "ct", "regular", "Phó Giám đốc Sở", "", ["thương mại"]),
    ("Vương Thị Hà", "ct", "head", "Giám đốc Sở", "", []),
    ("Tô Thị Hồng Nhung", "ngv", "regular", "Phó Giám đốc Sở", "", ["đối ngoại"]),
    ("Mai Xuân Trường", "kcn", "regular", "Phó Trưởng ban", "", ["khu công nghiệp"]),
    ("Dương Văn Hùng", "ca", "regular", "Phó Giám đốc Công an tỉnh", "", []),
    (
        "Tạ Thị Thu Hằng",
        "ca",
        "authorised",
        "Trưởng phòng Tham mưu",
        "An ninh mạng, lừa đảo trực tuyến",
        [],
    ),
    ("Cao Thị Diễm", "benlua", "head", "Chủ tịch Ủy ban nhân dân phường", "", []),
    ("Châu Văn Phúc", "contien", "head", "Chủ tịch Ủy ban nhân dân xã", "", []),
    ("Kiều Minh Triết", "ttxt", "head", "Giám đốc Trung tâm", "", ["xúc tiến"]),
]

# (title, agency, days ago, lead, tags)
RELEASES = [
    (
        "Họp báo thường kỳ quý I của Ủy ban nhân dân tỉnh",
        "ubnd",
        690,
        "Ủy ban nhân dân tỉnh thông tin kết quả phát triển kinh tế – xã hội quý I "
        "và trả lời câu hỏi của phóng viên các cơ quan báo chí.",
        ["họp báo"],
    ),
    (
        "Họp báo thường kỳ quý II của Ủy ban nhân dân tỉnh",
        "ubnd",
        600,
        "Lãnh đạo tỉnh thông tin tình hình sáu tháng đầu năm, tiến độ giải ngân "
        "vốn đầu tư công và trả lời báo chí.",
        ["họp báo"],
    ),
    (
        "Họp báo thường kỳ quý III của Ủy ban nhân dân tỉnh",
        "ubnd",
        500,
        "Ủy ban nhân dân tỉnh họp báo về kinh tế – xã hội chín tháng, công tác "
        "phòng, chống thiên tai và chuyển đổi số.",
        ["họp báo"],
    ),
    (
        "Sở Văn hóa, Thể thao và Du lịch họp báo giới thiệu Lễ hội Nghinh Ông Cồn Tiên",
        "vhttdl",
        400,
        "Lễ hội diễn ra trong ba ngày tại xã Cồn Tiên với lễ rước, đua ghe và các "
        "hoạt động văn hóa dân gian của ngư dân ven biển.",
        ["lễ hội", "du lịch"],
    ),
    (
        "Khai mạc Tuần lễ Văn hóa – Du lịch Phù Sa",
        "vhttdl",
        380,
        "Tuần lễ giới thiệu ẩm thực, nghề truyền thống và các điểm du lịch sinh "
        "thái miệt vườn của tỉnh.",
        ["du lịch"],
    ),
    (
        "Du lịch Phù Sa đón hơn 2 triệu lượt khách trong sáu tháng đầu năm",
        "vhttdl",
        200,
        "Doanh thu du lịch tăng 18% so với cùng kỳ năm trước; khách quốc tế chủ "
        "yếu đến từ Hàn Quốc, Nhật Bản và Campuchia.",
        ["du lịch"],
    ),
    (
        "Phát động Tháng hành động vì an toàn thực phẩm",
        "yt",
        560,
        "Sở Y tế kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm và bếp ăn tập "
        "thể trên địa bàn tỉnh.",
        ["y tế"],
    ),
    (
        "Triển khai chiến dịch tiêm vắc xin sởi cho trẻ em",
        "yt",
        300,
        "Ngành y tế tổ chức tiêm chủng mở rộng cho trẻ từ 1 đến 5 tuổi tại tất cả "
        "các trạm y tế xã, phường.",
        ["y tế"],
    ),
    (
        "Kiểm soát dịch sốt xuất huyết tại các xã ven biển",
        "yt",
        90,
        "Số ca mắc giảm 30% nhờ chiến dịch diệt lăng quăng và phun hóa chất tại "
        "các ổ dịch.",
        ["y tế"],
    ),
    (
        "Bệnh viện Đa khoa tỉnh đưa vào vận hành bệnh án điện tử",
        "yt",
        45,
        "Người bệnh không còn phải mang hồ sơ giấy; đây là bước quan trọng trong "
        "chuyển đổi số ngành y tế.",
        ["y tế", "chuyển đổi số"],
    ),
    (
        "Kết quả kỳ thi tốt nghiệp trung học phổ thông của tỉnh",
        "gddt",
        520,
        "Tỷ lệ học sinh đỗ tốt nghiệp đạt 98,7%, tăng so với năm học trước.",
        ["giáo dục"],
    ),
    (
        "Phương án tuyển sinh vào lớp 10 các trường công lập",
        "gddt",
        150,
        "Sở Giáo dục và Đào tạo công bố chỉ tiêu, môn thi và lịch thi tuyển sinh "
        "năm học mới.",
        ["giáo dục"],
    ),
    (
        "Khai giảng năm học mới tại các trường học trên địa bàn tỉnh",
        "gddt",
        130,
        "Hơn 300 nghìn học sinh các cấp bước vào năm học mới; tỉnh hoàn thành "
        "chương trình kiên cố hóa trường lớp.",
        ["giáo dục"],
    ),
    (
        "Tỉnh Phù Sa ra mắt ứng dụng công dân số Phù Sa Số",
        "khcn",
        250,
        "Người dân tra cứu hồ sơ, nộp phí và phản ánh hiện trường trên một ứng "
        "dụng duy nhất.",
        ["chuyển đổi số"],
    ),
    (
        "Chuyển đổi số trong cơ quan nhà nước: 95% hồ sơ trực tuyến toàn trình",
        "khcn",
        60,
        "Sở Khoa học và Công nghệ báo cáo kết quả chuyển đổi số của các sở, ngành "
        "và xã, phường trong năm.",
        ["chuyển đổi số"],
    ),
    (
        "Hội thảo ứng dụng trí tuệ nhân tạo trong nông nghiệp",
        "khcn",
        20,
        "Các nhà khoa học và doanh nghiệp trao đổi về dự báo sâu bệnh, quản lý "
        "nước và truy xuất nguồn gốc nông sản.",
        [],
    ),
    (
        "Công bố chỉ số năng lực cạnh tranh cấp tỉnh",
        "vp",
        480,
        "Tỉnh tăng 7 bậc trên bảng xếp hạng PCI nhờ cải cách thủ tục hành chính "
        "và hỗ trợ doanh nghiệp.",
        ["đầu tư"],
    ),
    (
        "Dự toán ngân sách nhà nước năm tới của tỉnh",
        "tc",
        40,
        "Tổng thu ngân sách dự kiến tăng 8%, ưu tiên chi cho giáo dục, y tế và "
        "hạ tầng giao thông.",
        ["ngân sách"],
    ),
    (
        "Công khai quyết toán ngân sách địa phương",
        "tc",
        420,
        "Sở Tài chính công bố số liệu quyết toán thu, chi ngân sách của tỉnh và "
        "các xã, phường.",
        ["ngân sách"],
    ),
    (
        "Bán đấu giá quyền sử dụng đất tại xã Mỹ Lộc",
        "tc",
        110,
        "Ba khu đất được đưa ra đấu giá công khai, giá khởi điểm theo bảng giá "
        "đất hiện hành.",
        ["đất đai"],
    ),
    (
        "Sắp xếp đơn vị hành chính cấp xã: tỉnh còn 52 xã, phường",
        "nv",
        460,
        "Sở Nội vụ công bố phương án sắp xếp và bố trí cán bộ, công chức sau khi "
        "chính quyền địa phương hai cấp đi vào hoạt động.",
        [],
    ),
    (
        "Kết quả thi tuyển công chức các cơ quan hành chính",
        "nv",
        170,
        "Có 214 thí sinh trúng tuyển vào các sở, ngành và Ủy ban nhân dân xã, phường.",
        [],
    ),
    (
        "Bảng giá đất mới áp dụng từ ngày 1 tháng 1",
        "nnmt",
        330,
        "Giá đất ở tại các phường trung tâm tăng bình quân 15%; giá đất nông "
        "nghiệp giữ ổn định.",
        ["đất đai"],
    ),
    (
        "Thu hồi đất thực hiện dự án đường ven biển Phù Sa",
        "nnmt",
        230,
        "Hơn 400 hộ dân được bồi thường, hỗ trợ tái định cư theo quy định của "
        "Luật Đất đai.",
        ["đất đai"],
    ),
    (
        "Cảnh báo xâm nhập mặn mùa khô",
        "nnmt",
        270,
        "Độ mặn trên các cửa sông vượt 4‰, nông dân được khuyến cáo trữ nước ngọt "
        "và lùi lịch xuống giống.",
        ["thiên tai"],
    ),
    (
        "Ứng phó bão số 5: sơ tán hơn 3.000 hộ dân vùng ven biển",
        "ubnd",
        180,
        "Ủy ban nhân dân tỉnh yêu cầu các xã ven biển cấm biển, gia cố nhà cửa và "
        "bảo đảm an toàn cho người dân.",
        ["thiên tai"],
    ),
    (
        "Khắc phục hậu quả sạt lở bờ sông tại phường Bến Lúa",
        "benlua",
        160,
        "Phường Bến Lúa di dời 35 hộ dân khỏi vùng nguy hiểm và đề nghị tỉnh hỗ "
        "trợ kinh phí kè chống sạt lở.",
        ["thiên tai"],
    ),
    (
        "Xuất khẩu gạo tăng trưởng mạnh trong năm",
        "ct",
        380,
        "Kim ngạch xuất khẩu gạo của tỉnh đạt 650 triệu USD, thị trường chính là "
        "Philippines và châu Phi.",
        ["thương mại"],
    ),
    (
        "Hội nghị bàn giải pháp tiêu thụ lúa gạo vụ Đông Xuân",
        "ct",
        210,
        "Sở Công Thương kết nối doanh nghiệp thu mua với hợp tác xã để ổn định "
        "giá lúa cho nông dân.",
        ["thương mại"],
    ),
    (
        "Đón đoàn doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư",
        "ngv",
        140,
        "Đoàn gồm 30 doanh nghiệp trong lĩnh vực chế biến nông sản và năng lượng "
        "tái tạo làm việc với lãnh đạo tỉnh.",
        ["đầu tư", "đối ngoại"],
    ),
    (
        "Trao giấy chứng nhận đầu tư nhà máy điện gió ngoài khơi",
        "kcn",
        100,
        "Dự án có công suất 300 MW, tổng vốn đầu tư hơn 12 nghìn tỷ đồng.",
        ["đầu tư"],
    ),
    (
        "Khởi công khu công nghiệp Long Châu mở rộng",
        "kcn",
        30,
        "Khu công nghiệp mở rộng thêm 250 ha, dự kiến thu hút các dự án chế biến "
        "và logistics.",
        ["đầu tư"],
    ),
    (
        "Hội nghị xúc tiến đầu tư tỉnh Phù Sa tại Thành phố Hồ Chí Minh",
        "ttxt",
        70,
        "Tỉnh giới thiệu quỹ đất sạch, ưu đãi đầu tư và trao chủ trương đầu tư "
        "cho 12 dự án.",
        ["đầu tư"],
    ),
    (
        "Phù Sa tham gia Hội chợ Du lịch quốc tế tại Hà Nội",
        "ttxt",
        260,
        "Gian hàng của tỉnh giới thiệu các tour miệt vườn, biển đảo và lễ hội "
        "truyền thống.",
        ["du lịch"],
    ),
    (
        "Bảo đảm an ninh trật tự dịp Tết Nguyên đán",
        "ca",
        350,
        "Công an tỉnh tăng cường tuần tra, kiểm soát giao thông và phòng, chống "
        "pháo nổ.",
        [],
    ),
    (
        "Cảnh báo thủ đoạn lừa đảo qua mạng giả danh cơ quan công an",
        "ca",
        15,
        "Người dân không cung cấp mã OTP, không chuyển tiền theo yêu cầu qua điện "
        "thoại hay mạng xã hội.",
        [],
    ),
    (
        "Phường Bến Lúa ra mắt mô hình chính quyền số",
        "benlua",
        80,
        "Mô hình là một phần của kế hoạch chuyển đổi số cấp xã, phường của tỉnh.",
        ["chuyển đổi số"],
    ),
    (
        "Xã Cồn Tiên đón nhận danh hiệu xã nông thôn mới nâng cao",
        "contien",
        240,
        "Thu nhập bình quân đầu người của xã đạt 72 triệu đồng mỗi năm.",
        [],
    ),
    (
        "Thông báo lịch tiếp công dân của Chủ tịch Ủy ban nhân dân tỉnh",
        "vp",
        10,
        "Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân định kỳ vào ngày 15 hằng "
        "tháng tại Trụ sở tiếp công dân tỉnh.",
        [],
    ),
    (
        "Đính chính thông tin về giá vé tham quan khu du lịch Cồn Tiên",
        "vhttdl",
        5,
        "Giá vé đúng là 30.000 đồng cho người lớn, không phải 50.000 đồng như một "
        "số báo đã đăng.",
        ["du lịch"],
    ),
    (
        "Giải Marathon Phù Sa mở rộng thu hút 5.000 vận động viên",
        "vhttdl",
        190,
        "Giải chạy qua các tuyến đường ven sông và cầu Bến Lúa, có vận động viên "
        "của 20 quốc gia tham gia.",
        ["thể thao"],
    ),
    (
        "Họp báo công bố Nghị quyết kỳ họp thứ 12 Hội đồng nhân dân tỉnh",
        "vp",
        25,
        "Hội đồng nhân dân tỉnh thông qua 18 nghị quyết về đầu tư công, giá đất "
        "và chính sách hỗ trợ cán bộ.",
        ["họp báo"],
    ),
]

BODY = (
    "<p>Thông tin chi tiết đề nghị các cơ quan báo chí liên hệ người phát ngôn "
    "của sở, ngành hoặc Văn phòng Ủy ban nhân dân tỉnh. Thông cáo này được đăng "
    "trên Cổng thông tin điện tử tỉnh.</p>"
)

# (title, organiser, days from now, lead, target participants)
TRAININGS = [
    (
        "Hội nghị tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
        "vhttdl",
        -200,
        "Hội nghị trực tuyến từ điểm cầu chính của tỉnh đến các xã, phường về "
        "Nghị định 09/2017/NĐ-CP.",
        "Người phát ngôn của các sở, ngành và Ủy ban nhân dân xã, phường",
    ),
    (
        "Tập huấn công tác thông tin đối ngoại cho cán bộ cấp xã",
        "ngv",
        20,
        "Nội dung gồm quảng bá hình ảnh tỉnh ra nước ngoài và xử lý thông tin "
        "sai lệch về chủ quyền.",
        "Cán bộ, công chức phụ trách văn hóa – xã hội các xã, phường",
    ),
    (
        "Đào tạo kỹ năng xử lý khủng hoảng truyền thông trên mạng xã hội",
        "vhttdl",
        35,
        "Học viên thực hành soạn thông cáo và trả lời phỏng vấn trong tình huống "
        "khủng hoảng.",
        "Lãnh đạo và người phát ngôn các sở",
    ),
    (
        "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã",
        "khcn",
        -60,
        "Khóa học giúp cán bộ sử dụng chữ ký số và dịch vụ công trực tuyến, phục "
        "vụ chuyển đổi số.",
        "Cán bộ một cửa các xã, phường",
    ),
    (
        "Bồi dưỡng nghiệp vụ sơ cấp cứu cho nhân viên y tế cơ sở",
        "yt",
        -320,
        "Thực hành cấp cứu ngừng tuần hoàn, xử trí đuối nước và tai nạn giao thông.",
        "Nhân viên trạm y tế xã, phường",
    ),
    (
        "Tập huấn phòng, chống thiên tai và tìm kiếm cứu nạn",
        "nnmt",
        -150,
        "Diễn tập sơ tán dân vùng ven biển khi có bão mạnh và triều cường.",
        "Ban chỉ huy phòng, chống thiên tai các xã ven biển",
    ),
    (
        "Tập huấn kỹ năng quảng bá du lịch bằng tiếng Anh",
        "ttxt",
        -90,
        "Hướng dẫn viên và doanh nghiệp lữ hành luyện giới thiệu điểm đến cho "
        "khách quốc tế.",
        "Doanh nghiệp du lịch và hướng dẫn viên",
    ),
    (
        "Tập huấn nghiệp vụ tiếp công dân và giải quyết khiếu nại",
        "vp",
        -400,
        "Quy trình tiếp công dân, phân loại đơn và trả lời khiếu nại đúng hạn.",
        "Cán bộ tiếp công dân của các sở và xã, phường",
    ),
]

# (title, slug, introduction, section)
PROMOTIONS = [
    (
        "Đầu tư vào Phù Sa",
        "dau-tu",
        "Cảng biển nước sâu, ba khu công nghiệp và chính sách ưu đãi dành cho nhà "
        "đầu tư trong và ngoài nước.",
        "Tỉnh hỗ trợ nhà đầu tư từ khâu tìm hiểu đến khi dự án đi vào hoạt động.",
    ),
    (
        "Du lịch Phù Sa: miệt vườn, biển và lễ hội",
        "du-lich",
        "Vườn trái cây, rừng ngập mặn, bãi biển Cồn Tiên và các lễ hội của người "
        "Kinh, Khmer, Hoa.",
        "Mùa đẹp nhất để đến Phù Sa là từ tháng 12 đến tháng 4 năm sau.",
    ),
    (
        "Văn hóa và con người Phù Sa",
        "van-hoa",
        "Vùng đất ba dân tộc cùng chung sống với chùa Khmer, đình làng và nghệ "
        "thuật đờn ca tài tử.",
        "Người Phù Sa hiếu khách, cần cù và gắn bó với sông nước.",
    ),
]


def build_corpus():
    """Create the corpus; return the home page and the rows by kind."""
    now = timezone.now()
    home = factories.build_site()
    release_index = factories.make_release_index(home)
    training_index = factories.make_training_index(home)
    kinds = {
        key: factories.make_kind(name, sort_order)
        for key, (name, sort_order) in KINDS.items()
    }
    agencies = {
        key: factories.make_agency(name, kinds[kind], short_name=short_name)
        for key, (name, short_name, kind) in AGENCIES.items()
    }
    roles = {
        key: factories.make_role(name, requires_scope=requires, sort_order=number)
        for number, (key, (name, requires)) in enumerate(ROLES.items())
    }
    people = []
    for name, agency, role, position, scope, topics in SPOKESPERSONS:
        person = factories.make_spokesperson(
            agencies[agency],
            roles[role],
            full_name=name,
            position=position,
            scope=scope,
        )
        if topics:
            person.topics.add(*topics)
            person.save_revision().publish()
        people.append(person)
    releases = []
    for title, agency, days_ago, lead, tags in RELEASES:
        release = factories.make_release(
            release_index,
            agencies[agency],
            title=title,
            lead=lead,
            body=[("paragraph", RichText(BODY))],
            released_at=now - days_ago * DAY,
        )
        if tags:
            release.tags.add(*tags)
            release.save_revision().publish()
        releases.append(release)
    trainings = [
        factories.make_training(
            training_index,
            agencies[organiser],
            starts_at=now + days * DAY,
            title=title,
            lead=lead,
            target_participants=participants,
        )
        for title, organiser, days, lead, participants in TRAININGS
    ]
    promotions = [
        factories.make_promotion(
            home,
            title=title,
            slug=slug,
            introduction=introduction,
            sections=[("paragraph", RichText(f"<p>{section}</p>"))],
        )
        for title, slug, introduction, section in PROMOTIONS
    ]
    return {
        "home": home,
        "agencies": agencies,
        "spokespersons": people,
        "releases": releases,
        "trainings": trainings,
        "promotions": promotions,
    }
