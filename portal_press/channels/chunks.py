"""Long outputs read their rows a chunk at a time.

A feed, a calendar or a sitemap over a large archive must never load every
row at once: the ids are read first (one narrow query), then each chunk's
rows with what they show, in a fixed number of queries per chunk.
"""

CHUNK_SIZE = 500


def _as_is(rows):
    return rows


def in_chunks(queryset, prepare=_as_is, size=CHUNK_SIZE):
    """Lists of the rows of ``queryset``, in its order, ``size`` at a time.

    ``prepare(rows)`` adds what each chunk needs (``select_related``,
    ``prefetch_related``) to the queryset of that chunk's rows.
    """
    ids = list(queryset.values_list("pk", flat=True))
    manager = queryset.model._default_manager
    for start in range(0, len(ids), size):
        part = ids[start : start + size]
        rows = {row.pk: row for row in prepare(manager.filter(pk__in=part))}
        yield [rows[pk] for pk in part if pk in rows]
