import datetime

import pytest
from django.core.exceptions import ValidationError

from tests import factories


def test_a_merged_agency_points_to_the_end_of_the_chain(kind):
    first = factories.make_agency("Sở Thông tin và Truyền thông", kind)
    middle = factories.make_agency("Sở Khoa học và Công nghệ (cũ)", kind)
    last = factories.make_agency("Sở Khoa học và Công nghệ", kind)
    first.replaced_by, first.is_active, first.closed_on = (
        middle,
        False,
        datetime.date(2025, 3, 1),
    )
    first.save()
    middle.replaced_by, middle.is_active, middle.closed_on = (
        last,
        False,
        datetime.date(2025, 7, 1),
    )
    middle.save()

    assert first.successor == last
    assert middle.successor == last
    assert last.successor is None


def test_an_agency_cannot_replace_itself(agency):
    agency.replaced_by, agency.is_active, agency.closed_on = (
        agency,
        False,
        datetime.date(2025, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        agency.full_clean()
    assert error.value.error_dict["replaced_by"][0].code == "replaces_itself"


def test_a_loop_of_replacements_is_refused(kind):
    a = factories.make_agency("A", kind)
    b = factories.make_agency(
        "B", kind, replaced_by=a, is_active=False, closed_on=datetime.date(2025, 1, 1)
    )
    a.replaced_by, a.is_active, a.closed_on = b, False, datetime.date(2025, 2, 1)
    with pytest.raises(ValidationError) as error:
        a.full_clean()
    assert error.value.error_dict["replaced_by"][0].code == "replacement_loop"


def test_a_replaced_agency_must_be_closed_with_a_date(kind, agency):
    successor = factories.make_agency("Sở mới", kind)
    agency.replaced_by = successor
    with pytest.raises(ValidationError) as error:
        agency.full_clean()
    assert "is_active" in error.value.message_dict

    agency.is_active = False
    with pytest.raises(ValidationError) as error:
        agency.full_clean()
    assert "closed_on" in error.value.message_dict

    agency.closed_on = datetime.date(2025, 3, 1)
    agency.full_clean()


def test_bad_phone_and_email_are_form_errors(agency):
    agency.phone = "12345"
    agency.email = "not-an-email"
    with pytest.raises(ValidationError) as error:
        agency.full_clean()
    assert set(error.value.message_dict) >= {"phone", "email"}
