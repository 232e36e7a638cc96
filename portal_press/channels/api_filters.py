"""The JSON API's filters: agency, tag and a date range, checked strictly.

A value that cannot be used is a 400 with a message (Wagtail's
``BadRequestError``), never a server error and never silently ignored.
"""

import datetime

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from ..models import Agency
from ..publishing.clock import end_of_day, start_of_day

MAX_ID = 2**63 - 1


def _single(request, name):
    values = request.GET.getlist(name)
    if len(values) > 1:
        raise BadRequestError(f"give one value for {name}")
    return values[0] if values else None


def agency_key(raw):
    """The translation key of the agency with id ``raw`` (in any language)."""
    if not (raw.isascii() and raw.isdigit()) or int(raw) > MAX_ID:
        raise BadRequestError("agency must be the id of an agency")
    key = Agency.objects.filter(pk=int(raw)).values_list("translation_key", flat=True)
    key = key.first()
    if key is None:
        raise BadRequestError("agency does not exist")
    return key


def parse_day(raw, name):
    try:
        return datetime.date.fromisoformat(raw)
    except ValueError as error:
        raise BadRequestError(f"{name} must be a date such as 2025-10-17") from error


class AgencyFilter(BaseFilterBackend):
    """``?agency=<id>``: issued or organised by that agency (any language's id)."""

    def filter_queryset(self, request, queryset, view):
        raw = _single(request, "agency")
        if raw is None:
            return queryset
        return queryset.filter(
            **{f"{view.agency_field}__translation_key": agency_key(raw)}
        )


class TagFilter(BaseFilterBackend):
    """``?tag=<slug>``: tagged with that topic, e.g. ``dat-dai``."""

    def filter_queryset(self, request, queryset, view):
        raw = _single(request, "tag")
        if raw is None:
            return queryset
        if not raw or len(raw) > 100 or "\x00" in raw:
            raise BadRequestError("tag must be a topic's slug")
        return queryset.filter(**{f"{view.tag_field}__slug": raw}).distinct()


class DateRangeFilter(BaseFilterBackend):
    """``?date_from=2025-01-01&date_to=2025-12-31``: days in the province."""

    def filter_queryset(self, request, queryset, view):
        field = view.date_field
        start, end = _single(request, "date_from"), _single(request, "date_to")
        if start is not None:
            queryset = queryset.filter(
                **{f"{field}__gte": start_of_day(parse_day(start, "date_from"))}
            )
        if end is not None:
            queryset = queryset.filter(
                **{f"{field}__lt": end_of_day(parse_day(end, "date_to"))}
            )
        return queryset


def refuse_unreadable_parameters(request):
    """A 400 for a NUL character anywhere in the query string: no database
    stores one in text (PostgreSQL refuses the query outright)."""
    for name, values in request.GET.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            raise BadRequestError(f"{name} must not contain a NUL character")


def requested_locale(request):
    """The locale of ``?locale=`` (default: the site's language), or a 400."""
    raw = _single(request, "locale")
    if raw is None:
        return Locale.get_default()
    locale = Locale.objects.filter(language_code=raw).first()
    if locale is None:
        raise BadRequestError("locale is not a language of this site")
    return locale
