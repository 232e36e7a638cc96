"""The chosen facet filters, and the order in which facet values are shown."""

from ..models import Topic
from .outcome import FACET_NAMES, FACET_SIZE
from .sources import SOURCES


def chosen(filters):
    """The facet filters that have a value, as given (a topic by its slug)."""
    return {
        name: filters[name]
        for name in FACET_NAMES
        if filters.get(name) not in (None, "")
    }


def resolve(filters):
    """The chosen filters with the topic as its id (0, which no topic has,
    when no topic has that slug: the search then finds nothing)."""
    selected = chosen(filters)
    if "tag" in selected:
        topic = Topic.objects.filter(slug=selected["tag"]).values_list("pk", flat=True)
        selected["tag"] = topic.first() or 0
    return selected


def in_order(facets):
    """``{facet name: [FacetValue, …]}`` in the order the page shows them:
    types as listed in ``SOURCES``, years newest first, the others the
    ``FACET_SIZE`` most frequent."""
    kinds = [source.kind for source in SOURCES]
    ordered = {
        name: sorted(values, key=lambda v: (-v.count, v.label))[:FACET_SIZE]
        for name, values in facets.items()
    }
    ordered["type"] = sorted(facets["type"], key=lambda v: kinds.index(v.value))
    ordered["year"] = sorted(facets["year"], key=lambda v: v.value, reverse=True)
    return ordered
