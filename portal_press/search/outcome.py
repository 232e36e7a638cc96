"""What every search engine answers: ranked matches and facet counts."""

from dataclasses import dataclass, field
from datetime import datetime

# Values shown per facet (the most frequent first).
FACET_SIZE = 15
# Facet filter names, in the order the page shows them.
FACET_NAMES = ("type", "agency", "kind", "year", "tag")


@dataclass(frozen=True)
class Match:
    kind: str
    pk: int
    date: datetime | None = None


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


class ResultWindow:
    """``total`` results, of which the ``matches`` from ``offset`` are loaded.

    ``len()`` is the number of results and slicing gives the loaded ones that
    fall in the slice, which is what a paginator asks of its object list.
    """

    def __init__(self, total, offset, matches):
        self.total, self.offset, self.matches = total, offset, list(matches)

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, _step = index.indices(self.total)
            loaded = self.matches[
                max(start - self.offset, 0) : max(stop - self.offset, 0)
            ]
            return loaded
        return self[index : index + 1][0]

    def __iter__(self):
        return iter(self.matches)


@dataclass
class Outcome:
    matches: ResultWindow
    facets: dict = field(default_factory=dict)
    # Set when more entries matched than an engine ranks: the number it
    # ranked and counted, the most recent matches (see ``SEARCH_RANKED_LIMIT``).
    ranked_of_more: int | None = None
