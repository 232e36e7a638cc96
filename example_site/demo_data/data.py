"""The demo content of the example site: a fictional province, “tỉnh Phù Sa”.

Plain data only; ``builders.py`` turns it into rows and pages. Every person,
place, phone number and address here is invented. Phone numbers follow the
“0290 3822 1xx” pattern, emails and websites use the reserved ``.example``
domain.

Dates are absolute, except where a key ends in ``_in_days``: those are counted
from the day the data is loaded, so that the demo always has appointments about
to expire and trainings still to come.

Bodies of releases and promotion sections are lists of ``(block, value)``
pairs: ``("paragraph", "<p>…</p>")``, ``("heading", "text")``,
``("quote", (text, attribution))``, ``("table", {"caption", "rows"})`` (first
row is the header), ``("image", {"image", "caption", "credit"})`` (the alt
text is the image's description unless ``"alt_text"`` is given) and
``("document", {"document", "title"})``, where images and documents are keys
of ``IMAGES`` and ``DOCUMENTS``.
"""

from datetime import date, datetime, time
from decimal import Decimal

# --- Site ---------------------------------------------------------------------

# The other locales are those of settings.WAGTAIL_CONTENT_LANGUAGES (LANGUAGES).
DEFAULT_LOCALE = "vi"

ADMIN_USER = {
    "username": "admin",
    "password": "changeme",
    "email": "admin@phusa.example",
}

# Demo users of the shipped workflow: an officer writes and submits, a
# leader of the same agency approves. Two agencies, so that each can see it
# cannot touch the other's drafts. (Demo passwords: change them anywhere else.)
EDITORIAL_USERS = [
    {
        "username": "canbo.vhttdl",
        "password": "PhuSa-canbo-VHTTDL",
        "email": "canbo.vhttdl@phusa.example",
        "first_name": "Trần Thị",
        "last_name": "Thu Hà",
        "agency": "Sở Văn hóa, Thể thao và Du lịch",
        "role": "officers",
    },
    {
        "username": "lanhdao.vhttdl",
        "password": "PhuSa-lanhdao-VHTTDL",
        "email": "lanhdao.vhttdl@phusa.example",
        "first_name": "Nguyễn Văn",
        "last_name": "Bình",
        "agency": "Sở Văn hóa, Thể thao và Du lịch",
        "role": "leaders",
    },
    {
        "username": "canbo.syt",
        "password": "PhuSa-canbo-SYT-26",
        "email": "canbo.syt@phusa.example",
        "first_name": "Lê Ngọc",
        "last_name": "Lan",
        "agency": "Sở Y tế",
        "role": "officers",
    },
    {
        "username": "lanhdao.syt",
        "password": "PhuSa-lanhdao-SYT-26",
        "email": "lanhdao.syt@phusa.example",
        "first_name": "Phạm Minh",
        "last_name": "Đức",
        "agency": "Sở Y tế",
        "role": "leaders",
    },
]

HOME_PAGE = {
    "title": "Cổng thông tin điện tử tỉnh Phù Sa",
    # Whose contact every page's footer gives: press work sits with the
    # Department of Culture, Sports and Tourism since 2025.
    "press_office": "Sở Văn hóa, Thể thao và Du lịch",
    "slug": "trang-chu",
    "introduction": (
        "Thông tin chính thức của Ủy ban nhân dân tỉnh Phù Sa dành cho báo chí, nhà "
        "đầu tư và du khách: thông cáo báo chí, danh sách người phát ngôn của các "
        "cơ quan, lịch tập huấn và giới thiệu tiềm năng của tỉnh."
    ),
}

# --- Names used as keys below --------------------------------------------------

KIND_PROVINCE = "Ủy ban nhân dân tỉnh"
KIND_DEPARTMENT = "Sở, ban, ngành"
KIND_VERTICAL = "Cơ quan ngành dọc"
KIND_COMMUNE = "UBND xã, phường"
KIND_PUBLIC_SERVICE = "Đơn vị sự nghiệp"

UBND = "Ủy ban nhân dân tỉnh Phù Sa"
VP_UBND = "Văn phòng Ủy ban nhân dân tỉnh Phù Sa"
SVHTTDL = "Sở Văn hóa, Thể thao và Du lịch"
SKHCN = "Sở Khoa học và Công nghệ"
STTTT = "Sở Thông tin và Truyền thông"
STC = "Sở Tài chính"
SYT = "Sở Y tế"
SGDDT = "Sở Giáo dục và Đào tạo"
SNNMT = "Sở Nông nghiệp và Môi trường"
SCT = "Sở Công Thương"
SNGV = "Sở Ngoại vụ"
BQLKCN = "Ban Quản lý các khu công nghiệp tỉnh Phù Sa"
CONG_AN = "Công an tỉnh Phù Sa"
THUE = "Thuế tỉnh Phù Sa"
BAO_PTTH = "Báo và Phát thanh, Truyền hình Phù Sa"
TTXT = "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Phù Sa"
TTCNTT = "Trung tâm Công nghệ thông tin và Truyền thông"
P_PHU_SA = "Ủy ban nhân dân phường Phù Sa"
P_BEN_LUA = "Ủy ban nhân dân phường Bến Lúa"
P_RACH_SEN = "Ủy ban nhân dân phường Rạch Sen"
P_LONG_CHAU = "Ủy ban nhân dân phường Long Châu"
X_CON_TIEN = "Ủy ban nhân dân xã Cồn Tiên"
X_VAM_LUC = "Ủy ban nhân dân xã Vàm Lục"
X_TAN_PHU = "Ủy ban nhân dân xã Tân Phù"
X_MY_LOC = "Ủy ban nhân dân xã Mỹ Lộc"
X_HOA_DONG = "Ủy ban nhân dân xã Hòa Đông"
X_GIONG_LUA = "Ủy ban nhân dân xã Giồng Lúa"
X_BAI_BOI = "Ủy ban nhân dân xã Bãi Bồi"

ROLE_HEAD = "Người đứng đầu cơ quan hành chính nhà nước"
ROLE_REGULAR = "Người phát ngôn thường xuyên"
ROLE_SPECIFIC = "Người được giao phát ngôn về vấn đề cụ thể"
ROLE_AUTHORISED = "Người được ủy quyền phát ngôn"

# --- Agencies -----------------------------------------------------------------

AGENCY_KINDS = [
    {
        "name": KIND_PROVINCE,
        "sort_order": 10,
        "description": "Ủy ban nhân dân tỉnh và Văn phòng giúp việc.",
    },
    {
        "name": KIND_DEPARTMENT,
        "sort_order": 20,
        "description": "Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.",
    },
    {
        "name": KIND_VERTICAL,
        "sort_order": 30,
        "description": "Cơ quan của bộ, ngành Trung ương đóng trên địa bàn tỉnh.",
    },
    {
        "name": KIND_COMMUNE,
        "sort_order": 40,
        "description": (
            "Ủy ban nhân dân các xã, phường (chính quyền địa phương hai cấp từ "
            "ngày 01/7/2025)."
        ),
    },
    {
        "name": KIND_PUBLIC_SERVICE,
        "sort_order": 50,
        "description": "Đơn vị sự nghiệp công lập trực thuộc tỉnh hoặc các sở.",
    },
]

# Agencies are created in this order: "parent" and "replaced_by" name an agency
# that comes earlier in the list.
AGENCIES = [
    {
        "name": UBND,
        "short_name": "UBND tỉnh",
        "kind": KIND_PROVINCE,
        "functions": (
            "Cơ quan hành chính nhà nước ở địa phương, chấp hành nghị quyết của Hội "
            "đồng nhân dân tỉnh; chỉ đạo các sở, ngành và Ủy ban nhân dân các xã, "
            "phường."
        ),
        "address": "Số 1 đường Hùng Vương, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 101",
        "fax": "0290 3822 199",
        "email": "vanphong@ubnd.phusa.example",
        "website": "https://phusa.example",
    },
    {
        "name": VP_UBND,
        "short_name": "VP UBND tỉnh",
        "kind": KIND_PROVINCE,
        "parent": UBND,
        "functions": (
            "Tham mưu, tổng hợp, giúp Ủy ban nhân dân tỉnh tổ chức các hoạt động "
            "chung; đầu mối cung cấp thông tin định kỳ và tổ chức họp báo của tỉnh."
        ),
        "address": "Số 1 đường Hùng Vương, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 102",
        "fax": "0290 3822 198",
        "email": "vanthu@vpubnd.phusa.example",
        "website": "https://vpubnd.phusa.example",
    },
    {
        "name": SVHTTDL,
        "short_name": "SVHTTDL",
        "kind": KIND_DEPARTMENT,
        "parent": UBND,
        "functions": (
            "Quản lý nhà nước về văn hóa, gia đình, thể dục thể thao, du lịch; từ năm "
            "2025 đảm nhận thêm báo chí, xuất bản, thông tin cơ sở và thông tin đối "
            "ngoại."
        ),
        "address": "Số 18 đường Trần Hưng Đạo, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 201",
        "fax": "0290 3822 299",
        "email": "vanthu@svhttdl.phusa.example",
        "website": "https://svhttdl.phusa.example",
    },
    {
        "name": SKHCN,
        "short_name": "SKHCN",
        "kind": KIND_DEPARTMENT,
        "parent": UBND,
        "functions": (
            "Quản lý nhà nước về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, "
            "bưu chính và viễn thông (tiếp nhận từ Sở Thông tin và Truyền thông)."
        ),
        "address": "Số 25 đường Lê Lợi, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 211",
        "fax": "0290 3822 219",
        "email": "vanthu@skhcn.phusa.example",
        "website": "https://skhcn.phusa.example",
    },
    {
        "name": STTTT,
        "short_name": "STTTT",
        "kind": KIND_DEPARTMENT,
        "parent": UBND,
        "functions": (
            "Đã hợp nhất vào Sở Khoa học và Công nghệ từ ngày 01/3/2025; chức năng "
            "quản "
            "lý báo chí, xuất bản chuyển sang Sở Văn hóa, Thể thao và Du lịch."
        ),
        "address": "Số 7 đường Nguyễn Huệ, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 221",
        "fax": "0290 3822 229",
        "email": "vanthu@stttt.phusa.example",
        "website": "https://stttt.phusa.example",
        "is_active": False,
        "closed_on": date(2025, 3, 1),
        "replaced_by": SKHCN,
    },
    {
        "name": STC,
        "short_name": "STC",
        "kind": KIND_DEPARTMENT,
        "parent": UBND,
        "functions": (
            "Quản lý nhà nước về tài chính, ngân sách, kế hoạch và đầu tư, đầu mối "
            "tiếp nhận hồ sơ dự án đầu tư ngoài khu công nghiệp."
        ),
        "address": "Số 40 đường Hai Bà Trưng, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 231",
        "fax": "0290 3822 239",
        "email": "vanthu@stc.phusa.example",
        "website": "https://stc.phusa.example",
    },
    {
        "name": SYT,
        "short_name": "SYT",
        "kind": KIND_DEPARTMENT,
        "parent": UBND,
        "functions": (
            "Quản lý nhà nước về y tế, khám bệnh, chữa bệnh, y tế dự phòng và dược."
        ),
        "address": "Số 12 đường Phan Đình Phùng, phường Rạch Sen, tỉnh Phù Sa",
        "phone": "0290 3822 241",
        "fax": "0290 3822 249",
        "email": "vanthu@syt.phusa.example",
        "website": "https://syt.phusa.example",
    },
    {
        "name": SGDDT,
        "short_name": "SGDĐT",
        "kind": KIND_DEPARTMENT,
        "parent": UBND,
        "functions": (
            "Quản lý nhà nước về giáo dục mầm non, phổ thông, thường xuyên và đào tạo."
        ),
        "address": "Số 3 đường Lý Thường Kiệt, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 251",
        "fax": "0290 3822 259",
        "email": "vanthu@sgddt.phusa.example",
        "website": "https://sgddt.phusa.example",
    },
    {
        "name": SNNMT,
        "short_name": "SNNMT",
        "kind": KIND_DEPARTMENT,
        "parent": UBND,
        "functions": (
            "Quản lý nhà nước về nông nghiệp, thủy sản, thủy lợi, phòng chống thiên "
            "tai, đất đai, tài nguyên nước và môi trường."
        ),
        "address": "Số 55 đường 30 Tháng 4, phường Long Châu, tỉnh Phù Sa",
        "phone": "0290 3822 261",
        "fax": "0290 3822 269",
        "email": "vanthu@snnmt.phusa.example",
        "website": "https://snnmt.phusa.example",
    },
    {
        "name": SCT,
        "short_name": "SCT",
        "kind": KIND_DEPARTMENT,
        "parent": UBND,
        "functions": (
            "Quản lý nhà nước về công nghiệp, thương mại, năng lượng và xuất nhập khẩu."
        ),
        "address": "Số 9 đường Hòa Bình, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 271",
        "fax": "0290 3822 279",
        "email": "vanthu@sct.phusa.example",
        "website": "https://sct.phusa.example",
    },
    {
        "name": SNGV,
        "short_name": "SNgV",
        "kind": KIND_DEPARTMENT,
        "parent": UBND,
        "functions": (
            "Quản lý nhà nước về công tác đối ngoại, hợp tác quốc tế của tỉnh; phối "
            "hợp thông tin đối ngoại và tiếp phóng viên nước ngoài."
        ),
        "address": "Số 2 đường Hùng Vương, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 281",
        "fax": "0290 3822 289",
        "email": "vanthu@sngv.phusa.example",
        "website": "https://sngv.phusa.example",
    },
    {
        "name": BQLKCN,
        "short_name": "BQLKCN",
        "kind": KIND_DEPARTMENT,
        "parent": UBND,
        "functions": (
            "Quản lý các khu công nghiệp, hỗ trợ nhà đầu tư trong khu công nghiệp."
        ),
        "address": "Khu công nghiệp Bến Lúa, phường Bến Lúa, tỉnh Phù Sa",
        "phone": "0290 3822 291",
        "fax": "0290 3822 298",
        "email": "vanthu@bqlkcn.phusa.example",
        "website": "https://bqlkcn.phusa.example",
    },
    {
        "name": CONG_AN,
        "short_name": "CA tỉnh",
        "kind": KIND_VERTICAL,
        "functions": (
            "Bảo đảm an ninh quốc gia, trật tự, an toàn xã hội trên địa bàn tỉnh."
        ),
        "address": "Số 20 đường Nguyễn Trãi, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 301",
        "email": "tonghop@congan.phusa.example",
        "website": "https://congan.phusa.example",
    },
    {
        "name": THUE,
        "short_name": "Thuế tỉnh",
        "kind": KIND_VERTICAL,
        "functions": "Quản lý thuế trên địa bàn tỉnh, trực thuộc Cục Thuế.",
        "address": "Số 31 đường Lê Lợi, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 311",
        "fax": "0290 3822 319",
        "email": "vanthu@thue.phusa.example",
    },
    {
        "name": BAO_PTTH,
        "short_name": "Báo và PT-TH Phù Sa",
        "kind": KIND_PUBLIC_SERVICE,
        "parent": UBND,
        "functions": (
            "Cơ quan báo chí của tỉnh: báo in, báo điện tử, phát thanh và truyền hình."
        ),
        "address": "Số 60 đường Trần Hưng Đạo, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 321",
        "email": "toasoan@baoptth.phusa.example",
        "website": "https://baoptth.phusa.example",
    },
    {
        "name": TTXT,
        "short_name": "TTXT",
        "kind": KIND_PUBLIC_SERVICE,
        "parent": UBND,
        "functions": (
            "Xúc tiến đầu tư, thương mại và du lịch; hỗ trợ nhà đầu tư tìm hiểu tỉnh."
        ),
        "address": "Số 2 đường Hùng Vương, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 331",
        "email": "invest@ttxt.phusa.example",
        "website": "https://invest.phusa.example",
    },
    {
        "name": TTCNTT,
        "short_name": "TT CNTT-TT",
        "kind": KIND_PUBLIC_SERVICE,
        "parent": SKHCN,
        "functions": (
            "Vận hành hệ thống hội nghị trực tuyến, cổng thông tin và hạ tầng số của "
            "tỉnh."
        ),
        "address": "Số 25 đường Lê Lợi, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3822 341",
        "email": "hotro@ttcntt.phusa.example",
    },
    # Communes and wards (two-tier local government since 1 July 2025).
    {
        "name": P_PHU_SA,
        "short_name": "UBND P. Phù Sa",
        "kind": KIND_COMMUNE,
        "address": "Số 5 đường Nguyễn Trãi, phường Phù Sa, tỉnh Phù Sa",
        "phone": "0290 3823 101",
        "email": "ubnd@phuongphusa.phusa.example",
    },
    {
        "name": P_BEN_LUA,
        "short_name": "UBND P. Bến Lúa",
        "kind": KIND_COMMUNE,
        "address": "Số 14 đường Bến Lúa, phường Bến Lúa, tỉnh Phù Sa",
        "phone": "0290 3823 111",
        "email": "ubnd@benlua.phusa.example",
    },
    {
        "name": P_RACH_SEN,
        "short_name": "UBND P. Rạch Sen",
        "kind": KIND_COMMUNE,
        "address": "Số 2 đường Rạch Sen, phường Rạch Sen, tỉnh Phù Sa",
        "phone": "0290 3823 121",
        "email": "ubnd@rachsen.phusa.example",
    },
    {
        "name": P_LONG_CHAU,
        "short_name": "UBND P. Long Châu",
        "kind": KIND_COMMUNE,
        "address": "Số 8 đường 30 Tháng 4, phường Long Châu, tỉnh Phù Sa",
        "phone": "0290 3823 131",
        "email": "ubnd@longchau.phusa.example",
    },
    {
        "name": X_CON_TIEN,
        "short_name": "UBND xã Cồn Tiên",
        "kind": KIND_COMMUNE,
        "address": "Ấp Cồn Tiên, xã Cồn Tiên, tỉnh Phù Sa",
        "phone": "0290 3824 101",
        "email": "ubnd@contien.phusa.example",
    },
    {
        "name": X_VAM_LUC,
        "short_name": "UBND xã Vàm Lục",
        "kind": KIND_COMMUNE,
        "address": "Ấp Chợ Nổi, xã Vàm Lục, tỉnh Phù Sa",
        "phone": "0290 3824 111",
        "email": "ubnd@vamluc.phusa.example",
    },
    {
        "name": X_TAN_PHU,
        "short_name": "UBND xã Tân Phù",
        "kind": KIND_COMMUNE,
        "address": "Ấp Tân Hòa, xã Tân Phù, tỉnh Phù Sa",
        "phone": "0290 3824 121",
        "email": "ubnd@tanphu.phusa.example",
    },
    {
        "name": X_MY_LOC,
        "short_name": "UBND xã Mỹ Lộc",
        "kind": KIND_COMMUNE,
        "address": "Ấp Mỹ Thạnh, xã Mỹ Lộc, tỉnh Phù Sa",
        "phone": "0290 3824 131",
        "email": "ubnd@myloc.phusa.example",
    },
    {
        "name": X_HOA_DONG,
        "short_name": "UBND xã Hòa Đông",
        "kind": KIND_COMMUNE,
        "address": "Ấp Hòa Lợi, xã Hòa Đông, tỉnh Phù Sa",
        "phone": "0290 3824 141",
        "email": "ubnd@hoadong.phusa.example",
    },
    {
        "name": X_GIONG_LUA,
        "short_name": "UBND xã Giồng Lúa",
        "kind": KIND_COMMUNE,
        "address": "Ấp Giồng Chùa, xã Giồng Lúa, tỉnh Phù Sa",
        "phone": "0290 3824 151",
        "email": "ubnd@gionglua.phusa.example",
    },
    {
        "name": X_BAI_BOI,
        "short_name": "UBND xã Bãi Bồi",
        "kind": KIND_COMMUNE,
        "address": "Ấp Cửa Biển, xã Bãi Bồi, tỉnh Phù Sa",
        "phone": "0290 3824 161",
        "email": "ubnd@baiboi.phusa.example",
    },
]

# --- Spokesperson register ----------------------------------------------------

SPOKESPERSON_ROLES = [
    {
        "name": ROLE_HEAD,
        "sort_order": 10,
        "requires_scope": False,
        "description": (
            "Người đứng đầu cơ quan hành chính nhà nước có trách nhiệm phát ngôn và "
            "cung cấp thông tin cho báo chí (Điều 2, Nghị định 09/2017/NĐ-CP)."
        ),
    },
    {
        "name": ROLE_REGULAR,
        "sort_order": 20,
        "requires_scope": False,
        "description": (
            "Người được người đứng đầu giao nhiệm vụ phát ngôn thường xuyên; tên, chức "
            "vụ, số điện thoại và email được công bố trên cổng thông tin và thông báo "
            "bằng văn bản cho cơ quan quản lý báo chí."
        ),
    },
    {
        "name": ROLE_SPECIFIC,
        "sort_order": 30,
        "requires_scope": True,
        "description": (
            "Người đứng đầu cơ quan, đơn vị thuộc, trực thuộc được giao phát ngôn về "
            "một vấn đề cụ thể trong phạm vi ghi trong văn bản giao nhiệm vụ."
        ),
    },
    {
        "name": ROLE_AUTHORISED,
        "sort_order": 40,
        "requires_scope": False,
        "description": (
            "Cấp phó được người đứng đầu ủy quyền phát ngôn trong trường hợp cần "
            "thiết; "
            "việc ủy quyền được thể hiện bằng văn bản."
        ),
    },
]

# Positions used below that the glossary shipped with portal_press lacks. The
# English directory names a spokesperson who has no English entry yet by the
# glossary's official names (kind of term: "title", "agency", "other"…).
GLOSSARY_TERMS = [
    ("Chánh Văn phòng HĐND và UBND xã", "title"),
    ("Phó Giám đốc Công an tỉnh", "title"),
    ("Phó Trưởng Thuế tỉnh", "title"),
    # The topics of the releases: the English newsroom shows them by these names.
    *(
        (topic, "other")
        for topic in (
            "báo chí",
            "chuyển đổi số",
            "cải cách hành chính",
            "du lịch",
            "dịch vụ công",
            "giáo dục",
            "họp báo",
            "khu công nghiệp",
            "môi trường",
            "nông nghiệp",
            "quảng bá",
            "thiên tai",
            "thông tin đối ngoại",
            "tiêm chủng",
            "văn hóa",
            "y tế",
            "đầu tư",
        )
    ),
]

# Keys: full_name + agency identify a person. "photo" is a key of IMAGES.
# "publish": False keeps the record as a draft that was never published.
SPOKESPERSONS = [
    {
        "full_name": "Trần Văn Khải",
        "agency": UBND,
        "position": "Chủ tịch Ủy ban nhân dân tỉnh",
        "role": ROLE_HEAD,
        "office_phone": "0290 3822 110",
        "email": "tvkhai@ubnd.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Nghị quyết số 12/NQ-HĐND",
        "appointment_date": date(2024, 6, 28),
        "valid_from": date(2024, 7, 1),
        "notified_on": date(2024, 7, 10),
    },
    {
        "full_name": "Lê Thị Thu Hà",
        "agency": UBND,
        "position": "Chánh Văn phòng UBND tỉnh",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 111",
        "mobile_phone": "0900 000 101",
        "fax": "0290 3822 199",
        "email": "ltthuha@ubnd.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 125/QĐ-UBND",
        "appointment_date": date(2025, 1, 15),
        "valid_from": date(2025, 1, 15),
        "notified_on": date(2025, 1, 20),
        "photo": "portrait-thu-ha",
        "topics": ["họp báo", "cải cách hành chính"],
    },
    {
        "full_name": "Nguyễn Hoàng Phúc",
        "agency": UBND,
        "position": "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "role": ROLE_AUTHORISED,
        "office_phone": "0290 3822 112",
        "email": "nhphuc@ubnd.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 126/QĐ-UBND",
        "appointment_date": date(2025, 1, 15),
        "valid_from": date(2025, 1, 15),
        "notified_on": date(2025, 1, 20),
        "topics": ["đầu tư", "khu công nghiệp"],
    },
    {
        "full_name": "Phạm Minh Tâm",
        "agency": UBND,
        "position": "Phó Chánh Văn phòng UBND tỉnh",
        "role": ROLE_SPECIFIC,
        "scope": (
            "Cải cách thủ tục hành chính, dịch vụ công trực tuyến và hoạt động của "
            "Trung tâm Phục vụ hành chính công tỉnh."
        ),
        "topics": ["cải cách hành chính", "dịch vụ công", "chuyển đổi số"],
        "office_phone": "0290 3822 113",
        "email": "pmtam@ubnd.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 214/QĐ-UBND",
        "appointment_date": date(2025, 7, 3),
        "valid_from": date(2025, 7, 3),
        "valid_until": date(2027, 7, 2),
        "notified_on": date(2025, 7, 8),
    },
    {
        "full_name": "Võ Thị Ngọc Lan",
        "agency": SVHTTDL,
        "position": "Giám đốc Sở",
        "role": ROLE_HEAD,
        "office_phone": "0290 3822 210",
        "email": "vtnlan@svhttdl.phusa.example",
        "press_languages": ["vi", "en", "fr"],
        "appointment_document": "Quyết định số 402/QĐ-UBND",
        "appointment_date": date(2025, 2, 27),
        "valid_from": date(2025, 3, 1),
        "notified_on": date(2025, 3, 5),
        "photo": "portrait-ngoc-lan",
    },
    {
        "full_name": "Đặng Quốc Bảo",
        "agency": SVHTTDL,
        "position": "Phó Giám đốc Sở",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 212",
        "mobile_phone": "0900 000 102",
        "email": "dqbao@svhttdl.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 18/QĐ-SVHTTDL",
        "appointment_date": date(2025, 3, 3),
        "valid_from": date(2025, 3, 3),
        "valid_until_in_days": 12,
        "notified_on": date(2025, 3, 5),
        "topics": ["báo chí", "du lịch", "văn hóa"],
    },
    {
        # Prepared to take over from Đặng Quốc Bảo; not yet approved.
        "full_name": "Cao Thị Phương Thảo",
        "agency": SVHTTDL,
        "position": "Phó Giám đốc Sở",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 213",
        "email": "ctpthao@svhttdl.phusa.example",
        "press_languages": ["vi", "en", "zh-hans"],
        "appointment_document": "Quyết định số …/QĐ-SVHTTDL (dự thảo)",
        "valid_from_in_days": 13,
        "topics": ["báo chí", "du lịch"],
        "publish": False,
    },
    {
        "full_name": "Huỳnh Thị Mỹ Duyên",
        "agency": SVHTTDL,
        "position": "Trưởng phòng Quản lý báo chí, xuất bản và thông tin đối ngoại",
        "role": ROLE_SPECIFIC,
        "scope": (
            "Hoạt động báo chí, xuất bản trên địa bàn tỉnh; thông tin đối ngoại và "
            "việc cấp phép cho phóng viên nước ngoài tác nghiệp tại tỉnh."
        ),
        "topics": ["báo chí", "thông tin đối ngoại", "xuất bản"],
        "office_phone": "0290 3822 214",
        "email": "htmduyen@svhttdl.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 22/QĐ-SVHTTDL",
        "appointment_date": date(2025, 3, 10),
        "valid_from": date(2025, 3, 10),
        "notified_on": date(2025, 3, 12),
        "photo": "portrait-my-duyen",
    },
    {
        "full_name": "Ngô Văn Hiếu",
        "agency": SKHCN,
        "position": "Giám đốc Sở",
        "role": ROLE_HEAD,
        "office_phone": "0290 3822 215",
        "email": "nvhieu@skhcn.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 403/QĐ-UBND",
        "appointment_date": date(2025, 2, 27),
        "valid_from": date(2025, 3, 1),
        "notified_on": date(2025, 3, 6),
    },
    {
        "full_name": "Tạ Thị Kim Oanh",
        "agency": SKHCN,
        "position": "Phó Giám đốc Sở",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 216",
        "mobile_phone": "0900 000 103",
        "email": "ttkoanh@skhcn.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 09/QĐ-SKHCN",
        "appointment_date": date(2025, 3, 4),
        "valid_from": date(2025, 3, 4),
        "notified_on": date(2025, 3, 7),
        "topics": ["chuyển đổi số", "khoa học công nghệ"],
    },
    {
        "full_name": "Lý Hoàng Nam",
        "agency": STTTT,
        "position": "Giám đốc Sở",
        "role": ROLE_HEAD,
        "office_phone": "0290 3822 220",
        "email": "lhnam@stttt.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 88/QĐ-UBND",
        "appointment_date": date(2021, 3, 1),
        "valid_from": date(2021, 3, 1),
        "valid_until": date(2025, 2, 28),
        "notified_on": date(2021, 3, 5),
    },
    {
        "full_name": "Châu Thị Bích Ngọc",
        "agency": STTTT,
        "position": "Phó Giám đốc Sở",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 222",
        "email": "ctbngoc@stttt.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 31/QĐ-STTTT",
        "appointment_date": date(2022, 8, 1),
        "valid_from": date(2022, 8, 1),
        "notified_on": date(2022, 8, 4),
        "topics": ["chuyển đổi số", "báo chí"],
    },
    {
        "full_name": "Trương Công Định",
        "agency": SYT,
        "position": "Giám đốc Sở",
        "role": ROLE_HEAD,
        "office_phone": "0290 3822 240",
        "email": "tcdinh@syt.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 77/QĐ-UBND",
        "appointment_date": date(2023, 4, 10),
        "valid_from": date(2023, 4, 10),
        "notified_on": date(2023, 4, 14),
    },
    {
        "full_name": "Nguyễn Thị Hồng Nhung",
        "agency": SYT,
        "position": "Phó Giám đốc Sở",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 242",
        "mobile_phone": "0900 000 104",
        "email": "nthnhung@syt.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 15/QĐ-SYT",
        "appointment_date": date(2024, 12, 2),
        "valid_from": date(2024, 12, 2),
        "valid_until_in_days": 25,
        "notified_on": date(2024, 12, 6),
        "topics": ["y tế"],
    },
    {
        "full_name": "Phan Thị Diễm",
        "agency": SYT,
        "position": "Trưởng phòng Nghiệp vụ Y",
        "role": ROLE_SPECIFIC,
        "scope": (
            "Phòng, chống dịch bệnh truyền nhiễm, tiêm chủng và an toàn thực phẩm."
        ),
        "topics": ["y tế", "dịch bệnh", "an toàn thực phẩm", "tiêm chủng"],
        "office_phone": "0290 3822 243",
        "email": "ptdiem@syt.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 16/QĐ-SYT",
        "appointment_date": date(2024, 12, 2),
        "valid_from": date(2024, 12, 2),
        "notified_on": date(2024, 12, 6),
    },
    {
        "full_name": "Hồ Văn Lộc",
        "agency": SGDDT,
        "position": "Phó Giám đốc Sở",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 252",
        "email": "hvloc@sgddt.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 104/QĐ-SGDĐT",
        "appointment_date": date(2024, 9, 5),
        "valid_from": date(2024, 9, 5),
        "notified_on": date(2024, 9, 10),
        "topics": ["giáo dục", "tuyển sinh"],
    },
    {
        "full_name": "Lâm Thị Thanh Tuyền",
        "agency": SNNMT,
        "position": "Phó Giám đốc Sở",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 262",
        "email": "ltttuyen@snnmt.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 05/QĐ-SNNMT",
        "appointment_date": date(2025, 3, 3),
        "valid_from": date(2025, 3, 3),
        "notified_on": date(2025, 3, 6),
        "topics": ["nông nghiệp", "môi trường", "đất đai"],
    },
    {
        "full_name": "Dương Tấn Phát",
        "agency": SNNMT,
        "position": "Chi cục trưởng Chi cục Thủy lợi",
        "role": ROLE_SPECIFIC,
        "scope": (
            "Phòng, chống thiên tai, triều cường, xâm nhập mặn và sạt lở bờ sông, bờ "
            "biển."
        ),
        "topics": ["thiên tai", "xâm nhập mặn", "sạt lở"],
        "office_phone": "0290 3822 263",
        "mobile_phone": "0900 000 105",
        "email": "dtphat@snnmt.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 06/QĐ-SNNMT",
        "appointment_date": date(2025, 3, 3),
        "valid_from": date(2025, 3, 3),
        "notified_on": date(2025, 3, 6),
    },
    {
        "full_name": "Mai Xuân Trường",
        "agency": STC,
        "position": "Phó Giám đốc Sở",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 232",
        "email": "mxtruong@stc.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 11/QĐ-STC",
        "appointment_date": date(2025, 3, 5),
        "valid_from": date(2025, 3, 5),
        "notified_on": date(2025, 3, 10),
        "topics": ["đầu tư", "ngân sách"],
    },
    {
        "full_name": "Kha Thị Ánh Tuyết",
        "agency": SCT,
        "position": "Phó Giám đốc Sở",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 272",
        "email": "ktatuyet@sct.phusa.example",
        "press_languages": ["vi", "zh-hans"],
        "appointment_document": "Quyết định số 27/QĐ-SCT",
        "appointment_date": date(2024, 5, 20),
        "valid_from": date(2024, 5, 20),
        "notified_on": date(2024, 5, 24),
        "topics": ["thương mại", "xuất khẩu"],
    },
    {
        "full_name": "Kim Thị Sa Ri",
        "agency": SNGV,
        "position": "Phó Giám đốc Sở",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 282",
        "email": "ktsari@sngv.phusa.example",
        "press_languages": ["vi", "en", "km"],
        "appointment_document": "Quyết định số 14/QĐ-SNgV",
        "appointment_date": date(2024, 10, 1),
        "valid_from": date(2024, 10, 1),
        "notified_on": date(2024, 10, 4),
        "topics": ["thông tin đối ngoại", "hợp tác quốc tế"],
    },
    {
        "full_name": "Lưu Đức Thắng",
        "agency": BQLKCN,
        "position": "Phó Trưởng ban",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 292",
        "mobile_phone": "0900 000 106",
        "email": "ldthang@bqlkcn.phusa.example",
        "press_languages": ["vi", "en", "ko", "ja"],
        "appointment_document": "Quyết định số 33/QĐ-BQLKCN",
        "appointment_date": date(2024, 11, 11),
        "valid_from": date(2024, 11, 11),
        "notified_on": date(2024, 11, 15),
        "topics": ["đầu tư", "khu công nghiệp"],
    },
    {
        "full_name": "Đoàn Minh Trí",
        "agency": CONG_AN,
        "position": "Phó Giám đốc Công an tỉnh",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 302",
        "email": "dmtri@congan.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 1520/QĐ-CAT",
        "appointment_date": date(2024, 8, 15),
        "valid_from": date(2024, 8, 15),
        "notified_on": date(2024, 8, 20),
        "topics": ["an ninh trật tự", "an toàn giao thông"],
    },
    {
        "full_name": "Tô Thị Kiều",
        "agency": THUE,
        "position": "Phó Trưởng Thuế tỉnh",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 312",
        "email": "ttkieu@thue.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 45/QĐ-TTPS",
        "appointment_date": date(2025, 7, 1),
        "valid_from": date(2025, 7, 1),
        "valid_until": date(2026, 6, 30),
        "notified_on": date(2025, 7, 4),
        "topics": ["thuế"],
    },
    {
        "full_name": "Đỗ Thùy Linh",
        "agency": BAO_PTTH,
        "position": "Phó Tổng Biên tập",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3822 322",
        "email": "dtlinh@baoptth.phusa.example",
        "press_languages": ["vi", "en"],
        "appointment_document": "Quyết định số 07/QĐ-BPTTH",
        "appointment_date": date(2025, 4, 1),
        "valid_from": date(2025, 4, 1),
        "notified_on": date(2025, 4, 3),
    },
    {
        "full_name": "Vương Gia Huy",
        "agency": TTXT,
        "position": "Giám đốc Trung tâm",
        "role": ROLE_SPECIFIC,
        "scope": (
            "Xúc tiến đầu tư, thương mại và du lịch; thông tin về danh mục dự án kêu "
            "gọi đầu tư và các chương trình xúc tiến ở nước ngoài."
        ),
        "topics": ["đầu tư", "du lịch", "xúc tiến"],
        "office_phone": "0290 3822 332",
        "email": "vghuy@ttxt.phusa.example",
        "press_languages": ["vi", "en", "zh-hans"],
        "appointment_document": "Quyết định số 256/QĐ-UBND",
        "appointment_date": date(2024, 4, 2),
        "valid_from": date(2024, 4, 2),
        "notified_on": date(2024, 4, 8),
    },
    {
        "full_name": "Nguyễn Thành Đạt",
        "agency": P_PHU_SA,
        "position": "Chủ tịch UBND phường",
        "role": ROLE_HEAD,
        "office_phone": "0290 3823 102",
        "email": "ntdat@phuongphusa.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Nghị quyết số 02/NQ-HĐND",
        "appointment_date": date(2025, 7, 1),
        "valid_from": date(2025, 7, 1),
        "notified_on": date(2025, 7, 7),
    },
    {
        "full_name": "Lê Hoài Thương",
        "agency": P_PHU_SA,
        "position": "Chánh Văn phòng HĐND và UBND phường",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3823 103",
        "email": "lhthuong@phuongphusa.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 15/QĐ-UBND",
        "appointment_date": date(2025, 7, 2),
        "valid_from": date(2025, 7, 2),
        "notified_on": date(2025, 7, 7),
    },
    {
        "full_name": "Phạm Văn Sang",
        "agency": P_BEN_LUA,
        "position": "Chủ tịch UBND phường",
        "role": ROLE_HEAD,
        "office_phone": "0290 3823 112",
        "email": "pvsang@benlua.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Nghị quyết số 03/NQ-HĐND",
        "appointment_date": date(2025, 7, 1),
        "valid_from": date(2025, 7, 1),
        "valid_until": date(2026, 9, 30),
        "notified_on": date(2025, 7, 7),
    },
    {
        "full_name": "Trần Thị Mộng Cầm",
        "agency": X_CON_TIEN,
        "position": "Phó Chủ tịch UBND xã",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3824 102",
        "email": "ttmcam@contien.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 21/QĐ-UBND",
        "appointment_date": date(2025, 7, 3),
        "valid_from": date(2025, 7, 3),
        "notified_on": date(2025, 7, 9),
        "topics": ["du lịch"],
    },
    {
        "full_name": "Huỳnh Văn Thái",
        "agency": X_BAI_BOI,
        "position": "Phó Chủ tịch UBND xã",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3824 162",
        "mobile_phone": "0900 000 107",
        "email": "hvthai@baiboi.phusa.example",
        "press_languages": ["vi"],
        "appointment_document": "Quyết định số 19/QĐ-UBND",
        "appointment_date": date(2025, 7, 3),
        "valid_from": date(2025, 7, 3),
        "notified_on": date(2025, 7, 9),
        "topics": ["thiên tai", "thủy sản"],
    },
    {
        "full_name": "Sơn Văn Đức",
        "agency": X_GIONG_LUA,
        "position": "Chánh Văn phòng HĐND và UBND xã",
        "role": ROLE_REGULAR,
        "office_phone": "0290 3824 152",
        "email": "svduc@gionglua.phusa.example",
        "press_languages": ["vi", "km"],
        "appointment_document": "Quyết định số 17/QĐ-UBND",
        "appointment_date": date(2025, 7, 3),
        "valid_from": date(2025, 7, 3),
        "notified_on": date(2025, 7, 9),
        "topics": ["văn hóa"],
    },
]

# --- Images and documents -----------------------------------------------------

IMAGES = {
    "portrait-thu-ha": {
        "kind": "portrait",
        "title": "Chân dung (minh họa) bà Lê Thị Thu Hà",
        "description": "Ảnh minh họa: chữ viết tắt TH trên nền xanh",
        "filename": "chan-dung-le-thi-thu-ha",
        "initials": "TH",
        "colour": "#1d4e89",
    },
    "portrait-ngoc-lan": {
        "kind": "portrait",
        "title": "Chân dung (minh họa) bà Võ Thị Ngọc Lan",
        "description": "Ảnh minh họa: chữ viết tắt NL trên nền đỏ",
        "filename": "chan-dung-vo-thi-ngoc-lan",
        "initials": "NL",
        "colour": "#9b2335",
    },
    "portrait-my-duyen": {
        "kind": "portrait",
        "title": "Chân dung (minh họa) bà Huỳnh Thị Mỹ Duyên",
        "description": "Ảnh minh họa: chữ viết tắt MD trên nền xanh lá",
        "filename": "chan-dung-huynh-thi-my-duyen",
        "initials": "MD",
        "colour": "#2e7d32",
    },
    "hero-tinh": {
        "kind": "landscape",
        "title": "Toàn cảnh tỉnh Phù Sa (ảnh minh họa)",
        "description": (
            "Ảnh minh họa: dải màu xanh lá chuyển sang vàng, dòng chữ Tỉnh Phù Sa"
        ),
        "filename": "toan-canh-tinh-phu-sa",
        "text": "Tỉnh Phù Sa",
        "subtitle": "Đất lành phù sa, người hiền sông nước",
        "colours": ("#0b6e4f", "#f2c14e"),
    },
    "hero-dau-tu": {
        "kind": "landscape",
        "title": "Khu công nghiệp Bến Lúa (ảnh minh họa)",
        "description": "Ảnh minh họa: dải màu xanh dương, dòng chữ Đầu tư vào Phù Sa",
        "filename": "khu-cong-nghiep-ben-lua",
        "text": "Đầu tư vào Phù Sa",
        "subtitle": "Khu công nghiệp Bến Lúa – cảng biển Bãi Bồi",
        "colours": ("#0d3b66", "#3e92cc"),
    },
    "hero-du-lich": {
        "kind": "landscape",
        "title": "Chợ nổi Vàm Lục (ảnh minh họa)",
        "description": (
            "Ảnh minh họa: dải màu cam sang xanh ngọc, dòng chữ Du lịch Phù Sa"
        ),
        "filename": "cho-noi-vam-luc",
        "text": "Du lịch Phù Sa",
        "subtitle": "Chợ nổi Vàm Lục – cồn Tiên – rừng ngập mặn Bãi Bồi",
        "colours": ("#f4845f", "#2a9d8f"),
    },
    "hero-van-hoa": {
        "kind": "landscape",
        "title": "Lễ hội Nghinh Ông Bãi Bồi (ảnh minh họa)",
        "description": "Ảnh minh họa: dải màu đỏ sang vàng, dòng chữ Văn hóa Phù Sa",
        "filename": "le-hoi-nghinh-ong-bai-boi",
        "text": "Văn hóa Phù Sa",
        "subtitle": "Kinh – Khmer – Hoa cùng chung sống",
        "colours": ("#8d0801", "#f4d35e"),
    },
}

DOCUMENTS = {
    "tai-lieu-ttdn-2025": {
        "format": "pdf",
        "title": "Tài liệu hội nghị tập huấn thông tin đối ngoại năm 2025",
        "filename": "tai-lieu-tap-huan-thong-tin-doi-ngoai-2025",
        "heading": "Tập huấn thông tin đối ngoại 2025",
        "lines": [
            "Chuyên đề 1. Đường lối, chính sách đối ngoại của Việt Nam",
            "Chuyên đề 2. Chủ quyền, toàn vẹn lãnh thổ và vấn đề Biển Đông",
            "Chuyên đề 3. Quan hệ với ASEAN và các nước láng giềng",
            "Chuyên đề 4. Hội nhập quốc tế: cơ hội và thách thức",
            "Chuyên đề 5. Kỹ năng phát ngôn và cung cấp thông tin",
            "             cho báo chí (Nghị định 09/2017/NĐ-CP)",
            "",
            "Đơn vị biên soạn: Sở Văn hóa, Thể thao và Du lịch",
        ],
    },
    "ky-nang-phat-ngon-2025": {
        "format": "pdf",
        "title": "Bài giảng kỹ năng phát ngôn và xử lý khủng hoảng truyền thông",
        "filename": "bai-giang-ky-nang-phat-ngon",
        "heading": "Kỹ năng phát ngôn",
        "lines": [
            "1. Vai trò của người phát ngôn trong cơ quan hành chính",
            "2. Chuẩn bị thông điệp chính trước khi gặp báo chí",
            "3. Trả lời phỏng vấn: nghe kỹ, trả lời ngắn, đúng thẩm quyền",
            "4. Nhận diện sớm và xử lý khủng hoảng truyền thông",
            "5. Thông tin đối ngoại trên báo chí địa phương",
        ],
    },
    "chuong-trinh-truc-tuyen-2025": {
        "format": "txt",
        "title": "Chương trình hội nghị trực tuyến tập huấn thông tin đối ngoại 2025",
        "filename": "chuong-trinh-hoi-nghi-truc-tuyen-2025",
        "heading": "Chương trình hội nghị trực tuyến",
        "lines": [
            "07h30 – Các điểm cầu kiểm tra đường truyền, điểm danh đại biểu",
            "08h00 – Khai mạc hội nghị",
            "08h15 – Kỹ năng phát ngôn của người phát ngôn trong cơ quan hành chính "
            "nhà nước",
            "09h45 – Kỹ năng giao tiếp và trả lời phỏng vấn báo chí",
            "13h30 – Kỹ năng xử lý khủng hoảng truyền thông",
            "15h30 – Trao đổi giữa các điểm cầu, bế mạc",
        ],
    },
    "luat-bao-chi-2025": {
        "format": "txt",
        "title": "Đề cương giới thiệu Luật Báo chí năm 2025",
        "filename": "de-cuong-luat-bao-chi-2025",
        "heading": "Đề cương giới thiệu Luật Báo chí năm 2025",
        "lines": [
            "1. Những điểm mới của Luật (có hiệu lực từ ngày 01/7/2026)",
            "2. Trách nhiệm cung cấp thông tin cho báo chí của cơ quan nhà nước",
            "3. Chỉ định người phát ngôn, công bố thông tin liên hệ",
            "4. Tiếp nhận, trả lời kiến nghị, phản ánh do báo chí chuyển đến",
        ],
    },
    "brochure-phu-sa": {
        "format": "pdf",
        "title": "Tờ gấp giới thiệu tỉnh Phù Sa",
        "filename": "to-gap-gioi-thieu-tinh-phu-sa",
        "heading": "Tỉnh Phù Sa – cơ hội đầu tư",
        "lines": [
            "Diện tích: 2.468,5 km²     Dân số: 1.215.400 người",
            "Tăng trưởng GRDP năm 2025: 7,62%",
            "05 khu công nghiệp, cảng biển nước sâu Bãi Bồi",
            "Du lịch sông nước: chợ nổi Vàm Lục, cồn Tiên, rừng ngập mặn",
            "",
            "Liên hệ: Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
            "Điện thoại: 0290 3822 331 – invest@ttxt.phusa.example",
        ],
    },
}

# --- Section pages under the home page, in menu order -------------------------

NEWSROOM = {
    "title": "Thông cáo báo chí",
    "slug": "thong-cao-bao-chi",
    "intro": (
        "<p>Thông cáo báo chí của Ủy ban nhân dân tỉnh và các sở, ban, ngành, UBND "
        "các xã, phường. Lọc theo cơ quan, năm hoặc chủ đề.</p>"
    ),
}
DIRECTORY = {
    "title": "Người phát ngôn",
    "slug": "nguoi-phat-ngon",
    "intro": (
        "<p>Danh sách người phát ngôn và cung cấp thông tin cho báo chí của các cơ "
        "quan hành chính nhà nước trên địa bàn tỉnh, theo Nghị định 09/2017/NĐ-CP. "
        "Thông tin được cập nhật khi có quyết định giao nhiệm vụ mới.</p>"
    ),
}
TRAINING_INDEX = {
    "title": "Tập huấn",
    "slug": "tap-huan",
    "intro": (
        "<p>Hội nghị, lớp tập huấn về thông tin đối ngoại, kỹ năng phát ngôn và cung "
        "cấp thông tin cho báo chí dành cho cán bộ các cơ quan, địa phương.</p>"
    ),
}

# The promotion hub is the first entry; the others are its children.
PROMOTION_PAGES = [
    {
        "title": "Giới thiệu tỉnh Phù Sa",
        "slug": "gioi-thieu-tinh-phu-sa",
        "hero_image": "hero-tinh",
        "introduction": (
            "Phù Sa là tỉnh ven biển ở hạ lưu sông Cửu Long, nơi ba dân tộc Kinh, "
            "Khmer và Hoa cùng sinh sống, với nền nông nghiệp trù phú, cảng biển nước "
            "sâu và bờ biển dài 72 km."
        ),
        "key_figures": [
            ("Diện tích tự nhiên", Decimal("2468.50"), "km²", 2025),
            ("Dân số", Decimal("1215400"), "người", 2025),
            ("Tăng trưởng GRDP", Decimal("7.62"), "%", 2025),
            ("Đơn vị hành chính cấp xã", Decimal("50"), "xã, phường", 2025),
            ("Khu công nghiệp", Decimal("5"), "khu", 2025),
            ("Khách du lịch", Decimal("3.15"), "triệu lượt", 2025),
        ],
        "sections": [
            ("heading", "Vị trí địa lý"),
            (
                "paragraph",
                "<p>Tỉnh nằm giữa hai nhánh sông lớn đổ ra biển, cách Thành phố Hồ Chí "
                "Minh khoảng 180 km theo đường cao tốc. Phía đông giáp biển, có cửa "
                "sông Bãi Bồi thuận lợi cho tàu trọng tải lớn.</p>",
            ),
            ("heading", "Chính quyền địa phương hai cấp"),
            (
                "paragraph",
                "<p>Từ ngày 01/7/2025, tỉnh tổ chức chính quyền địa phương hai cấp "
                "gồm cấp tỉnh và 50 xã, phường. Trung tâm hành chính đặt tại phường "
                "Phù Sa.</p>",
            ),
        ],
        "contact_agency": TTXT,
        "contact_spokesperson": ("Vương Gia Huy", TTXT),
        "brochures": [("brochure-phu-sa", "Tờ gấp giới thiệu tỉnh (PDF)")],
    },
    {
        "title": "Đầu tư",
        "slug": "dau-tu",
        "hero_image": "hero-dau-tu",
        "introduction": (
            "Năm khu công nghiệp với hạ tầng sẵn sàng, cảng biển nước sâu Bãi Bồi và "
            "thủ tục đầu tư được giải quyết tại một đầu mối."
        ),
        "key_figures": [
            ("Diện tích đất khu công nghiệp", Decimal("2150"), "ha", 2025),
            ("Tỷ lệ lấp đầy", Decimal("68.5"), "%", 2025),
            ("Dự án FDI còn hiệu lực", Decimal("64"), "dự án", 2025),
            ("Vốn FDI đăng ký", Decimal("2.35"), "tỷ USD", 2025),
        ],
        "sections": [
            ("heading", "Lĩnh vực ưu tiên"),
            (
                "paragraph",
                "<ul><li>Chế biến nông sản, thủy sản xuất khẩu</li><li>Năng lượng tái "
                "tạo: điện gió gần bờ, điện mặt trời mái nhà</li><li>Logistics gắn với "
                "cảng Bãi Bồi</li><li>Du lịch sinh thái sông nước</li></ul>",
            ),
            (
                "table",
                {
                    "caption": "Các khu công nghiệp của tỉnh",
                    "rows": [
                        ["Khu công nghiệp", "Diện tích (ha)", "Tỷ lệ lấp đầy"],
                        ["Bến Lúa", "620", "91%"],
                        ["Long Châu", "480", "74%"],
                        ["Vàm Lục", "350", "55%"],
                        ["Tân Phù", "300", "40%"],
                        ["Cảng biển Bãi Bồi", "400", "38%"],
                    ],
                },
            ),
            ("heading", "Hỗ trợ nhà đầu tư"),
            (
                "paragraph",
                "<p>Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tiếp nhận yêu cầu "
                "bằng tiếng Việt, tiếng Anh và tiếng Trung, giới thiệu địa điểm và "
                "đồng "
                "hành cùng nhà đầu tư trong suốt quá trình làm thủ tục.</p>",
            ),
        ],
        "contact_agency": BQLKCN,
        "contact_spokesperson": ("Lưu Đức Thắng", BQLKCN),
    },
    {
        "title": "Du lịch",
        "slug": "du-lich",
        "hero_image": "hero-du-lich",
        "introduction": (
            "Chợ nổi họp từ tinh mơ, vườn trái cây trên cồn, rừng ngập mặn ven biển và "
            "mùa lễ hội của ba dân tộc."
        ),
        "key_figures": [
            ("Khách du lịch", Decimal("3.15"), "triệu lượt", 2025),
            ("Khách quốc tế", Decimal("185000"), "lượt", 2025),
            ("Doanh thu du lịch", Decimal("4850"), "tỷ đồng", 2025),
            ("Cơ sở lưu trú", Decimal("420"), "cơ sở", 2025),
        ],
        "sections": [
            ("heading", "Điểm đến tiêu biểu"),
            (
                "paragraph",
                "<p><b>Chợ nổi Vàm Lục</b> họp từ 4 giờ sáng trên ngã ba sông. "
                "<b>Cồn Tiên</b> có hơn 600 ha vườn cây ăn trái, homestay và làng nghề "
                "đan lục bình. <b>Rừng ngập mặn Bãi Bồi</b> là nơi trú ngụ của nhiều "
                "loài chim nước.</p>",
            ),
            (
                "image",
                {
                    "image": "hero-du-lich",
                    "caption": "Chợ nổi Vàm Lục lúc bình minh (ảnh minh họa).",
                    "credit": "Sở Văn hóa, Thể thao và Du lịch",
                },
            ),
        ],
        "contact_agency": SVHTTDL,
        "contact_spokesperson": ("Đặng Quốc Bảo", SVHTTDL),
    },
    {
        "title": "Văn hóa",
        "slug": "van-hoa",
        "hero_image": "hero-van-hoa",
        "introduction": (
            "Văn hóa Kinh, Khmer, Hoa đan xen trong lễ hội, kiến trúc chùa chiền, ẩm "
            "thực và nghệ thuật đờn ca tài tử."
        ),
        "key_figures": [
            ("Di tích cấp quốc gia", Decimal("14"), "di tích", 2025),
            ("Lễ hội truyền thống", Decimal("26"), "lễ hội", 2025),
            ("Chùa Khmer", Decimal("92"), "ngôi chùa", 2025),
        ],
        "sections": [
            ("heading", "Lễ hội"),
            (
                "paragraph",
                "<p>Lễ hội Nghinh Ông Bãi Bồi của ngư dân ven biển, lễ hội Oóc Om Bóc "
                "– "
                "đua ghe ngo của đồng bào Khmer ở Giồng Lúa và Lễ hội Trái cây Cồn "
                "Tiên "
                "thu hút hàng chục nghìn lượt khách mỗi năm.</p>",
            ),
            (
                "quote",
                (
                    "Giữ gìn bản sắc của từng dân tộc là cách tốt nhất để giới thiệu "
                    "Phù "
                    "Sa với bạn bè quốc tế.",
                    "Võ Thị Ngọc Lan, Giám đốc Sở Văn hóa, Thể thao và Du lịch",
                ),
            ),
        ],
        "contact_agency": SVHTTDL,
    },
]

# --- Trainings ----------------------------------------------------------------

# Past trainings give absolute "starts_at"/"ends_at"; upcoming ones give
# "starts_in_days" with "start_time"/"end_time" and "registration_closes_days_before".
TRAININGS = [
    {
        # Modelled on the seed report of an in-person conference (Sóc Trăng).
        "title": (
            "Hội nghị tập huấn công tác thông tin đối ngoại, kỹ năng phát ngôn và cung "
            "cấp thông tin cho báo chí năm 2025"
        ),
        "slug": "tap-huan-thong-tin-doi-ngoai-phat-ngon-2025",
        "organiser": SVHTTDL,
        "co_organisers": [SNGV],
        "lead": (
            "Hơn 150 lãnh đạo, người phát ngôn và chánh văn phòng của các sở, ban, "
            "ngành và UBND các xã, phường được cập nhật tình hình đối ngoại và rèn kỹ "
            "năng làm việc với báo chí."
        ),
        "starts_at": datetime(2025, 8, 12, 7, 30),
        "ends_at": datetime(2025, 8, 12, 16, 30),
        "event_format": "in_person",
        "main_venue": "Hội trường Ủy ban nhân dân tỉnh",
        "main_venue_address": "Số 1 đường Hùng Vương, phường Phù Sa, tỉnh Phù Sa",
        "target_participants": (
            "Lãnh đạo và người phát ngôn, chánh văn phòng, cán bộ phụ trách thông tin "
            "đối ngoại của các sở, ban, ngành tỉnh và UBND các xã, phường; lãnh đạo "
            "Báo và Phát thanh, Truyền hình Phù Sa."
        ),
        "expected_participants": 150,
        "speakers": [
            (
                "TS. Đinh Quang Vũ",
                "Phó Vụ trưởng Vụ Thông tin báo chí",
                "Bộ Ngoại giao",
            ),
            (
                "TS. Hà Minh Khang",
                "Nguyên Thứ trưởng Bộ Thông tin và Truyền thông",
                "",
            ),
        ],
        "agenda": [
            (time(7, 30), "Đón tiếp đại biểu"),
            (
                time(8, 0),
                "Khai mạc; phát biểu của lãnh đạo Sở Văn hóa, Thể thao và Du lịch",
            ),
            (
                time(8, 15),
                "Đường lối, chính sách đối ngoại và tình hình hội nhập quốc tế",
            ),
            (
                time(10, 0),
                "Chủ quyền, toàn vẹn lãnh thổ, vấn đề Biển Đông; quan hệ với ASEAN "
                "và láng giềng",
            ),
            (time(13, 30), "Kỹ năng phát ngôn và cung cấp thông tin cho báo chí"),
            (time(16, 0), "Phát biểu bế mạc"),
        ],
        "topics": ["thông tin đối ngoại", "kỹ năng phát ngôn", "Biển Đông"],
        "materials": [("tai-lieu-ttdn-2025", "Tài liệu hội nghị (PDF)")],
        "actual_attendance": 162,
        "outcome_summary": (
            "<p>Các báo cáo viên trình bày đường lối, chính sách đối ngoại của Đảng và "
            "Nhà nước; lập trường của Việt Nam về bảo vệ độc lập, chủ quyền, toàn vẹn "
            "lãnh thổ và vấn đề Biển Đông; quan hệ với các nước ASEAN, nhất là các "
            "nước "
            "láng giềng; tình hình hội nhập quốc tế. Buổi chiều, đại biểu thực hành kỹ "
            "năng phát ngôn và cung cấp thông tin cho báo chí.</p>"
            "<p>Bế mạc hội nghị, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch Đặng "
            "Quốc "
            "Bảo thay mặt Ban Chỉ đạo công tác thông tin đối ngoại tỉnh giao sáu nhiệm "
            "vụ cho các cơ quan tham dự.</p>"
        ),
        "follow_up_tasks": [
            "Nắm vững và tổ chức thực hiện đầy đủ chiến lược, chương trình hành động "
            "và "
            "các quy định hiện hành của Trung ương về thông tin đối ngoại tại cơ quan, "
            "đơn vị mình.",
            "Rà soát, củng cố bộ máy và đội ngũ làm thông tin đối ngoại; xây dựng "
            "chương "
            "trình công tác sát với đặc điểm từng địa phương, đơn vị; đổi mới nội dung "
            "và cách làm theo hướng thiết thực, hiệu quả.",
            "Giữ mối phối hợp thường xuyên với các bộ, ngành Trung ương trong chỉ đạo "
            "và "
            "triển khai thông tin đối ngoại, nhất là khi phát sinh vấn đề mới, quan "
            "trọng, nhạy cảm được dư luận quan tâm.",
            "Chủ động nắm bắt dư luận, dự báo sớm để kịp thời cung cấp thông tin chính "
            "thống, phản bác thông tin sai sự thật, xuyên tạc, nhất là về biên giới, "
            "biển đảo, dân tộc, tôn giáo, dân chủ và nhân quyền.",
            "Phối hợp chặt chẽ hơn giữa các cơ quan trong quảng bá hình ảnh, tiềm năng "
            "và cơ hội đầu tư của tỉnh ra nước ngoài.",
            "Dựa trên tài liệu hội nghị, các sở, ban, ngành và UBND các xã, phường lập "
            "kế hoạch bồi dưỡng, tập huấn lại cho cán bộ làm thông tin đối ngoại của "
            "cơ quan, địa phương mình.",
        ],
    },
    {
        # Modelled on the seed report of an online conference (Lạng Sơn).
        "title": "Hội nghị trực tuyến tập huấn công tác thông tin đối ngoại năm 2025",
        "slug": "hoi-nghi-truc-tuyen-thong-tin-doi-ngoai-2025",
        "organiser": SVHTTDL,
        "co_organisers": [TTCNTT],
        "lead": (
            "Từ điểm cầu chính tại Sở Văn hóa, Thể thao và Du lịch, hội nghị kết nối "
            "11 "
            "điểm cầu ở các xã, phường để bồi dưỡng kỹ năng phát ngôn, trả lời phỏng "
            "vấn "
            "và xử lý khủng hoảng truyền thông."
        ),
        "starts_at": datetime(2025, 10, 17, 7, 30),
        "ends_at": datetime(2025, 10, 17, 16, 0),
        "event_format": "online",
        "main_venue": "Phòng họp trực tuyến Sở Văn hóa, Thể thao và Du lịch",
        "main_venue_address": "Số 18 đường Trần Hưng Đạo, phường Phù Sa, tỉnh Phù Sa",
        "target_participants": (
            "Người phát ngôn và cung cấp thông tin cho báo chí của các sở, ban, ngành; "
            "lãnh đạo UBND, chánh văn phòng HĐND và UBND hoặc người được ủy quyền phát "
            "ngôn của các xã, phường."
        ),
        "expected_participants": 240,
        "connection_points": [
            (P_PHU_SA, 30, "Ông Trịnh Văn Lâm, công chức Văn phòng – 0290 3823 104"),
            (P_BEN_LUA, 25, "Bà Nguyễn Thị Yến, công chức Văn phòng – 0290 3823 113"),
            (P_RACH_SEN, 25, "Ông Lê Quang Vinh, công chức Văn phòng – 0290 3823 122"),
            (P_LONG_CHAU, 25, "Bà Phạm Thị Hoa, công chức Văn phòng – 0290 3823 132"),
            (X_CON_TIEN, 20, "Ông Võ Văn Tài, công chức Văn phòng – 0290 3824 103"),
            (X_VAM_LUC, 20, "Bà Trần Thị Ngân, công chức Văn phòng – 0290 3824 112"),
            (X_TAN_PHU, 20, "Ông Huỳnh Văn Bé, công chức Văn phòng – 0290 3824 122"),
            (X_MY_LOC, 20, "Bà Đặng Thị Lệ, công chức Văn phòng – 0290 3824 132"),
            (X_HOA_DONG, 20, "Ông Ngô Thanh Hùng, công chức Văn phòng – 0290 3824 142"),
            (X_GIONG_LUA, 20, "Ông Thạch Văn Sơn, công chức Văn phòng – 0290 3824 153"),
            (X_BAI_BOI, 20, "Bà Lý Thị Kim Chi, công chức Văn phòng – 0290 3824 163"),
        ],
        "speakers": [
            (
                "PGS.TS. Lương Thị Hải Yến",
                "Trưởng khoa Quan hệ quốc tế",
                "Học viện Báo chí và Tuyên truyền",
            ),
        ],
        "agenda": [
            (time(7, 30), "Kiểm tra đường truyền, điểm danh tại các điểm cầu"),
            (time(8, 0), "Khai mạc"),
            (
                time(8, 15),
                "Kỹ năng phát ngôn của người phát ngôn trong cơ quan hành chính nhà "
                "nước",
            ),
            (time(9, 45), "Kỹ năng giao tiếp và trả lời phỏng vấn báo chí"),
            (time(13, 30), "Kỹ năng xử lý khủng hoảng truyền thông"),
            (time(14, 45), "Nghiệp vụ thông tin đối ngoại của báo chí địa phương"),
            (time(15, 30), "Trao đổi giữa các điểm cầu; bế mạc"),
        ],
        "topics": [
            "thông tin đối ngoại",
            "kỹ năng phát ngôn",
            "khủng hoảng truyền thông",
        ],
        "materials": [
            ("ky-nang-phat-ngon-2025", "Bài giảng của báo cáo viên (PDF)"),
            ("chuong-trinh-truc-tuyen-2025", "Chương trình hội nghị"),
        ],
        "actual_attendance": 236,
        "outcome_summary": (
            "<p>Báo chí ngày càng phát triển và là kênh đưa chủ trương, chính sách đến "
            "người dân, đồng thời phản biện xã hội. Mỗi ngày có khoảng 8 bài báo trung "
            "ương viết về Phù Sa, trong đó có lúc trên 15% là thông tin trái chiều, "
            "nên "
            "việc phát ngôn đúng thẩm quyền, kịp thời là yêu cầu cấp thiết.</p>"
            "<p>Báo cáo viên hướng dẫn kỹ năng phát ngôn trong cơ quan hành chính, kỹ "
            "năng giao tiếp và trả lời phỏng vấn, cách xử lý khủng hoảng truyền thông "
            "và "
            "nghiệp vụ thông tin đối ngoại của báo chí địa phương. Các điểm cầu đã đặt "
            "câu hỏi về tình huống thực tế ở xã, phường.</p>"
        ),
        "follow_up_tasks": [
            "UBND các xã, phường rà soát, công bố người phát ngôn trên trang thông tin "
            "điện tử và gửi văn bản thông báo về Sở Văn hóa, Thể thao và Du lịch.",
            "Các cơ quan gửi tình huống khủng hoảng truyền thông đã gặp để xây dựng bộ "
            "tài liệu tham khảo dùng chung.",
        ],
    },
    {
        "title": (
            "Tập huấn quản trị nội dung cổng thông tin điện tử và thông tin bằng "
            "tiếng nước ngoài"
        ),
        "slug": "tap-huan-quan-tri-cong-thong-tin-2026",
        "organiser": SKHCN,
        "co_organisers": [SVHTTDL, TTCNTT],
        "lead": (
            "Biên tập viên các cơ quan thực hành đăng tin, lưu trữ và cập nhật thông "
            "tin bắt buộc bằng tiếng Anh trên cổng thông tin điện tử."
        ),
        "starts_at": datetime(2026, 3, 19, 8, 0),
        "ends_at": datetime(2026, 3, 19, 11, 30),
        "event_format": "hybrid",
        "main_venue": "Phòng họp Trung tâm Công nghệ thông tin và Truyền thông",
        "main_venue_address": "Số 25 đường Lê Lợi, phường Phù Sa, tỉnh Phù Sa",
        "target_participants": (
            "Biên tập viên, quản trị viên trang thông tin điện tử của các sở, ban, "
            "ngành và xã, phường."
        ),
        "expected_participants": 120,
        "connection_points": [
            (P_LONG_CHAU, 30, "Bà Phạm Thị Hoa – 0290 3823 132"),
            (X_BAI_BOI, 20, "Bà Lý Thị Kim Chi – 0290 3824 163"),
        ],
        "speakers": [
            ("ThS. Trần Quốc Việt", "Phó Giám đốc Trung tâm", TTCNTT),
        ],
        "agenda": [
            (time(8, 0), "Yêu cầu về nội dung cổng thông tin theo quy định hiện hành"),
            (time(9, 0), "Thực hành đăng tin, thông cáo báo chí và người phát ngôn"),
            (
                time(10, 30),
                "Thông tin bắt buộc bằng tiếng Anh: cơ cấu tổ chức, danh bạ",
            ),
        ],
        "topics": ["chuyển đổi số", "cổng thông tin"],
        "actual_attendance": 131,
        "outcome_summary": (
            "<p>Học viên thực hành trên hệ thống thử nghiệm; 38 cơ quan cam kết hoàn "
            "thành trang tiếng Anh về cơ cấu tổ chức và danh bạ trước ngày "
            "30/6/2026.</p>"
        ),
        "follow_up_tasks": [
            "Hoàn thành bản tiếng Anh của trang cơ cấu tổ chức và danh bạ cán bộ "
            "trước ngày 30/6/2026.",
            "Cử một biên tập viên phụ trách cập nhật danh sách người phát ngôn.",
        ],
    },
    {
        "title": "Hội nghị phổ biến Luật Báo chí năm 2025",
        "slug": "pho-bien-luat-bao-chi-2025",
        "organiser": SVHTTDL,
        "lead": (
            "Giới thiệu những điểm mới của Luật Báo chí năm 2025, có hiệu lực từ ngày "
            "01/7/2026, nhất là trách nhiệm cung cấp thông tin và chỉ định người phát "
            "ngôn."
        ),
        "starts_at": datetime(2026, 6, 24, 8, 0),
        "ends_at": datetime(2026, 6, 24, 11, 30),
        "event_format": "in_person",
        "main_venue": "Hội trường Sở Văn hóa, Thể thao và Du lịch",
        "main_venue_address": "Số 18 đường Trần Hưng Đạo, phường Phù Sa, tỉnh Phù Sa",
        "target_participants": (
            "Người phát ngôn, cán bộ phụ trách báo chí của các cơ quan, đơn vị trong "
            "tỉnh."
        ),
        "expected_participants": 100,
        "speakers": [
            (
                "Bà Huỳnh Thị Mỹ Duyên",
                "Trưởng phòng Quản lý báo chí, xuất bản và thông tin đối ngoại",
                SVHTTDL,
            ),
        ],
        "agenda": [
            (time(8, 0), "Những điểm mới của Luật Báo chí năm 2025"),
            (
                time(9, 30),
                "Trách nhiệm cung cấp thông tin, trả lời kiến nghị do báo chí chuyển "
                "đến",
            ),
            (time(10, 45), "Hỏi đáp"),
        ],
        "topics": ["báo chí", "Luật Báo chí"],
        "materials": [("luat-bao-chi-2025", "Đề cương giới thiệu Luật")],
        "actual_attendance": 94,
        "outcome_summary": (
            "<p>Đại biểu thống nhất cách ghi nhận, trả lời kiến nghị do báo chí chuyển "
            "đến và thời hạn công bố người phát ngôn khi Luật có hiệu lực.</p>"
        ),
        "follow_up_tasks": [
            "Các cơ quan cập nhật quy chế phát ngôn theo Luật Báo chí năm 2025 trước "
            "ngày 01/7/2026.",
        ],
    },
    {
        "title": "Tập huấn kỹ năng phát ngôn trong tình huống thiên tai, khẩn cấp",
        "slug": "tap-huan-phat-ngon-thien-tai",
        "organiser": SVHTTDL,
        "co_organisers": [SNNMT],
        "lead": (
            "Cách thông tin nhanh, chính xác cho báo chí và người dân khi có bão, "
            "triều "
            "cường, sạt lở; diễn tập một cuộc họp báo khẩn."
        ),
        "starts_in_days": 9,
        "start_time": time(8, 0),
        "end_time": time(16, 30),
        "registration_closes_days_before": 3,
        "registration_url": "https://phusa.example/dang-ky/tap-huan-thien-tai",
        "event_format": "hybrid",
        "main_venue": "Hội trường Sở Nông nghiệp và Môi trường",
        "main_venue_address": "Số 55 đường 30 Tháng 4, phường Long Châu, tỉnh Phù Sa",
        "target_participants": (
            "Người phát ngôn của các sở, ngành liên quan và UBND các xã ven biển, ven "
            "sông."
        ),
        "expected_participants": 90,
        "connection_points": [
            (X_BAI_BOI, 25, "Ông Huỳnh Văn Thái – 0900 000 107"),
            (X_VAM_LUC, 20, "Bà Trần Thị Ngân – 0290 3824 112"),
            (X_CON_TIEN, 20, "Ông Võ Văn Tài – 0290 3824 103"),
        ],
        "speakers": [
            ("Ông Dương Tấn Phát", "Chi cục trưởng Chi cục Thủy lợi", SNNMT),
            ("ThS. Phan Ngọc Bích", "Giảng viên", "Học viện Báo chí và Tuyên truyền"),
        ],
        "agenda": [
            (
                time(8, 0),
                "Thông tin trong phòng, chống thiên tai: ai nói, nói gì, khi nào",
            ),
            (time(10, 0), "Diễn tập họp báo khẩn về triều cường"),
            (time(13, 30), "Mạng xã hội và tin giả khi có thiên tai"),
            (time(15, 30), "Rút kinh nghiệm"),
        ],
        "topics": ["thiên tai", "kỹ năng phát ngôn", "khủng hoảng truyền thông"],
    },
    {
        "title": (
            "Tập huấn quảng bá hình ảnh tỉnh Phù Sa bằng tiếng nước ngoài trên mạng "
            "xã hội"
        ),
        "slug": "tap-huan-quang-ba-tieng-nuoc-ngoai",
        "organiser": SNGV,
        "co_organisers": [SVHTTDL, TTXT],
        "lead": (
            "Viết và biên tập tin, ảnh, video giới thiệu tỉnh bằng tiếng Anh, tiếng "
            "Trung, tiếng Hàn cho trang mạng xã hội chính thức của tỉnh."
        ),
        "starts_in_days": 24,
        "start_time": time(8, 30),
        "end_time": time(11, 30),
        "registration_closes_days_before": 5,
        "registration_url": "https://phusa.example/dang-ky/quang-ba-tieng-nuoc-ngoai",
        "event_format": "online",
        "main_venue": "Phòng họp trực tuyến Sở Ngoại vụ",
        "main_venue_address": "Số 2 đường Hùng Vương, phường Phù Sa, tỉnh Phù Sa",
        "target_participants": (
            "Cán bộ làm thông tin đối ngoại, xúc tiến đầu tư và du lịch của các cơ "
            "quan."
        ),
        "expected_participants": 60,
        "speakers": [
            ("Bà Kim Thị Sa Ri", "Phó Giám đốc Sở", SNGV),
        ],
        "agenda": [
            (
                time(8, 30),
                "Thông tin đối ngoại trên mạng xã hội: nguyên tắc và quy định",
            ),
            (time(9, 30), "Viết tin ngắn bằng tiếng nước ngoài về đầu tư, du lịch"),
            (time(10, 45), "Ảnh và video: quyền tác giả, chú thích đa ngôn ngữ"),
        ],
        "topics": ["thông tin đối ngoại", "quảng bá", "mạng xã hội"],
    },
    {
        "title": (
            "Đào tạo kỹ năng viết thông cáo báo chí cho cán bộ văn phòng các sở, ngành"
        ),
        "slug": "dao-tao-viet-thong-cao-bao-chi",
        "organiser": SVHTTDL,
        "co_organisers": [VP_UBND],
        "lead": (
            "Lớp đào tạo hai buổi về cách viết thông cáo ngắn, đúng, kịp thời, có số "
            "liệu kiểm chứng được và đầu mối liên hệ cho phóng viên."
        ),
        "starts_in_days": 38,
        "start_time": time(8, 0),
        "end_time": time(16, 30),
        "registration_closes_days_before": 7,
        "registration_url": "https://phusa.example/dang-ky/viet-thong-cao",
        "event_format": "in_person",
        "main_venue": "Phòng họp Sở Văn hóa, Thể thao và Du lịch",
        "main_venue_address": "Số 8 đường Trần Hưng Đạo, phường Phù Sa, tỉnh Phù Sa",
        "target_participants": (
            "Cán bộ văn phòng, cán bộ phụ trách truyền thông của các sở, ban, ngành "
            "tỉnh."
        ),
        "expected_participants": 45,
        "speakers": [
            ("ThS. Phan Ngọc Bích", "Giảng viên", "Học viện Báo chí và Tuyên truyền"),
        ],
        "agenda": [
            (time(8, 0), "Thông cáo báo chí: cấu trúc, độ dài, thời điểm phát hành"),
            (time(13, 30), "Thực hành: viết và biên tập một thông cáo"),
        ],
        "topics": ["kỹ năng phát ngôn", "báo chí"],
    },
]

# --- Press releases -----------------------------------------------------------

# "released_at" is the date printed on the release. "media_contacts" name
# spokespersons as (full_name, agency). "related" gives the slug path of a page
# under the home page. "embargo_in_days" publishes under embargo;
# "publish": False keeps a draft that was never published.
PRESS_RELEASES = [
    {
        "slug": "phu-sa-tai-hoi-cho-du-lich-ha-noi",
        "title": "Phù Sa giới thiệu sản phẩm du lịch miệt vườn tại hội chợ ở Hà Nội",
        "reference": "Số 14/TCBC-SVHTTDL",
        "issuing_agency": SVHTTDL,
        "released_at": datetime(2026, 4, 9, 10, 0),
        "lead": (
            "Gian hàng của tỉnh tại Hội chợ Du lịch quốc tế Việt Nam ở Hà Nội giới "
            "thiệu chợ nổi Vàm Lục, cồn Tiên và các tour miệt vườn hai ngày."
        ),
        "body": [
            (
                "paragraph",
                "<p>Trong bốn ngày hội chợ, gian hàng Phù Sa đón hơn 6.000 lượt khách "
                "và ký 14 thỏa thuận hợp tác với các công ty lữ hành ở Hà Nội và các "
                "tỉnh phía Bắc.</p>",
            ),
        ],
        "tags": ["du lịch", "quảng bá"],
        "media_contacts": [],
    },
    {
        "slug": "ket-qua-chuyen-doi-so-nam-2024",
        "title": "Phù Sa công bố kết quả chuyển đổi số năm 2024",
        "reference": "Số 01/TCBC-STTTT",
        "issuing_agency": STTTT,
        "released_at": datetime(2025, 1, 8, 9, 0),
        "lead": (
            "Năm 2024, 92% hồ sơ thủ tục hành chính của tỉnh được tiếp nhận trực "
            "tuyến; "
            "tỉnh đứng trong nhóm khá của cả nước về chỉ số chuyển đổi số."
        ),
        "body": [
            (
                "paragraph",
                "<p>Sở Thông tin và Truyền thông cho biết hạ tầng cáp quang đã phủ đến "
                "100% ấp, khóm; 78% người trưởng thành có tài khoản định danh điện tử "
                "mức 2.</p>",
            ),
            (
                "paragraph",
                "<p>Năm 2025, tỉnh tập trung số hóa hồ sơ đất đai và mở rộng thanh "
                "toán "
                "không dùng tiền mặt tại chợ truyền thống.</p>",
            ),
        ],
        "tags": ["chuyển đổi số", "dịch vụ công"],
        "media_contacts": [("Châu Thị Bích Ngọc", STTTT)],
    },
    {
        "slug": "hop-bao-quy-iv-2024",
        "title": "Họp báo thường kỳ quý IV năm 2024 của UBND tỉnh",
        "reference": "Số 01/TCBC-UBND",
        "issuing_agency": UBND,
        "released_at": datetime(2025, 1, 20, 15, 0),
        "lead": (
            "Kinh tế tỉnh tăng trưởng 7,1% năm 2024; thu hút 12 dự án đầu tư mới với "
            "tổng vốn đăng ký hơn 9.800 tỷ đồng."
        ),
        "body": [
            (
                "paragraph",
                "<p>Chủ trì họp báo, Chánh Văn phòng UBND tỉnh Lê Thị Thu Hà thông tin "
                "các chỉ tiêu chủ yếu và trả lời câu hỏi của 24 cơ quan báo chí.</p>",
            ),
            (
                "table",
                {
                    "caption": "Một số chỉ tiêu năm 2024",
                    "rows": [
                        ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
                        ["Tăng trưởng GRDP", "7,0%", "7,1%"],
                        ["Thu ngân sách (tỷ đồng)", "6.200", "6.540"],
                        ["Kim ngạch xuất khẩu (triệu USD)", "1.150", "1.212"],
                    ],
                },
            ),
        ],
        "tags": ["họp báo", "đầu tư"],
    },
    {
        "slug": "ra-mat-ung-dung-phu-sa-so",
        "title": "Ra mắt ứng dụng “Phù Sa số” cho người dân",
        "reference": "Số 02/TCBC-STTTT",
        "issuing_agency": STTTT,
        "released_at": datetime(2025, 2, 12, 10, 0),
        "lead": (
            "Ứng dụng “Phù Sa số” cho phép tra cứu hồ sơ, phản ánh hiện trường và nhận "
            "cảnh báo thiên tai trên điện thoại."
        ),
        "body": [
            (
                "paragraph",
                "<p>Ứng dụng miễn phí trên hai nền tảng di động, đăng nhập bằng tài "
                "khoản định danh điện tử. Phản ánh của người dân được chuyển thẳng đến "
                "cơ quan có thẩm quyền và phải trả lời trong 5 ngày làm việc.</p>",
            ),
        ],
        "tags": ["chuyển đổi số", "dịch vụ công"],
    },
    {
        "slug": "giai-bao-chi-tinh-phu-sa-2024",
        "title": "Trao Giải Báo chí tỉnh Phù Sa năm 2024",
        "reference": "Số 03/TCBC-STTTT",
        "issuing_agency": STTTT,
        "co_issuers": [SVHTTDL],
        "released_at": datetime(2025, 2, 20, 16, 0),
        "lead": "32 tác phẩm đoạt giải trong tổng số 215 tác phẩm dự thi.",
        "body": [
            (
                "paragraph",
                "<p>Các tác phẩm đoạt giải phản ánh sinh động công cuộc chống xâm nhập "
                "mặn, phát triển du lịch sông nước và chuyển đổi số ở cơ sở.</p>",
            ),
        ],
        "tags": ["báo chí", "họp báo"],
    },
    {
        "slug": "svhttdl-tiep-nhan-quan-ly-bao-chi",
        "title": "Sở Văn hóa, Thể thao và Du lịch tiếp nhận chức năng quản lý báo chí",
        "reference": "Số 01/TCBC-SVHTTDL",
        "issuing_agency": SVHTTDL,
        "released_at": datetime(2025, 3, 10, 9, 0),
        "lead": (
            "Từ ngày 01/3/2025, đầu mối quản lý báo chí, xuất bản và thông tin đối "
            "ngoại "
            "của tỉnh là Sở Văn hóa, Thể thao và Du lịch."
        ),
        "body": [
            (
                "paragraph",
                "<p>Các cơ quan báo chí liên hệ Phòng Quản lý báo chí, xuất bản và "
                "thông "
                "tin đối ngoại của Sở để được cung cấp thông tin, cấp phép tác nghiệp "
                "và "
                "giải đáp thủ tục.</p>",
            ),
            (
                "paragraph",
                "<p>Chức năng chuyển đổi số, bưu chính, viễn thông do Sở Khoa học và "
                "Công "
                "nghệ đảm nhận.</p>",
            ),
        ],
        "tags": ["báo chí", "thông tin đối ngoại"],
        "media_contacts": [("Huỳnh Thị Mỹ Duyên", SVHTTDL)],
    },
    {
        "slug": "skhcn-dau-moi-chuyen-doi-so",
        "title": "Sở Khoa học và Công nghệ là đầu mối chuyển đổi số của tỉnh",
        "reference": "Số 01/TCBC-SKHCN",
        "issuing_agency": SKHCN,
        "released_at": datetime(2025, 3, 25, 9, 0),
        "lead": (
            "Sau hợp nhất, Sở Khoa học và Công nghệ điều phối chương trình chuyển đổi "
            "số và vận hành Trung tâm Công nghệ thông tin và Truyền thông."
        ),
        "body": [
            (
                "paragraph",
                "<p>Các dự án chuyển đổi số đang triển khai được giữ nguyên tiến độ; "
                "người dân tiếp tục dùng ứng dụng “Phù Sa số” như trước.</p>",
            ),
        ],
        "tags": ["chuyển đổi số"],
    },
    {
        "slug": "hop-bao-quy-i-2025",
        "title": "Họp báo thường kỳ quý I năm 2025",
        "reference": "Số 05/TCBC-UBND",
        "issuing_agency": UBND,
        "released_at": datetime(2025, 4, 15, 15, 0),
        "lead": (
            "Quý I/2025, lượng khách du lịch tăng 18% so với cùng kỳ; tỉnh hoàn thành "
            "sắp xếp các cơ quan chuyên môn theo mô hình mới."
        ),
        "body": [
            (
                "paragraph",
                "<p>UBND tỉnh thông tin kết quả sắp xếp bộ máy: từ 17 còn 13 sở và cơ "
                "quan tương đương; không làm gián đoạn giải quyết thủ tục cho người "
                "dân.</p>",
            ),
            (
                "quote",
                (
                    "Mọi câu hỏi của báo chí về sắp xếp bộ máy đều được trả lời bằng "
                    "văn "
                    "bản trong thời hạn quy định.",
                    "Lê Thị Thu Hà, Chánh Văn phòng UBND tỉnh",
                ),
            ),
        ],
        "tags": ["họp báo", "du lịch", "cải cách hành chính"],
    },
    {
        "slug": "le-hoi-trai-cay-con-tien-2025",
        "title": "Lễ hội Trái cây Cồn Tiên năm 2025",
        "reference": "Số 04/TCBC-SVHTTDL",
        "issuing_agency": SVHTTDL,
        "released_at": datetime(2025, 4, 28, 10, 0),
        "lead": (
            "Lễ hội diễn ra từ ngày 30/5 đến 02/6/2025 với hơn 40 gian hàng trái cây "
            "đặc sản."
        ),
        "body": [
            (
                "paragraph",
                "<p>Du khách được tham quan vườn, thưởng thức trái cây tại chỗ và xem "
                "biểu diễn đờn ca tài tử trên sông.</p>",
            ),
            (
                "image",
                {
                    "image": "hero-du-lich",
                    "caption": "Vườn trái cây trên cồn Tiên (ảnh minh họa).",
                    "credit": "Sở Văn hóa, Thể thao và Du lịch",
                },
            ),
        ],
        "tags": ["du lịch", "văn hóa"],
    },
    {
        "slug": "phong-chong-sot-xuat-huyet-2025",
        "title": "Chủ động phòng, chống sốt xuất huyết trong mùa mưa",
        "reference": "Số 02/TCBC-SYT",
        "issuing_agency": SYT,
        "released_at": datetime(2025, 5, 20, 8, 30),
        "lead": (
            "Số ca sốt xuất huyết 4 tháng đầu năm giảm 12%, nhưng nguy cơ tăng khi "
            "vào mùa mưa."
        ),
        "body": [
            (
                "paragraph",
                "<p>Sở Y tế đề nghị người dân diệt lăng quăng mỗi tuần và đến cơ sở y "
                "tế "
                "khi sốt cao liên tục.</p>",
            ),
        ],
        "tags": ["y tế"],
        "media_contacts": [("Phan Thị Diễm", SYT)],
    },
    {
        "slug": "ngay-moi-truong-the-gioi-2025",
        "title": "Hưởng ứng Ngày Môi trường thế giới: thu gom 120 tấn rác thải nhựa",
        "reference": "Số 03/TCBC-SNNMT",
        "issuing_agency": SNNMT,
        "released_at": datetime(2025, 6, 5, 9, 0),
        "lead": "Hơn 8.000 đoàn viên, học sinh tham gia làm sạch bờ sông và bãi biển.",
        "body": [
            (
                "paragraph",
                "<p>Rác thải nhựa thu gom được phân loại và chuyển về nhà máy tái chế "
                "tại "
                "khu công nghiệp Tân Phù.</p>",
            ),
        ],
        "tags": ["môi trường"],
    },
    {
        "slug": "khoi-cong-nha-may-kcn-ben-lua",
        "title": "Khởi công nhà máy linh kiện điện tử vốn Hàn Quốc tại KCN Bến Lúa",
        "reference": "Số 04/TCBC-BQLKCN",
        "issuing_agency": BQLKCN,
        "co_issuers": [STC],
        "released_at": datetime(2025, 6, 25, 10, 0),
        "lead": (
            "Dự án có vốn đầu tư 180 triệu USD, dự kiến tạo việc làm cho 2.500 lao "
            "động."
        ),
        "body": [
            (
                "paragraph",
                "<p>Nhà máy được cấp giấy chứng nhận đăng ký đầu tư sau 12 ngày làm "
                "việc "
                "nhờ cơ chế một đầu mối của Ban Quản lý các khu công nghiệp.</p>",
            ),
        ],
        "tags": ["đầu tư", "khu công nghiệp", "thông tin đối ngoại"],
        "media_contacts": [("Lưu Đức Thắng", BQLKCN)],
        "related": "gioi-thieu-tinh-phu-sa/dau-tu",
    },
    {
        "slug": "van-hanh-chinh-quyen-hai-cap",
        "title": "Chính quyền địa phương hai cấp vận hành từ ngày 01/7/2025",
        "reference": "Số 09/TCBC-UBND",
        "issuing_agency": UBND,
        "released_at": datetime(2025, 7, 10, 15, 0),
        "lead": (
            "50 xã, phường mới đi vào hoạt động ổn định; người dân giải quyết thủ tục "
            "tại bất kỳ điểm phục vụ hành chính công nào trong tỉnh."
        ),
        "body": [
            ("heading", "Đơn vị hành chính cấp xã"),
            (
                "table",
                {
                    "caption": "Số đơn vị hành chính trước và sau sắp xếp",
                    "rows": [
                        ["Loại đơn vị", "Trước 01/7/2025", "Từ 01/7/2025"],
                        ["Huyện, thị xã, thành phố", "9", "0"],
                        ["Xã", "86", "38"],
                        ["Phường, thị trấn", "21", "12"],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Danh sách người phát ngôn của UBND các xã, phường được công bố "
                "trên "
                "cổng thông tin điện tử của tỉnh.</p>",
            ),
        ],
        "tags": ["cải cách hành chính", "họp báo"],
        "related": "nguoi-phat-ngon",
    },
    {
        "slug": "ket-qua-thi-tot-nghiep-thpt-2025",
        "title": "Kết quả kỳ thi tốt nghiệp trung học phổ thông năm 2025",
        "reference": "Số 05/TCBC-SGDĐT",
        "issuing_agency": SGDDT,
        "released_at": datetime(2025, 7, 22, 9, 0),
        "lead": (
            "Tỷ lệ tốt nghiệp của tỉnh đạt 99,1%, tăng 0,4 điểm phần trăm so với năm "
            "trước."
        ),
        "body": [
            (
                "table",
                {
                    "caption": "Điểm trung bình một số môn",
                    "rows": [
                        ["Môn", "2024", "2025"],
                        ["Toán", "6,32", "6,45"],
                        ["Ngữ văn", "7,05", "7,12"],
                        ["Tiếng Anh", "5,10", "5,38"],
                    ],
                },
            ),
        ],
        "tags": ["giáo dục"],
    },
    {
        "slug": "hoi-nghi-tap-huan-thong-tin-doi-ngoai-2025",
        "title": (
            "Hơn 150 cán bộ được tập huấn thông tin đối ngoại và kỹ năng phát ngôn"
        ),
        "reference": "Số 08/TCBC-SVHTTDL",
        "issuing_agency": SVHTTDL,
        "co_issuers": [SNGV],
        "released_at": datetime(2025, 8, 14, 9, 0),
        "lead": (
            "Hội nghị ngày 12/8 trang bị kiến thức đối ngoại và kỹ năng làm việc với "
            "báo "
            "chí cho lãnh đạo, người phát ngôn các cơ quan, địa phương."
        ),
        "body": [
            (
                "paragraph",
                "<p>Hai báo cáo viên của Trung ương trình bày chính sách đối ngoại, "
                "vấn đề "
                "chủ quyền và hội nhập quốc tế; buổi chiều dành cho thực hành phát "
                "ngôn.</p>",
            ),
        ],
        "tags": ["thông tin đối ngoại", "họp báo"],
        "media_contacts": [("Huỳnh Thị Mỹ Duyên", SVHTTDL)],
        "related": "tap-huan/tap-huan-thong-tin-doi-ngoai-phat-ngon-2025",
    },
    {
        "slug": "hoi-cho-xuc-tien-thuong-mai-2025",
        "title": "Hội chợ xúc tiến thương mại nông sản Phù Sa 2025",
        "reference": "Số 06/TCBC-SCT",
        "issuing_agency": SCT,
        "co_issuers": [TTXT],
        "released_at": datetime(2025, 9, 15, 10, 0),
        "lead": "Hơn 200 gian hàng, 35 hợp đồng tiêu thụ nông sản được ký kết.",
        "body": [
            (
                "paragraph",
                "<p>Hội chợ có khu trưng bày của doanh nghiệp đến từ Hàn Quốc, Nhật "
                "Bản "
                "và Campuchia.</p>",
            ),
        ],
        "tags": ["đầu tư", "thông tin đối ngoại"],
    },
    {
        "slug": "hop-bao-quy-iii-2025",
        "title": "Họp báo thường kỳ quý III năm 2025",
        "reference": "Số 14/TCBC-UBND",
        "issuing_agency": UBND,
        "released_at": datetime(2025, 10, 8, 15, 0),
        "lead": (
            "Chín tháng năm 2025, tỉnh thu hút 9 dự án FDI mới; du lịch đón 2,4 triệu "
            "lượt khách."
        ),
        "body": [
            (
                "paragraph",
                "<p>Phó Chủ tịch UBND tỉnh Nguyễn Hoàng Phúc trả lời câu hỏi về tiến "
                "độ "
                "cảng biển Bãi Bồi và giải phóng mặt bằng khu công nghiệp Vàm Lục.</p>",
            ),
        ],
        "tags": ["họp báo", "đầu tư", "du lịch"],
    },
    {
        "slug": "canh-bao-trieu-cuong-sat-lo-2025",
        "title": "Cảnh báo triều cường và sạt lở bờ sông cuối năm 2025",
        "reference": "Số 09/TCBC-SNNMT",
        "issuing_agency": SNNMT,
        "released_at": datetime(2025, 10, 20, 7, 0),
        "lead": (
            "Đỉnh triều dự báo vượt báo động III tại 6 xã ven biển từ ngày 22 đến "
            "26/10."
        ),
        "body": [
            (
                "paragraph",
                "<p>Người dân ở khu vực có cảnh báo sạt lở cần di dời tài sản, không "
                "neo "
                "đậu ghe thuyền sát bờ.</p>",
            ),
        ],
        "tags": ["thiên tai", "môi trường"],
        "media_contacts": [("Dương Tấn Phát", SNNMT)],
    },
    {
        "slug": "doan-cong-tac-xuc-tien-tai-han-quoc",
        "title": "Đoàn công tác của tỉnh xúc tiến đầu tư tại Hàn Quốc",
        "reference": "Số 03/TCBC-SNgV",
        "issuing_agency": SNGV,
        "co_issuers": [TTXT, BQLKCN],
        "released_at": datetime(2025, 11, 12, 14, 0),
        "lead": "Tỉnh trao 3 giấy chứng nhận đầu tư và ký 5 biên bản ghi nhớ hợp tác.",
        "body": [
            (
                "paragraph",
                "<p>Đoàn giới thiệu danh mục dự án về năng lượng tái tạo, chế biến "
                "thủy "
                "sản và logistics với hơn 80 doanh nghiệp.</p>",
            ),
        ],
        "tags": ["thông tin đối ngoại", "đầu tư"],
    },
    {
        "slug": "benh-an-dien-tu-benh-vien-tinh",
        "title": "Bệnh viện Đa khoa tỉnh triển khai bệnh án điện tử",
        "reference": "Số 11/TCBC-SYT",
        "issuing_agency": SYT,
        "released_at": datetime(2025, 12, 5, 9, 0),
        "lead": (
            "Người bệnh không còn phải mang theo hồ sơ giấy khi tái khám tại bệnh viện."
        ),
        "body": [
            (
                "paragraph",
                "<p>Bệnh viện ngừng sử dụng hồ sơ bệnh án giấy từ ngày 15/12/2025, sau "
                "khi Sở Y tế thẩm định hệ thống.</p>",
            ),
        ],
        "tags": ["y tế", "chuyển đổi số"],
        "corrections": [
            (
                datetime(2025, 12, 6, 10, 0),
                "Bản phát hành ngày 05/12/2025 ghi bệnh viện ngừng dùng hồ sơ giấy từ "
                "ngày 01/12/2025. Ngày đúng là 15/12/2025.",
            ),
        ],
    },
    {
        "slug": "khach-du-lich-ky-luc-2025",
        "title": "Phù Sa đón hơn 3 triệu lượt khách du lịch năm 2025",
        "reference": "Số 15/TCBC-SVHTTDL",
        "issuing_agency": SVHTTDL,
        "released_at": datetime(2025, 12, 22, 10, 0),
        "lead": (
            "Lần đầu tiên lượng khách vượt mốc 3 triệu lượt, trong đó 185.000 lượt "
            "khách quốc tế."
        ),
        "body": [
            (
                "paragraph",
                "<p>Khách Hàn Quốc, Trung Quốc và Pháp dẫn đầu nhóm khách quốc tế; chợ "
                "nổi Vàm Lục là điểm được đánh giá cao nhất trên các nền tảng đặt "
                "phòng.</p>",
            ),
        ],
        "tags": ["du lịch", "thông tin đối ngoại"],
        "related": "gioi-thieu-tinh-phu-sa/du-lich",
    },
    {
        "slug": "hop-bao-quy-iv-2025",
        "title": "Họp báo công bố kết quả kinh tế – xã hội năm 2025",
        "reference": "Số 01/TCBC-UBND",
        "issuing_agency": UBND,
        "released_at": datetime(2026, 1, 12, 15, 0),
        "lead": "GRDP năm 2025 tăng 7,62%, cao nhất trong 10 năm.",
        "body": [
            (
                "table",
                {
                    "caption": "Một số chỉ tiêu năm 2025",
                    "rows": [
                        ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
                        ["Tăng trưởng GRDP", "7,2%", "7,62%"],
                        ["Thu ngân sách (tỷ đồng)", "6.800", "7.105"],
                        ["Khách du lịch (triệu lượt)", "2,8", "3,15"],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Năm 2026, tỉnh đặt mục tiêu tăng trưởng 8% và hoàn thành giai "
                "đoạn 1 "
                "cảng biển Bãi Bồi.</p>",
            ),
        ],
        "tags": ["họp báo", "đầu tư"],
        "related": "thong-cao-bao-chi/hop-bao-quy-iii-2025",
    },
    {
        "slug": "duong-hoa-xuan-binh-ngo-2026",
        "title": "Đường hoa Xuân Bính Ngọ 2026 bên bờ sông Phù Sa",
        "reference": "Số 02/TCBC-SVHTTDL",
        "issuing_agency": SVHTTDL,
        "released_at": datetime(2026, 2, 3, 10, 0),
        "lead": (
            "Đường hoa mở cửa từ ngày 13 đến 22/2/2026, miễn phí cho người dân và du "
            "khách."
        ),
        "body": [
            (
                "paragraph",
                "<p>Đường hoa dài 800 m được trang trí bằng hoa kiểng của các làng "
                "nghề "
                "Mỹ Lộc và Hòa Đông.</p>",
            ),
            (
                "image",
                {
                    "image": "hero-van-hoa",
                    "caption": "Phối cảnh đường hoa xuân (ảnh minh họa).",
                    "credit": "Trung tâm Văn hóa tỉnh",
                },
            ),
        ],
        "tags": ["du lịch", "văn hóa"],
    },
    {
        "slug": "thu-tuc-truc-tuyen-toan-trinh-2026",
        "title": "100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình",
        "reference": "Số 04/TCBC-SKHCN",
        "issuing_agency": SKHCN,
        "co_issuers": [VP_UBND],
        "released_at": datetime(2026, 3, 5, 9, 0),
        "lead": (
            "Người dân có thể nộp hồ sơ, thanh toán lệ phí và nhận kết quả mà không "
            "cần đến cơ quan."
        ),
        "body": [
            (
                "paragraph",
                "<p>Trung tâm Phục vụ hành chính công tỉnh hỗ trợ qua tổng đài 0290 "
                "3822 "
                "100 trong giờ hành chính.</p>",
            ),
        ],
        "tags": ["chuyển đổi số", "cải cách hành chính"],
        "media_contacts": [("Phạm Minh Tâm", UBND), ("Tạ Thị Kim Oanh", SKHCN)],
    },
    {
        "slug": "kcn-long-chau-nang-luong-sach",
        "title": "KCN Long Châu thu hút ba dự án năng lượng sạch",
        "reference": "Số 03/TCBC-BQLKCN",
        "issuing_agency": BQLKCN,
        "released_at": datetime(2026, 3, 25, 10, 0),
        "lead": "Tổng vốn đăng ký 260 triệu USD, chủ yếu từ nhà đầu tư Nhật Bản.",
        "body": [
            (
                "paragraph",
                "<p>Các dự án sản xuất tấm pin mặt trời và thiết bị lưu trữ điện, dự "
                "kiến "
                "vận hành từ quý IV/2027.</p>",
            ),
        ],
        "tags": ["đầu tư", "khu công nghiệp", "thông tin đối ngoại"],
        "related": "gioi-thieu-tinh-phu-sa/dau-tu",
    },
    {
        "slug": "hop-bao-quy-i-2026",
        "title": "Họp báo thường kỳ quý I năm 2026",
        "reference": "Số 06/TCBC-UBND",
        "issuing_agency": UBND,
        "released_at": datetime(2026, 4, 10, 15, 0),
        "lead": (
            "Quý I/2026, GRDP tăng 7,9%; vốn đầu tư công giải ngân đạt 28% kế hoạch."
        ),
        "body": [
            (
                "quote",
                (
                    "Tỉnh sẽ họp báo đột xuất ngay khi có vấn đề được dư luận quan "
                    "tâm, "
                    "không chờ đến kỳ họp báo định kỳ.",
                    "Nguyễn Hoàng Phúc, Phó Chủ tịch UBND tỉnh",
                ),
            ),
            (
                "paragraph",
                "<p>Báo chí đặt 17 câu hỏi; 3 câu hỏi cần tra cứu thêm được trả lời "
                "bằng "
                "văn bản trong 5 ngày làm việc.</p>",
            ),
        ],
        "tags": ["họp báo", "đầu tư"],
    },
    {
        "slug": "chien-dich-tiem-chung-soi-2026",
        "title": "Chiến dịch tiêm chủng vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
        "reference": "Số 05/TCBC-SYT",
        "issuing_agency": SYT,
        "released_at": datetime(2026, 5, 18, 8, 0),
        "lead": (
            "Chiến dịch diễn ra tại 50 trạm y tế xã, phường từ ngày 25/5 đến 15/6/2026."
        ),
        "body": [
            (
                "paragraph",
                "<p>Phụ huynh mang theo sổ tiêm chủng hoặc mã định danh của trẻ; tiêm "
                "miễn phí.</p>",
            ),
        ],
        "tags": ["y tế", "tiêm chủng"],
        "media_contacts": [("Phan Thị Diễm", SYT)],
    },
    {
        "slug": "tuyen-sinh-lop-10-2026",
        "title": "Phương án tuyển sinh lớp 10 năm học 2026–2027",
        "reference": "Số 07/TCBC-SGDĐT",
        "issuing_agency": SGDDT,
        "released_at": datetime(2026, 6, 10, 9, 0),
        "lead": (
            "Tỉnh tuyển 14.200 học sinh vào lớp 10 công lập, thi ba môn Toán, Ngữ văn "
            "và Tiếng Anh."
        ),
        "body": [
            (
                "paragraph",
                "<p>Thí sinh đăng ký dự tuyển trực tuyến từ ngày 15 đến 25/6/2026.</p>",
            ),
        ],
        "tags": ["giáo dục"],
    },
    {
        "slug": "luat-bao-chi-2025-co-hieu-luc",
        "title": (
            "Luật Báo chí năm 2025 có hiệu lực: trách nhiệm cung cấp thông tin cho "
            "báo chí"
        ),
        "reference": "Số 09/TCBC-SVHTTDL",
        "issuing_agency": SVHTTDL,
        "co_issuers": [VP_UBND],
        "released_at": datetime(2026, 7, 1, 9, 0),
        "lead": (
            "Các cơ quan, đơn vị phải chỉ định và công bố người phát ngôn, trả lời "
            "kiến "
            "nghị do báo chí chuyển đến trong thời hạn luật định."
        ),
        "body": [
            ("heading", "Những việc các cơ quan cần làm ngay"),
            (
                "paragraph",
                "<ol><li>Rà soát quyết định giao nhiệm vụ người phát ngôn.</li><li>Cập "
                "nhật thông tin liên hệ trên cổng thông tin điện tử.</li><li>Lập sổ "
                "theo "
                "dõi kiến nghị do báo chí chuyển đến.</li></ol>",
            ),
            (
                "document",
                {
                    "document": "luat-bao-chi-2025",
                    "title": "Đề cương giới thiệu Luật Báo chí năm 2025",
                },
            ),
        ],
        "tags": ["báo chí", "thông tin đối ngoại", "họp báo"],
        "related": "nguoi-phat-ngon",
    },
    {
        "slug": "hop-bao-6-thang-dau-nam-2026",
        "title": "Họp báo sáu tháng đầu năm 2026",
        "reference": "Số 10/TCBC-UBND",
        "issuing_agency": UBND,
        "released_at": datetime(2026, 7, 15, 15, 0),
        "lead": (
            "Sáu tháng đầu năm, tỉnh đón 1,8 triệu lượt khách và thu hút 7 dự án FDI "
            "mới."
        ),
        "body": [
            (
                "paragraph",
                "<p>Chánh Văn phòng UBND tỉnh thông tin về tiến độ cảng biển Bãi Bồi, "
                "dự "
                "kiến đón tàu 50.000 tấn từ quý II/2027.</p>",
            ),
        ],
        "tags": ["họp báo", "đầu tư", "du lịch"],
    },
    {
        "slug": "tuan-le-van-hoa-phu-sa-tai-phap",
        "title": "Tuần lễ Văn hóa – Du lịch Phù Sa tại Pháp",
        "reference": "Số 06/TCBC-SNgV",
        "issuing_agency": SNGV,
        "co_issuers": [SVHTTDL],
        "released_at": datetime(2026, 8, 20, 10, 0),
        "lead": (
            "Nghệ nhân Kinh, Khmer, Hoa của tỉnh giới thiệu ẩm thực, đờn ca tài tử và "
            "múa Rô băm."
        ),
        "body": [
            (
                "paragraph",
                "<p>Tuần lễ được tổ chức cùng cộng đồng người Việt, thu hút khoảng "
                "12.000 "
                "lượt khách tham quan.</p>",
            ),
        ],
        "tags": ["thông tin đối ngoại", "văn hóa", "du lịch"],
    },
    {
        "slug": "lua-thom-phu-sa-xuat-khau",
        "title": "Gạo thơm Phù Sa xuất khẩu sang thị trường châu Âu",
        "reference": "Số 11/TCBC-SNNMT",
        "issuing_agency": SNNMT,
        "co_issuers": [SCT],
        "released_at": datetime(2026, 9, 9, 9, 0),
        "lead": "Lô hàng 2.000 tấn gạo thơm đạt chứng nhận canh tác phát thải thấp.",
        "body": [
            (
                "paragraph",
                "<p>Diện tích lúa phát thải thấp của tỉnh đạt 45.000 ha, vượt kế hoạch "
                "năm 2026.</p>",
            ),
        ],
        "tags": ["nông nghiệp", "đầu tư"],
    },
    {
        "slug": "hop-bao-quy-iii-2026",
        "title": "Họp báo thường kỳ quý III năm 2026",
        "reference": "Số 15/TCBC-UBND",
        "issuing_agency": UBND,
        "released_at": datetime(2026, 10, 14, 15, 0),
        "lead": (
            "UBND tỉnh trả lời báo chí về giá đất, tiến độ tuyến đê biển và phòng "
            "chống triều cường."
        ),
        "body": [
            (
                "paragraph",
                "<p>Tỉnh dành 420 tỷ đồng cho 18 km đê biển xung yếu ở xã Bãi Bồi và "
                "Vàm "
                "Lục.</p>",
            ),
        ],
        "tags": ["họp báo", "thiên tai"],
    },
    {
        "slug": "hoi-cho-thuong-mai-mekong-phu-sa-2026",
        "title": "Hội chợ Thương mại quốc tế Mekong – Phù Sa 2026",
        "reference": "Số 12/TCBC-SCT",
        "issuing_agency": SCT,
        "co_issuers": [TTXT, SNGV],
        "released_at": datetime(2026, 11, 5, 9, 0),
        "lead": (
            "Hội chợ diễn ra từ ngày 10 đến 14/12/2026 với doanh nghiệp của 7 quốc gia."
        ),
        "body": [
            (
                "paragraph",
                "<p>Doanh nghiệp đăng ký gian hàng trước ngày 30/11/2026 tại Trung tâm "
                "Xúc tiến Đầu tư, Thương mại và Du lịch.</p>",
            ),
        ],
        "tags": ["đầu tư", "thông tin đối ngoại"],
    },
    {
        # Published, but hidden from the public until the embargo ends.
        "slug": "cong-bo-quy-hoach-cang-bai-boi",
        "title": "Công bố điều chỉnh quy hoạch cảng biển Bãi Bồi",
        "reference": "Số 17/TCBC-UBND",
        "issuing_agency": UBND,
        "embargo_in_days": 3,
        "embargo_time": time(9, 0),
        "lead": (
            "Cảng Bãi Bồi được điều chỉnh để đón tàu 70.000 tấn, gắn với khu "
            "logistics 300 ha."
        ),
        "body": [
            (
                "paragraph",
                "<p>Thông cáo gửi trước cho các cơ quan báo chí; chỉ đăng tải sau thời "
                "điểm hết hạn cấm đăng.</p>",
            ),
        ],
        "tags": ["đầu tư", "họp báo"],
    },
    {
        # A draft being written; never published.
        "slug": "ke-hoach-thong-tin-doi-ngoai-2027",
        "title": "Kế hoạch thông tin đối ngoại năm 2027 (dự thảo)",
        "reference": "Số …/TCBC-SVHTTDL",
        "issuing_agency": SVHTTDL,
        "released_in_days": 20,
        "lead": (
            "Dự thảo kế hoạch thông tin đối ngoại của tỉnh năm 2027, đang lấy ý kiến "
            "các sở, ngành."
        ),
        "body": [
            (
                "paragraph",
                "<p>Dự thảo tập trung quảng bá cảng biển Bãi Bồi và du lịch sông nước "
                "bằng tiếng Anh, tiếng Hàn và tiếng Nhật.</p>",
            ),
        ],
        "tags": ["thông tin đối ngoại"],
        "publish": False,
    },
]

# --- Translations -------------------------------------------------------------

# Made with wagtail-localize from the texts in ``translations/`` (see
# ``translating.py``). English: the home page, the three section pages, the
# promotion pages, every agency kind, role and agency, the spokespersons of
# every agency except those below, and these releases and trainings. Simplified
# Chinese: the home page and the promotion hub (with its contact agency and
# person).
EN_RELEASES = [
    "khoi-cong-nha-may-kcn-ben-lua",
    "benh-an-dien-tu-benh-vien-tinh",
    "khach-du-lich-ky-luc-2025",
    "hop-bao-quy-iv-2025",
    "kcn-long-chau-nang-luong-sach",
    "tuan-le-van-hoa-phu-sa-tai-phap",
    "cong-bo-quy-hoach-cang-bai-boi",
]
EN_TRAININGS = [
    "tap-huan-thong-tin-doi-ngoai-phat-ngon-2025",
    "tap-huan-phat-ngon-thien-tai",
]
# Their spokespersons stay in Vietnamese only: the English directory shows
# them with the official names of the glossary, marked as not yet translated.
EN_UNTRANSLATED_SPOKESPERSONS_OF = [
    P_BEN_LUA,
    X_CON_TIEN,
    X_BAI_BOI,
    X_GIONG_LUA,
    CONG_AN,
    THUE,
]
# Changed and published again in Vietnamese after its English translation was
# published, so that the demo shows an outdated translation.
OUTDATED_RELEASE = {
    "slug": "khach-du-lich-ky-luc-2025",
    "change": (
        "chợ nổi Vàm Lục là điểm được đánh giá cao nhất trên các nền tảng đặt phòng.",
        "chợ nổi Vàm Lục và cồn Tiên là hai điểm được đánh giá cao nhất trên các "
        "nền tảng đặt phòng; doanh thu du lịch cả năm ước đạt 4.850 tỷ đồng.",
    ),
}
