"""System checks: what the app needs of the site it is installed in."""

from django.conf import settings
from django.core.checks import Error, Warning, register
from django.db import connections

from .models import SearchEntry
from .search.fulltext import unsupported_reason


@register("database")
def check_search_database(app_configs=None, databases=None, **kwargs):
    """The public search runs on SQLite with FTS5 or on PostgreSQL."""
    alias = SearchEntry.objects.db
    if databases is None or alias not in databases:
        return []
    reason = unsupported_reason(connections[alias])
    if reason is None:
        return []
    return [
        Error(
            f"The public search needs SQLite with FTS5 or PostgreSQL: {reason}.",
            hint="Use PostgreSQL for the site's database.",
            id="portal_press.E001",
        )
    ]


# Settings under which Wagtail's admin asks a service outside the site for
# something on every page, with the value that keeps it inside.
OFFLINE_SETTINGS = [
    (
        "WAGTAIL_GRAVATAR_PROVIDER_URL",
        "//www.gravatar.com/avatar",
        None,
        "the admin loads each editor's picture from gravatar.com",
        "portal_press.W001",
    ),
    (
        "WAGTAIL_ENABLE_UPDATE_CHECK",
        True,
        False,
        "the dashboard asks releases.wagtail.org for Wagtail's latest version",
        "portal_press.W002",
    ),
]


@register()
def check_admin_stays_offline(app_configs=None, **kwargs):
    """The admin asks nothing of outside services.

    Officers often work on a government network without the Internet: an
    outside request then leaves a broken image or a wait, and it tells a
    third party who is signed in to the portal's admin.
    """
    warnings = []
    for name, default, offline, consequence, check_id in OFFLINE_SETTINGS:
        if getattr(settings, name, default) != offline:
            warnings.append(
                Warning(
                    f"With {name} unset or on, {consequence}.",
                    hint=f"Set {name} = {offline!r} in the site's settings.",
                    id=check_id,
                )
            )
    return warnings
