import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from portal_press.models import Spokesperson
from portal_press.publishing import register_rules as appointments
from portal_press.publishing import visibility
from tests import factories

TODAY = timezone.localdate()
pytestmark = pytest.mark.usefixtures("today_lasts")
DAY = datetime.timedelta(days=1)


def test_appointment_cannot_end_before_it_starts(agency, role):
    person = Spokesperson(
        full_name="Trần Thị B",
        position="Chánh Văn phòng",
        agency=agency,
        role=role,
        email="b@example.com",
        valid_from=TODAY,
        valid_until=TODAY - DAY,
    )
    with pytest.raises(ValidationError) as error:
        person.full_clean()
    assert "valid_until" in error.value.message_dict


def test_specific_issue_role_requires_a_scope(agency):
    specific = factories.make_role(
        "Người được giao phát ngôn về vấn đề cụ thể", requires_scope=True
    )
    person = Spokesperson(
        full_name="Lê Văn C",
        position="Trưởng phòng",
        agency=agency,
        role=specific,
        email="c@example.com",
    )
    with pytest.raises(ValidationError) as error:
        person.full_clean()
    assert "scope" in error.value.message_dict
    person.scope = "Công tác phòng, chống dịch bệnh"
    person.full_clean()


def test_a_spokesperson_needs_a_way_to_be_reached(agency, role):
    person = Spokesperson(
        full_name="Phạm D", position="Giám đốc", agency=agency, role=role
    )
    with pytest.raises(ValidationError) as error:
        person.full_clean()
    assert "office_phone" in error.value.message_dict


def test_bad_phone_numbers_and_email_are_refused(agency, role):
    person = Spokesperson(
        full_name="Phạm D",
        position="Giám đốc",
        agency=agency,
        role=role,
        office_phone="12-34",
        mobile_phone="+1 202 555 0100",
        email="phamd@",
    )
    with pytest.raises(ValidationError) as error:
        person.full_clean()
    assert set(error.value.message_dict) >= {"office_phone", "mobile_phone", "email"}


def test_current_means_valid_today_at_an_active_agency(kind, agency, role):
    current = factories.make_spokesperson(agency, role, valid_until=TODAY)
    expired = factories.make_spokesperson(agency, role, valid_until=TODAY - DAY)
    future = factories.make_spokesperson(agency, role, valid_from=TODAY + DAY)
    closed = factories.make_agency(kind=kind, is_active=False)
    at_closed_agency = factories.make_spokesperson(closed, role)
    draft = factories.make_spokesperson(agency, role, publish=False)

    assert current.is_current() and not expired.is_current() and not future.is_current()
    assert not at_closed_agency.is_current()
    assert set(appointments.current(Spokesperson.objects.all())) == {current, draft}
    assert list(visibility.public(Spokesperson)) == [current]


def test_appointments_ending_soon_are_flagged(agency, role):
    soon = factories.make_spokesperson(agency, role, valid_until=TODAY + 10 * DAY)
    later = factories.make_spokesperson(agency, role, valid_until=TODAY + 90 * DAY)
    open_ended = factories.make_spokesperson(agency, role)

    assert soon.expires_soon()
    assert not later.expires_soon() and not open_ended.expires_soon()
    assert list(appointments.expiring(Spokesperson.objects.all(), 30)) == [soon]
