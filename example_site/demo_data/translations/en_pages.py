"""English texts of the pages: home, sections, promotion, releases, trainings.

Slugs are translated too, so that English addresses read /en/press-releases/….
Names of agencies, addresses and positions used on pages are in
``en_registers.py`` (a string has one translation wherever it appears).
"""

HOME_AND_SECTIONS = {
    "Cổng thông tin điện tử tỉnh Phù Sa": "Phù Sa Provincial Web Portal",
    "trang-chu": "home",
    "Thông tin chính thức của Ủy ban nhân dân tỉnh Phù Sa dành cho báo chí, nhà "
    "đầu tư và du khách: thông cáo báo chí, danh sách người phát ngôn của các cơ "
    "quan, lịch tập huấn và giới thiệu tiềm năng của tỉnh.": (
        "Official information from Phù Sa Provincial People's Committee for the "
        "press, investors and visitors: press releases, the spokespersons of each "
        "agency, training announcements and an introduction to the province's "
        "potential."
    ),
    "Thông cáo báo chí": "Press releases",
    "thong-cao-bao-chi": "press-releases",
    "Thông cáo báo chí của Ủy ban nhân dân tỉnh và các sở, ban, ngành, UBND các "
    "xã, phường. Lọc theo cơ quan, năm hoặc chủ đề.": (
        "Press releases of the Provincial People's Committee, its departments, "
        "boards and sectors, and the People's Committees of communes and wards. "
        "Filter by agency, year or topic."
    ),
    "Người phát ngôn": "Spokespersons",
    "nguoi-phat-ngon": "spokespersons",
    "Danh sách người phát ngôn và cung cấp thông tin cho báo chí của các cơ quan "
    "hành chính nhà nước trên địa bàn tỉnh, theo Nghị định 09/2017/NĐ-CP. Thông "
    "tin được cập nhật khi có quyết định giao nhiệm vụ mới.": (
        "The spokespersons and officials who provide information to the press for "
        "the state administrative agencies in the province, under Decree "
        "09/2017/NĐ-CP. The list is updated whenever a new appointment decision is "
        "issued."
    ),
    "Tập huấn": "Training",
    "tap-huan": "training",
    "Hội nghị, lớp tập huấn về thông tin đối ngoại, kỹ năng phát ngôn và cung cấp "
    "thông tin cho báo chí dành cho cán bộ các cơ quan, địa phương.": (
        "Conferences and training courses on external information, spokesperson "
        "skills and providing information to the press, for officials of agencies "
        "and localities."
    ),
}

PROMOTION = {
    # The hub
    "Giới thiệu tỉnh Phù Sa": "About Phù Sa Province",
    "gioi-thieu-tinh-phu-sa": "about-phu-sa",
    "Phù Sa là tỉnh ven biển ở hạ lưu sông Cửu Long, nơi ba dân tộc Kinh, Khmer và "
    "Hoa cùng sinh sống, với nền nông nghiệp trù phú, cảng biển nước sâu và bờ "
    "biển dài 72 km.": (
        "Phù Sa is a coastal province on the lower reaches of the Mekong River, home "
        "to three ethnic communities, the Kinh, the Khmer and the Hoa, with rich "
        "farmland, a deep-water seaport and a 72 km coastline."
    ),
    "Vị trí địa lý": "Location",
    "Tỉnh nằm giữa hai nhánh sông lớn đổ ra biển, cách Thành phố Hồ Chí Minh khoảng "
    "180 km theo đường cao tốc. Phía đông giáp biển, có cửa sông Bãi Bồi thuận lợi "
    "cho tàu trọng tải lớn.": (
        "The province lies between two large branches of the river as they flow "
        "into the sea, about 180 km from Ho Chi Minh City by expressway. To the "
        "east it faces the sea, where the Bãi Bồi estuary can take large vessels."
    ),
    "Chính quyền địa phương hai cấp": "Two-tier local government",
    "Từ ngày 01/7/2025, tỉnh tổ chức chính quyền địa phương hai cấp gồm cấp tỉnh "
    "và 50 xã, phường. Trung tâm hành chính đặt tại phường Phù Sa.": (
        "Since 1 July 2025 the province has had two tiers of local government: the "
        "province and its 50 communes and wards. The administrative centre is in "
        "Phù Sa Ward."
    ),
    "Diện tích tự nhiên": "Total area",
    "km²": "km²",
    "Dân số": "Population",
    "người": "people",
    "Tăng trưởng GRDP": "GRDP growth",
    "Đơn vị hành chính cấp xã": "Commune-level administrative units",
    "xã, phường": "communes and wards",
    "Khu công nghiệp": "Industrial zones",
    "khu": "zones",
    "Khách du lịch": "Tourist arrivals",
    "triệu lượt": "million",
    "Tờ gấp giới thiệu tỉnh (PDF)": "Province brochure (PDF)",
    # Investment
    "Đầu tư": "Investment",
    "dau-tu": "investment",
    "Năm khu công nghiệp với hạ tầng sẵn sàng, cảng biển nước sâu Bãi Bồi và thủ "
    "tục đầu tư được giải quyết tại một đầu mối.": (
        "Five industrial zones with ready infrastructure, the Bãi Bồi deep-water "
        "seaport, and investment procedures handled at a single point of contact."
    ),
    "Lĩnh vực ưu tiên": "Priority sectors",
    "Chế biến nông sản, thủy sản xuất khẩu": (
        "Processing of agricultural and aquatic products for export"
    ),
    "Năng lượng tái tạo: điện gió gần bờ, điện mặt trời mái nhà": (
        "Renewable energy: nearshore wind power and rooftop solar power"
    ),
    "Logistics gắn với cảng Bãi Bồi": "Logistics linked to Bãi Bồi port",
    "Du lịch sinh thái sông nước": "River eco-tourism",
    "Hỗ trợ nhà đầu tư": "Support for investors",
    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tiếp nhận yêu cầu bằng tiếng "
    "Việt, tiếng Anh và tiếng Trung, giới thiệu địa điểm và đồng hành cùng nhà đầu "
    "tư trong suốt quá trình làm thủ tục.": (
        "The Investment, Trade and Tourism Promotion Centre takes enquiries in "
        "Vietnamese, English and Chinese, proposes sites and accompanies investors "
        "through every step of the procedures."
    ),
    "Diện tích đất khu công nghiệp": "Industrial zone land",
    "ha": "ha",
    "Tỷ lệ lấp đầy": "Occupancy rate",
    "Dự án FDI còn hiệu lực": "FDI projects in force",
    "dự án": "projects",
    "Vốn FDI đăng ký": "Registered FDI capital",
    "tỷ USD": "billion USD",
    # Tourism
    "Du lịch": "Tourism",
    "du-lich": "tourism",
    "Chợ nổi họp từ tinh mơ, vườn trái cây trên cồn, rừng ngập mặn ven biển và mùa "
    "lễ hội của ba dân tộc.": (
        "Floating markets that open before dawn, fruit orchards on river islands, "
        "coastal mangrove forests and the festival seasons of three ethnic "
        "communities."
    ),
    "Điểm đến tiêu biểu": "Highlights",
    "<b>Chợ nổi Vàm Lục</b> họp từ 4 giờ sáng trên ngã ba sông. <b>Cồn Tiên</b> có "
    "hơn 600 ha vườn cây ăn trái, homestay và làng nghề đan lục bình. <b>Rừng ngập "
    "mặn Bãi Bồi</b> là nơi trú ngụ của nhiều loài chim nước.": (
        "<b>Vàm Lục floating market</b> opens at 4 a.m. at a river junction. "
        "<b>Cồn Tiên</b> island has more than 600 ha of fruit orchards, homestays "
        "and water hyacinth weaving villages. <b>Bãi Bồi mangrove forest</b> is "
        "home to many species of waterbirds."
    ),
    "Chợ nổi Vàm Lục lúc bình minh (ảnh minh họa).": (
        "Vàm Lục floating market at dawn (illustration)."
    ),
    "Khách quốc tế": "International arrivals",
    "lượt": "arrivals",
    "Doanh thu du lịch": "Tourism revenue",
    "tỷ đồng": "billion VND",
    "Cơ sở lưu trú": "Accommodation establishments",
    "cơ sở": "establishments",
    # Culture
    "Văn hóa": "Culture",
    "van-hoa": "culture",
    "Văn hóa Kinh, Khmer, Hoa đan xen trong lễ hội, kiến trúc chùa chiền, ẩm thực "
    "và nghệ thuật đờn ca tài tử.": (
        "Kinh, Khmer and Hoa cultures intertwine in festivals, pagoda architecture, "
        "cuisine and the art of đờn ca tài tử, the traditional music of southern "
        "Viet Nam."
    ),
    "Lễ hội": "Festivals",
    "Lễ hội Nghinh Ông Bãi Bồi của ngư dân ven biển, lễ hội Oóc Om Bóc – đua ghe "
    "ngo của đồng bào Khmer ở Giồng Lúa và Lễ hội Trái cây Cồn Tiên thu hút hàng "
    "chục nghìn lượt khách mỗi năm.": (
        "The Nghinh Ông (Whale Worship) Festival of the Bãi Bồi fishing "
        "communities, the Oóc Om Bóc festival and ngo boat races of the Khmer people "
        "in Giồng Lúa, and the Cồn Tiên Fruit Festival draw tens of thousands of "
        "visitors every year."
    ),
    "Giữ gìn bản sắc của từng dân tộc là cách tốt nhất để giới thiệu Phù Sa với "
    "bạn bè quốc tế.": (
        "Preserving the identity of each ethnic community is the best way to "
        "introduce Phù Sa to our friends around the world."
    ),
    "Võ Thị Ngọc Lan, Giám đốc Sở Văn hóa, Thể thao và Du lịch": (
        "Võ Thị Ngọc Lan, Director of the Department of Culture, Sports and Tourism"
    ),
    "Di tích cấp quốc gia": "National heritage sites",
    "di tích": "sites",
    "Lễ hội truyền thống": "Traditional festivals",
    "lễ hội": "festivals",
    "Chùa Khmer": "Khmer pagodas",
    "ngôi chùa": "pagodas",
}

PAGES = {**HOME_AND_SECTIONS, **PROMOTION}
