"""The public search on the database, over the app's own index (``SearchEntry``).

A search is one SQL statement (:mod:`.statement`), however many entries
match: it counts the facets and the results and returns the requested page.
The results are the entries of the locale inside their public window (the
visibility gate's time part; the rest of the gate decided what was indexed),
matching the folded query and the chosen filters in the database's full-text
engine (:mod:`.fulltext`), ranked by :mod:`.ranking`.

A facet's counts are over the results, so each count is the number of results
that adding this value to the filters would leave.
"""

import hashlib

from django.db import connections, transaction
from django.db.models import Value

from ..cache import fragments
from ..conf import get_setting
from ..models import SearchEntry
from ..publishing import visibility
from . import fulltext, statement
from .facet_counts import in_order, resolve
from .outcome import FACET_NAMES, FacetValue, Match, Outcome, ResultWindow
from .ranking import relevance


def ranked_limit():
    """``(ranked, read)``: the most results a search ranks and counts, and
    the most recent entries it reads to find them. A few more are read than
    are ranked, so that entries outside their public window (read, then left
    out) do not hide that a search found more."""
    ranked = get_setting("SEARCH_RANKED_LIMIT")
    return ranked, ranked + max(ranked // 10, 10)


def results(parsed, selected, locale, now=None):
    """The public entries of ``locale`` matching ``parsed`` (all if it is
    empty) and the resolved filters ``selected``, among the most recent
    matches (see :func:`ranked_limit`)."""
    _ranked, read = ranked_limit()
    entries = visibility.in_public_window(SearchEntry.objects.all(), now)
    return entries.filter(fulltext.narrowing(parsed, locale.pk, selected, read))


def _tune(connection, cursor):
    """Settings for this statement only (``SET LOCAL``: up to the commit)."""
    if connection.vendor == "postgresql":
        # Compiling the statement (JIT) takes far longer than running it, and
        # the results of a common word need more than the default 4 MB to be
        # kept in memory rather than on disk.
        cursor.execute("SET LOCAL jit = off; SET LOCAL work_mem = '32MB'")


def search(parsed, filters, locale, sort="relevance", offset=0, limit=20, now=None):
    """Facet counts, the number of results and ``limit`` of them from ``offset``.

    A search without words lists everything public (within the filters
    chosen), the same for every visitor: its outcome is kept between
    requests as the listings are, until the next content event or the
    gate's next boundary. Reading every entry costs more than the rest of
    the page.
    """
    if not parsed.is_empty or now is not None:
        return _search(parsed, filters, locale, sort, offset, limit, now)
    chosen = hashlib.blake2b(repr(sorted(filters.items())).encode(), digest_size=8)
    return fragments.remembered(
        f"search:{locale.pk}:{sort}:{offset}:{limit}:{chosen.hexdigest()}",
        lambda: _search(parsed, filters, locale, sort, offset, limit, now),
        listing=True,
    )


def _search(parsed, filters, locale, sort, offset, limit, now):
    hits = results(parsed, resolve(filters), locale, now)
    hits = hits.annotate(
        relevance=relevance(parsed) if sort == "relevance" else Value(0)
    )
    sql, params = statement.build(hits, sort, offset, limit)
    facets = {name: [] for name in FACET_NAMES}
    total, page = 0, []
    connection = connections[hits.db]
    with transaction.atomic(using=hits.db), connection.cursor() as cursor:
        _tune(connection, cursor)
        cursor.execute(sql, params)
        for part, value, number, label in cursor.fetchall():
            if part == "total":
                total = number
            elif part == "page":
                kind, _sep, pk = value.partition(":")
                page.append((number, Match(kind, int(pk))))
            else:
                facets[part].append(FacetValue(value, label or value, number))
    matches = [match for _position, match in sorted(page, key=lambda row: row[0])]
    # More than ranked: the most relevant of the most recent are shown, as
    # many as are ranked (the counts are of those read, and say so).
    ranked, _read = ranked_limit()
    return Outcome(
        matches=ResultWindow(min(total, ranked), offset, matches),
        facets=in_order(facets),
        ranked_of_more=ranked if total > ranked else None,
    )
