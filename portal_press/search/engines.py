"""Which engine answers a search: Elasticsearch when configured, else the database.

If Elasticsearch fails in any way (refused, timed out, an API error), the
database answers and the page says so: the law requires a working search of
everything published, and the database always has it. After a failure that
cost a timeout, Elasticsearch is paused for a while (:mod:`.breaker`) and
the database answers at once. If the database's own index cannot be read
(its tables missing), :class:`SearchUnavailable` says so.
"""

import logging

from django.db import DatabaseError
from django.utils.translation import gettext as _

from . import breaker, connection, database

logger = logging.getLogger(__name__)


class SearchUnavailable(Exception):
    """Neither engine can answer: the database's index cannot be read."""


def _database(args):
    try:
        return database.search(*args)
    except DatabaseError as error:
        logger.exception("The database search index cannot be read")
        raise SearchUnavailable from error


def run(parsed, filters, locale, sort="relevance", offset=0, limit=20):
    """``(outcome, notice)``: the search's outcome and a notice for the visitor.

    The outcome has the facet counts, the number of results and ``limit``
    results from ``offset``.
    """
    args = (parsed, filters, locale, sort, offset, limit)
    if not connection.is_configured():
        return _database(args), None
    notice = _(
        "The full search service is unavailable; these results come from the database."
    )
    if breaker.is_paused():
        return _database(args), notice
    # Imported here: the Elasticsearch client is an optional extra.
    from . import elasticsearch as es_engine

    try:
        outcome = es_engine.search(*args)
    except connection.ERRORS as error:
        logger.warning(
            "Elasticsearch search failed, falling back to the database: %r", error
        )
        breaker.record_failure(error)
        return _database(args), notice
    breaker.record_success()
    return outcome, None
