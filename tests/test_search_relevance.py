"""Relevance: does the document a journalist expects come first?

Each query of the table is run over the demo-like corpus of
:mod:`tests.search_corpus`, through the database engine and, when a server is
given (``ELASTICSEARCH_URL``, as in CI), through the Elasticsearch engine;
the share of queries whose expected document is the first result is reported
at the end of every test run and must stay at 90% or more on each.
"""

import os

import pytest
from wagtail.models import Locale

from portal_press.search import database
from portal_press.search.sources import SOURCES_BY_KIND
from portal_press.search.text import parse_query
from tests.search_corpus import build_corpus

REQUIRED_SHARE = 0.90

# (what the journalist typed, the title or name that should come first)
QUERIES = [
    # Typed without diacritics.
    ("hop bao quy ii", "Họp báo thường kỳ quý II của Ủy ban nhân dân tỉnh"),
    (
        "ky nang phat ngon",
        "Hội nghị tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
    ),
    ("dao tao", "Đào tạo kỹ năng xử lý khủng hoảng truyền thông trên mạng xã hội"),
    ("ha noi", "Phù Sa tham gia Hội chợ Du lịch quốc tế tại Hà Nội"),
    ("tiem vac xin soi", "Triển khai chiến dịch tiêm vắc xin sởi cho trẻ em"),
    ("sot xuat huyet", "Kiểm soát dịch sốt xuất huyết tại các xã ven biển"),
    ("an toan thuc pham", "Phát động Tháng hành động vì an toàn thực phẩm"),
    ("benh an dien tu", "Bệnh viện Đa khoa tỉnh đưa vào vận hành bệnh án điện tử"),
    ("thi tot nghiep", "Kết quả kỳ thi tốt nghiệp trung học phổ thông của tỉnh"),
    ("tuyen sinh lop 10", "Phương án tuyển sinh vào lớp 10 các trường công lập"),
    (
        "khai giang nam hoc",
        "Khai giảng năm học mới tại các trường học trên địa bàn tỉnh",
    ),
    (
        "hoc sinh nam hoc moi",
        "Khai giảng năm học mới tại các trường học trên địa bàn tỉnh",
    ),
    ("cong dan so", "Tỉnh Phù Sa ra mắt ứng dụng công dân số Phù Sa Số"),
    (
        "chuyen doi so",
        "Chuyển đổi số trong cơ quan nhà nước: 95% hồ sơ trực tuyến toàn trình",
    ),
    ("tri tue nhan tao", "Hội thảo ứng dụng trí tuệ nhân tạo trong nông nghiệp"),
    ("bang gia dat", "Bảng giá đất mới áp dụng từ ngày 1 tháng 1"),
    ("thu hoi dat", "Thu hồi đất thực hiện dự án đường ven biển Phù Sa"),
    ("xam nhap man", "Cảnh báo xâm nhập mặn mùa khô"),
    ("bao so 5", "Ứng phó bão số 5: sơ tán hơn 3.000 hộ dân vùng ven biển"),
    ("sat lo bo song", "Khắc phục hậu quả sạt lở bờ sông tại phường Bến Lúa"),
    ("xuat khau gao", "Xuất khẩu gạo tăng trưởng mạnh trong năm"),
    ("han quoc", "Đón đoàn doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư"),
    ("dien gio", "Trao giấy chứng nhận đầu tư nhà máy điện gió ngoài khơi"),
    (
        "xuc tien dau tu",
        "Hội nghị xúc tiến đầu tư tỉnh Phù Sa tại Thành phố Hồ Chí Minh",
    ),
    ("lua dao qua mang", "Cảnh báo thủ đoạn lừa đảo qua mạng giả danh cơ quan công an"),
    (
        "lich tiep cong dan",
        "Thông báo lịch tiếp công dân của Chủ tịch Ủy ban nhân dân tỉnh",
    ),
    (
        "sap xep don vi hanh chinh",
        "Sắp xếp đơn vị hành chính cấp xã: tỉnh còn 52 xã, phường",
    ),
    ("thi tuyen cong chuc", "Kết quả thi tuyển công chức các cơ quan hành chính"),
    ("quyet toan ngan sach", "Công khai quyết toán ngân sách địa phương"),
    ("marathon", "Giải Marathon Phù Sa mở rộng thu hút 5.000 vận động viên"),
    (
        "dinh chinh gia ve",
        "Đính chính thông tin về giá vé tham quan khu du lịch Cồn Tiên",
    ),
    ("dau tu vao phu sa", "Đầu tư vào Phù Sa"),
    ("van hoa va con nguoi", "Văn hóa và con người Phù Sa"),
    (
        "khung hoang truyen thong",
        "Đào tạo kỹ năng xử lý khủng hoảng truyền thông trên mạng xã hội",
    ),
    ("thong tin doi ngoai", "Tập huấn công tác thông tin đối ngoại cho cán bộ cấp xã"),
    ("so cap cuu", "Bồi dưỡng nghiệp vụ sơ cấp cứu cho nhân viên y tế cơ sở"),
    ("phong chong thien tai", "Tập huấn phòng, chống thiên tai và tìm kiếm cứu nạn"),
    ("giai phong mat bang", "Hồ Thị Kim Thoa"),
    # Spokespersons' names, without diacritics.
    ("dang thu ha", "Đặng Thu Hà"),
    ("tran quoc bao", "Trần Quốc Bảo"),
    ("vo thi ngoc lan", "Võ Thị Ngọc Lan"),
    ("ho thi kim thoa", "Hồ Thị Kim Thoa"),
    ("kieu minh triet", "Kiều Minh Triết"),
    ("ngo duc thang", "Ngô Đức Thắng"),
    # Agency abbreviations.
    (
        "SVHTTDL hop bao",
        "Sở Văn hóa, Thể thao và Du lịch họp báo giới thiệu Lễ hội Nghinh Ông Cồn Tiên",
    ),
    ("STC du toan", "Dự toán ngân sách nhà nước năm tới của tỉnh"),
    ("SNV thi tuyen", "Kết quả thi tuyển công chức các cơ quan hành chính"),
    (
        "SKHCN chuyen doi so",
        "Chuyển đổi số trong cơ quan nhà nước: 95% hồ sơ trực tuyến toàn trình",
    ),
    ("SYT sot xuat huyet", "Kiểm soát dịch sốt xuất huyết tại các xã ven biển"),
    ("SGDĐT ket qua thi", "Kết quả kỳ thi tốt nghiệp trung học phổ thông của tỉnh"),
    ("UBND tinh hop bao quy i", "Họp báo thường kỳ quý I của Ủy ban nhân dân tỉnh"),
    # With diacritics.
    ("Họp báo thường kỳ quý III", "Họp báo thường kỳ quý III của Ủy ban nhân dân tỉnh"),
    (
        "Lễ hội Nghinh Ông",
        "Sở Văn hóa, Thể thao và Du lịch họp báo giới thiệu Lễ hội Nghinh Ông Cồn Tiên",
    ),
    ("bàn giải pháp", "Hội nghị bàn giải pháp tiêu thụ lúa gạo vụ Đông Xuân"),
    ("bán đấu giá", "Bán đấu giá quyền sử dụng đất tại xã Mỹ Lộc"),
    ("Đặng Thu Hà", "Đặng Thu Hà"),
    ("Huỳnh Văn Tài", "Huỳnh Văn Tài"),
    ("khu công nghiệp Long Châu", "Khởi công khu công nghiệp Long Châu mở rộng"),
    ("đường ven biển", "Thu hồi đất thực hiện dự án đường ven biển Phù Sa"),
    ("miệt vườn", "Du lịch Phù Sa: miệt vườn, biển và lễ hội"),
    ("sơ tán", "Ứng phó bão số 5: sơ tán hơn 3.000 hộ dân vùng ven biển"),
    (
        "Hội đồng nhân dân",
        "Họp báo công bố Nghị quyết kỳ họp thứ 12 Hội đồng nhân dân tỉnh",
    ),
    # Quoted phrases.
    ('"nong thon moi"', "Xã Cồn Tiên đón nhận danh hiệu xã nông thôn mới nâng cao"),
    (
        '"ky nang phat ngon"',
        "Hội nghị tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
    ),
    (
        '"hop bao thuong ky" quy iii',
        "Họp báo thường kỳ quý III của Ủy ban nhân dân tỉnh",
    ),
]


def first_title(search, query, locale):
    """The title (a spokesperson's name) of the first result, or ``None``."""
    matches = search(parse_query(query), {}, locale, "relevance").matches
    if not matches:
        return None
    first = matches[0]
    obj = SOURCES_BY_KIND[first.kind].model.objects.get(pk=first.pk)
    return obj.full_name if first.kind == "spokesperson" else obj.title


@pytest.fixture
def database_engine(db):
    build_corpus()
    return database.search


@pytest.fixture
def elasticsearch_engine(db, settings):
    if not os.environ.get("ELASTICSEARCH_URL"):
        pytest.skip("set ELASTICSEARCH_URL to run the relevance set on Elasticsearch")
    from portal_press.search import connection, elasticsearch, elasticsearch_index

    index = f"portal_press_relevance_{os.getpid()}"
    settings.PORTAL_PRESS = {
        **settings.PORTAL_PRESS,
        "ELASTICSEARCH": {
            "URL": os.environ["ELASTICSEARCH_URL"],
            "INDEX": index,
            "NODE_CLASS": os.environ.get("ELASTICSEARCH_NODE_CLASS"),
        },
    }
    build_corpus()
    elasticsearch_index.rebuild()
    yield elasticsearch.search
    client = connection.get_client()
    for name in client.indices.get_alias(name=index).body:
        client.indices.delete(index=name)


@pytest.mark.parametrize("engine", ["database", "elasticsearch"])
def test_the_expected_document_comes_first(db, request, engine, record_property):
    search = request.getfixturevalue(f"{engine}_engine")
    locale = Locale.objects.get(language_code="vi")
    misses = []
    for query, expected in QUERIES:
        found = first_title(search, query, locale)
        if found != expected:
            misses.append(f"  {query!r}: expected {expected!r}, got {found!r}")
    hits = len(QUERIES) - len(misses)
    share = hits / len(QUERIES)
    report = (
        f"relevance ({engine}): {hits}/{len(QUERIES)} queries with the expected "
        f"first result ({share:.0%})"
    )
    print(report)
    print("\n".join(misses))
    record_property("relevance", report)
    assert share >= REQUIRED_SHARE, "\n".join([report, "misses:", *misses])


def test_the_query_table_is_varied():
    """At least 40 queries, half typed without diacritics, with abbreviations."""
    assert len(QUERIES) >= 44
    unmarked = [q for q, _ in QUERIES if q.isascii()]
    assert len(unmarked) >= len(QUERIES) / 2
    assert any(q.split()[0].isupper() for q, _ in QUERIES)
    assert any(q.startswith('"') for q, _ in QUERIES)
