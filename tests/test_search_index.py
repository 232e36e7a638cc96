"""The database's search index follows every content event, and only the gate's
content is ever shown, even when the index lags behind."""

import datetime
import io
import logging

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from portal_press.models import PendingIndexUpdate, PressReleaseIndexPage, SearchEntry
from portal_press.search import database, database_index, fulltext
from portal_press.search.hits import load_hits
from portal_press.search.records import indexable_records
from portal_press.search.text import parse_query
from tests import factories

DAY = datetime.timedelta(days=1)


@pytest.fixture
def vi(db):
    return Locale.objects.get(language_code="vi")


def found(text, locale, filters=None, now=None):
    """``(kind, pk)`` of every result of ``text``, in order."""
    outcome = database.search(parse_query(text), filters or {}, locale, now=now)
    return [(m.kind, m.pk) for m in outcome.matches[0 : len(outcome.matches)]]


def entry_of(page):
    return SearchEntry.objects.filter(page_id=page.pk).first()


def test_publishing_unpublishing_and_deleting(release_index, agency, vi):
    draft = factories.make_release(
        release_index, agency, title="Họp báo", publish=False
    )
    assert entry_of(draft) is None
    draft.save_revision().publish()
    assert found("hop bao", vi) == [("release", draft.pk)]
    draft.refresh_from_db()
    draft.unpublish()
    assert entry_of(draft) is None
    draft.save_revision().publish()
    draft.delete()
    assert found("hop bao", vi) == []
    if fulltext.engine() == "fts5":  # the trigger emptied the FTS5 row too
        assert not SearchEntry.objects.exists()


def test_an_embargo_ends_on_time_without_any_update(release_index, agency, vi):
    ends = timezone.now() + DAY
    release = factories.make_release(
        release_index, agency, title="Họp báo sắp tới", embargo_until=ends
    )
    assert entry_of(release).public_from == ends
    assert found("hop bao", vi) == []
    assert found("hop bao", vi, now=ends + datetime.timedelta(seconds=1)) == [
        ("release", release.pk)
    ]


def test_appointments_start_and_end_on_time(agency, role, vi):
    today = timezone.localdate()
    later = factories.make_spokesperson(
        agency,
        role,
        full_name="Lâm Thị Sau",
        valid_from=today + 10 * DAY,
        valid_until=today + 20 * DAY,
    )
    assert found("lam thi sau", vi) == []
    start = timezone.now() + 10 * DAY
    assert found("lam thi sau", vi, now=start) == [("spokesperson", later.pk)]
    assert found("lam thi sau", vi, now=timezone.now() + 22 * DAY) == []


def test_agency_edits_reach_its_content(
    release_index, agency, role, vi, django_capture_on_commit_callbacks
):
    release = factories.make_release(release_index, agency, title="Thông cáo")
    person = factories.make_spokesperson(agency, role, full_name="Tạ Văn Bền")
    with django_capture_on_commit_callbacks(execute=True):
        agency.short_name = "SVHTTDLMOI"
        agency.save()
    assert found("SVHTTDLMOI", vi)[0] == ("spokesperson", person.pk)
    assert ("release", release.pk) in found("SVHTTDLMOI", vi)
    with django_capture_on_commit_callbacks(execute=True):
        agency.is_active = False
        agency.save()
    assert ("spokesperson", person.pk) not in found("ta van ben", vi)


def test_a_renamed_topic_is_found_by_its_new_name(
    release_index, agency, vi, django_capture_on_commit_callbacks
):
    release = factories.make_release(release_index, agency, title="Thông cáo")
    release.tags.add("du lịch")
    release.save_revision().publish()
    topic = release.tags.get()
    with django_capture_on_commit_callbacks(execute=True):
        topic.name = "lữ hành"
        topic.save()
    assert found("lu hanh", vi) == [("release", release.pk)]


def test_a_view_restriction_hides_a_section(
    release_index, agency, vi, django_capture_on_commit_callbacks
):
    release = factories.make_release(release_index, agency, title="Họp báo")
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=release_index, restriction_type="password", password="x"
        )
    outcome = database.search(parse_query("hop bao"), {}, vi)
    assert len(outcome.matches) == 0
    assert outcome.facets["type"] == []
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert found("hop bao", vi) == [("release", release.pk)]


def test_translations_are_indexed_in_their_language(release_index, agency):
    release = factories.make_release(release_index, agency, title="Họp báo quý I")
    en = factories.make_locale("en")
    factories.translate(release_index, en)
    english = factories.translate(
        release, en, {"Họp báo quý I": "First-quarter press conference"}
    )
    assert found("press conference", en) == [("release", english.pk)]
    assert found("press conference", Locale.objects.get(language_code="vi")) == []


def test_the_gate_has_the_last_word_over_a_stale_entry(release_index, agency, vi):
    release = factories.make_release(release_index, agency, title="Họp báo")
    # As if the index had missed the unpublishing.
    release.live = False
    release.save(update_fields=["live"])
    assert found("hop bao", vi) == [("release", release.pk)]
    outcome = database.search(parse_query("hop bao"), {}, vi)
    assert load_hits(outcome.matches[0:20], [], vi) == []


def test_a_failing_index_never_stops_a_save(release_index, agency, monkeypatch, caplog):
    def broken(source, pks):
        raise RuntimeError("disk full")

    monkeypatch.setattr(database_index, "update", broken)
    caplog.set_level(logging.WARNING, logger="portal_press.search.index_updates")
    release = factories.make_release(release_index, agency, title="Vẫn lưu được")
    release.refresh_from_db()
    assert release.live
    assert any("database search index" in r.getMessage() for r in caplog.records)
    # The update waits in the queue for the tick to retry it.
    pending = PendingIndexUpdate.objects.get(object_id=release.pk)
    assert pending.engine == "database" and "disk full" in pending.last_error


def test_rebuild_writes_one_entry_per_public_object(
    release_index, agency, role, home, vi
):
    factories.make_release(release_index, agency, title="Họp báo")
    factories.make_release(release_index, agency, publish=False)
    factories.make_release(release_index, agency, embargo_until=timezone.now() + DAY)
    factories.make_spokesperson(agency, role)
    factories.make_promotion(home)
    before = sorted(
        SearchEntry.objects.values_list("kind", "page_id", "spokesperson_id")
    )
    SearchEntry.objects.all().delete()
    out = io.StringIO()
    call_command("portal_press_rebuild_index", stdout=out)
    after = sorted(
        SearchEntry.objects.values_list("kind", "page_id", "spokesperson_id")
    )
    assert after == before
    assert len(after) == len(list(indexable_records())) == 4
    assert "Indexed 4 objects into the database index." in out.getvalue()
    assert "release: 2/2" in out.getvalue()
    assert found("hop bao", vi)[0][0] == "release"


def test_a_move_under_a_restricted_section_hides_the_page(
    home, release_index, agency, vi, django_capture_on_commit_callbacks
):
    release = factories.make_release(release_index, agency, title="Họp báo")
    archive = factories.add_page(
        home, PressReleaseIndexPage(title="Lưu trữ", slug="luu-tru")
    )
    PageViewRestriction.objects.create(
        page=archive, restriction_type="password", password="x"
    )
    with django_capture_on_commit_callbacks(execute=True):
        release.move(archive, pos="last-child")
    assert found("hop bao", vi) == []
