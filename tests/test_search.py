"""The public search: Vietnamese without diacritics, facets, the gate, bad input."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.timezone import localtime

from portal_press.search.highlight import highlight
from portal_press.search.text import parse_query
from tests import factories
from tests.queries import count_queries

SEARCH = "/vi/search/"
AUTOCOMPLETE = "/vi/search/autocomplete/"
DAY = datetime.timedelta(days=1)


@pytest.fixture
def corpus(home, release_index, kind, role):
    culture = factories.make_agency(
        "Sở Văn hóa, Thể thao và Du lịch", kind, short_name="SVHTTDL"
    )
    health = factories.make_agency("Sở Y tế", kind, short_name="SYT")
    trainings = factories.make_training_index(home)
    releases = {
        "hop_bao": factories.make_release(
            release_index,
            culture,
            title="Họp báo thường kỳ quý III",
            lead="Sở Văn hóa tổ chức họp báo về du lịch.",
            released_at=timezone.now() - 2 * DAY,
        ),
        "y_te": factories.make_release(
            release_index,
            health,
            title="Tiêm chủng mở rộng tại Hà Nội",
            lead="Ngành y tế triển khai đợt tiêm chủng.",
            released_at=timezone.now().replace(year=2025),
        ),
    }
    releases["y_te"].tags.add("y tế")
    releases["y_te"].save_revision().publish()
    training = factories.make_training(
        trainings,
        culture,
        starts_at=timezone.now() + DAY,
        title="Đào tạo kỹ năng phát ngôn",
        lead="Tập huấn cho người phát ngôn các sở.",
    )
    person = factories.make_spokesperson(
        health, role, full_name="Đặng Thu Hà", position="Phó Giám đốc Sở"
    )
    return {"releases": releases, "training": training, "person": person}


def titles(response):
    return [hit.title for hit in response.context["results"].object_list]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("hop bao", "Họp báo thường kỳ quý III"),
        ("dao tao", "Đào tạo kỹ năng phát ngôn"),
        ("ha noi", "Tiêm chủng mở rộng tại Hà Nội"),
        ("dang thu ha", "Đặng Thu Hà"),
        ("SVHTTDL hop bao", "Họp báo thường kỳ quý III"),
        ("Họp báo", "Họp báo thường kỳ quý III"),
    ],
)
def test_vietnamese_is_found_with_or_without_diacritics(
    client, corpus, query, expected
):
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200
    assert titles(response)[0] == expected


def test_all_words_are_required_and_phrases_are_phrases(client, corpus):
    assert titles(client.get(SEARCH, {"q": "hop bao tiem chung"})) == []
    assert titles(client.get(SEARCH, {"q": '"ky nang phat ngon"'})) == [
        "Đào tạo kỹ năng phát ngôn"
    ]


def test_facets_count_and_narrow(client, corpus):
    response = client.get(SEARCH, {"q": ""})
    facets = {
        name: {f.value: f.count for f in values}
        for name, values in response.context["facets"].items()
    }
    assert facets["type"] == {"release": 2, "training": 1, "spokesperson": 1}
    health = corpus["person"].agency
    assert facets["agency"][str(health.pk)] == 2  # a release and a spokesperson
    assert facets["tag"] == {"y-te": 1}
    narrowed = client.get(SEARCH, {"q": "", "agency": health.pk, "type": "release"})
    assert titles(narrowed) == ["Tiêm chủng mở rộng tại Hà Nội"]
    assert titles(client.get(SEARCH, {"year": "2025"})) == [
        "Tiêm chủng mở rộng tại Hà Nội"
    ]
    assert titles(client.get(SEARCH, {"tag": "y-te"})) == [
        "Tiêm chủng mở rộng tại Hà Nội"
    ]


def test_a_spokesperson_hit_is_a_contact_card(client, corpus):
    content = client.get(SEARCH, {"q": "dang thu ha"}).content.decode()
    assert 'href="tel:+842903822123"' in content


def test_hidden_content_never_appears_not_even_in_counts(
    client, corpus, release_index, role
):
    agency = corpus["person"].agency
    factories.make_release(
        release_index,
        agency,
        title="Họp báo bí mật",
        embargo_until=timezone.now() + DAY,
    )
    factories.make_release(
        release_index, agency, title="Họp báo bản nháp", publish=False
    )
    factories.make_spokesperson(
        agency, role, full_name="Họp Hết Hạn", valid_until=timezone.localdate() - DAY
    )
    response = client.get(SEARCH, {"q": "hop"})
    assert "bí mật" not in response.content.decode()
    assert "bản nháp" not in response.content.decode()
    assert all("Hết Hạn" not in t for t in titles(response))
    assert response.context["results"].paginator.count == 1
    suggestions = client.get(AUTOCOMPLETE, {"q": "hop"}).json()["suggestions"]
    assert [s["label"] for s in suggestions] == ["Họp báo thường kỳ quý III"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "a" * 1000},
        {"q": '" * ( ) : ^ - NEAR AND OR'},
        {"q": "'; DROP TABLE portal_press_agency; --"},
        {"q": '"unclosed phrase'},
        {"q": "hop", "agency": "999999"},
        {"q": "hop", "tag": "khong-co"},
        {"q": "hop", "type": "release", "year": "1999"},
        {"q": ["hop", "bao"], "type": ["release", "training"]},  # repeated
        {"q": "hop", "page": "1", "sort": "date"},
    ],
)
def test_odd_input_answers_200(client, corpus, params):
    assert client.get(SEARCH, params).status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"q": "a" * 1001},
        {"agency": "abc"},
        {"type": "unknown"},
        {"year": "-5"},
        {"sort": "random"},
        {"tag": "<script>"},
    ],
)
def test_invalid_parameters_answer_400_with_a_message(client, corpus, params):
    response = client.get(SEARCH, params)
    assert response.status_code == 400
    assert response.context["form"].errors
    assert "<script>" not in response.content.decode()


@pytest.mark.parametrize("page", ["2", "0", "-1", "abc"])
def test_pages_beyond_the_results_are_404(client, corpus, page):
    assert client.get(SEARCH, {"q": "hop bao", "page": page}).status_code == 404


def test_highlight_marks_words_ignoring_marks_and_escapes_html():
    snippet = highlight("<b>Đào tạo</b> cán bộ tại Hà Nội", ["dao", "tao", "ha", "noi"])
    assert snippet == (
        "&lt;b&gt;<mark>Đào</mark> <mark>tạo</mark>&lt;/b&gt; cán bộ tại "
        "<mark>Hà</mark> <mark>Nội</mark>"
    )


def test_query_parsing_drops_syntax_and_keeps_phrases():
    parsed = parse_query('phát ngôn "sở y tế" OR NEAR(x) *')
    assert parsed.words == ["phát", "ngôn", "x"]
    assert parsed.phrases == [["sở", "y", "tế"]]


def test_every_public_page_has_the_search_box(client, corpus):
    content = client.get(corpus["training"].url).content.decode()
    assert f'action="{reverse("portal_press_search")}"' in content
    assert 'name="q"' in content


def facet_counts(response):
    return {
        name: {f.value: f.count for f in values}
        for name, values in response.context["facets"].items()
    }


def test_every_facet_count_is_the_number_of_results_it_leads_to(
    client, corpus, release_index
):
    culture = corpus["training"].organiser
    for number in range(4):
        release = factories.make_release(
            release_index,
            culture,
            title=f"Họp báo số {number}",
            released_at=timezone.now().replace(year=2024 + number % 2),
        )
        release.tags.add("du lịch" if number % 2 else "y tế")
        release.save_revision().publish()
    base = {"q": "hop bao", "type": "release"}
    counts = facet_counts(client.get(SEARCH, base))
    assert counts["type"] == {"release": 5}
    checked = 0
    for name in ("agency", "kind", "year", "tag"):
        for value, count in counts[name].items():
            narrowed = client.get(SEARCH, {**base, name: value})
            assert narrowed.context["results"].paginator.count == count, (name, value)
            checked += 1
    assert checked >= 6


def test_a_results_page_costs_the_same_queries_for_1_or_24_results(
    client, corpus, release_index, agency, role
):
    def queries(kind):
        return count_queries(client, f"{SEARCH}?q=hop&type={kind}")

    factories.make_spokesperson(agency, role, full_name="Hợp Văn Đầu")
    queries("release")  # the site and locale lookups, cached from then on
    few = {kind: queries(kind) for kind in ("release", "spokesperson")}
    mixed = count_queries(client, f"{SEARCH}?q=hop")
    for number in range(23):
        factories.make_release(release_index, agency, title=f"Họp báo {number}")
        factories.make_spokesperson(agency, role, full_name=f"Hợp Văn {number}")
    for kind in ("release", "spokesperson"):
        response = client.get(SEARCH, {"q": "hop", "type": kind})
        assert response.context["results"].paginator.count > 20  # two pages
        assert queries(kind) == few[kind]
    # One query per kind of result on the page, whatever the number of results.
    assert count_queries(client, f"{SEARCH}?q=hop") <= mixed + 2 <= 20


def test_autocomplete_completes_the_last_word_of_names_and_titles(client, corpus):
    suggestions = client.get(AUTOCOMPLETE, {"q": "dang thu h"}).json()["suggestions"]
    assert [(s["label"], s["kind"]) for s in suggestions] == [
        ("Đặng Thu Hà", "Người phát ngôn")
    ]
    labels = [
        s["label"]
        for s in client.get(AUTOCOMPLETE, {"q": "tiem ch"}).json()["suggestions"]
    ]
    assert labels == ["Tiêm chủng mở rộng tại Hà Nội"]
    assert client.get(AUTOCOMPLETE, {"q": "x"}).json()["suggestions"] == []


def test_a_hit_shows_its_type_date_and_agency(client, corpus):
    response = client.get(SEARCH, {"q": "hop bao"})
    hit = response.context["results"].object_list[0]
    release = corpus["releases"]["hop_bao"]
    assert (hit.agency, hit.date) == (release.issuing_agency, release.released_at)
    html = response.content.decode()
    article = re.search(r'<article class="pp-hit">.*?</article>', html, re.S).group(0)
    assert "Thông cáo báo chí" in article
    assert release.issuing_agency.name in article
    assert f'datetime="{localtime(release.released_at).isoformat()}"' in article


def test_a_suggestion_says_what_it_is_for_the_script(client, corpus, home):
    factories.make_directory(home)
    person = corpus["person"]
    (suggestion,) = client.get(AUTOCOMPLETE, {"q": "dang thu h"}).json()["suggestions"]
    assert suggestion["type"] == "spokesperson"
    # It opens the directory on the person's card.
    assert suggestion["url"].endswith(f"#pp-person-{person.pk}")
