"""What the Elasticsearch index holds: one document per search record.

The documents render the same records as the database's index
(:mod:`.records`): what is public at some time, with the window in which it
is public (``public_from``, ``public_until``), filtered when searching so that
an embargo ends and an appointment starts or ends on time without reindexing.

The text is indexed twice: as written (standard analyzer, so diacritics typed
by a visitor can rank exact spellings first) and folded. The folded copy is
made in Python with :func:`portal_press.folding.fold`, the one folding
function, and analysed with ``vietnamese_folded`` (asciifolding, which also
maps đ → d), so text folded either way gives the same terms.
"""

from elasticsearch.dsl import Date, Document, Index, Integer, Keyword, Text, analyzer

from .text import index_words

vietnamese_folded = analyzer(
    "vietnamese_folded", tokenizer="standard", filter=["lowercase", "asciifolding"]
)
# Separates a tag's slug from its name in ``tag_labels`` (slugs have no "|"),
# so the tag facet gets its labels from the aggregation itself.
TAG_LABEL_SEPARATOR = "|"


class SearchDocument(Document):
    kind = Keyword()
    object_id = Integer()
    locale = Keyword()
    title = Text(analyzer="standard")
    title_folded = Text(analyzer=vietnamese_folded)
    body = Text(analyzer="standard")
    body_folded = Text(analyzer=vietnamese_folded)
    agency = Keyword()
    agency_kind = Keyword()
    year = Integer()
    date = Date()
    tags = Keyword()
    tag_names = Text(analyzer=vietnamese_folded)
    tag_labels = Keyword()
    public_from = Date()
    public_until = Date()

    class Index:
        # Replaced by the configured name: see :func:`search_index`.
        name = "portal_press"
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


def search_index(name):
    """The index ``name`` with the analysers and the mapping of the documents."""
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(SearchDocument)
    return index


def document_id(kind, pk):
    return f"{kind}-{pk}"


def document_for(record):
    """The document for a :class:`~.records.SearchRecord`, with its id set."""
    fields = {
        "kind": record.kind,
        "object_id": record.object_id,
        "locale": record.language_code,
        "title": record.title,
        "title_folded": index_words(record.title).strip(),
        "body": record.body,
        "body_folded": index_words(record.body).strip(),
        "agency": str(record.agency_id) if record.agency_id else None,
        "agency_kind": str(record.agency_kind_id) if record.agency_kind_id else None,
        "date": record.date,
        "year": record.year,
        "tags": [topic.slug for topic in record.topics],
        "tag_names": [topic.name for topic in record.topics],
        "tag_labels": [
            f"{topic.slug}{TAG_LABEL_SEPARATOR}{topic.name}" for topic in record.topics
        ],
        "public_from": record.public_from,
        "public_until": record.public_until,
    }
    fields = {key: value for key, value in fields.items() if value not in (None, [])}
    return SearchDocument(
        meta={"id": document_id(record.kind, record.object_id)}, **fields
    )
