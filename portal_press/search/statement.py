"""The one SQL statement of a search on the database engine.

The results are computed once, as a common table expression (``hits``, which
SQLite and PostgreSQL materialise because it is read several times), then
read by each part of a ``UNION ALL``, every row being
``(part, value, number, label)``:

- one part per facet: its most frequent values, their counts and labels
  (on PostgreSQL, the facets that are columns and the total come from one
  ``GROUPING SETS`` part over the results grouped once, every value
  included);
- ``total``: the number of results;
- ``page``: the requested page of results, as ``"release:12"`` and its
  position.

The SQL is assembled from constants and table names; every value (the words
searched, the locale, the filters, the page) is a bound parameter.
"""

from django.db import connections

from ..models import Agency, AgencyKind, Topic
from .outcome import FACET_SIZE
from .ranking import NEWEST_FIRST

# The facets that are columns of the entries (topics are a list in each).
FACET_COLUMNS = {
    "type": "kind",
    "agency": "agency_id",
    "kind": "agency_kind_id",
    "year": "year",
}
# Facets whose values are rows of these models, labelled by their name.
LABELLED_BY = {"agency": Agency, "kind": AgencyKind, "tag": Topic}
HIT_COLUMNS = (
    "id",
    "page_id",
    "spokesperson_id",
    "date",
    "relevance",
    "topic_ids",
    *FACET_COLUMNS.values(),
)


def _topics_of_hits(vendor):
    """Each hit's topic ids, one row each, from the list the entry holds."""
    if vendor == "postgresql":
        return "(SELECT unnest(hits.topic_ids) AS value FROM hits) t"
    return "hits CROSS JOIN json_each(hits.topic_ids) t"


def _counts(column, source="hits"):
    return (
        f"SELECT {column} AS value, COUNT(*) AS n FROM {source} "  # noqa: S608
        f"WHERE {column} IS NOT NULL GROUP BY {column}"
    )


def _labelled(name, counts, quote):
    """The most frequent values of a facet, joined to their rows for a label."""
    model = LABELLED_BY[name]
    table = quote(model._meta.db_table)
    value = "row.slug" if model is Topic else "CAST(row.id AS TEXT)"
    return (
        f"SELECT '{name}', {value}, top.n, row.name FROM ("  # noqa: S608
        f"{counts} ORDER BY n DESC, value LIMIT {FACET_SIZE}) top "
        f"JOIN {table} row ON row.id = CAST(top.value AS BIGINT)"
    )


def _column_facets_by_grouping_sets(quote):
    """The column facets and the total in one pass (PostgreSQL).

    The results are grouped once by all four columns (a few hundred
    combinations), and that small set is rolled up by each column; labels are
    joined to the rolled-up rows, not to every result. Every value comes
    back; the caller keeps the most frequent.
    """
    agencies = quote(Agency._meta.db_table)
    kinds = quote(AgencyKind._meta.db_table)
    combinations = (
        "SELECT kind, agency_id, agency_kind_id, year, COUNT(*) AS n "
        "FROM hits GROUP BY kind, agency_id, agency_kind_id, year"
    )
    # SUM is NULL for the total of no results: COALESCE makes it 0.
    rolled_up = (
        "SELECT CASE WHEN GROUPING(kind) = 0 THEN 'type' "  # noqa: S608
        "WHEN GROUPING(agency_id) = 0 THEN 'agency' "
        "WHEN GROUPING(agency_kind_id) = 0 THEN 'kind' "
        "WHEN GROUPING(year) = 0 THEN 'year' ELSE 'total' END AS part, "
        "COALESCE(kind, CAST(agency_id AS TEXT), CAST(agency_kind_id AS TEXT), "
        "CAST(year AS TEXT)) AS value, CAST(COALESCE(SUM(n), 0) AS BIGINT) AS n, "
        "GROUPING(agency_id) = 0 AS by_agency, "
        "GROUPING(agency_kind_id) = 0 AS by_kind "
        f"FROM ({combinations}) c "
        "GROUP BY GROUPING SETS "
        "((kind), (agency_id), (agency_kind_id), (year), ())"
    )
    # Results without an agency (or a year) make a group of their own, with
    # no value: like the other parts, leave it out.
    return (
        "SELECT f.part, f.value, f.n, COALESCE(a.name, k.name) "  # noqa: S608
        f"FROM ({rolled_up}) f "
        f"LEFT JOIN {agencies} a ON f.by_agency AND CAST(a.id AS TEXT) = f.value "
        f"LEFT JOIN {kinds} k ON f.by_kind AND CAST(k.id AS TEXT) = f.value "
        "WHERE f.value IS NOT NULL OR f.part = 'total'"
    )


def _column_facets(quote):
    """The column facets and the total, a part each (any database)."""
    return [
        f"SELECT 'type', value, n, NULL FROM ({_counts('kind')}) c",  # noqa: S608
        _labelled("agency", _counts("agency_id"), quote),
        _labelled("kind", _counts("agency_kind_id"), quote),
        f"SELECT 'year', CAST(value AS TEXT), n, NULL FROM ({_counts('year')}) c",  # noqa: S608
        "SELECT 'total', NULL, COUNT(*), NULL FROM hits",
    ]


def build(hits, sort, offset, limit):
    """``(sql, params)`` for the queryset of entries ``hits``."""
    connection = connections[hits.db]
    quote = connection.ops.quote_name
    base, params = hits.values(*HIT_COLUMNS).query.get_compiler(hits.db).as_sql()
    if connection.vendor == "postgresql":
        # One scan of the results for all of them, rather than one each.
        parts = [_column_facets_by_grouping_sets(quote)]
    else:
        parts = _column_facets(quote)
    parts.append(
        _labelled(
            "tag",
            _counts("t.value", source=_topics_of_hits(connection.vendor)),
            quote,
        )
    )
    order = NEWEST_FIRST if sort == "date" else f"relevance DESC, {NEWEST_FIRST}"
    parts.append(
        f"SELECT 'page', value, ROW_NUMBER() OVER (ORDER BY {order}), NULL FROM ("  # noqa: S608
        "SELECT kind || ':' || CAST(COALESCE(page_id, spokesperson_id) AS TEXT) "
        f"AS value, relevance, date, id FROM hits ORDER BY {order} "
        "LIMIT %s OFFSET %s) page"
    )
    columns = ", ".join(HIT_COLUMNS)
    sql = f"WITH hits({columns}) AS ({base}) " + " UNION ALL ".join(parts)
    return sql, [*params, limit, offset]
