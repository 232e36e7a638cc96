"""One clock for every public window: the portal's own time zone.

Wagtail activates each admin user's time zone for their requests, and
Django's ``localdate()``, ``make_aware()`` and ``__year`` lookups follow the
active zone. A public window must not move with the editor who saved it: an
appointment that starts on 1 January starts at midnight in the province,
whoever typed the date and wherever they are. Everything that turns days
into public times, or times into days and years, goes through here.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone


def portal_timezone():
    """The site's ``TIME_ZONE`` (Asia/Ho_Chi_Minh for a Vietnamese portal)."""
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def portal_now():
    """The current time (aware); the zone does not change an instant."""
    return timezone.now()


def portal_today(now=None):
    """The day it is in the province at ``now`` (the current time)."""
    return timezone.localtime(now or portal_now(), portal_timezone()).date()


def start_of_day(day):
    """Midnight at the start of ``day``, in the province."""
    return datetime.datetime.combine(day, datetime.time(), tzinfo=portal_timezone())


def end_of_day(day):
    """Midnight at the end of ``day`` (the start of the next one)."""
    return start_of_day(day + datetime.timedelta(days=1))


def portal_year(moment):
    """The year ``moment`` falls in, in the province; ``None`` for ``None``."""
    if moment is None:
        return None
    return timezone.localtime(moment, portal_timezone()).year


def year_span(year):
    """``(start, end)`` of ``year`` in the province, for a range filter."""
    return start_of_day(datetime.date(year, 1, 1)), start_of_day(
        datetime.date(year + 1, 1, 1)
    )
