"""English texts of the registers: agency kinds, spokesperson roles, agencies and
the positions and scopes of the spokespersons.

Official names follow Circular 03/2009/TT-BNG: Sở → Department, Ủy ban nhân
dân tỉnh → Provincial People's Committee, Giám đốc Sở → Director, Phó Giám
đốc Sở → Deputy Director, Chánh Văn phòng → Chief of Office, Trưởng phòng →
Head of Division. Place names keep their Vietnamese spelling.
"""

KINDS_AND_ROLES = {
    # Agency kinds
    "Ủy ban nhân dân tỉnh": "Provincial People's Committee",
    "Ủy ban nhân dân tỉnh và Văn phòng giúp việc.": (
        "The Provincial People's Committee and its Office."
    ),
    "Sở, ban, ngành": "Departments, boards and sectors",
    "Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.": (
        "The specialised agencies of the Provincial People's Committee."
    ),
    "Cơ quan ngành dọc": "Central agencies in the province",
    "Cơ quan của bộ, ngành Trung ương đóng trên địa bàn tỉnh.": (
        "Agencies of central ministries and sectors based in the province."
    ),
    "UBND xã, phường": "Commune and ward People's Committees",
    "Ủy ban nhân dân các xã, phường (chính quyền địa phương hai cấp từ ngày "
    "01/7/2025).": (
        "The People's Committees of communes and wards (two-tier local government "
        "since 1 July 2025)."
    ),
    "Đơn vị sự nghiệp": "Public service units",
    "Đơn vị sự nghiệp công lập trực thuộc tỉnh hoặc các sở.": (
        "Public service units under the province or its departments."
    ),
    # Spokesperson roles (Decree 09/2017/NĐ-CP)
    "Người đứng đầu cơ quan hành chính nhà nước": (
        "Head of the state administrative agency"
    ),
    "Người đứng đầu cơ quan hành chính nhà nước có trách nhiệm phát ngôn và cung "
    "cấp thông tin cho báo chí (Điều 2, Nghị định 09/2017/NĐ-CP).": (
        "The head of a state administrative agency is responsible for speaking and "
        "providing information to the press (Article 2, Decree 09/2017/NĐ-CP)."
    ),
    "Người phát ngôn thường xuyên": "Regular spokesperson",
    "Người được người đứng đầu giao nhiệm vụ phát ngôn thường xuyên; tên, chức vụ, "
    "số điện thoại và email được công bố trên cổng thông tin và thông báo bằng văn "
    "bản cho cơ quan quản lý báo chí.": (
        "A person assigned by the head of the agency to speak to the press "
        "regularly; their name, position, telephone number and email are published "
        "on the portal and notified in writing to the press management authority."
    ),
    "Người được giao phát ngôn về vấn đề cụ thể": "Spokesperson for specific issues",
    "Người đứng đầu cơ quan, đơn vị thuộc, trực thuộc được giao phát ngôn về một "
    "vấn đề cụ thể trong phạm vi ghi trong văn bản giao nhiệm vụ.": (
        "The head of a unit of the agency, or of a unit attached to it, assigned to "
        "speak on a specific issue within the scope set out in the assignment "
        "document."
    ),
    "Người được ủy quyền phát ngôn": "Person authorised to speak",
    "Cấp phó được người đứng đầu ủy quyền phát ngôn trong trường hợp cần thiết; "
    "việc ủy quyền được thể hiện bằng văn bản.": (
        "A deputy authorised by the head of the agency to speak to the press when "
        "necessary; the authorisation is given in writing."
    ),
}

AGENCIES = {
    # Provincial People's Committee and its Office
    "Ủy ban nhân dân tỉnh Phù Sa": "Phù Sa Provincial People's Committee",
    "UBND tỉnh": "PPC",
    "Cơ quan hành chính nhà nước ở địa phương, chấp hành nghị quyết của Hội đồng "
    "nhân dân tỉnh; chỉ đạo các sở, ngành và Ủy ban nhân dân các xã, phường.": (
        "The local state administrative body: it implements the resolutions of the "
        "Provincial People's Council and directs the departments, sectors and the "
        "People's Committees of communes and wards."
    ),
    "Văn phòng Ủy ban nhân dân tỉnh Phù Sa": (
        "Office of Phù Sa Provincial People's Committee"
    ),
    "VP UBND tỉnh": "PPC Office",
    "Tham mưu, tổng hợp, giúp Ủy ban nhân dân tỉnh tổ chức các hoạt động chung; "
    "đầu mối cung cấp thông tin định kỳ và tổ chức họp báo của tỉnh.": (
        "Advises and assists the Provincial People's Committee and organises its "
        "general activities; the province's focal point for regular information to "
        "the press and for press conferences."
    ),
    # Departments and boards
    "Sở Văn hóa, Thể thao và Du lịch": "Department of Culture, Sports and Tourism",
    "SVHTTDL": "DCST",
    "Quản lý nhà nước về văn hóa, gia đình, thể dục thể thao, du lịch; từ năm 2025 "
    "đảm nhận thêm báo chí, xuất bản, thông tin cơ sở và thông tin đối ngoại.": (
        "State management of culture, family affairs, physical training and sports, "
        "and tourism; since 2025 also of the press, publishing, grassroots "
        "information and external information."
    ),
    "Sở Khoa học và Công nghệ": "Department of Science and Technology",
    "SKHCN": "DOST",
    "Quản lý nhà nước về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, bưu "
    "chính và viễn thông (tiếp nhận từ Sở Thông tin và Truyền thông).": (
        "State management of science, technology, innovation, digital "
        "transformation, postal services and telecommunications (taken over from "
        "the Department of Information and Communications)."
    ),
    "Sở Thông tin và Truyền thông": "Department of Information and Communications",
    "STTTT": "DIC",
    "Đã hợp nhất vào Sở Khoa học và Công nghệ từ ngày 01/3/2025; chức năng quản lý "
    "báo chí, xuất bản chuyển sang Sở Văn hóa, Thể thao và Du lịch.": (
        "Merged into the Department of Science and Technology on 1 March 2025; its "
        "management of the press and publishing passed to the Department of "
        "Culture, Sports and Tourism."
    ),
    "Sở Tài chính": "Department of Finance",
    "STC": "DOF",
    "Quản lý nhà nước về tài chính, ngân sách, kế hoạch và đầu tư, đầu mối tiếp "
    "nhận hồ sơ dự án đầu tư ngoài khu công nghiệp.": (
        "State management of finance, the budget, planning and investment; the focal "
        "point for applications for investment projects outside industrial zones."
    ),
    "Sở Y tế": "Department of Health",
    "SYT": "DOH",
    "Quản lý nhà nước về y tế, khám bệnh, chữa bệnh, y tế dự phòng và dược.": (
        "State management of health care, medical examination and treatment, "
        "preventive medicine and pharmaceuticals."
    ),
    "Sở Giáo dục và Đào tạo": "Department of Education and Training",
    "SGDĐT": "DOET",
    "Quản lý nhà nước về giáo dục mầm non, phổ thông, thường xuyên và đào tạo.": (
        "State management of preschool, general and continuing education and of "
        "training."
    ),
    "Sở Nông nghiệp và Môi trường": "Department of Agriculture and Environment",
    "SNNMT": "DAE",
    "Quản lý nhà nước về nông nghiệp, thủy sản, thủy lợi, phòng chống thiên tai, "
    "đất đai, tài nguyên nước và môi trường.": (
        "State management of agriculture, fisheries, irrigation, natural disaster "
        "prevention and control, land, water resources and the environment."
    ),
    "Sở Công Thương": "Department of Industry and Trade",
    "SCT": "DOIT",
    "Quản lý nhà nước về công nghiệp, thương mại, năng lượng và xuất nhập khẩu.": (
        "State management of industry, trade, energy, exports and imports."
    ),
    "Sở Ngoại vụ": "Department of Foreign Affairs",
    "SNgV": "DOFA",
    "Quản lý nhà nước về công tác đối ngoại, hợp tác quốc tế của tỉnh; phối hợp "
    "thông tin đối ngoại và tiếp phóng viên nước ngoài.": (
        "State management of the province's external relations and international "
        "cooperation; coordinates external information and receives foreign "
        "journalists."
    ),
    "Ban Quản lý các khu công nghiệp tỉnh Phù Sa": "Phù Sa Industrial Zones Authority",
    "BQLKCN": "IZA",
    "Quản lý các khu công nghiệp, hỗ trợ nhà đầu tư trong khu công nghiệp.": (
        "Manages the industrial zones and supports the investors in them."
    ),
    # Agencies of central ministries
    "Công an tỉnh Phù Sa": "Phù Sa Provincial Police",
    "CA tỉnh": "Provincial Police",
    "Bảo đảm an ninh quốc gia, trật tự, an toàn xã hội trên địa bàn tỉnh.": (
        "Safeguards national security, public order and social safety in the province."
    ),
    "Thuế tỉnh Phù Sa": "Phù Sa Provincial Tax Office",
    "Thuế tỉnh": "Provincial Tax Office",
    "Quản lý thuế trên địa bàn tỉnh, trực thuộc Cục Thuế.": (
        "Administers taxes in the province; part of the Tax Department."
    ),
    # Public service units
    "Báo và Phát thanh, Truyền hình Phù Sa": "Phù Sa Newspaper and Radio-Television",
    "Báo và PT-TH Phù Sa": "Phù Sa Newspaper and Radio-TV",
    "Cơ quan báo chí của tỉnh: báo in, báo điện tử, phát thanh và truyền hình.": (
        "The province's press agency: print and online newspaper, radio and television."
    ),
    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Phù Sa": (
        "Phù Sa Investment, Trade and Tourism Promotion Centre"
    ),
    "TTXT": "ITPC",
    "Xúc tiến đầu tư, thương mại và du lịch; hỗ trợ nhà đầu tư tìm hiểu tỉnh.": (
        "Promotes investment, trade and tourism, and helps investors learn about the "
        "province."
    ),
    "Trung tâm Công nghệ thông tin và Truyền thông": (
        "Information and Communications Technology Centre"
    ),
    "TT CNTT-TT": "ICT Centre",
    "Vận hành hệ thống hội nghị trực tuyến, cổng thông tin và hạ tầng số của tỉnh.": (
        "Operates the province's online conference system, web portal and digital "
        "infrastructure."
    ),
    # Commune and ward People's Committees
    "Ủy ban nhân dân phường Phù Sa": "Phù Sa Ward People's Committee",
    "UBND P. Phù Sa": "Phù Sa Ward PC",
    "Ủy ban nhân dân phường Bến Lúa": "Bến Lúa Ward People's Committee",
    "UBND P. Bến Lúa": "Bến Lúa Ward PC",
    "Ủy ban nhân dân phường Rạch Sen": "Rạch Sen Ward People's Committee",
    "UBND P. Rạch Sen": "Rạch Sen Ward PC",
    "Ủy ban nhân dân phường Long Châu": "Long Châu Ward People's Committee",
    "UBND P. Long Châu": "Long Châu Ward PC",
    "Ủy ban nhân dân xã Cồn Tiên": "Cồn Tiên Commune People's Committee",
    "UBND xã Cồn Tiên": "Cồn Tiên Commune PC",
    "Ủy ban nhân dân xã Vàm Lục": "Vàm Lục Commune People's Committee",
    "UBND xã Vàm Lục": "Vàm Lục Commune PC",
    "Ủy ban nhân dân xã Tân Phù": "Tân Phù Commune People's Committee",
    "UBND xã Tân Phù": "Tân Phù Commune PC",
    "Ủy ban nhân dân xã Mỹ Lộc": "Mỹ Lộc Commune People's Committee",
    "UBND xã Mỹ Lộc": "Mỹ Lộc Commune PC",
    "Ủy ban nhân dân xã Hòa Đông": "Hòa Đông Commune People's Committee",
    "UBND xã Hòa Đông": "Hòa Đông Commune PC",
    "Ủy ban nhân dân xã Giồng Lúa": "Giồng Lúa Commune People's Committee",
    "UBND xã Giồng Lúa": "Giồng Lúa Commune PC",
    "Ủy ban nhân dân xã Bãi Bồi": "Bãi Bồi Commune People's Committee",
    "UBND xã Bãi Bồi": "Bãi Bồi Commune PC",
}

ADDRESSES = {
    "Số 1 đường Hùng Vương, phường Phù Sa, tỉnh Phù Sa": (
        "No. 1 Hùng Vương Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 2 đường Hùng Vương, phường Phù Sa, tỉnh Phù Sa": (
        "No. 2 Hùng Vương Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 18 đường Trần Hưng Đạo, phường Phù Sa, tỉnh Phù Sa": (
        "No. 18 Trần Hưng Đạo Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 60 đường Trần Hưng Đạo, phường Phù Sa, tỉnh Phù Sa": (
        "No. 60 Trần Hưng Đạo Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 25 đường Lê Lợi, phường Phù Sa, tỉnh Phù Sa": (
        "No. 25 Lê Lợi Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 31 đường Lê Lợi, phường Phù Sa, tỉnh Phù Sa": (
        "No. 31 Lê Lợi Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 7 đường Nguyễn Huệ, phường Phù Sa, tỉnh Phù Sa": (
        "No. 7 Nguyễn Huệ Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 40 đường Hai Bà Trưng, phường Phù Sa, tỉnh Phù Sa": (
        "No. 40 Hai Bà Trưng Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 12 đường Phan Đình Phùng, phường Rạch Sen, tỉnh Phù Sa": (
        "No. 12 Phan Đình Phùng Street, Rạch Sen Ward, Phù Sa Province"
    ),
    "Số 3 đường Lý Thường Kiệt, phường Phù Sa, tỉnh Phù Sa": (
        "No. 3 Lý Thường Kiệt Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 55 đường 30 Tháng 4, phường Long Châu, tỉnh Phù Sa": (
        "No. 55, 30 Tháng 4 Street, Long Châu Ward, Phù Sa Province"
    ),
    "Số 8 đường 30 Tháng 4, phường Long Châu, tỉnh Phù Sa": (
        "No. 8, 30 Tháng 4 Street, Long Châu Ward, Phù Sa Province"
    ),
    "Số 9 đường Hòa Bình, phường Phù Sa, tỉnh Phù Sa": (
        "No. 9 Hòa Bình Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 20 đường Nguyễn Trãi, phường Phù Sa, tỉnh Phù Sa": (
        "No. 20 Nguyễn Trãi Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Số 5 đường Nguyễn Trãi, phường Phù Sa, tỉnh Phù Sa": (
        "No. 5 Nguyễn Trãi Street, Phù Sa Ward, Phù Sa Province"
    ),
    "Khu công nghiệp Bến Lúa, phường Bến Lúa, tỉnh Phù Sa": (
        "Bến Lúa Industrial Zone, Bến Lúa Ward, Phù Sa Province"
    ),
    "Số 14 đường Bến Lúa, phường Bến Lúa, tỉnh Phù Sa": (
        "No. 14 Bến Lúa Street, Bến Lúa Ward, Phù Sa Province"
    ),
    "Số 2 đường Rạch Sen, phường Rạch Sen, tỉnh Phù Sa": (
        "No. 2 Rạch Sen Street, Rạch Sen Ward, Phù Sa Province"
    ),
    "Ấp Cồn Tiên, xã Cồn Tiên, tỉnh Phù Sa": (
        "Cồn Tiên Hamlet, Cồn Tiên Commune, Phù Sa Province"
    ),
    "Ấp Chợ Nổi, xã Vàm Lục, tỉnh Phù Sa": (
        "Chợ Nổi Hamlet, Vàm Lục Commune, Phù Sa Province"
    ),
    "Ấp Tân Hòa, xã Tân Phù, tỉnh Phù Sa": (
        "Tân Hòa Hamlet, Tân Phù Commune, Phù Sa Province"
    ),
    "Ấp Mỹ Thạnh, xã Mỹ Lộc, tỉnh Phù Sa": (
        "Mỹ Thạnh Hamlet, Mỹ Lộc Commune, Phù Sa Province"
    ),
    "Ấp Hòa Lợi, xã Hòa Đông, tỉnh Phù Sa": (
        "Hòa Lợi Hamlet, Hòa Đông Commune, Phù Sa Province"
    ),
    "Ấp Giồng Chùa, xã Giồng Lúa, tỉnh Phù Sa": (
        "Giồng Chùa Hamlet, Giồng Lúa Commune, Phù Sa Province"
    ),
    "Ấp Cửa Biển, xã Bãi Bồi, tỉnh Phù Sa": (
        "Cửa Biển Hamlet, Bãi Bồi Commune, Phù Sa Province"
    ),
}

SPOKESPERSONS = {
    # Positions
    "Chủ tịch Ủy ban nhân dân tỉnh": "Chairman of the Provincial People's Committee",
    "Phó Chủ tịch Ủy ban nhân dân tỉnh": (
        "Vice Chairman of the Provincial People's Committee"
    ),
    "Chánh Văn phòng UBND tỉnh": (
        "Chief of Office of the Provincial People's Committee"
    ),
    "Phó Chánh Văn phòng UBND tỉnh": (
        "Deputy Chief of Office of the Provincial People's Committee"
    ),
    "Giám đốc Sở": "Director",
    "Phó Giám đốc Sở": "Deputy Director",
    "Trưởng phòng Quản lý báo chí, xuất bản và thông tin đối ngoại": (
        "Head of the Division of Press, Publishing and External Information"
    ),
    "Trưởng phòng Nghiệp vụ Y": "Head of the Division of Medical Affairs",
    "Chi cục trưởng Chi cục Thủy lợi": "Director of the Sub-Department of Irrigation",
    "Phó Trưởng ban": "Deputy Head",
    "Phó Tổng Biên tập": "Deputy Editor-in-Chief",
    "Giám đốc Trung tâm": "Director of the Centre",
    "Chủ tịch UBND phường": "Chairman of the Ward People's Committee",
    "Chánh Văn phòng HĐND và UBND phường": (
        "Chief of Office of the Ward People's Council and People's Committee"
    ),
    # Positions of spokespersons left untranslated, for the glossary
    "Chánh Văn phòng HĐND và UBND xã": (
        "Chief of Office of the Commune People's Council and People's Committee"
    ),
    "Phó Giám đốc Công an tỉnh": "Deputy Director of the Provincial Police",
    "Phó Trưởng Thuế tỉnh": "Deputy Head of the Provincial Tax Office",
    # Topics of the releases, for the glossary
    "báo chí": "press",
    "chuyển đổi số": "digital transformation",
    "cải cách hành chính": "administrative reform",
    "du lịch": "tourism",
    "dịch vụ công": "public services",
    "giáo dục": "education",
    "họp báo": "press conference",
    "khu công nghiệp": "industrial parks",
    "môi trường": "environment",
    "nông nghiệp": "agriculture",
    "quảng bá": "promotion",
    "thiên tai": "natural disasters",
    "thông tin đối ngoại": "external information",
    "tiêm chủng": "vaccination",
    "văn hóa": "culture",
    "y tế": "health",
    "đầu tư": "investment",
    # Scopes of authorisation
    "Cải cách thủ tục hành chính, dịch vụ công trực tuyến và hoạt động của Trung "
    "tâm Phục vụ hành chính công tỉnh.": (
        "Administrative procedure reform, online public services and the work of "
        "the Provincial Public Administration Service Centre."
    ),
    "Hoạt động báo chí, xuất bản trên địa bàn tỉnh; thông tin đối ngoại và việc "
    "cấp phép cho phóng viên nước ngoài tác nghiệp tại tỉnh.": (
        "Press and publishing activities in the province; external information and "
        "permits for foreign journalists to report in the province."
    ),
    "Phòng, chống dịch bệnh truyền nhiễm, tiêm chủng và an toàn thực phẩm.": (
        "Prevention and control of communicable diseases, vaccination and food safety."
    ),
    "Phòng, chống thiên tai, triều cường, xâm nhập mặn và sạt lở bờ sông, bờ biển.": (
        "Prevention and control of natural disasters, high tides, saltwater "
        "intrusion and riverbank and coastal erosion."
    ),
    "Xúc tiến đầu tư, thương mại và du lịch; thông tin về danh mục dự án kêu gọi "
    "đầu tư và các chương trình xúc tiến ở nước ngoài.": (
        "Investment, trade and tourism promotion; information on the list of "
        "projects open to investors and on promotion programmes abroad."
    ),
}

REGISTERS = {**KINDS_AND_ROLES, **AGENCIES, **ADDRESSES, **SPOKESPERSONS}
