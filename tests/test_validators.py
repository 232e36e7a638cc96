import pytest
from django.core.exceptions import ValidationError

from portal_press.validators import phone_uri, validate_vietnamese_phone


@pytest.mark.parametrize(
    "number",
    [
        "0290 3822 123",  # landline, spaced as printed on letterheads
        "0290.3822.123",
        "(0290) 3822-123",
        "0912 345 678",  # mobile
        "+84 290 3822 123",
        "+84912345678",
        "024 3825 1234",  # Hà Nội landline
    ],
)
def test_vietnamese_numbers_are_accepted(number):
    validate_vietnamese_phone(number)


@pytest.mark.parametrize(
    "number",
    [
        "12345",
        "0290 38",
        "+1 202 555 0100",
        "abc",
        "0290 3822 123 45 67",
        "+84 0912 345 678",
        "00 290",
    ],
)
def test_other_numbers_are_rejected_with_an_example_of_the_right_format(number):
    with pytest.raises(ValidationError) as error:
        validate_vietnamese_phone(number)
    assert "0290 3822 123" in str(error.value)


def test_phone_links_use_the_international_form():
    assert phone_uri("0290 3822 123") == "tel:+842903822123"
    assert phone_uri("+84 912 345 678") == "tel:+84912345678"
