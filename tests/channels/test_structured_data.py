"""JSON-LD and sharing tags in the pages, read back with json.loads."""

import json
import re

from tests.channels.conftest import HOSTILE

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(client, page):
    html = client.get(page.url).content.decode()
    found = SCRIPT.findall(html)
    assert len(found) == 1, "one JSON-LD script, whole: no </script> breakout"
    return json.loads(found[0]), html


def test_a_release_is_a_news_article(client, province):
    data, html = json_ld(client, province.release)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == f"Họp báo {HOSTILE}"
    assert data["author"]["@type"] == "GovernmentOrganization"
    assert data["author"]["name"].startswith("Sở Văn hóa")
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert data["inLanguage"] == "vi"
    assert data["datePublished"] and data["dateModified"]
    assert "\\u003C/script\\u003E" in SCRIPT.findall(html)[0]
    assert '<meta property="og:title"' in html
    assert 'property="og:locale" content="vi_VN"' in html
    assert 'property="og:locale:alternate" content="en_US"' in html
    assert 'name="twitter:card"' in html
    assert "<script>alert" not in html


def test_a_training_is_an_event(client, province):
    data, _html = json_ld(client, province.training)
    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"].endswith("MixedEventAttendanceMode")
    assert data["eventStatus"].endswith("EventScheduled")
    kinds = {place["@type"] for place in data["location"]}
    assert kinds == {"Place", "VirtualLocation"}
    assert data["organizer"]["@type"] == "GovernmentOrganization"
    assert data["performer"][0]["name"] == "TS. Nguyễn Văn Giảng"


def test_the_directory_lists_agencies_and_people_with_contact_points(client, province):
    data, _html = json_ld(client, province.directory)
    graph = data["@graph"]
    agencies = [node for node in graph if node["@type"] == "GovernmentOrganization"]
    assert [a["name"] for a in agencies] == [province.agency.name]
    (person,) = agencies[0]["member"]
    assert person["@type"] == "Person" and person["name"] == "Đặng Thị Hà"
    assert person["contactPoint"]["@type"] == "ContactPoint"
    assert person["contactPoint"]["telephone"] == "+842903822123"
    assert "Lê Văn Hết" not in json.dumps(data, ensure_ascii=False)
