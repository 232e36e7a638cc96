"""What the search indexes know of one object, whichever engine holds them.

The database's index (:class:`~portal_press.models.SearchEntry` rows) and the
Elasticsearch documents are two renderings of the same :class:`SearchRecord`,
so both engines search the same text and filter on the same values. An object
has a record when the visibility gate lets it be public at some time
(:meth:`SearchSource.indexable`); the window in which it is public is part of
the record and is checked when searching.
"""

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from ..models.folded_search import text_of
from ..publishing import visibility
from ..publishing.clock import portal_year
from .sources import SOURCES, SOURCES_BY_MODEL

CHUNK_SIZE = 500


def _nfc(text):
    return unicodedata.normalize("NFC", " ".join((text or "").split()))


@dataclass(frozen=True)
class SearchRecord:
    kind: str
    object_id: int
    is_page: bool
    locale_id: int
    language_code: str
    title: str  # as written (NFC): a page's title, a person's name
    summary: str  # the text shown under the title, as written
    body: str  # everything searchable but the title, as plain text
    date: datetime | None
    agency_id: int | None
    agency_kind_id: int | None
    topics: tuple  # of Topic
    public_from: datetime | None
    public_until: datetime | None

    @property
    def year(self):
        """The year of the date in the province, whoever saved it from where."""
        return portal_year(self.date)


def _texts(obj, names):
    return _nfc(" ".join(text_of(obj, name) for name in names))


def record_for(obj, window=None):
    """The record of ``obj``, one of the searched models (see ``SOURCES``).

    ``window`` is its public window if already known (:func:`records_for`
    finds the windows of many objects at once).
    """
    source = SOURCES_BY_MODEL[type(obj)]
    agency = getattr(obj, source.agency_field) if source.agency_field else None
    tags = getattr(obj, source.tags_field).all() if source.tags_field else ()
    public_from, public_until = window or visibility.public_window(obj)
    return SearchRecord(
        kind=source.kind,
        object_id=obj.pk,
        is_page=source.is_page,
        locale_id=obj.locale_id,
        language_code=obj.locale.language_code,
        title=_texts(obj, source.title_fields or obj.folded_title_fields),
        summary=_texts(obj, source.summary_fields),
        body=_texts(obj, obj.folded_text_fields),
        date=getattr(obj, source.date_field) if source.date_field else None,
        agency_id=agency.pk if agency else None,
        agency_kind_id=agency.kind_id if agency else None,
        topics=tuple(tags),
        public_from=public_from,
        public_until=public_until,
    )


def records_for(objects):
    """The records of ``objects`` (of one model), their windows read together."""
    objects = list(objects)
    windows = visibility.public_windows(objects)
    return [record_for(obj, windows[obj.pk]) for obj in objects]


def _chunks(iterable, size=CHUNK_SIZE):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def indexable_records(progress=None):
    """The record of everything that belongs in an index, kind after kind.

    ``progress(kind, done, total)`` is called as each kind advances. Objects
    are read in chunks, so memory does not grow with the number of objects.
    """
    for source in SOURCES:
        queryset = source.indexable()
        total = queryset.count()
        if progress:
            progress(source.kind, 0, total)
        done = 0
        for chunk in _chunks(queryset.iterator(chunk_size=CHUNK_SIZE)):
            yield from records_for(chunk)
            done += len(chunk)
            if progress:
                progress(source.kind, done, total)


def is_indexable(obj):
    """True when ``obj`` belongs in the indexes (public now or at some time)."""
    source = SOURCES_BY_MODEL.get(type(obj))
    return source is not None and source.indexable().filter(pk=obj.pk).exists()
