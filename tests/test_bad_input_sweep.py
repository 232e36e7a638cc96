"""Hostile input on every public GET endpoint: never a server error.

Every value of :func:`hostile_values` (over 300: huge, negative and float
numbers, NUL and control characters, invalid percent-escapes and UTF-8, SQL
and full-text syntax, markup, unknown facet and language values) is sent in
every parameter of every public endpoint at once, then alone in each
parameter in turn for the parameters that reach the database; repeated and
array parameters too. Each answer must be below 500.
"""

import itertools
from urllib.parse import quote

import pytest
from django.utils import timezone
from wagtail.documents import get_document_model

from tests import factories

# Over 5,000 requests: run by .ci/run (``-m sweep``), not by ``make test``.
pytestmark = pytest.mark.sweep

HANDWRITTEN = [
    "",
    " ",
    "0",
    "-0",
    "-1",
    "1.5",
    "1e3",
    "1e309",
    "NaN",
    "inf",
    "-inf",
    "0x1F",
    "+1",
    "01",
    " 1",
    "1 ",
    "١٢",
    "１",
    "²",
    "½",
    "True",
    "null",
    "None",
    "undefined",
    "[]",
    "{}",
    "%00",
    "\x00",
    "a\x00b",
    "\r\n",
    "\t",
    "\x7f",
    "\u202e",
    "\ufeff",
    "\u200b",
    "😀",
    "𝐀",
    "Hà Nội",
    "Ha\u0300 No\u0323i",
    "đ",
    "ĐÀO TẠO",
    "họp báo",
    "thông cáo báo chí",
    "' OR 1=1 --",
    "1; DROP TABLE portal_press_searchentry; --",
    '") OR ("1"="1',
    "1' UNION SELECT password FROM auth_user --",
    "\\",
    "\\\\x00",
    "%",
    "_",
    "%%",
    'NEAR("a" "b")',
    '"unbalanced',
    "*",
    "a OR b",
    "a AND NOT b",
    "^x",
    "title_folded:x",
    "-x",
    "(((",
    ")))",
    "a & b | !c",
    "x:*",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "/etc/passwd\x00.pdf",
    "release",
    "RELEASE",
    "release ",
    "spokesperson",
    "promotion\x00",
    "training,release",
    "relevance",
    "date",
    "random",
    "vi",
    "en",
    "xx",
    "zh-hans",
    "dat-dai",
    "không-có",
    "a" * 101,
    "a" * 1001,
    "a " * 600,
    "Đ" * 5000,
]
NUMBERS = [str(sign * 2**power) for power in range(0, 70, 3) for sign in (1, -1)]
NUMBERS += [str(10**power) for power in (18, 19, 20, 30, 100)]
NUMBERS += ["461168601842738792", "9223372036854775807", "9223372036854775808"]
NUMBERS += [f"{number}.{number}" for number in (1, 12, 2024, 99999)]
YEARS = [str(year) for year in (-2025, 0, 1, 999, 1899, 1900, 2100, 2101, 10**6)]


def hostile_values():
    """Every value, and each also doubled and padded: over 300 in all."""
    base = HANDWRITTEN + NUMBERS + YEARS
    variants = [f"{value}{value}" for value in HANDWRITTEN if len(value) < 50]
    variants += [f" {value} " for value in HANDWRITTEN if len(value) < 50]
    return list(dict.fromkeys(base + variants))


# Raw query strings: invalid percent-escapes and UTF-8 cannot be built from
# text, so they are sent as they are.
RAW_QUERIES = [
    "%ZZ",
    "%",
    "%C3%28",
    "%FF%FE",
    "%ED%A0%80",
    "%F4%90%80%80",
    "%E0%80%80",
    "%C0%AF",
    "%00",
    "%25",
    "%2",
]


@pytest.fixture
def site(home, release_index, agency, role):
    """One page of each public kind, and a document."""
    release = factories.make_release(release_index, agency, title="Họp báo")
    release.tags.add("đất đai")
    release.save_revision().publish()
    trainings = factories.make_training_index(home)
    training = factories.make_training(
        trainings, agency, timezone.now() + timezone.timedelta(days=3)
    )
    directory = factories.make_directory(home)
    person = factories.make_spokesperson(agency, role)
    promotion = factories.make_promotion(home)
    document = get_document_model().objects.create(title="Tài liệu")
    endpoints = {
        home.url: ["page"],
        release_index.url: ["agency", "year", "tag", "page"],
        release.url: ["page"],
        directory.url: ["kind", "q"],
        trainings.url: ["page"],
        training.url: [],
        promotion.url: [],
        "/vi/search/": ["q", "type", "agency", "kind", "year", "tag", "sort", "page"],
        "/vi/search/autocomplete/": ["q"],
        "/en/search/": ["q", "type", "page"],
        "/sitemap.xml": ["p"],
        f"/documents/{document.pk}/tai-lieu.pdf": ["download"],
        # The channels (portal_press.channels.registry) and the JSON API.
        f"/vi/contacts/{person.translation_key}.vcf": [],
        f"/en/contacts/{person.translation_key}.svg": [],
        f"/vi/contacts/agency/{agency.translation_key}.vcf": [],
        "/vi/contacts/directory.vcf": [],
        f"/vi/calendar/training/{training.translation_key}.ics": [],
        "/vi/calendar/trainings.ics": [],
        f"/en/calendar/agency/{agency.translation_key}.ics": [],
        "/vi/feeds/releases.rss": ["page"],
        "/en/feeds/releases.atom": ["page"],
        f"/vi/feeds/agency/{agency.translation_key}.atom": ["page"],
        "/vi/feeds/tag/dat-dai.rss": ["page"],
        f"/vi/print/release/{release.translation_key}.pdf": [],
        f"/vi/print/training/{training.translation_key}.pdf": [],
        "/api/v2/releases/": [
            "locale",
            "agency",
            "tag",
            "date_from",
            "date_to",
            "limit",
            "offset",
            "order",
            "fields",
        ],
        f"/api/v2/releases/{release.pk}/": ["fields"],
        "/api/v2/trainings/": ["locale", "agency", "tag", "date_from", "limit"],
        "/api/v2/promotion/": ["locale", "offset"],
        "/api/v2/agencies/": ["locale", "limit"],
        "/api/v2/spokespersons/": ["locale", "agency", "tag", "fields"],
    }
    return endpoints


def test_hostile_values_are_many(db):
    assert len(hostile_values()) >= 300


def test_no_hostile_input_is_a_server_error(client, site):
    failures, sent = [], 0
    values = hostile_values()

    def check(path, query):
        nonlocal sent
        sent += 1
        status = client.get(f"{path}?{query}").status_code
        if status >= 500:
            failures.append((status, path, query[:120]))

    for path, params in site.items():
        names = params or ["x"]
        for value in values:
            encoded = quote(value, safe="")
            check(path, "&".join(f"{name}={encoded}" for name in names))
        for raw in RAW_QUERIES:
            check(path, "&".join(f"{name}={raw}" for name in names))
        for name, raw in itertools.product(names, RAW_QUERIES):
            check(path, f"{name}={raw}")
        for name in names:
            check(path, f"{name}=1&{name}=2&{name}=%ZZ")  # repeated
            check(path, f"{name}[]=1&{name}[0]=2&{name}[x]=3")  # array forms
    # Alone in each parameter that reaches the database, whatever the others.
    for name in site["/vi/search/"]:
        for value in values:
            check("/vi/search/", f"q=hop&{name}={quote(value, safe='')}")
    for prefix in ["xx", "vi-x", "%ZZ", "..", "%00"]:
        check(f"/{prefix}/search/", "q=hop")
    assert failures == [], f"{len(failures)} of {sent} requests failed: {failures[:20]}"
    assert sent > 5000
