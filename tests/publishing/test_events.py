"""Content events: what an editor's action affects, and who hears of it."""

import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal_press.models import SearchEntry
from portal_press.publishing import events
from tests import factories


@pytest.fixture
def heard():
    record = []
    events.subscribe(record.append)
    yield record
    events.unsubscribe(record.append)


def affected_pks(event):
    return {
        pk
        for queryset in event.affected
        for pk in queryset.values_list("pk", flat=True)
    }


def test_publishing_a_source_reaches_its_translations(release_index, agency, heard):
    english = factories.make_locale("en")
    factories.translate(release_index, english)
    release = factories.make_release(release_index, agency)
    translation = factories.translate(release, english)
    heard.clear()

    release.save_revision().publish()
    (event,) = [e for e in heard if e.name == events.PUBLISHED]
    assert event.objects[0].pk == release.pk
    assert {release.pk, translation.pk} <= affected_pks(event)
    translation.save_revision().publish()
    assert heard[-1].name == events.TRANSLATION_PUBLISHED


def test_renaming_an_agency_reaches_what_shows_it(
    client, release_index, home, agency, role, heard
):
    release = factories.make_release(release_index, agency)
    training = factories.make_training(
        factories.make_training_index(home), agency, release.released_at
    )
    person = factories.make_spokesperson(agency, role)
    heard.clear()
    agency.name = "Sở Văn hóa và Thể thao"
    agency.save()
    (event,) = heard
    assert event.name == events.CHANGED
    assert {agency.pk, release.pk, training.pk, person.pk} <= affected_pks(event)
    # The release is found by the agency's new name.
    response = client.get(
        "/vi/search/", {"q": "van hoa va the thao", "type": "release"}
    )
    assert [hit.object.pk for hit in response.context["results"]] == [release.pk]


def test_a_failing_subscriber_never_stops_a_save_or_the_others(
    release_index, agency, caplog, heard
):
    def broken(event):
        raise RuntimeError("subscriber down")

    events.subscribe(broken)
    try:
        caplog.set_level(logging.ERROR, logger="portal_press.publishing.events")
        release = factories.make_release(release_index, agency, title="Vẫn lưu")
    finally:
        events.unsubscribe(broken)
    release.refresh_from_db()
    assert release.live
    assert any(e.name == events.PUBLISHED for e in heard)
    assert any("subscriber down" in (r.exc_text or "") for r in caplog.records)


def test_an_agency_rename_reindexes_its_releases_in_flat_queries(
    release_index, agency, django_capture_on_commit_callbacks
):
    def rename_costs(count):
        for _ in range(count):
            factories.make_release(release_index, agency)
        with CaptureQueriesContext(connection) as queries:
            with django_capture_on_commit_callbacks(execute=True):
                agency.name = f"{agency.name}."
                agency.save()
        return len(queries)

    few = rename_costs(3)
    many = rename_costs(30)
    assert many == few
    assert SearchEntry.objects.filter(kind="release").count() == 33
