"""The search under odd states: huge page numbers, a missing or empty index, an
Elasticsearch server that accepts connections and never answers."""

import pytest
from django.core import checks
from django.db import connection
from django.http import Http404
from django.test import override_settings
from django.utils import translation

from portal_press.models import PendingIndexUpdate, SearchEntry
from portal_press.public.pagination import requested_page
from portal_press.publishing.tick import tick
from portal_press.search import breaker, fulltext, health
from tests import factories
from tests.hanging_server import HangingServer

SEARCH = "/vi/search/"
AUTOCOMPLETE = "/vi/search/autocomplete/"


@pytest.fixture
def release(release_index, agency):
    return factories.make_release(release_index, agency, title="Họp báo quý III")


@pytest.mark.parametrize(
    "page",
    [
        "461168601842738792",
        "9223372036854775808",
        "99999999999999999999999999",
        "501",
        "0",
        "-1",
        "1.5",
        "1e3",
        "abc",
        "\x00",
        "٣",
        ["1", "2"],
    ],
)
def test_page_numbers_are_checked_before_any_query(client, release, page):
    response = client.get(SEARCH, {"q": "hop bao", "page": page})
    assert response.status_code == 404
    response = client.get(release.get_parent().url, {"page": page})
    assert response.status_code == 404


@pytest.mark.parametrize(
    "page, words",
    [
        ("abc", "not a page number"),
        (["1", "2"], "one page number"),
        ("600", "at most 500 pages"),
    ],
)
def test_a_page_number_error_says_what_is_wrong(rf, page, words):
    request = rf.get(SEARCH, {"page": page})
    with translation.override("en"), pytest.raises(Http404, match=words):
        requested_page(request, last=500)


def drop_fulltext_index():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"DROP TABLE {fulltext.FTS_TABLE}")
        else:
            # Deferred foreign key checks would forbid altering the table.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            table = connection.ops.quote_name(SearchEntry._meta.db_table)
            cursor.execute(f"ALTER TABLE {table} DROP COLUMN search_vector CASCADE")


def test_a_missing_fulltext_index_is_a_message_not_a_server_error(
    client, superuser, release_index, agency, release
):
    drop_fulltext_index()
    response = client.get(SEARCH, {"q": "hop bao"})
    assert response.status_code == 503
    assert "không" in response.content.decode().lower()  # the Vietnamese message
    suggestions = client.get(AUTOCOMPLETE, {"q": "hop"})
    if connection.vendor == "sqlite":
        # Titles are completed from the FTS5 table too.
        assert suggestions.status_code == 503 and suggestions.json()["message"]
    else:
        # PostgreSQL completes titles from their own index: still answers.
        assert suggestions.status_code == 200

    # Saving goes on; the update waits in the queue.
    saved = factories.make_release(release_index, agency, title="Vẫn lưu")
    assert saved.live
    assert PendingIndexUpdate.objects.filter(object_id=saved.pk).exists()

    problem = health.index_problem()
    assert problem.code == health.MISSING and "migrate" in str(problem.hint)
    found = checks.run_checks(databases=["default"])
    assert "portal_press.W101" in {message.id for message in found}

    client.force_login(superuser)
    dashboard = client.get("/admin/").content.decode()
    assert "migrate portal_press" in dashboard


def test_an_empty_index_says_the_search_is_being_prepared(client, release):
    SearchEntry.objects.all().delete()
    response = client.get(SEARCH, {"q": "hop bao"})
    assert response.status_code == 200
    assert response.context["engine_notice"]
    problem = health.index_problem()
    assert problem.code == health.EMPTY and "rebuild_index" in str(problem.hint)


@pytest.fixture
def hanging():
    server = HangingServer()
    yield server
    server.close()


def test_a_hanging_elasticsearch_costs_one_timeout_not_one_per_request(
    client, release, hanging, release_index, agency, django_capture_on_commit_callbacks
):
    settings = {
        "SECTION_PARENT_PAGE_TYPES": ["testapp.HomePage"],
        "ELASTICSEARCH": {"URL": hanging.url, "TIMEOUT": 0.5},
    }
    with override_settings(PORTAL_PRESS=settings):
        for _ in range(5):
            response = client.get(SEARCH, {"q": "hop bao"})
            assert response.status_code == 200
            assert response.context["engine_notice"]
            assert [hit.title for hit in response.context["results"]] == [
                "Họp báo quý III"
            ]
        assert len(hanging.accepted) == 1
        assert breaker.is_paused()

        # While it is paused, publishing does not wait on it either: the
        # update is queued for the tick.
        with django_capture_on_commit_callbacks(execute=True):
            published = factories.make_release(release_index, agency)
        assert len(hanging.accepted) == 1
        pending = PendingIndexUpdate.objects.get(
            engine="elasticsearch", object_id=published.pk
        )

        # Once the pause is over, the tick retries (and it fails again here).
        breaker.reset()
        tick(run_scheduled=False)
        assert len(hanging.accepted) == 2
        pending.refresh_from_db()
        assert pending.attempts == 1
