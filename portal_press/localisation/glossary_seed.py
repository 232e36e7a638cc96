"""Official English names to start the glossary with.

From the Foreign Ministry's Circular 03/2009/TT-BNG on the English names of
state bodies and titles, and the names of departments after the 2025
reorganisation. Loaded once by ``manage.py portal_press_load_glossary``;
after that the glossary rows are the reference and editors keep them.
Each entry: (Vietnamese term, English term, kind).
"""

CIRCULAR = "Thông tư 03/2009/TT-BNG"

ENGLISH_NAMES = [
    # Kinds of agency
    ("Ủy ban nhân dân tỉnh", "Provincial People's Committee", "agency_kind"),
    ("Sở, ban, ngành", "Departments, boards and sectors", "agency_kind"),
    ("Cơ quan ngành dọc", "Central agencies in the province", "agency_kind"),
    ("UBND xã, phường", "Commune and ward People's Committees", "agency_kind"),
    ("Đơn vị sự nghiệp", "Public service units", "agency_kind"),
    # Agencies
    (
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Office of the Provincial People's Committee",
        "agency",
    ),
    ("Sở Nội vụ", "Department of Home Affairs", "agency"),
    ("Sở Tư pháp", "Department of Justice", "agency"),
    ("Sở Tài chính", "Department of Finance", "agency"),
    ("Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "agency"),
    ("Sở Công Thương", "Department of Industry and Trade", "agency"),
    (
        "Sở Nông nghiệp và Môi trường",
        "Department of Agriculture and Environment",
        "agency",
    ),
    (
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Department of Agriculture and Rural Development",
        "agency",
    ),
    (
        "Sở Tài nguyên và Môi trường",
        "Department of Natural Resources and Environment",
        "agency",
    ),
    ("Sở Xây dựng", "Department of Construction", "agency"),
    ("Sở Giao thông vận tải", "Department of Transport", "agency"),
    (
        "Sở Thông tin và Truyền thông",
        "Department of Information and Communications",
        "agency",
    ),
    ("Sở Khoa học và Công nghệ", "Department of Science and Technology", "agency"),
    (
        "Sở Văn hóa, Thể thao và Du lịch",
        "Department of Culture, Sports and Tourism",
        "agency",
    ),
    ("Sở Giáo dục và Đào tạo", "Department of Education and Training", "agency"),
    ("Sở Y tế", "Department of Health", "agency"),
    (
        "Sở Lao động - Thương binh và Xã hội",
        "Department of Labour, War Invalids and Social Affairs",
        "agency",
    ),
    ("Sở Ngoại vụ", "Department of Foreign Affairs", "agency"),
    ("Sở Dân tộc và Tôn giáo", "Department of Ethnic and Religious Affairs", "agency"),
    ("Thanh tra tỉnh", "Provincial Inspectorate", "agency"),
    # Titles
    (
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "Chairman of the Provincial People's Committee",
        "title",
    ),
    (
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Vice Chairman of the Provincial People's Committee",
        "title",
    ),
    ("Chủ tịch", "Chairman", "title"),
    ("Phó Chủ tịch", "Vice Chairman", "title"),
    ("Chánh Văn phòng", "Chief of Office", "title"),
    ("Phó Chánh Văn phòng", "Deputy Chief of Office", "title"),
    (
        "Chánh Văn phòng UBND tỉnh",
        "Chief of Office of the Provincial People's Committee",
        "title",
    ),
    ("Giám đốc Sở", "Director", "title"),
    ("Phó Giám đốc Sở", "Deputy Director", "title"),
    ("Giám đốc", "Director", "title"),
    ("Phó Giám đốc", "Deputy Director", "title"),
    ("Trưởng ban", "Head", "title"),
    ("Phó Trưởng ban", "Deputy Head", "title"),
    ("Trưởng phòng", "Head of Division", "title"),
    ("Phó Trưởng phòng", "Deputy Head of Division", "title"),
    ("Chánh Thanh tra", "Chief Inspector", "title"),
    ("Phó Chánh Thanh tra", "Deputy Chief Inspector", "title"),
    ("Chủ tịch UBND xã", "Chairman of the Commune People's Committee", "title"),
    ("Chủ tịch UBND phường", "Chairman of the Ward People's Committee", "title"),
    (
        "Phó Chủ tịch UBND xã",
        "Vice Chairman of the Commune People's Committee",
        "title",
    ),
    (
        "Phó Chủ tịch UBND phường",
        "Vice Chairman of the Ward People's Committee",
        "title",
    ),
    # Spokesperson roles (Decree 09/2017/NĐ-CP)
    ("Người phát ngôn", "Spokesperson", "other"),
    ("Người phát ngôn thường xuyên", "Regular spokesperson", "other"),
    (
        "Người đứng đầu cơ quan hành chính nhà nước",
        "Head of the state administrative agency",
        "other",
    ),
    (
        "Người được giao phát ngôn về vấn đề cụ thể",
        "Spokesperson for specific issues",
        "other",
    ),
    ("Người được ủy quyền phát ngôn", "Person authorised to speak", "other"),
]
