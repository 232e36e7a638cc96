"""The database's own full-text engine, behind the public search's entries.

Two engines, chosen by the database (:func:`engine`), with the same results:

- ``fts5`` (SQLite): the FTS5 table ``portal_press_searchentry_fts``
  (rowid = the entry's id) of the folded title and of the folded body with
  the entry's *facet words*;
- ``tsvector`` (PostgreSQL): the entries' ``search_vector`` column of the
  same, with the ``simple`` configuration (the text is folded already:
  nothing else may change the words), and an index of the folded titles
  alone for autocompletion.

Both are filled by triggers (migration 0003) from the entry's ``index_text``
as it is inserted.

Facet words (:func:`facet_words`: ``facetlocale1 facetkindrelease
facetyear2024``…) let the locale and the chosen filters narrow the match
inside the full-text index, before any entry is read: a common word matches
tens of thousands of entries, a filtered search a few thousand, and the
engines intersect their word lists far faster than the database can read
the rows to test them. Nothing else narrows the entries of a search: given
a condition on an indexed column as well, the databases would rather read
that index (SQLite every entry of the locale).

Queries reach the engines as bound parameters made of words that hold only
letters and digits (see :mod:`.text`), so no input can be read as full-text
syntax or SQL.
"""

import functools
import sqlite3

from django.core.exceptions import ImproperlyConfigured
from django.db import connections
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL

from ..models import SearchEntry

# The GIN indexes of migration 0003: the entries' text, their titles.
VECTOR_INDEXES = ("portal_press_entry_search_vector", "portal_press_entry_title_vector")
FTS_TABLE = "portal_press_searchentry_fts"


def _database():
    return connections[SearchEntry.objects.db]


@functools.cache
def _sqlite_has_fts5():
    # Probed in memory, with the library Django's connections use.
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


def unsupported_reason(connection):
    """Why the public search cannot run on ``connection``, or ``None``."""
    if connection.vendor == "postgresql":
        return None
    if connection.vendor == "sqlite":
        return None if _sqlite_has_fts5() else "SQLite was built without FTS5"
    return f"{connection.display_name} has no full-text engine portal_press can use"


def engine():
    """``"fts5"`` (SQLite) or ``"tsvector"`` (PostgreSQL)."""
    connection = _database()
    reason = unsupported_reason(connection)
    if reason:
        raise ImproperlyConfigured(
            f"The public search of portal_press needs SQLite with FTS5 or "
            f"PostgreSQL: {reason}."
        )
    return "tsvector" if connection.vendor == "postgresql" else "fts5"


# --- indexing -----------------------------------------------------------------

# Facet filter name (and the locale) → the word of its values.
FACET_WORD_PREFIXES = {
    "locale": "locale",
    "type": "kind",
    "agency": "agency",
    "kind": "agencykind",
    "year": "year",
    "tag": "topic",
}


def facet_words(facets):
    """The facet values as words of the full-text index: ``"facetyear2024"``.

    ``facets`` maps a facet name (see :data:`FACET_WORD_PREFIXES`) to a value
    or a list of values; empty values are left out. Every value is a number
    or a kind of content, so the words hold only letters and digits.
    """
    return " ".join(
        f"facet{FACET_WORD_PREFIXES[name]}{value}"
        for name, values in facets.items()
        for value in chosen_values(values)
    )


def chosen_values(values):
    """A facet's chosen values, as a list: one value or several, empty ones
    left out."""
    values = values if isinstance(values, list | tuple) else [values]
    return [value for value in values if value not in (None, "")]


def settle_after_rebuild():
    """Leave the index of a full rebuild ready for fast searches.

    PostgreSQL queues new entries of a GIN index in a pending list, which
    every search reads through until a vacuum merges it (after a rebuild, a
    few milliseconds per search); merge it now, and give the planner fresh
    statistics. SQLite has nothing to do.
    """
    connection = _database()
    if connection.vendor != "postgresql":
        return
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    with connection.cursor() as cursor:
        for index in VECTOR_INDEXES:
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
        cursor.execute(f"ANALYZE {table}")


# --- matching -------------------------------------------------------------------

# The SQL around the queries is constant; the queries are bound parameters.
_FTS5_ROWIDS = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"  # noqa: S608
_VECTOR = f'"{SearchEntry._meta.db_table}"."search_vector" @@ '
# The most recent entries a match reads, newest (highest id) first: the
# engines stop there rather than list every entry with a common word.
_FTS5_NEWEST = _FTS5_ROWIDS + " ORDER BY rowid DESC LIMIT %s"
_VECTOR_NEWEST = (
    f'SELECT "id" FROM "{SearchEntry._meta.db_table}" WHERE {{match}} '  # noqa: S608
    'ORDER BY "id" DESC LIMIT %s'
)


def _fts5_match(expression):
    return Q(id__in=RawSQL(_FTS5_ROWIDS, [expression]))  # noqa: S611


def _vector_match(query_sql, params, vector=_VECTOR):
    return RawSQL(vector + query_sql, params, output_field=BooleanField())  # noqa: S611


def _fts5(parsed, locale_id, facets, most):
    # Each word, phrase and facet word quoted, all required:
    # "dao" "tao" "nong thon moi" "facetlocale1" "facetyear2024".
    facets = {"locale": locale_id, **facets}
    terms = [*parsed.folded_terms, *facet_words(facets).split()]
    expression = " ".join(f'"{term}"' for term in terms)
    return Q(id__in=RawSQL(_FTS5_NEWEST, [expression, most]))  # noqa: S611


# Facets that are columns of the facets' index too (portal_press_entry_facets).
_COLUMN_FACETS = {"type": "kind", "year": "year"}


def _column_conditions(facets):
    """``(sql, params)`` of the chosen facets that are columns: with them
    PostgreSQL intersects the full-text index with the facets' index, rather
    than read the newest entries backwards until enough match (100,000
    entries, a year chosen: 67 → 7 ms)."""
    sql, params = [], []
    for name, column in _COLUMN_FACETS.items():
        if values := chosen_values(facets.get(name)):
            sql.append(f'"{column}" IN ({", ".join(["%s"] * len(values))})')
            params += values
    return "".join(f" AND {condition}" for condition in sql), params


def _tsvector(parsed, locale_id, facets, most):
    # A one-word phrase is the word: one function for both.
    terms = parsed.folded_terms
    phrases = ["phraseto_tsquery('simple', %s)"] * len(terms)
    facet_query = "plainto_tsquery('simple', %s)"
    match = _VECTOR + "(" + " && ".join([*phrases, facet_query]) + ")"
    columns, column_params = _column_conditions(facets)
    newest = _VECTOR_NEWEST.format(match=match + columns)
    params = [*terms, facet_words({"locale": locale_id, **facets}), *column_params]
    return Q(id__in=RawSQL(newest, [*params, most]))  # noqa: S611


MATCHERS = {"fts5": _fts5, "tsvector": _tsvector}


def narrowing(parsed, locale_id, facets, most):
    """The entries of ``locale_id`` that match ``parsed`` and the chosen
    ``facets`` (``{facet name: value}``, a topic by its id), the ``most``
    recent of them, as a condition."""
    if parsed.is_empty and not facets:
        newest = SearchEntry.objects.filter(locale_id=locale_id).order_by("-id")
        return Q(id__in=newest.values("id")[:most])
    return MATCHERS[engine()](parsed, locale_id, facets, most)


# --- autocompletion ---------------------------------------------------------------


def _fts5_title_prefix(words, facets, most):
    # The locale's and kind's facet words narrow the match inside the index,
    # which then hands over the most recent matches only: the prefix of a
    # common word is in tens of thousands of titles.
    *whole, last = words
    expression = " ".join([*(f'"{w}"' for w in whole), f'"{last}"*'])
    # After a column's group FTS5 wants AND spelt out.
    narrowed = " AND ".join(
        [
            f"title_folded : ({expression})",
            *(f'"{w}"' for w in facet_words(facets).split()),
        ]
    )

    return Q(id__in=RawSQL(_FTS5_NEWEST, [narrowed, most]))  # noqa: S611


# The expression of the titles' own index (migration 0003), word for word,
# so that PostgreSQL uses it.
_TITLE_VECTOR = (
    f"to_tsvector('simple'::regconfig, "
    f'"{SearchEntry._meta.db_table}"."title_folded") @@ '
)


def _tsvector_title_prefix(words, facets, most):
    # ":*" makes the last word a prefix. Words hold only letters and digits,
    # so they cannot be tsquery syntax.
    *whole, last = words
    query = " & ".join([*whole, f"{last}:*"])
    return _vector_match("to_tsquery('simple', %s)", [query], vector=_TITLE_VECTOR)


PREFIX_MATCHERS = {
    "fts5": _fts5_title_prefix,
    "tsvector": _tsvector_title_prefix,
}


def title_starting(words, facets, most):
    """Entries whose title has all ``words`` (folded), the last one as a
    prefix, among the entries of ``facets`` (``{"locale": id, "type": kind}``);
    on SQLite, the ``most`` recent of them (PostgreSQL's index of titles
    answers a prefix without reading the matches)."""
    return PREFIX_MATCHERS[engine()](words, facets, most)
