"""The one gate for public visibility.

Every channel that shows content to the public (pages, listings, counts,
search, feeds, calendars, vCards, sitemaps, the API) asks this module what an
anonymous visitor may see, and none re-implements the rules:

- pages: live, without view restrictions, not under embargo, in the locale;
- spokespersons: published, appointment valid today, agency active, in the locale;
- agencies: active, in the locale.
"""

from django.apps import apps
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


def public_pages(queryset, locale=None, now=None):
    """The pages of ``queryset`` that an anonymous visitor may see."""
    queryset = queryset.live().public()
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return exclude_embargoed(queryset, now)


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
    from .models import Agency

    queryset = Agency.objects.all() if queryset is None else queryset
    queryset = queryset.filter(is_active=True)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def public_spokespersons(queryset=None, locale=None, on=None):
    """Spokespersons whose contact details may be shown today."""
    from .models import Spokesperson

    queryset = Spokesperson.objects.all() if queryset is None else queryset
    queryset = queryset.filter(live=True).current(on)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset
