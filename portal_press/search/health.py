"""Whether the public search's indexes can answer, and what to do if not.

Asked by the search page (to tell the visitor, instead of a server error or
a silent "0 results"), by a system check and by the admin's dashboard (to
tell the administrator which command to run).
"""

from dataclasses import dataclass

from django.db import DatabaseError, connections
from django.utils.translation import gettext_lazy as _

from ..models import PendingIndexUpdate, SearchEntry
from . import fulltext
from .sources import SOURCES

MISSING, EMPTY, PENDING = "missing", "empty", "pending"


@dataclass(frozen=True)
class Problem:
    code: str
    message: str  # for the administrator
    hint: str  # the command that fixes it


def _fulltext_is_missing():
    connection = connections[SearchEntry.objects.db]
    tables = connection.introspection.table_names()
    if SearchEntry._meta.db_table not in tables:
        return True
    if fulltext.engine() == "fts5":
        return fulltext.FTS_TABLE not in tables
    columns = connection.introspection.get_table_description(
        connection.cursor(), SearchEntry._meta.db_table
    )
    return "search_vector" not in {column.name for column in columns}


def _public_content_exists():
    return any(source.public(None).exists() for source in SOURCES)


def index_problem():
    """The first thing wrong with the database's index, or ``None``."""
    try:
        if _fulltext_is_missing():
            return Problem(
                MISSING,
                _("The public search's full-text index is missing."),
                _("Run “python manage.py migrate portal_press”."),
            )
        if not SearchEntry.objects.exists() and _public_content_exists():
            return Problem(
                EMPTY,
                _("The public search's index is empty, but public content exists."),
                _("Run “python manage.py portal_press_rebuild_index”."),
            )
        pending = PendingIndexUpdate.objects.count()
    except DatabaseError:
        return Problem(
            MISSING,
            _("The public search's tables cannot be read."),
            _("Run “python manage.py migrate portal_press”."),
        )
    if pending:
        return Problem(
            PENDING,
            _("%(count)s search index updates failed and wait to be retried.")
            % {"count": pending},
            _(
                "Check the log for the error, then run “python manage.py "
                "portal_press_tick” (every minute from cron) to retry them."
            ),
        )
    return None
