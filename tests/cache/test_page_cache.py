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
