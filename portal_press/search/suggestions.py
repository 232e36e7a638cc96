"""Suggestions for the search boxes: people, agencies and release titles.

People and releases come from the database's search entries (their titles,
folded, the last word typed as a prefix); agencies, a short list, from
Wagtail's index of the Agency snippet. Everything passes the visibility gate.
"""

from django.db.models import F

from ..models import Agency, SearchEntry
from ..publishing import visibility
from . import fulltext
from .sources import SOURCES_BY_KIND

SIZE = 5
# The most recent titles a prefix is looked for in (SQLite): the newest
# first are what a suggestion offers.
RECENT_MATCHES = 200


def titles_starting(words, locale, kind, limit=SIZE):
    """Public objects of ``kind`` whose title starts words like ``words``."""
    entries = visibility.in_public_window(
        SearchEntry.objects.filter(locale=locale, kind=kind)
    )
    starting = fulltext.title_starting(
        words, {"locale": locale.pk, "type": kind}, RECENT_MATCHES
    )
    pks = [
        page_id or person_id
        for page_id, person_id in entries.filter(starting)
        .order_by(F("date").desc(nulls_last=True), "title_folded")
        .values_list("page_id", "spokesperson_id")[:limit]
    ]
    # A few rows: each checked by its own source's key.
    source = SOURCES_BY_KIND[kind]
    found = visibility.public_few(
        source.model._default_manager.filter(pk__in=pks), locale=locale
    ).in_bulk()
    return [found[pk] for pk in pks if pk in found]


def agencies_starting(text, locale, limit=SIZE):
    gated = visibility.public(Agency, locale=locale)
    candidates = [obj.pk for obj in gated.model.objects.autocomplete(text)[: limit * 5]]
    allowed = gated.in_bulk(candidates)
    return [allowed[pk] for pk in candidates if pk in allowed][:limit]
