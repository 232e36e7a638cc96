"""One clock: public windows, days and years in the portal's time zone, whatever
time zone the request (an editor's profile) runs in."""

import datetime
import zoneinfo

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from portal_press.models import SearchEntry, Spokesperson
from portal_press.publishing import visibility
from portal_press.publishing.clock import portal_today, start_of_day
from tests import factories

PORTAL = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
ZONES = ["Asia/Ho_Chi_Minh", "America/New_York", "Pacific/Kiritimati"]
# Just after midnight on New Year's Day in the province: still the old year
# in UTC and in New York.
NEW_YEAR = datetime.datetime(2026, 1, 1, 0, 30, tzinfo=PORTAL)


def scenario(release_index, agency, role):
    """The public windows and years of content saved in the active time zone."""
    starts = portal_today() + datetime.timedelta(days=10)
    person = factories.make_spokesperson(
        agency, role, valid_from=starts, valid_until=starts + datetime.timedelta(30)
    )
    release = factories.make_release(release_index, agency, released_at=NEW_YEAR)
    entry = SearchEntry.objects.get(page=release)
    return {
        "window": visibility.public_window(person),
        "indexed window": SearchEntry.objects.filter(spokesperson=person)
        .values_list("public_from", "public_until")
        .get(),
        "year": entry.year,
        "starts": start_of_day(starts),
    }


@pytest.mark.parametrize("zone", ZONES)
def test_the_same_content_has_the_same_windows_in_every_time_zone(
    zone, release_index, agency, role
):
    with timezone.override(zone):
        seen = scenario(release_index, agency, role)
    starts = seen["starts"]
    assert starts.utcoffset() == datetime.timedelta(hours=7)
    assert seen["window"] == (starts, starts + datetime.timedelta(days=31))
    assert seen["indexed window"] == seen["window"]
    assert seen["year"] == 2026


@pytest.mark.parametrize("zone", ZONES)
def test_today_is_the_provinces_today(zone):
    # 23:30 in New York on 1 March is already 2 March in the province.
    moment = datetime.datetime(
        2026, 3, 1, 23, 30, tzinfo=zoneinfo.ZoneInfo("America/New_York")
    )
    with timezone.override(zone):
        assert portal_today(moment) == datetime.date(2026, 3, 2)


@pytest.mark.parametrize("zone", ZONES)
def test_the_newsroom_files_a_release_under_the_provinces_year(
    zone, client, release_index, agency
):
    factories.make_release(release_index, agency, released_at=NEW_YEAR)
    with timezone.override(zone):
        response = client.get(release_index.url, {"year": 2026})
    assert response.status_code == 200
    assert response.context["releases"].paginator.count == 1
    assert [c for c, _ in response.context["filter_form"].fields["year"].choices] == [
        "",
        "2026",
    ]


def test_an_editor_in_new_york_saves_an_appointment_starting_at_midnight_here(
    client, agency, role, superuser
):
    profile = UserProfile.get_for_user(superuser)
    profile.current_time_zone = "America/New_York"
    profile.save()
    client.force_login(superuser)
    starts = portal_today() + datetime.timedelta(days=3)
    response = client.post(
        "/admin/snippets/portal_press/spokesperson/add/",
        {
            "full_name": "Lý Minh Tâm",
            "position": "Chánh Văn phòng",
            "agency": agency.pk,
            "role": role.pk,
            "office_phone": "0290 3822 123",
            "email": "tam@example.com",
            "press_languages": ["vi"],
            "valid_from": starts.strftime("%Y-%m-%d"),
            "topics": "",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    person = Spokesperson.objects.get(full_name="Lý Minh Tâm")
    assert person.live
    public_from = SearchEntry.objects.get(spokesperson=person).public_from
    assert public_from == start_of_day(starts)
    assert timezone.localtime(public_from, PORTAL).hour == 0
