"""Editor text with markup in it, in each place it is written: the
autocomplete's JSON, the JSON-LD inside a ``<script>``, the search page's
highlighted titles. Each stays text, and parses back to what the editor typed."""

import json
import re

import pytest
from django.utils import timezone

from portal_press.security.escaping import html_safe_json
from tests import factories

HOSTILE = '</script><script>alert("x")</script><!-- <img src=x onerror=alert(1)> &amp;'
TITLE = f"Họp báo về đê điều {HOSTILE}"
PERSON = f"Trần Văn Đức {HOSTILE}"
AUTOCOMPLETE = "/vi/search/autocomplete/"
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.fixture
def hostile(home, release_index, agency, role):
    release = factories.make_release(
        release_index,
        agency,
        title=TITLE,
        lead=f"Thông tin {HOSTILE}",
        released_at=timezone.now(),
    )
    factories.make_directory(home)
    factories.make_spokesperson(agency, role, full_name=PERSON)
    return release


def no_markup(text):
    return not any(character in text for character in "<>&")


def test_the_autocomplete_answers_json_with_no_markup_in_it(client, hostile):
    for query, label in (("hop bao ve", TITLE), ("tran van d", PERSON)):
        response = client.get(AUTOCOMPLETE, {"q": query})
        assert response["Content-Type"] == "application/json"
        assert response["X-Content-Type-Options"] == "nosniff"
        text = response.content.decode()
        assert no_markup(text), text
        assert label in [s["label"] for s in json.loads(text)["suggestions"]]


def test_the_autocomplete_echoes_the_query_as_text(client, hostile):
    query = "hop</script><svg onload=alert(1)>"
    response = client.get(AUTOCOMPLETE, {"q": query})
    assert no_markup(response.content.decode())
    assert response.json()["query"] == query


def test_json_ld_holds_the_hostile_title_whole_and_inert(client, hostile):
    html = client.get(hostile.url).content.decode()
    (script,) = JSON_LD.findall(html)
    assert no_markup(script)
    data = json.loads(script)
    assert data["headline"] == TITLE
    assert "<script>alert" not in html


def test_the_search_page_shows_the_hostile_title_as_text(client, hostile):
    html = client.get("/vi/search/", {"q": "de dieu"}).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;/script&gt;" in html


def test_html_safe_json_means_the_same():
    data = {"title": TITLE, "n": 1, "nested": ["<b>&</b>"]}
    text = html_safe_json(data)
    assert no_markup(text)
    assert json.loads(text) == data
    assert "đê điều" in text  # UTF-8 kept, not \\u escapes
