"""Training calendars, read back with icalendar."""

import datetime

import icalendar
import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories
from tests.channels.conftest import EVERY_MARK, HOSTILE, body


def ics(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(body(response))


def events(calendar):
    return list(calendar.walk("VEVENT"))


def training_url(training, language="vi"):
    return f"/{language}/calendar/training/{training.translation_key}.ics"


def test_a_trainings_event_has_every_property_rfc_5545_asks(client, province):
    calendar = ics(client, training_url(province.training))
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    (zone,) = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Asia/Ho_Chi_Minh"
    (event,) = events(calendar)
    assert event["UID"] == f"training-{province.training.translation_key}@testserver"
    assert event["DTSTAMP"]
    start = event["DTSTART"]
    assert start.params["TZID"] == "Asia/Ho_Chi_Minh"
    assert start.dt == province.training.starts_at
    assert event["DTEND"].dt == province.training.ends_at
    assert str(event["SUMMARY"]) == f"Tập huấn kỹ năng phát ngôn {EVERY_MARK}"
    text = str(event["DESCRIPTION"])
    assert HOSTILE in text
    assert "Điểm cầu xã Tân Thành, Ấp 3, xã Tân Thành" in text
    assert "https://meet.example.gov.vn/tap-huan" in text
    assert str(event["LOCATION"]) == "Hội trường UBND tỉnh, Số 1, đường Trần Hưng Đạo"
    assert str(event["URL"]) == province.training.full_url
    assert str(event["CONFERENCE"]) == "https://meet.example.gov.vn/tap-huan"
    assert str(event["ORGANIZER"]) == "mailto:svhttdl@example.gov.vn"
    assert event["ORGANIZER"].params["CN"].startswith("Sở Văn hóa, Thể thao")
    assert event["STATUS"] == "CONFIRMED"
    assert event["SEQUENCE"] == 0


def test_the_uid_is_the_same_in_every_language_and_after_edits(client, province):
    vi = events(ics(client, training_url(province.training)))[0]
    en = events(ics(client, training_url(province.training, "en")))[0]
    assert vi["UID"] == en["UID"]
    assert str(en["SUMMARY"]) == "Spokesperson skills"
    assert "Department of Culture" in en["ORGANIZER"].params["CN"]
    province.training.title = "Tên mới"
    province.training.slug = "ten-moi"
    province.training.save_revision().publish()
    again = events(ics(client, training_url(province.training)))[0]
    assert again["UID"] == vi["UID"]


def test_a_rescheduled_then_cancelled_training_keeps_its_uid_and_counts(
    client, province
):
    training = province.training
    first = events(ics(client, training_url(training)))[0]
    training.starts_at += datetime.timedelta(days=1)
    training.ends_at += datetime.timedelta(days=1)
    training.event_status = "rescheduled"
    training.save_revision().publish()
    moved = events(ics(client, training_url(training, "en")))[0]
    assert moved["UID"] == first["UID"]
    assert moved["SEQUENCE"] == 1
    # The English copy was not synchronised: the Vietnamese dates decide.
    assert moved["DTSTART"].dt == training.starts_at
    training.refresh_from_db()
    training.event_status = "cancelled"
    training.save_revision().publish()
    cancelled = events(ics(client, training_url(training)))[0]
    assert cancelled["STATUS"] == "CANCELLED"
    assert cancelled["SEQUENCE"] == 2
    assert cancelled["UID"] == first["UID"]


def test_a_draft_change_does_not_count(province):
    training = province.training
    training.starts_at += datetime.timedelta(hours=1)
    training.save_revision()
    training.refresh_from_db()
    assert training.schedule_sequence == 0


def test_a_connection_points_event_is_located_there(client, province):
    point = province.point
    url = (
        f"/vi/calendar/training/{province.training.translation_key}"
        f"/point/{point.translation_key}.ics"
    )
    (event,) = events(ics(client, url))
    assert str(event["LOCATION"]) == "Điểm cầu xã Tân Thành, Ấp 3, xã Tân Thành"
    assert event["UID"] != f"training-{province.training.translation_key}@testserver"
    page = client.get(province.training.url).content.decode()
    assert url in page
    assert training_url(province.training) in page


def test_private_and_unknown_trainings_have_no_calendar(client, province):
    assert client.get(training_url(province.private_training)).status_code == 404
    missing = "/vi/calendar/training/00000000-0000-0000-0000-000000000000.ics"
    assert client.get(missing).status_code == 404


def test_the_feed_lists_upcoming_public_trainings_in_the_language(client, province):
    trainings = province.training.get_parent()
    past = factories.make_training(
        trainings, province.agency, timezone.now() - datetime.timedelta(days=9)
    )
    calendar = ics(client, "/vi/calendar/trainings.ics")
    uids = {str(event["UID"]) for event in events(calendar)}
    assert uids == {f"training-{province.training.translation_key}@testserver"}
    assert str(past.translation_key) not in str(uids)
    assert calendar.walk("VTIMEZONE")
    en = ics(client, "/en/calendar/trainings.ics")
    assert [str(e["SUMMARY"]) for e in events(en)] == ["Spokesperson skills"]


def test_an_agencys_feed_lists_its_trainings_only(client, province, kind):
    other = factories.make_agency("Sở Nội vụ", kind)
    factories.make_training(
        province.training.get_parent(),
        other,
        timezone.now() + datetime.timedelta(days=2),
    )
    url = f"/vi/calendar/agency/{province.agency.translation_key}.ics"
    assert len(events(ics(client, url))) == 1
    closed = f"/vi/calendar/agency/{province.closed_agency.translation_key}.ics"
    assert client.get(closed).status_code == 404


def test_an_embargo_free_training_feed_survives_the_time_zone(client, province):
    with timezone.override("America/New_York"):
        calendar = ics(client, "/vi/calendar/trainings.ics")
    (event,) = events(calendar)
    assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        body(client.get(url))
    return len(queries)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_feed_costs_the_same_queries_for_many_trainings(client, province, language):
    url = f"/{language}/calendar/trainings.ics"
    _count(client, url)
    few = _count(client, url)
    index = province.training.get_parent()
    with time_machine.travel(timezone.now(), tick=True):
        for _number in range(25):
            training = factories.make_training(
                index, province.agency, timezone.now() + datetime.timedelta(days=5)
            )
            if language == "en":
                factories.translate(training, province.en)
    assert _count(client, url) == few
