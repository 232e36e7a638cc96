"""The tick: time boundaries become content events, each exactly once."""

import datetime
import io
from collections import Counter

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from portal_press.models import HandledTimeEvent, SearchEntry, TickRun
from portal_press.publishing import events
from portal_press.publishing.clock import end_of_day, portal_today, start_of_day
from portal_press.publishing.tick import tick
from tests import factories

MINUTE = datetime.timedelta(minutes=1)
HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def heard():
    """The events announced during a test, as (name, object) pairs."""
    record = Counter()

    def listen(event):
        for obj in event.objects:
            record[(event.name, obj.pk)] += 1
        record[event.name, "affected"] = sum(q.count() for q in event.affected)

    events.subscribe(listen)
    yield record
    events.unsubscribe(listen)


def found(client, query):
    response = client.get("/vi/search/", {"q": query})
    return [hit.title for hit in response.context["results"].object_list]


def test_an_embargo_lifts_once_with_its_translations(
    client, release_index, agency, heard
):
    lifts_at = (timezone.now() + HOUR).replace(microsecond=0)
    release = factories.make_release(
        release_index, agency, title="Công bố quy hoạch", embargo_until=lifts_at
    )
    english = factories.make_locale("en")
    factories.translate(release_index, english)
    translation = factories.translate(release, english)

    with time_machine.travel(lifts_at - MINUTE, tick=False):
        assert tick() == {"announced": 0, "retried": 0}
        assert found(client, "cong bo quy hoach") == []
    with time_machine.travel(lifts_at + MINUTE, tick=False):
        assert tick()["announced"] == 1
        assert found(client, "cong bo quy hoach") == ["Công bố quy hoạch"]
        assert client.get(translation.url).status_code == 200
    with time_machine.travel(lifts_at + 2 * MINUTE, tick=False):
        assert tick()["announced"] == 0
        tick()
    assert heard[events.EMBARGO_LIFTED, release.pk] == 1
    # The event reaches the translation (and what shows the release) too.
    assert heard[events.EMBARGO_LIFTED, "affected"] >= 2
    assert HandledTimeEvent.objects.filter(event=events.EMBARGO_LIFTED).count() == 1


def test_a_scheduled_release_goes_live_at_its_time(release_index, agency, heard):
    goes_live = (timezone.now() + HOUR).replace(microsecond=0)
    release = factories.make_release(release_index, agency, publish=False)
    release.go_live_at = goes_live
    release.save_revision().publish()
    release.refresh_from_db()
    assert not release.live

    with time_machine.travel(goes_live + MINUTE, tick=False):
        tick()
        tick()
    release.refresh_from_db()
    assert release.live
    assert heard[events.PUBLISHED, release.pk] == 1
    assert heard[events.WENT_LIVE, release.pk] == 1


def test_an_expired_release_leaves_the_site_once(client, release_index, agency, heard):
    expires = (timezone.now() + HOUR).replace(microsecond=0)
    release = factories.make_release(release_index, agency, title="Tin tạm thời")
    release.expire_at = expires
    release.save_revision().publish()
    tick()
    with time_machine.travel(expires + MINUTE, tick=False):
        tick()
        tick()
        assert found(client, "tin tam thoi") == []
    release.refresh_from_db()
    assert not release.live and release.expired
    assert heard[events.EXPIRED, release.pk] == 1
    assert heard[events.UNPUBLISHED, release.pk] == 1
    assert not SearchEntry.objects.filter(page=release).exists()


def test_an_appointment_starts_and_ends_once_each(client, home, agency, role, heard):
    first_day = portal_today() + DAY
    person = factories.make_spokesperson(
        agency,
        role,
        full_name="Vương Hải Yến",
        valid_from=first_day,
        valid_until=first_day + DAY,
    )
    tick()
    assert found(client, "vuong hai yen") == []
    with time_machine.travel(start_of_day(first_day) + MINUTE, tick=False):
        tick()
        tick()
        assert found(client, "vuong hai yen") == ["Vương Hải Yến"]
    with time_machine.travel(end_of_day(first_day + DAY) + MINUTE, tick=False):
        tick()
        tick()
        assert found(client, "vuong hai yen") == []
    assert heard[events.APPOINTMENT_STARTED, person.pk] == 1
    assert heard[events.APPOINTMENT_ENDED, person.pk] == 1
    # Once ended, the entry leaves the index: it can never be public again.
    assert not SearchEntry.objects.filter(spokesperson=person).exists()


def test_a_tick_after_a_long_pause_catches_up_once(release_index, agency, heard):
    tick()
    lifts_at = timezone.now() + HOUR
    release = factories.make_release(release_index, agency, embargo_until=lifts_at)
    with time_machine.travel(lifts_at + 6 * HOUR, tick=False):
        tick()
        tick()
    assert heard[events.EMBARGO_LIFTED, release.pk] == 1
    assert TickRun.objects.count() == 3


def test_the_command_runs_a_tick(release_index, agency):
    out = io.StringIO()
    call_command("portal_press_tick", stdout=out, verbosity=2)
    assert TickRun.objects.count() == 1
    assert "0" in out.getvalue()


def test_the_tick_runs_as_a_task(release_index, agency):
    from portal_press.publishing.tick import tick_task

    result = tick_task.enqueue()
    assert result.return_value == {"announced": 0, "retried": 0}
    assert TickRun.objects.count() == 1
