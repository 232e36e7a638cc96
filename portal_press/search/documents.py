"""What the Elasticsearch index holds: one document per public searchable object.

Only what the visibility gate lets the public see is indexed, with one
exception: a page's embargo is stored (``embargo_until``) and filtered when
searching, so an embargo ends on time without reindexing. For the same reason
a spokesperson's appointment end is stored (``public_until``).

The text is indexed twice: as written (standard analyzer, so diacritics typed
by a visitor can rank exact spellings first) and folded. The folded copy is
made in Python with :func:`portal_press.folding.fold`, the one folding
function, and analysed with ``vietnamese_folded`` (asciifolding, which also
maps đ → d), so text folded either way gives the same terms.
"""

import datetime
import unicodedata

from django.utils import timezone
from elasticsearch.dsl import Date, Document, Index, Integer, Keyword, Text, analyzer

from ..models import (
    PressReleasePage,
    ProvincePromotionPage,
    Spokesperson,
    TrainingAnnouncementPage,
)
from ..models.folded_search import text_of
from ..visibility import public_spokespersons

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
    embargo_until = Date()
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


def _nfc(text):
    return unicodedata.normalize("NFC", text or "")


def _plain_text(obj):
    return _nfc(" ".join(text_of(obj, name) for name in obj.folded_text_fields))


def _tag_fields(tags):
    tags = list(tags.all())
    return {
        "tags": [tag.slug for tag in tags],
        "tag_names": [tag.name for tag in tags],
        "tag_labels": [f"{tag.slug}{TAG_LABEL_SEPARATOR}{tag.name}" for tag in tags],
    }


def _agency_fields(agency):
    if agency is None:
        return {}
    return {"agency": str(agency.pk), "agency_kind": str(agency.kind_id)}


def _date_fields(value):
    if value is None:
        return {}
    return {"date": value, "year": timezone.localtime(value).year}


def _base(kind, obj, title):
    return {
        "kind": kind,
        "object_id": obj.pk,
        "locale": obj.locale.language_code,
        "title": _nfc(title),
        "title_folded": obj.folded_title(),
        "body": _plain_text(obj),
        "body_folded": obj.folded_text(),
    }


def _release(obj):
    return {
        **_base("release", obj, obj.title),
        **_agency_fields(obj.issuing_agency),
        **_date_fields(obj.released_at),
        **_tag_fields(obj.tags),
        "embargo_until": obj.embargo_until,
    }


def _training(obj):
    return {
        **_base("training", obj, obj.title),
        **_agency_fields(obj.organiser),
        **_date_fields(obj.starts_at),
        **_tag_fields(obj.topics),
    }


def _promotion(obj):
    # No agency, date or tag: like the database engine, a filter on them
    # leaves promotion pages out.
    return _base("promotion", obj, obj.title)


def _spokesperson(obj):
    fields = {
        **_base("spokesperson", obj, obj.full_name),
        **_agency_fields(obj.agency),
        **_tag_fields(obj.topics),
    }
    if obj.valid_until:
        # The appointment ends after its last day, in the portal's time zone.
        next_day = obj.valid_until + datetime.timedelta(days=1)
        fields["public_until"] = timezone.make_aware(
            datetime.datetime.combine(next_day, datetime.time())
        )
    return fields


BUILDERS = {
    PressReleasePage: _release,
    TrainingAnnouncementPage: _training,
    ProvincePromotionPage: _promotion,
    Spokesperson: _spokesperson,
}
KINDS = {
    PressReleasePage: "release",
    TrainingAnnouncementPage: "training",
    ProvincePromotionPage: "promotion",
    Spokesperson: "spokesperson",
}


def document_for(obj):
    """The document for ``obj``, as a ``SearchDocument`` with its id set."""
    builder = BUILDERS[type(obj)]
    fields = {key: value for key, value in builder(obj).items() if value is not None}
    return SearchDocument(meta={"id": document_id(fields["kind"], obj.pk)}, **fields)


def _with_relations(model, queryset):
    if model is PressReleasePage:
        return queryset.select_related("issuing_agency", "locale").prefetch_related(
            "tags"
        )
    if model is TrainingAnnouncementPage:
        return queryset.select_related("organiser", "locale").prefetch_related("topics")
    if model is Spokesperson:
        return queryset.select_related("agency", "locale").prefetch_related("topics")
    return queryset.select_related("locale")


def public_querysets(locale=None):
    """``{kind: queryset}`` of what should be in the index.

    Pages: live and public, embargoed or not (the embargo is filtered when
    searching). Spokespersons: what the gate shows today.
    """
    querysets = {}
    for model, kind in KINDS.items():
        if model is Spokesperson:
            queryset = public_spokespersons(locale=locale)
        else:
            queryset = model.objects.live().public()
            if locale is not None:
                queryset = queryset.filter(locale=locale)
        querysets[kind] = _with_relations(model, queryset.order_by("pk"))
    return querysets


def public_objects(locale=None):
    """Every object that should be in the index, kind after kind."""
    for queryset in public_querysets(locale).values():
        yield from queryset.iterator(chunk_size=500)


def is_indexable(obj):
    """True when ``obj`` belongs in the index (see :func:`public_querysets`)."""
    model = type(obj)
    if model not in KINDS:
        return False
    if model is Spokesperson:
        return public_spokespersons().filter(pk=obj.pk).exists()
    return model.objects.live().public().filter(pk=obj.pk).exists()
