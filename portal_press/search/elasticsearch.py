"""The public search on Elasticsearch 8: same question, same ``Outcome``.

:func:`build_search` turns the parsed query, the facet filters, the locale
and the sort into one request (its ``to_dict()`` is the request body), and
:func:`search` runs it and answers like :func:`.database.search`. The folded
words must all match (in the title or the text); the score counts where
they matched, as the database engine does, so exact diacritics rank first and
equal scores are ordered by date.
"""

from datetime import datetime

from elasticsearch.dsl import A, Q, Search

from ..folding import fold
from ..models import Agency, AgencyKind
from . import connection
from .elasticsearch_documents import TAG_LABEL_SEPARATOR
from .facet_counts import chosen
from .outcome import FACET_SIZE, FacetValue, Match, Outcome, ResultWindow
from .ranking import WEIGHTS
from .sources import SOURCES_BY_KIND

FOLDED_FIELDS = ["title_folded^3", "body_folded"]
EXACT_FIELDS = ["title", "body"]
# Facet filter name → document field.
FACET_FIELDS = {
    "type": "kind",
    "agency": "agency",
    "kind": "agency_kind",
    "year": "year",
    "tag": "tags",
}
AGGREGATIONS = {
    "type": A("terms", field="kind", size=len(SOURCES_BY_KIND)),
    "agency": A("terms", field="agency", size=FACET_SIZE),
    "kind": A("terms", field="agency_kind", size=FACET_SIZE),
    "year": A("terms", field="year", size=100, order={"_key": "desc"}),
    "tag": A("terms", field="tag_labels", size=FACET_SIZE),
}
BY_DATE = {"date": {"order": "desc", "missing": "_last"}}


def _text_query(parsed):
    """``(must, should)``: what must match, and what scores.

    The scores are the database engine's relevance (see :mod:`.ranking`),
    as constant scores: words and phrases in the title, then words typed
    with diacritics in the title as written, then in the text. Equal scores
    then sort by date, as on the database, instead of by BM25's fractions.
    """
    must = []
    if parsed.words:
        # cross_fields: every word must occur, in the title or in the text.
        must.append(
            Q(
                "multi_match",
                query=" ".join(fold(word) for word in parsed.words),
                fields=FOLDED_FIELDS,
                type="cross_fields",
                operator="and",
            )
        )
    for phrase in parsed.phrases:
        must.append(
            Q(
                "multi_match",
                query=" ".join(fold(word) for word in phrase),
                fields=FOLDED_FIELDS,
                type="phrase",
            )
        )
    in_title, as_written, in_text = WEIGHTS
    folded = [*dict.fromkeys(parsed.folded_words)]
    folded += [" ".join(phrase) for phrase in parsed.folded_phrases]
    should = [_scoring("title_folded", term, in_title) for term in folded]
    for word in dict.fromkeys(parsed.marked_words):
        should.append(_scoring("title", word, as_written))
        should.append(_scoring(EXACT_FIELDS, word, in_text))
    return must, should


def _scoring(fields, text, weight):
    fields = fields if isinstance(fields, list) else [fields]
    found = Q("multi_match", query=text, fields=fields, type="phrase")
    return Q("constant_score", filter=found, boost=weight)


def _gate_filters(locale):
    """The public window: embargoes end, appointments start and end, on time."""
    filters = [
        Q("bool", must_not=[Q("exists", field="public_from")])
        | Q("range", public_from={"lte": "now"}),
        Q("bool", must_not=[Q("exists", field="public_until")])
        | Q("range", public_until={"gt": "now"}),
    ]
    if locale is not None:
        filters.insert(0, Q("term", locale=locale.language_code))
    return filters


def _facet_filters(filters):
    return [
        Q("term", **{FACET_FIELDS[name]: str(value)})
        for name, value in chosen(filters).items()
    ]


def build_search(parsed, filters, locale, sort="relevance", offset=0, limit=20):
    """The Elasticsearch request for one search (unexecuted)."""
    search = Search(index=connection.alias_name())
    gate = _gate_filters(locale) + _facet_filters(filters)
    if parsed.is_empty:
        search = search.query(Q("bool", must=[Q("match_all")], filter=gate))
        search = search.sort(BY_DATE)
    else:
        must, should = _text_query(parsed)
        # Matching is a filter (it does not score): only ``should`` scores.
        search = search.query(Q("bool", filter=[*must, *gate], should=should))
        search = (
            search.sort(BY_DATE, "_score")
            if sort == "date"
            else search.sort("_score", BY_DATE)
        )
    for name, aggregation in AGGREGATIONS.items():
        search.aggs.bucket(name, aggregation)
    return search.source(["kind", "object_id", "date"]).extra(
        from_=offset, size=limit, track_total_hits=True
    )


def search(parsed, filters, locale, sort="relevance", offset=0, limit=20):
    """Like :func:`.database.search`; raises the client's errors.

    The page of results is checked against the visibility gate when it is
    loaded for display (:func:`.hits.load_hits`), as for the database engine.
    """
    client = connection.get_client()
    request = build_search(parsed, filters, locale, sort, offset, limit)
    response = request.using(client).execute()
    matches = [
        Match(hit.kind, int(hit.object_id), _date(getattr(hit, "date", None)))
        for hit in response.hits
    ]
    return Outcome(
        matches=ResultWindow(response.hits.total.value, offset, matches),
        facets=_facets(response.aggregations),
    )


def _date(value):
    if not value:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _buckets(aggregations, name):
    return [(bucket.key, bucket.doc_count) for bucket in aggregations[name].buckets]


def _labelled(buckets, model):
    names = model.objects.in_bulk([int(key) for key, _n in buckets])
    return [
        FacetValue(str(key), str(names[int(key)]), n)
        for key, n in buckets
        if int(key) in names
    ]


def _facets(aggregations):
    tags = []
    for label, n in _buckets(aggregations, "tag"):
        slug, _sep, name = label.partition(TAG_LABEL_SEPARATOR)
        tags.append(FacetValue(slug, name, n))
    return {
        "type": [FacetValue(k, k, n) for k, n in _buckets(aggregations, "type")],
        "agency": _labelled(_buckets(aggregations, "agency"), Agency),
        "kind": _labelled(_buckets(aggregations, "kind"), AgencyKind),
        "year": [
            FacetValue(str(y), str(y), n) for y, n in _buckets(aggregations, "year")
        ],
        "tag": tags,
    }
