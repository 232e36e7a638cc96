"""The source of a translation: the item in the site's default language.

Facts that are not translated (an embargo, go-live and expiry, withdrawal,
view restrictions, an appointment's dates, an agency's closure) are decided
on the source, for every language at once: a translation copies them when
it is synchronised, and a copy can be stale. :func:`follow_source` applies
such facts to any queryset of a translatable model.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from wagtail.coreutils import get_supported_content_language_variant

from . import request_memo
from .locale_memo import language_of

SOURCES = "sources"
request_memo.CONTENT_FACTS.add(SOURCES)


def default_language_code():
    """The language every translation starts from: the site's LANGUAGE_CODE."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def in_default_language(queryset):
    """``queryset`` narrowed to the default language, by a join not a lookup."""
    return queryset.filter(locale__language_code=default_language_code())


_few_rows = ContextVar("portal_press_few_rows", default=False)


@contextmanager
def about_few_rows():
    """Questions built inside are about one row or a few (is this page
    public? which of its translations are?): they look each row's source up
    by its key rather than list every public source."""
    token = _few_rows.set(True)
    try:
        yield
    finally:
        _few_rows.reset(token)


def asking_about_few_rows():
    """True inside :func:`about_few_rows`."""
    return _few_rows.get()


def follow_source(queryset, facts):
    """The rows of ``queryset`` whose source satisfies ``facts`` (a ``Q``).

    A row in the default language is its own source. A row without a source
    (content written directly in another language) answers for itself.

    Two shapes of the same question. For a list, a row in the default
    language is decided by its own columns, and the others by the keys of
    the public sources, one subquery that SQLite and PostgreSQL build once,
    and only when a row in another language reaches it. For one row or a
    few (:func:`about_few_rows`), that subquery would still read every
    public source: each row's own source is looked up by its key instead (a
    correlated EXISTS, one index lookup), so that one page's check does not
    grow with the archive. Correlated, a list would cost a lookup per row,
    and PostgreSQL estimates it so high that it compiles the query (JIT) for
    longer than it runs.
    """
    sources = in_default_language(queryset.model._default_manager.all())
    if _few_rows.get():
        own_source = sources.filter(translation_key=OuterRef("translation_key"))
        return queryset.filter(
            Exists(own_source.filter(facts)) | (~Exists(own_source) & facts)
        )
    is_source = Q(locale__language_code=default_language_code())
    has_source = Exists(sources.filter(translation_key=OuterRef("translation_key")))
    source_keys = sources.filter(facts).values("translation_key")
    return queryset.filter(
        (is_source & facts)
        | (~is_source & Q(translation_key__in=source_keys))
        | (~is_source & ~Q(has_source) & facts)
    )


def sources_by_key(objects):
    """``{translation_key: source}`` for ``objects`` of one translatable model.

    An object in the default language is its own source (as it is in memory);
    the sources of the others are read in one query, and once per request:
    the restriction check, the window, the translation notice and the feed
    links of a page all ask for the same source.
    """
    objects = list(objects)
    default = default_language_code()
    found = {o.translation_key: o for o in objects if language_of(o) == default}
    objects = [o for o in objects if o.translation_key not in found]
    if not objects:
        return found
    model = type(objects[0])
    known = request_memo.remembered(SOURCES, dict) if request_memo.active() else {}
    label = model._meta.label
    keys = {obj.translation_key for obj in objects}
    missing = {key for key in keys if (label, key) not in known}
    if missing:
        sources = in_default_language(
            model._default_manager.filter(translation_key__in=missing)
        )
        read = {source.translation_key: source for source in sources}
        known.update({(label, key): read.get(key) for key in missing})
    return found | {
        key: known[(label, key)] for key in keys if known[(label, key)] is not None
    }
