"""The one gate for public visibility.

Every channel that shows content to the public (pages, listings, counts,
search, feeds, calendars, vCards, sitemaps, the API) asks this module what an
anonymous visitor may see, and none re-implements the rules:

- pages: live, without view restrictions, not under embargo, in the locale;
- spokespersons: published, appointment valid today, agency active, in the locale;
- agencies: active, in the locale.

Search indexes cannot be updated at the very second an embargo ends or an
appointment starts, so they hold what is public *at some time*
(:func:`public_pages_any_time`, :func:`public_spokespersons_any_time`) with
the window in which it is (:func:`public_window`), and search through
:func:`in_public_window`.
"""

import datetime

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from .embargo import EmbargoMixin


def _embargoable_models():
    return [model for model in apps.get_models() if issubclass(model, EmbargoMixin)]


def exclude_embargoed(queryset, now=None):
    """``queryset`` without the pages whose embargo has not ended at ``now``."""
    now = now or timezone.now()
    if issubclass(queryset.model, EmbargoMixin):
        return queryset.exclude(embargo_until__gt=now)
    # A generic queryset (e.g. all pages): drop embargoed pages of any type.
    for model in _embargoable_models():
        if issubclass(model, queryset.model):
            embargoed = model.objects.filter(embargo_until__gt=now).values("pk")
            queryset = queryset.exclude(pk__in=embargoed)
    return queryset


def public_pages_any_time(queryset, locale=None):
    """The pages of ``queryset`` that are public, or will be once an embargo ends."""
    queryset = queryset.live().public()
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def public_pages(queryset, locale=None, now=None):
    """The pages of ``queryset`` that an anonymous visitor may see."""
    return exclude_embargoed(public_pages_any_time(queryset, locale), now)


def is_page_public(page, now=None):
    """True when an anonymous visitor may see ``page`` (view restrictions aside).

    View restrictions are enforced by Wagtail when it serves the page, where a
    visitor can log in or give the password.
    """
    if not page.live:
        return False
    specific = page.specific_deferred
    return not (isinstance(specific, EmbargoMixin) and specific.is_under_embargo(now))


def can_view_page(page, user, now=None):
    """True when ``user`` may open ``page``: anyone if it is public, else editors."""
    if is_page_public(page, now):
        return True
    return bool(
        user is not None
        and user.is_authenticated
        and page.permissions_for_user(user).can_edit()
    )


# The models call this gate from their own methods, so it imports them where
# they are used rather than at the top (which would be a circular import).


def public_agencies(queryset=None, locale=None):
    from ..models import Agency

    queryset = Agency.objects.all() if queryset is None else queryset
    queryset = queryset.filter(is_active=True)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def public_spokespersons_any_time(queryset=None, locale=None):
    """Published spokespersons at an active agency, whatever their dates."""
    from ..models import Spokesperson

    queryset = Spokesperson.objects.all() if queryset is None else queryset
    queryset = queryset.filter(live=True, agency__is_active=True)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def public_spokespersons(queryset=None, locale=None, on=None):
    """Spokespersons whose contact details may be shown today."""
    return public_spokespersons_any_time(queryset, locale).current(on)


def _start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def public_window(obj):
    """``(from, until)``: when ``obj``, public at some time, is public.

    Either end may be ``None`` (no limit). A page is public from the end of
    its embargo; a spokesperson from the first day of the appointment to the
    end of its last day, in the portal's time zone.
    """
    from ..models import Spokesperson

    if isinstance(obj, Spokesperson):
        last_day = obj.valid_until
        return (
            _start_of_day(obj.valid_from),
            _start_of_day(last_day + datetime.timedelta(days=1)) if last_day else None,
        )
    if isinstance(obj, EmbargoMixin):
        return obj.embargo_until, None
    return None, None


def in_public_window(queryset, now=None):
    """The rows of a search index whose window (``public_from``, ``public_until``)
    holds ``now``."""
    now = now or timezone.now()
    return queryset.filter(
        Q(public_from__isnull=True) | Q(public_from__lte=now),
        Q(public_until__isnull=True) | Q(public_until__gt=now),
    )
