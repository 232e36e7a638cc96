"""Release feeds, read back with feedparser."""

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.channels.conftest import EVERY_MARK, HOSTILE, body


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


@pytest.mark.parametrize("extension", ["rss", "atom"])
def test_a_feed_item_carries_number_agency_date_lead_and_a_stable_guid(
    client, province, extension
):
    url = f"/vi/feeds/releases.{extension}"
    feed = parse(client, url)
    (item,) = feed.entries
    assert item.title == f"Họp báo {HOSTILE}"
    assert item.link == province.release.full_url
    assert "Số 12/TCBC-SVHTTDL" in item.summary
    assert EVERY_MARK in item.summary
    assert "Sở Văn hóa, Thể thao và Du lịch" in item.author
    assert item.published_parsed
    assert [tag.term for tag in item.tags] == ["đất đai"]
    guid = item.id
    province.release.slug = "doi-ten"
    province.release.title = "Tên mới"
    province.release.save_revision().publish()
    again = parse(client, url).entries[0]
    assert again.id == guid and again.title == "Tên mới"


def test_feeds_never_show_hidden_or_other_language_releases(client, province):
    for url in [
        "/vi/feeds/releases.rss",
        "/vi/feeds/tag/dat-dai.atom",
        f"/vi/feeds/agency/{province.agency.translation_key}.rss",
    ]:
        titles = [entry.title for entry in parse(client, url).entries]
        assert titles == [f"Họp báo {HOSTILE}"], url
    english = parse(client, "/en/feeds/releases.rss")
    assert [entry.title for entry in english.entries] == [province.release_en.title]
    assert english.entries[0].link == province.release_en.full_url
    assert english.feed.language == "en"


def test_an_agency_or_tag_without_a_feed_is_a_404(client, province):
    closed = f"/vi/feeds/agency/{province.closed_agency.translation_key}.rss"
    assert client.get(closed).status_code == 404
    assert client.get("/vi/feeds/tag/khong-co.rss").status_code == 404
    assert client.get("/vi/feeds/releases.rss?page=abc").status_code == 404
    assert client.get("/vi/feeds/releases.rss?page=2").status_code == 404


def test_a_long_archive_is_paged(client, settings, province):
    settings.PORTAL_PRESS = {**settings.PORTAL_PRESS, "FEED_ITEMS": 2}
    index = province.release.get_parent()
    for number in range(3):
        factories.make_release(index, province.agency, title=f"Tin {number}")
    first = parse(client, "/vi/feeds/releases.atom")
    assert len(first.entries) == 2
    links = {link.rel: link.href for link in first.feed.links}
    assert links["next"].endswith("?page=2")
    second = parse(client, "/vi/feeds/releases.atom?page=2")
    assert {e.id for e in first.entries}.isdisjoint(e.id for e in second.entries)


def test_pages_advertise_their_feeds(client, province):
    home = client.get("/vi/").content.decode()
    assert 'type="application/rss+xml"' in home and "/vi/feeds/releases.rss" in home
    newsroom = province.release.get_parent()
    filtered = client.get(
        f"{newsroom.url}?agency={province.agency.pk}"
    ).content.decode()
    assert f"/vi/feeds/agency/{province.agency.translation_key}.rss" in filtered
    release = client.get(province.release.url).content.decode()
    assert f"/vi/feeds/agency/{province.agency.translation_key}.atom" in release


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        body(client.get(url))
    return len(queries)


@pytest.mark.parametrize("url", ["/vi/feeds/releases.rss", "/en/feeds/releases.atom"])
def test_feeds_cost_the_same_queries_for_many_releases(client, province, url):
    _count(client, url)
    few = _count(client, url)
    index = province.release.get_parent()
    for number in range(25):
        release = factories.make_release(index, province.agency, title=f"Tin {number}")
        release.tags.add("y tế", "đất đai")
        release.save_revision().publish()
        if url.startswith("/en/"):
            factories.translate(release, province.en)
    assert _count(client, url) == few
