"""Which engine answers a search: Elasticsearch when configured, else the database.

If Elasticsearch fails in any way (refused, timed out, an API error), the
database answers and the page says so: the law requires a working search of
everything published, and the database always has it.
"""

import logging

from django.utils.translation import gettext as _

from . import connection, database

logger = logging.getLogger(__name__)


def run(parsed, filters, locale, sort="relevance", offset=0, limit=20):
    """``(outcome, notice)``: the search's outcome and a notice for the visitor.

    The outcome has the facet counts, the number of results and ``limit``
    results from ``offset``.
    """
    args = (parsed, filters, locale, sort, offset, limit)
    if connection.is_configured():
        # Imported here: the Elasticsearch client is an optional extra.
        from . import elasticsearch as es_engine

        try:
            return es_engine.search(*args), None
        except connection.ERRORS as error:
            logger.warning(
                "Elasticsearch search failed, falling back to the database: %r", error
            )
            notice = _(
                "The full search service is unavailable; "
                "these results come from the database."
            )
            return database.search(*args), notice
    return database.search(*args), None
