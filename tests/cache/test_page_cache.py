"""The page cache: anonymous pages kept until a content event ends exactly the
affected ones, and never served before an embargo's end nor kept after it."""

import datetime

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal_press.cache import versions
from tests import factories

HOUR = datetime.timedelta(hours=1)
CACHED = [
    *settings.MIDDLEWARE,
    "portal_press.cache.middleware.PageCacheMiddleware",
]


@pytest.fixture(autouse=True)
def page_cache():
    with override_settings(MIDDLEWARE=CACHED):
        yield


def fetch(client, url, **params):
    """``(response, queries)`` of one anonymous request."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    return response, len(queries)


def test_a_public_page_is_served_from_the_cache_without_queries(
    client, release_index, agency
):
    release = factories.make_release(release_index, agency, title="Họp báo quý III")
    first, cost = fetch(client, release.url)
    again, cached_cost = fetch(client, release.url)
    assert cost > 5 and cached_cost == 0
    assert again.content == first.content
    assert "public" in again["Cache-Control"] and "max-age=60" in again["Cache-Control"]
    not_modified = client.get(release.url, HTTP_IF_NONE_MATCH=again["ETag"])
    assert not_modified.status_code == 304


def test_publishing_ends_the_release_its_index_and_home_and_nothing_else(
    client, home, release_index, agency
):
    release = factories.make_release(release_index, agency, title="Bản cũ")
    other = factories.make_release(release_index, agency, title="Thông cáo khác")
    for url in (release.url, release_index.url, other.url):
        fetch(client, url)
    fetch(client, release_index.url, page=1, agency=agency.pk)

    release.title = "Bản mới"
    release.save_revision().publish()

    assert "Bản mới" in client.get(release.url).content.decode()
    assert "Bản mới" in client.get(release_index.url).content.decode()
    filtered, cost = fetch(client, release_index.url, page=1, agency=agency.pk)
    assert cost > 0 and "Bản mới" in filtered.content.decode()
    _response, other_cost = fetch(client, other.url)
    assert other_cost == 0  # another release keeps its cached page


def test_an_embargoed_release_is_never_early_and_never_late(
    client, release_index, agency
):
    lifts_at = timezone.now() + HOUR
    release = factories.make_release(
        release_index, agency, title="Công bố quy hoạch", embargo_until=lifts_at
    )
    assert client.get(release.url).status_code == 404
    listing = client.get(release_index.url).content.decode()
    assert "Công bố quy hoạch" not in listing
    assert client.get(release.url).status_code == 404  # 404s are not stored

    # No editor acts and no tick runs: the cached newsroom ends at the
    # embargo's end by itself.
    with time_machine.travel(lifts_at + datetime.timedelta(seconds=1), tick=False):
        assert "Công bố quy hoạch" in client.get(release_index.url).content.decode()
        assert client.get(release.url).status_code == 200


def test_signed_in_editors_bypass_the_cache_and_their_previews_are_private(
    client, superuser, release_index, agency
):
    release = factories.make_release(
        release_index, agency, embargo_until=timezone.now() + HOUR
    )
    editor = Client()
    editor.force_login(superuser)
    response = editor.get(release.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    # The editor's view was not stored for the public.
    assert client.get(release.url).status_code == 404


def test_register_changes_end_the_directory_in_every_language(
    client, home, agency, role
):
    english = factories.make_locale("en")
    directory = factories.make_directory(home)
    factories.translate(home, english, {"Trang chủ": "Home"})
    english_directory = factories.translate(directory, english)
    person = factories.make_spokesperson(agency, role, full_name="Đặng Thu Hà")
    for page in (directory, english_directory):
        assert "Đặng Thu Hà" in client.get(page.url).content.decode()

    person.valid_until = timezone.localdate() - datetime.timedelta(days=1)
    person.save_revision().publish()
    for page in (directory, english_directory):
        assert "Đặng Thu Hà" not in client.get(page.url).content.decode()


def test_search_pages_end_with_any_content_event(client, release_index, agency):
    fetch(client, "/vi/search/", q="hop bao")
    _response, cost = fetch(client, "/vi/search/", q="hop bao")
    assert cost == 0
    factories.make_release(release_index, agency, title="Họp báo mới")
    response, cost = fetch(client, "/vi/search/", q="hop bao")
    assert cost > 0
    assert [hit.title for hit in response.context["results"]] == ["Họp báo mới"]


def test_a_visitor_with_a_session_is_never_served_from_the_cache(
    client, release_index, agency
):
    release = factories.make_release(release_index, agency)
    fetch(client, release.url)
    client.cookies[settings.SESSION_COOKIE_NAME] = "a-visitor-session"
    _response, cost = fetch(client, release.url)
    assert cost > 0


def test_the_page_cache_works_on_redis(client, release_index, agency):
    redis = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
        }
    }
    with override_settings(CACHES=redis):
        versions.store().clear()
        release = factories.make_release(release_index, agency, title="Qua Redis")
        fetch(client, release.url)
        _response, cost = fetch(client, release.url)
        assert cost == 0
        release.title = "Qua Redis, bản mới"
        release.save_revision().publish()
        assert "bản mới" in client.get(release.url).content.decode()
        versions.store().clear()


def test_an_embargo_lifted_is_purged_from_the_frontend_cache(release_index, agency):
    from portal_press.publishing.tick import tick
    from tests.cache.recording_backend import PURGED

    frontend = {
        "recording": {"BACKEND": "tests.cache.recording_backend.RecordingBackend"}
    }
    lifts_at = timezone.now() + HOUR
    release = factories.make_release(release_index, agency, embargo_until=lifts_at)
    tick()
    with override_settings(WAGTAILFRONTENDCACHE=frontend):
        PURGED.clear()
        with time_machine.travel(lifts_at + datetime.timedelta(minutes=1), tick=False):
            tick(run_scheduled=False)
    assert release.full_url in PURGED and release_index.full_url in PURGED


def streamed(response):
    return b"".join(response.streaming_content).decode()


def test_a_feed_is_kept_until_the_next_release(client, release_index, agency):
    factories.make_release(release_index, agency, title="Thông cáo đầu tiên")
    first, cost = fetch(client, "/vi/feeds/releases.rss")
    again, cached_cost = fetch(client, "/vi/feeds/releases.rss")
    assert cost > 0 and cached_cost == 0
    assert again.content == first.content and "public" in again["Cache-Control"]
    assert (
        client.get(
            "/vi/feeds/releases.rss", HTTP_IF_NONE_MATCH=again["ETag"]
        ).status_code
        == 304
    )

    factories.make_release(release_index, agency, title="Thông cáo thứ hai")
    response, cost = fetch(client, "/vi/feeds/releases.rss")
    assert cost > 0 and "Thông cáo thứ hai" in response.content.decode()


def test_a_feed_shows_an_embargoed_release_at_its_time_and_not_before(
    client, release_index, agency
):
    lifts_at = timezone.now() + HOUR
    factories.make_release(
        release_index, agency, title="Công bố quy hoạch", embargo_until=lifts_at
    )
    assert (
        "Công bố quy hoạch" not in client.get("/vi/feeds/releases.rss").content.decode()
    )
    assert (
        "Công bố quy hoạch" not in client.get("/vi/feeds/releases.rss").content.decode()
    )
    with time_machine.travel(lifts_at + datetime.timedelta(seconds=1), tick=False):
        feed = client.get("/vi/feeds/releases.rss").content.decode()
    assert "Công bố quy hoạch" in feed


def test_a_streamed_calendar_is_kept_once_sent_whole(client, home, agency):
    index = factories.make_training_index(home)
    factories.make_training(
        index, agency, timezone.now() + 24 * HOUR, title="Tập huấn kỹ năng phát ngôn"
    )
    first = client.get("/vi/calendar/trainings.ics")
    assert first.streaming and "Tập huấn kỹ năng phát ngôn" in streamed(first)
    again, cost = fetch(client, "/vi/calendar/trainings.ics")
    assert cost == 0 and not again.streaming
    assert "Tập huấn kỹ năng phát ngôn" in again.content.decode()
    assert again["Content-Type"] == first["Content-Type"] and again["ETag"]

    factories.make_training(
        index, agency, timezone.now() + 48 * HOUR, title="Tập huấn truyền thông số"
    )
    response, cost = fetch(client, "/vi/calendar/trainings.ics")
    assert cost > 0 and "Tập huấn truyền thông số" in streamed(response)


def test_a_calendar_larger_than_the_limit_is_sent_but_not_kept(
    client, home, agency, settings
):
    settings.PORTAL_PRESS = {"PAGE_CACHE_MAX_BYTES": 100}
    index = factories.make_training_index(home)
    factories.make_training(index, agency, timezone.now() + 24 * HOUR)
    assert "BEGIN:VEVENT" in streamed(client.get("/vi/calendar/trainings.ics"))
    again, cost = fetch(client, "/vi/calendar/trainings.ics")
    assert cost > 0 and "BEGIN:VEVENT" in streamed(again)


def test_the_directory_vcard_ends_when_the_register_changes(client, home, agency, role):
    factories.make_directory(home)
    person = factories.make_spokesperson(agency, role, full_name="Đặng Thu Hà")
    fetch(client, "/vi/contacts/directory.vcf")
    _response, cost = fetch(client, "/vi/contacts/directory.vcf")
    assert cost == 0
    person.full_name = "Đặng Thu Hằng"
    person.save_revision().publish()
    response, cost = fetch(client, "/vi/contacts/directory.vcf")
    assert cost > 0 and "Đặng Thu Hằng" in response.content.decode()


def test_a_listing_event_keeps_an_unrelated_release_page(client, release_index, agency):
    other = factories.make_release(release_index, agency, title="Thông cáo khác")
    fetch(client, other.url)
    fetch(client, "/sitemap.xml")
    new = factories.make_release(release_index, agency, title="Thông cáo mới")
    _response, cost = fetch(client, other.url)
    assert cost == 0
    sitemap, cost = fetch(client, "/sitemap.xml")
    assert cost > 0 and new.full_url in sitemap.content.decode()


def test_a_release_without_chosen_contacts_ends_when_its_agency_spokesperson_changes(
    client, release_index, agency, role
):
    # The release names no contact: it shows its agency's spokespersons.
    release = factories.make_release(release_index, agency)
    person = factories.make_spokesperson(agency, role, full_name="Đặng Thu Hà")
    assert "Đặng Thu Hà" in fetch(client, release.url)[0].content.decode()

    person.office_phone = "0290 3999 999"
    person.save_revision().publish()
    response, cost = fetch(client, release.url)
    assert cost > 0 and "0290 3999 999" in response.content.decode()

    newcomer = factories.make_spokesperson(agency, role, full_name="Lê Văn Bình")
    assert "Lê Văn Bình" in fetch(client, release.url)[0].content.decode()
    newcomer.valid_until = timezone.localdate() - datetime.timedelta(days=1)
    newcomer.save_revision().publish()
    assert "Lê Văn Bình" not in fetch(client, release.url)[0].content.decode()


def test_a_release_ends_when_a_page_it_links_to_is_unpublished(
    client, release_index, agency
):
    from portal_press.models import PressReleaseRelatedPage

    release = factories.make_release(release_index, agency, title="Thông cáo chính")
    related = factories.make_release(release_index, agency, title="Bài liên quan")
    PressReleaseRelatedPage.objects.create(page=release, linked_page=related)
    assert "Bài liên quan" in fetch(client, release.url)[0].content.decode()

    related.unpublish()
    response, cost = fetch(client, release.url)
    assert cost > 0 and "Bài liên quan" not in response.content.decode()


def test_renaming_a_role_or_a_kind_ends_the_pages_that_name_it(
    client, home, release_index, agency, role
):
    directory = factories.make_directory(home)
    release = factories.make_release(release_index, agency)
    factories.make_spokesperson(agency, role, full_name="Đặng Thu Hà")
    for page in (directory, release):
        fetch(client, page.url)

    role.name = "Người phát ngôn chính"
    role.save()
    for page in (directory, release):
        response, cost = fetch(client, page.url)
        assert cost > 0 and "Người phát ngôn chính" in response.content.decode()

    agency.kind.name = "Cơ quan chuyên môn"
    agency.kind.save()
    response, cost = fetch(client, directory.url)
    assert cost > 0 and "Cơ quan chuyên môn" in response.content.decode()


def test_renaming_a_co_issuing_agency_ends_the_release(client, release_index, agency):
    from portal_press.models import PressReleaseCoIssuer

    release = factories.make_release(release_index, agency)
    partner = factories.make_agency("Sở Y tế")
    PressReleaseCoIssuer.objects.create(page=release, agency=partner)
    assert "Sở Y tế" in fetch(client, release.url)[0].content.decode()
    partner.name = "Sở Y tế tỉnh"
    partner.save()
    response, cost = fetch(client, release.url)
    assert cost > 0 and "Sở Y tế tỉnh" in response.content.decode()


def test_a_glossary_change_ends_the_pages_that_use_its_names(
    client, release_index, agency
):
    english = factories.make_locale("en")
    english_term = factories.make_glossary_term(
        "họp báo", release_index.locale, {english: "press conference"}
    )[english]
    release = factories.make_release(release_index, agency)
    release.tags.add("họp báo")
    release.save_revision().publish()
    factories.translate(release_index.get_parent(), english, {"Trang chủ": "Home"})
    factories.translate(release_index, english)
    english_release = factories.translate(release, english)
    assert (
        ">press conference</a>"
        in fetch(client, english_release.url)[0].content.decode()
    )

    english_term.term = "press briefing"
    english_term.save()
    response, cost = fetch(client, english_release.url)
    assert cost > 0 and ">press briefing</a>" in response.content.decode()
