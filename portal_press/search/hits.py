"""Loading and presenting one page of search results."""

from dataclasses import dataclass

from django.utils.html import strip_tags

from .highlight import highlight
from .sources import SOURCES_BY_KIND


@dataclass(frozen=True)
class SearchHit:
    kind: str
    object: object
    title: str
    url: str | None
    snippet: str
    # What a result shows under its title: who issued or organised it, when.
    agency: object = None
    date: object = None


def _snippet_text(kind, obj):
    if kind == "spokesperson":
        return f"{obj.position} – {obj.agency.name}"
    if kind == "promotion":
        return obj.introduction
    return strip_tags(obj.lead)


def load_hits(matches, folded_words, locale):
    """The public objects behind ``matches`` (a page), in order, by kind."""
    by_kind = {}
    for match in matches:
        by_kind.setdefault(match.kind, []).append(match.pk)
    loaded = {
        kind: {obj.pk: obj for obj in SOURCES_BY_KIND[kind].for_display(pks, locale)}
        for kind, pks in by_kind.items()
    }
    hits = []
    for match in matches:
        obj = loaded[match.kind].get(match.pk)
        if obj is None:  # no longer public (the index lags behind the change)
            continue
        is_person = match.kind == "spokesperson"
        source = SOURCES_BY_KIND[match.kind]
        hits.append(
            SearchHit(
                kind=match.kind,
                object=obj,
                title=obj.full_name if is_person else obj.title,
                url=None if is_person else obj.url,
                snippet=highlight(_snippet_text(match.kind, obj), folded_words),
                agency=getattr(obj, source.agency_field)
                if source.agency_field
                else None,
                date=getattr(obj, source.date_field) if source.date_field else None,
            )
        )
    return hits
