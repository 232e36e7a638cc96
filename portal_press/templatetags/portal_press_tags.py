"""Template helpers for the public pages."""

from decimal import Decimal

from django import template
from django.http import QueryDict
from django.template.defaulttags import querystring
from django.utils import formats
from django.utils.html import format_html

from ..security import csp
from ..validators import phone_uri

register = template.Library()


@register.filter
def tel_href(number):
    """``0290 3822 123`` → ``tel:+842903822123``, for a tappable phone link."""
    return phone_uri(number)


@register.simple_tag(takes_context=True)
def portal_press_nonce(context):
    """``nonce="…"`` for an inline ``<script>`` or ``<style>``, with the nonce
    the CSP middleware puts in the header (nothing without one), e.g.
    ``<script {% portal_press_nonce %}>``. Public pages allow no other inline code."""
    request = context.get("request")
    value = csp.nonce(request) if request is not None else ""
    return format_html('nonce="{}"', value) if value else ""


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current GET parameters with ``changes`` applied, e.g. for pagination.

    ``{% query_string page=3 %}`` keeps the visitor's filters and changes the
    page; a value of ``None`` removes the parameter.
    """
    return _changed_query(context, changes)


@register.simple_tag(takes_context=True)
def query_string_with(context, name, value):
    """The current GET parameters with ``name`` set (a facet chosen), page reset."""
    return _changed_query(context, {name: value, "page": None})


@register.simple_tag(takes_context=True)
def query_string_without(context, name):
    """The current GET parameters without ``name`` (a facet removed), page reset."""
    return _changed_query(context, {name: None, "page": None})


def _changed_query(context, changes):
    """Django's ``{% querystring %}`` over the visitor's parameters, sorted.

    Sorted, so that a link is the same whatever order the parameters came
    in (one URL per page for caches and crawlers). A name held in a variable
    (a facet) is why these tags wrap Django's rather than templates calling it.
    """
    ordered = QueryDict(mutable=True)
    for key, values in sorted(context["request"].GET.lists()):
        ordered.setlist(key, values)
    # Django 6 always answers "?…"; 5.2 answers "" when nothing is left.
    return querystring(context, ordered, **changes) or "?"


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
