"""Template helpers for the public pages."""

from decimal import Decimal

from django import template
from django.utils import formats
from django.utils.http import urlencode

from ..validators import phone_uri

register = template.Library()


@register.filter
def tel_href(number):
    """``0290 3822 123`` → ``tel:+842903822123``, for a tappable phone link."""
    return phone_uri(number)


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current GET parameters with ``changes`` applied, e.g. for pagination.

    ``{% query_string page=3 %}`` keeps the visitor's filters and changes the
    page; a value of ``None`` removes the parameter.
    """
    return _changed_query(context["request"], changes)


@register.simple_tag(takes_context=True)
def query_string_with(context, name, value):
    """The current GET parameters with ``name`` set (a facet chosen), page reset."""
    return _changed_query(context["request"], {name: value, "page": None})


@register.simple_tag(takes_context=True)
def query_string_without(context, name):
    """The current GET parameters without ``name`` (a facet removed), page reset."""
    return _changed_query(context["request"], {name: None, "page": None})


def _changed_query(request, changes):
    params = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    encoded = urlencode(sorted(params.lists()), doseq=True)
    return f"?{encoded}" if encoded else "?"


@register.filter
def get_item(mapping, key):
    """``mapping[key]`` in a template, or ``None``."""
    return mapping.get(key) if mapping else None


@register.filter
def figure(value):
    """A key figure in the reader's number format, without trailing zeros.

    ``Decimal("3311.80")`` → “3.311,8” in Vietnamese, “3,311.8” in English.
    """
    if value in (None, ""):
        return ""
    number = Decimal(value)
    digits = format(number.normalize(), "f")
    places = len(digits.partition(".")[2])
    return formats.number_format(number, decimal_pos=places, force_grouping=True)
