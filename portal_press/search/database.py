"""The public search on Wagtail's database backend (SQLite FTS5, PostgreSQL).

Each kind of content is searched through the visibility gate with the folded
query; matches are merged, ranked, counted for the facets, and only the
requested page of results is loaded.

Ranking looks first at *where* the words matched, then at the backend's score.
Scores of different models are not comparable (each kind is a separate search,
and a long release has more words to match than a person's name), and a word
found in a title says far more than the same word in a body: “dao tao” is the
training “Đào tạo kỹ năng…”, not every spokesperson of the “Sở Giáo dục và Đào
tạo”. So the order is: the whole query in the title (a person's name), words
typed with diacritics found exactly as typed (in the title, then anywhere),
how many words the title holds, the backend's score, then the newest.
"""

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count
from django.db.models.functions import ExtractYear
from wagtail.search.query import Phrase, PlainText

from ..folding import fold
from ..models import Agency, AgencyKind
from .sources import SOURCES
from .text import words_of

FACET_SIZE = 15


@dataclass(frozen=True)
class Match:
    kind: str
    pk: int
    score: float
    exact: int
    date: datetime | None
    # Where the words matched: see title_match().
    title_all: bool = False
    title_exact: int = 0
    title_words: int = 0


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class Outcome:
    matches: list
    facets: dict = field(default_factory=dict)


def build_query(parsed):
    """The Wagtail search query for the folded words and phrases."""
    parts = []
    if parsed.words:
        parts.append(PlainText(" ".join(fold(w) for w in parsed.words), operator="and"))
    parts += [Phrase(" ".join(fold(w) for w in phrase)) for phrase in parsed.phrases]
    query = parts[0]
    for part in parts[1:]:
        query &= part
    return query


def _normal(text):
    return unicodedata.normalize("NFC", text or "").casefold()


def _display_text(obj):
    return " ".join(
        str(getattr(obj, name, "") or "")
        for name in ("title", "full_name", "lead", "position", "introduction")
    )


def _marked_words(parsed):
    return [_normal(w) for w in parsed.all_words if fold(w) != _normal(w)]


def _exact_in(text, marked):
    text = f" {' '.join(words_of(_normal(text)))} "
    return sum(f" {word} " in text for word in marked)


def exact_words(obj, parsed):
    """How many of the words typed with diacritics occur exactly as typed."""
    marked = _marked_words(parsed)
    return _exact_in(_display_text(obj), marked) if marked else 0


def _title_text(obj):
    """The title of a page, the name of a person: what a result is called."""
    names = getattr(obj, "folded_title_fields", ("title",))
    return " ".join(str(getattr(obj, name, "") or "") for name in names)


def _holds(tokens, phrase):
    size = len(phrase)
    return any(tokens[i : i + size] == phrase for i in range(len(tokens) - size + 1))


def title_match(obj, parsed):
    """How the query matched the title of ``obj``.

    Returns ``(all, exact, words)``: whether every word and phrase is in the
    title (folded, as whole words), how many of the words typed with
    diacritics are in it exactly as typed, and how many words are in it.
    """
    title = _title_text(obj)
    tokens = words_of(fold(title))
    present = set(tokens)
    words = parsed.folded_words
    found = sum(word in present for word in words)
    phrases = all(
        _holds(tokens, [fold(word) for word in phrase]) for phrase in parsed.phrases
    )
    marked = _marked_words(parsed)
    exact = _exact_in(title, marked) if marked else 0
    return bool(words) and found == len(words) and phrases, exact, found


def _matches(source, queryset, parsed):
    date_field = source.date_field
    if parsed.is_empty:
        # No query: the most recent items.
        fields = ["pk", date_field] if date_field else ["pk"]
        return [
            Match(source.kind, row[0], 0.0, 0, row[1] if date_field else None)
            for row in queryset.values_list(*fields)
        ]
    # The backend searches the whole index; the gate and the facet filters
    # are applied by keeping only the allowed rows, so no backend needs to
    # know how to filter on them.
    allowed = set(queryset.values_list("pk", flat=True))
    # Ranking is done here (title matches, diacritics as typed, recency), so
    # the backend is asked for matches only: its relevance ordering costs a
    # full-text subquery per matching row on SQLite (seconds at 10,000
    # documents), and StreamFields are not needed to rank.
    candidates = source.model.objects.all()
    if hasattr(candidates, "defer_streamfields"):
        candidates = candidates.defer_streamfields()
    results = candidates.search(build_query(parsed), order_by_relevance=False)
    return [
        Match(
            source.kind,
            obj.pk,
            0.0,
            exact_words(obj, parsed),
            getattr(obj, date_field) if date_field else None,
            *title_match(obj, parsed),
        )
        for obj in results
        if obj.pk in allowed
    ]


def _timestamp(match):
    return match.date.timestamp() if match.date else float("-inf")


def rank(matches, sort):
    if sort == "date":
        return sorted(
            matches, key=lambda m: (m.date is not None, _timestamp(m)), reverse=True
        )
    return sorted(
        matches,
        key=lambda m: (
            not m.title_all,
            -m.title_exact,
            -m.exact,
            -m.title_words,
            -m.score,
            -_timestamp(m),
        ),
    )


def search(parsed, filters, locale, sort="relevance"):
    """All matches, ranked, and the facet counts over them."""
    matches, by_source = [], {}
    for source in SOURCES:
        queryset = source.narrow(source.public(locale), filters)
        if queryset is None:
            continue
        found = _matches(source, queryset, parsed)
        by_source[source] = [m.pk for m in found]
        matches += found
    return Outcome(matches=rank(matches, sort), facets=facets(by_source))


def facets(by_source):
    type_counts = Counter({source.kind: len(pks) for source, pks in by_source.items()})
    agencies, kinds, years, tags = Counter(), Counter(), Counter(), Counter()
    tag_names = {}
    for source, pks in by_source.items():
        if not pks:
            continue
        rows = source.model.objects.filter(pk__in=pks)
        if source.agency_field:
            agencies.update(_counted(rows, source.agency_field))
            kinds.update(_counted(rows, f"{source.agency_field}__kind"))
        if source.date_field:
            years.update(
                _counted(rows.annotate(year=ExtractYear(source.date_field)), "year")
            )
        if source.tags_field:
            for slug, name, count in (
                rows.values_list(
                    f"{source.tags_field}__slug", f"{source.tags_field}__name"
                )
                .annotate(n=Count("pk"))
                .order_by()
            ):
                if slug:
                    tags[slug] += count
                    tag_names[slug] = name
    return {
        "type": [FacetValue(kind, kind, n) for kind, n in type_counts.items() if n],
        "agency": _labelled(agencies, Agency),
        "kind": _labelled(kinds, AgencyKind),
        "year": [
            FacetValue(str(y), str(y), n)
            for y, n in sorted(years.items(), reverse=True)
            if y
        ],
        "tag": [
            FacetValue(s, tag_names[s], n) for s, n in tags.most_common(FACET_SIZE)
        ],
    }


def _counted(rows, field_name):
    return dict(rows.values_list(field_name).annotate(n=Count("pk")).order_by())


def _labelled(counter, model):
    top = [(pk, n) for pk, n in counter.most_common(FACET_SIZE) if pk is not None]
    names = model.objects.in_bulk([pk for pk, _n in top])
    return [FacetValue(str(pk), str(names[pk]), n) for pk, n in top if pk in names]
