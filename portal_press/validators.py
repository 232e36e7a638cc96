"""Validators for the contact details published on the portal."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Separators people type inside Vietnamese phone numbers: "0290 3822 123",
# "0290.3822.123", "(0290) 3822-123".
_SEPARATORS = re.compile(r"[\s.\-()]")
# After removing separators: a national number starting with 0, or the same
# number with the +84 country code instead of the 0. Landlines have 10–11
# digits with the leading 0 (area code 2xx), mobiles 10.
_VIETNAMESE_NUMBER = re.compile(r"^(?:\+84|0)[1-9]\d{7,9}$")


def normalise_phone(value):
    """Return ``value`` without separators, e.g. ``"+842903822123"``."""
    return _SEPARATORS.sub("", value or "")


def phone_uri(value):
    """Return the ``tel:`` form of a Vietnamese number, in international format."""
    number = normalise_phone(value)
    if number.startswith("0"):
        number = "+84" + number[1:]
    return f"tel:{number}"


def validate_vietnamese_phone(value):
    if not _VIETNAMESE_NUMBER.match(normalise_phone(value)):
        raise ValidationError(
            _(
                "“%(value)s” is not a Vietnamese phone number. Type it as "
                "0290 3822 123 or +84 290 3822 123 (spaces, dots and dashes "
                "are allowed)."
            ),
            code="invalid_phone",
            params={"value": value},
        )
