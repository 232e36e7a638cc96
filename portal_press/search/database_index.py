"""Writing the database's search index: one :class:`SearchEntry` per record.

Each entry is written with the text for the full-text engine, which moves it
into its own index (see the entry's ``index_text``). Deleting an object
deletes its entry (a cascading foreign key), and with it the engine's row (a
trigger on SQLite, the same row on PostgreSQL).
"""

from collections import Counter

from django.db import connections, transaction

from ..models import SearchEntry
from . import fulltext
from .records import CHUNK_SIZE, indexable_records, records_for
from .sources import SOURCES_BY_MODEL
from .text import index_words


def facets_of(record):
    """The facet values of ``record`` (and its locale), by facet filter name."""
    return {
        "locale": record.locale_id,
        "type": record.kind,
        "agency": record.agency_id,
        "kind": record.agency_kind_id,
        "year": record.year,
        "tag": [topic.pk for topic in record.topics],
    }


def entry_for(record):
    """The unsaved entry for ``record``."""
    return SearchEntry(
        kind=record.kind,
        page_id=record.object_id if record.is_page else None,
        spokesperson_id=None if record.is_page else record.object_id,
        locale_id=record.locale_id,
        title_folded=index_words(record.title),
        title_marked=index_words(record.title, folded=False),
        shown_marked=index_words(f"{record.title} {record.summary}", folded=False),
        date=record.date,
        year=record.year,
        agency_id=record.agency_id,
        agency_kind_id=record.agency_kind_id,
        public_from=record.public_from,
        public_until=record.public_until,
        topic_ids=[topic.pk for topic in record.topics],
        index_text=f"{index_words(record.body)}{fulltext.facet_words(facets_of(record))}",
    )


def _insert(records):
    return len(SearchEntry.objects.bulk_create([entry_for(r) for r in records]))


def _entries_of(source, pks):
    field = "page_id__in" if source.is_page else "spokesperson_id__in"
    return SearchEntry.objects.filter(**{field: pks})


@transaction.atomic
def update(source, pks):
    """Write the entries of ``pks`` (of ``source``) afresh; drop those no
    longer public at any time. Returns the number of entries written."""
    written = 0
    for start in range(0, len(pks), CHUNK_SIZE):
        chunk = pks[start : start + CHUNK_SIZE]
        entries = _entries_of(source, chunk)
        # One statement: nothing refers to an entry, but Django's delete()
        # reads the entries first for the app's deletion signal.
        entries._raw_delete(entries.db)
        written += _insert(records_for(source.indexable().filter(pk__in=chunk)))
    return written


def update_objects(objects):
    """:func:`update` for model instances of any searched kind."""
    written = 0
    for source, pks in _pks_by_source(objects).items():
        written += update(source, pks)
    return written


def _pks_by_source(objects):
    pks_by_source = {}
    for obj in objects:
        source = SOURCES_BY_MODEL.get(type(obj))
        if source is not None:
            pks_by_source.setdefault(source, []).append(obj.pk)
    return pks_by_source


def _delete_all():
    # One statement, as Django's delete() may read every entry first; the
    # trigger on SQLite deletes the full-text rows too.
    connection = connections[SearchEntry.objects.db]
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")  # noqa: S608 - a table name


@transaction.atomic
def rebuild(progress=None):
    """Replace every entry, in one transaction; returns ``{kind: count}``.

    Searches see the old entries until the new ones are committed.
    ``progress(kind, done, total)`` is called as each kind advances.
    """
    _delete_all()
    counts, batch = Counter(), []
    for record in indexable_records(progress):
        batch.append(record)
        counts[record.kind] += 1
        if len(batch) == CHUNK_SIZE:
            _insert(batch)
            batch = []
    _insert(batch)
    fulltext.settle_after_rebuild()
    return dict(counts)
