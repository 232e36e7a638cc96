"""A language the portal has nothing in yet answers in that language.

/ko/ used to move the visitor silently to /vi/; it now says, in Korean, that
nothing is published in Korean and lists what is, in each language. The
search in such a language says where results exist, with links.
"""

import re

import pytest
from django.utils import timezone

from tests import factories


@pytest.fixture
def english_home(home, release_index, agency):
    english = factories.make_locale("en")
    for code in ("ko", "fr"):
        factories.make_locale(code)
    factories.make_release(
        release_index,
        agency,
        title="Họp báo thường kỳ quý III",
        lead="Sở tổ chức họp báo về du lịch.",
        released_at=timezone.now(),
    )
    english_home = factories.translate(home, english, {"Trang chủ": "Home"})
    factories.translate(release_index, english, {release_index.title: "Press releases"})
    return english_home


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(
    ("code", "heading"),
    [
        ("ko", "아직 한국어 페이지가 없습니다"),
        ("fr", "Aucune page en Français pour l’instant"),
    ],
)
def test_the_home_of_an_empty_language_answers_in_it(
    client, english_home, release_index, code, heading
):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    assert heading in text(html)
    # What exists, language by language, each marked with its language.
    assert '<li class="pp-elsewhere__language" lang="vi">' in html
    assert '<li class="pp-elsewhere__language" lang="en">' in html
    assert f'href="{release_index.url}" hreflang="vi"' in html
    assert 'href="/en/" hreflang="en"' in html


def test_a_page_of_an_empty_language_still_goes_to_its_own_language(
    client, english_home, release_index
):
    response = client.get(f"/ko{release_index.url[3:]}")
    assert response.status_code == 302
    assert response["Location"] == release_index.url


def test_its_search_says_where_results_exist(client, english_home):
    response = client.get("/ko/search/", {"q": "hop bao"})
    assert response.status_code == 200
    elsewhere = response.context["elsewhere"]
    assert [(lang["code"], lang["count"]) for lang in elsewhere] == [("vi", 1)]
    html = response.content.decode()
    assert 'href="/vi/search/?q=hop+bao" hreflang="vi"' in html
    assert "검색 결과 1건" in html


def test_a_search_with_results_asks_no_other_language(client, english_home):
    response = client.get("/vi/search/", {"q": "hop bao"})
    assert "elsewhere" not in response.context
