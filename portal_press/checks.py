"""System checks: what the app needs of the site it is installed in."""

from django.core.checks import Error, register
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
