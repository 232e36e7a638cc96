"""The chrome of the public pages: breadcrumbs, the press office, release
numbers and topics in the reader's language, the favicon and the script."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation

from portal_press.templatetags.portal_press_i18n import release_number
from tests import factories


def breadcrumb_items(html):
    nav = re.search(r'<nav class="pp-breadcrumbs.*?</nav>', html, re.S)
    if not nav:
        return []
    items = re.findall(r"<li[^>]*>(.*?)</li>", nav.group(0), re.S)
    return [re.sub(r"<[^>]+>", "", item).strip() for item in items]


def test_a_release_shows_where_it_sits(client, release_index, agency):
    release = factories.make_release(release_index, agency, title="Họp báo quý I")
    html = client.get(release.url).content.decode()
    assert breadcrumb_items(html) == ["Trang chủ", release_index.title, release.title]
    assert 'aria-label="Vị trí trang"' in html
    assert '<li class="pp-breadcrumbs__item" aria-current="page">' in html


def test_an_unpublished_section_is_left_out_of_the_trail(client, release_index, agency):
    release = factories.make_release(release_index, agency, title="Thông báo")
    release_index.unpublish()
    # The release stays live on its own: its trail skips the hidden section.
    html = client.get(release.url).content.decode()
    assert release_index.title not in breadcrumb_items(html)


def test_the_home_page_has_no_trail(client, home):
    assert breadcrumb_items(client.get(home.url).content.decode()) == []


def test_the_search_page_is_reached_from_home(client, home):
    html = client.get("/vi/search/").content.decode()
    assert breadcrumb_items(html) == ["Trang chủ", "Tìm kiếm"]


@pytest.mark.parametrize(
    ("language", "reference", "shown"),
    [
        ("vi", "Số 12/TCBC-UBND", "Số 12/TCBC-UBND"),
        ("en", "Số 12/TCBC-UBND", "No. 12/TCBC-UBND"),
        ("en", "12/TCBC-UBND", "No. 12/TCBC-UBND"),
        ("fr", "số: 3/TB-SVHTTDL", "N° 3/TB-SVHTTDL"),
        ("zh-hans", "Số 12/TCBC-UBND", "编号 12/TCBC-UBND"),
        ("en", "", ""),
    ],
)
def test_a_release_number_reads_in_the_readers_language(language, reference, shown):
    with translation.override(language):
        assert release_number(reference) == shown


def test_the_number_alone_where_a_label_says_it():
    assert release_number("Số 12/TCBC-UBND", "bare") == "12/TCBC-UBND"


def test_topics_take_their_names_from_the_glossary(
    client, release_index, agency, django_assert_max_num_queries
):
    english = factories.make_locale("en")
    factories.make_glossary_term(
        "họp báo", release_index.locale, {english: "press conference"}
    )
    release = factories.make_release(release_index, agency)
    release.tags.add("họp báo", "đất đai")
    release.save_revision().publish()
    home = release_index.get_parent()
    factories.translate(home, english, {"Trang chủ": "Home"})
    english_index = factories.translate(release_index, english)
    english_release = factories.translate(release, english)

    html = client.get(english_release.url).content.decode()
    assert ">press conference</a>" in html
    assert ">đất đai</a>" in html  # not in the glossary: as written
    # What the reader sees filters the English newsroom too.
    response = client.get(english_index.url, {"tag": "Press Conference"})
    assert response.status_code == 200
    assert [r.pk for r in response.context["releases"].object_list] == [
        english_release.pk
    ]
    html = client.get(release.url).content.decode()
    assert ">họp báo</a>" in html


def test_the_press_office_is_named_in_the_readers_language(db, agency, rf):
    agency.phone = "0290 3822 102"
    agency.email = "baochi@phusa.example"
    agency.save()
    template = Template("{% load portal_press_site %}{% press_office agency %}")
    with translation.override("vi"):
        html = template.render(Context({"agency": agency, "request": rf.get("/")}))
    assert "Đầu mối liên hệ báo chí" in html
    assert agency.name in html
    assert 'href="tel:+842903822102"' in html
    assert 'href="mailto:baochi@phusa.example"' in html


def test_every_page_has_the_favicon_and_the_script_as_files(client, home):
    html = client.get(home.url).content.decode()
    assert '<link rel="icon" href="/static/portal_press/favicon.svg"' in html
    assert (
        '<script src="/static/portal_press/js/portal_press.js" defer></script>' in html
    )
    # No inline script or handler: a strict Content-Security-Policy holds.
    # (JSON-LD is data, not script.)
    assert not re.search(r'<script(?![^>]*\bsrc=)(?![^>]*"application/ld\+json")', html)
    assert not re.search(r"\son[a-z]+=", html)
