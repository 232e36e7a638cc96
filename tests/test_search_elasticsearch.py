"""The Elasticsearch engine of the public search.

The mapping, the documents and the request bodies are checked offline
(``to_dict()``): they show what a 7.9 server cannot (the request an 8.x
server gets). The fallback is checked against a closed port. The integration
tests at the end run against a real server when ``ELASTICSEARCH_URL`` is set:
CI starts Elasticsearch 7.9 (.ci/elasticsearch) and sets
``ELASTICSEARCH_NODE_CLASS`` to the test adapter of
``tests/elasticsearch_compat.py``.
"""

import datetime
import io
import logging
import os
import time

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from elasticsearch.dsl.response import Response
from wagtail.models import Locale

from portal_press.search import elasticsearch as es_engine
from portal_press.search import elasticsearch_index as indexing
from portal_press.search import engines
from portal_press.search.elasticsearch_documents import document_for, search_index
from portal_press.search.hits import load_hits
from portal_press.search.records import indexable_records, record_for
from portal_press.search.text import parse_query
from tests import factories

SEARCH = "/vi/search/"
DAY = datetime.timedelta(days=1)
CLOSED_PORT = {"ELASTICSEARCH": {"URL": "http://127.0.0.1:9", "TIMEOUT": 1}}
needs_server = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="set ELASTICSEARCH_URL to an Elasticsearch server to run the "
    "integration tests",
)


def es_settings(**values):
    return override_settings(
        PORTAL_PRESS={"SECTION_PARENT_PAGE_TYPES": ["testapp.HomePage"], **values}
    )


def recording_bulk(sent):
    """A stand-in for ``elasticsearch.helpers.bulk`` that keeps the actions."""

    def bulk(client, actions, **kwargs):
        actions = list(actions)
        sent.extend(actions)
        return len(actions), []

    return bulk


@pytest.fixture
def corpus(home, release_index, agency, role):
    trainings = factories.make_training_index(home)
    release = factories.make_release(
        release_index,
        agency,
        title="Họp báo thường kỳ quý III",
        lead="Sở Văn hóa tổ chức họp báo về du lịch.",
        released_at=timezone.now() - 2 * DAY,
    )
    release.tags.add("Du lịch")
    release.save_revision().publish()
    training = factories.make_training(
        trainings,
        agency,
        starts_at=timezone.now() + DAY,
        title="Đào tạo kỹ năng phát ngôn",
    )
    person = factories.make_spokesperson(
        agency,
        role,
        full_name="Đặng Thu Hà",
        valid_until=timezone.localdate() + 30 * DAY,
    )
    promotion = factories.make_promotion(home, introduction="Đất và người Phù Sa.")
    return {
        "release": release,
        "training": training,
        "person": person,
        "promotion": promotion,
    }


# The mapping ---------------------------------------------------------------


def test_mapping_has_the_folded_analyzer_and_the_fields():
    body = search_index("portal_press-1").to_dict()
    analyzer = body["settings"]["analysis"]["analyzer"]["vietnamese_folded"]
    assert analyzer == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding"],
    }
    fields = body["mappings"]["properties"]
    for name in ("title_folded", "body_folded"):
        assert fields[name] == {"type": "text", "analyzer": "vietnamese_folded"}
    for name in ("title", "body"):
        assert fields[name] == {"type": "text", "analyzer": "standard"}
    for name in ("kind", "locale", "agency", "agency_kind", "tags", "tag_labels"):
        assert fields[name] == {"type": "keyword"}
    for name in ("date", "public_from", "public_until"):
        assert fields[name] == {"type": "date"}
    assert fields["year"] == {"type": "integer"}
    assert not {"live", "public"} & set(fields)


# The documents -------------------------------------------------------------


def test_release_document_is_folded_in_python(corpus, agency):
    release = corpus["release"]
    release.title = "Đào tạo cán bộ"
    release.embargo_until = timezone.now() + DAY
    doc = document_for(record_for(release))
    source = doc.to_dict()
    assert doc.meta.id == f"release-{release.pk}"
    assert source["title"] == "Đào tạo cán bộ"
    assert source["title_folded"] == "dao tao can bo"
    assert "so van hoa to chuc hop bao" in source["body_folded"]
    assert "Sở Văn hóa" in source["body"]
    assert source["kind"] == "release"
    assert source["object_id"] == release.pk
    assert source["locale"] == "vi"
    assert source["agency"] == str(agency.pk)
    assert source["agency_kind"] == str(agency.kind_id)
    assert source["year"] == timezone.localtime(release.released_at).year
    assert source["tags"] == ["du-lich"]
    assert source["tag_labels"] == ["du-lich|Du lịch"]
    assert source["public_from"] == release.embargo_until
    assert "public_until" not in source


def test_other_documents(corpus):
    person = document_for(record_for(corpus["person"])).to_dict()
    # Named by the agency's abbreviation too.
    assert person["title_folded"] == "dang thu ha svhttdl"
    assert person["kind"] == "spokesperson"
    assert person["public_until"] > timezone.now() + 30 * DAY
    assert person["public_from"] <= timezone.now()
    training = document_for(record_for(corpus["training"])).to_dict()
    assert training["title_folded"] == "dao tao ky nang phat ngon"
    assert training["date"] == corpus["training"].starts_at
    promotion = document_for(record_for(corpus["promotion"])).to_dict()
    assert promotion["kind"] == "promotion"
    assert "dat va nguoi phu sa" in promotion["body_folded"]
    assert not {"agency", "year", "date", "tags"} & set(promotion)


def test_indexed_records_keep_embargoed_pages_but_not_drafts(
    corpus, release_index, agency
):
    embargoed = factories.make_release(
        release_index, agency, embargo_until=timezone.now() + DAY
    )
    draft = factories.make_release(release_index, agency, publish=False)
    records = {(r.kind, r.object_id) for r in indexable_records()}
    assert ("release", embargoed.pk) in records
    assert ("release", draft.pk) not in records
    assert {kind for kind, _pk in records} == {
        "release",
        "training",
        "promotion",
        "spokesperson",
    }


# The request ---------------------------------------------------------------

FACETS = {"type": "release", "agency": 3, "kind": 2, "year": 2025, "tag": "du-lich"}
FIELDS = {
    "type": "kind",
    "agency": "agency",
    "kind": "agency_kind",
    "year": "year",
    "tag": "tags",
}
WINDOW = [
    {
        "bool": {
            "should": [
                {"bool": {"must_not": [{"exists": {"field": "public_from"}}]}},
                {"range": {"public_from": {"lte": "now"}}},
            ]
        }
    },
    {
        "bool": {
            "should": [
                {"bool": {"must_not": [{"exists": {"field": "public_until"}}]}},
                {"range": {"public_until": {"gt": "now"}}},
            ]
        }
    },
]


@pytest.mark.parametrize("facets", [(), *[(name,) for name in FACETS], tuple(FACETS)])
@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("language", [None, "vi", "en"])
def test_request_body(facets, sort, language):
    locale = Locale(language_code=language) if language else None
    filters = {name: FACETS[name] if name in facets else None for name in FACETS}
    parsed = parse_query('Họp báo du lich "dao tao"')
    body = es_engine.build_search(parsed, filters, locale, sort, 40, 20).to_dict()

    query = body["query"]["bool"]
    must = query["filter"][:2]  # matching filters, which do not score
    assert must[0]["multi_match"] == {
        "query": "hop bao du lich",
        "fields": ["title_folded^3", "body_folded"],
        "type": "cross_fields",
        "operator": "and",
    }
    assert must[1]["multi_match"]["type"] == "phrase"
    assert must[1]["multi_match"]["query"] == "dao tao"
    assert "must" not in query
    # Scored like the database engine: constant scores for where words match.
    scores = [
        (c["constant_score"]["filter"]["multi_match"], c["constant_score"]["boost"])
        for c in query["should"]
    ]
    in_title = [(m["query"], w) for m, w in scores if m["fields"] == ["title_folded"]]
    assert in_title == [
        ("hop", 10_000),
        ("bao", 10_000),
        ("du", 10_000),
        ("lich", 10_000),
        ("dao", 10_000),
        ("tao", 10_000),
        ("dao tao", 10_000),
    ]
    as_written = [(m["query"], m["fields"], w) for m, w in scores if w < 10_000]
    assert as_written == [
        ("họp", ["title"], 100),
        ("họp", ["title", "body"], 1),
        ("báo", ["title"], 100),
        ("báo", ["title", "body"], 1),
    ]
    assert all(m["type"] == "phrase" for m, _w in scores)

    filter_ = query["filter"][2:]
    assert all(condition in filter_ for condition in WINDOW)
    terms = [f["term"] for f in filter_ if "term" in f]
    expected = [{FIELDS[name]: str(FACETS[name])} for name in facets]
    if language:
        expected.insert(0, {"locale": language})
    assert terms == expected

    assert set(body["aggs"]) == {"type", "agency", "kind", "year", "tag"}
    assert body["aggs"]["tag"]["terms"]["field"] == "tag_labels"
    assert body["aggs"]["kind"]["terms"]["field"] == "agency_kind"
    by_date = {"date": {"order": "desc", "missing": "_last"}}
    assert body["sort"] == (
        [by_date, "_score"] if sort == "date" else ["_score", by_date]
    )
    assert (body["from"], body["size"], body["track_total_hits"]) == (40, 20, True)


def test_empty_query_is_everything_newest_first():
    with es_settings(ELASTICSEARCH={"URL": "http://es:9200"}):
        body = es_engine.build_search(parse_query(""), {}, None, "relevance").to_dict()
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert all(condition in body["query"]["bool"]["filter"] for condition in WINDOW)
    assert body["sort"] == [{"date": {"order": "desc", "missing": "_last"}}]
    assert (body["from"], body["size"]) == (0, 20)


def test_response_becomes_an_outcome_and_the_gate_has_the_last_word(
    corpus, agency, release_index, monkeypatch
):
    release, person = corpus["release"], corpus["person"]
    draft = factories.make_release(release_index, agency, publish=False)

    def hit(kind, pk, score):
        source = {"kind": kind, "object_id": pk, "date": "2025-03-01T02:00:00Z"}
        return {"_id": f"{kind}-{pk}", "_score": score, "_source": source}

    def buckets(*pairs):
        return {"buckets": [{"key": k, "doc_count": n} for k, n in pairs]}

    raw = {
        "hits": {
            "total": {"value": 3, "relation": "eq"},
            "hits": [
                hit("release", release.pk, 3.0),
                hit("release", draft.pk, 2.0),  # stale in the index
                hit("spokesperson", person.pk, 1.0),
            ],
        },
        "aggregations": {
            "type": buckets(("release", 2), ("spokesperson", 1)),
            "agency": buckets((str(agency.pk), 3), ("999999", 1)),
            "kind": buckets((str(agency.kind_id), 3)),
            "year": buckets((2025, 3)),
            "tag": buckets(("du-lich|Du lịch", 1)),
        },
    }

    def execute(search, ignore_cache=False):
        return Response(search, raw)

    monkeypatch.setattr("elasticsearch.dsl.Search.execute", execute)
    vi = Locale.objects.get(language_code="vi")
    with es_settings(ELASTICSEARCH={"URL": "http://es:9200"}):
        outcome = es_engine.search(parse_query("hop bao"), {}, vi)
    assert len(outcome.matches) == 3
    # The draft, still in the index, is not shown.
    shown = load_hits(outcome.matches[0:20], [], vi)
    assert [(hit.kind, hit.object.pk) for hit in shown] == [
        ("release", release.pk),
        ("spokesperson", person.pk),
    ]
    assert outcome.matches[0].date == datetime.datetime(
        2025, 3, 1, 2, tzinfo=datetime.UTC
    )
    facets = outcome.facets
    assert [(f.value, f.count) for f in facets["type"]] == [
        ("release", 2),
        ("spokesperson", 1),
    ]
    assert [(f.value, f.label) for f in facets["agency"]] == [
        (str(agency.pk), agency.name)
    ]
    assert [f.label for f in facets["kind"]] == [str(agency.kind)]
    assert [(f.value, f.count) for f in facets["year"]] == [("2025", 3)]
    assert [(f.value, f.label) for f in facets["tag"]] == [("du-lich", "Du lịch")]


# Failures: the database answers, saving works --------------------------------


def test_unreachable_elasticsearch_falls_back_to_the_database(client, corpus, caplog):
    caplog.set_level(logging.WARNING, logger="portal_press.search.engines")
    with es_settings(**CLOSED_PORT):
        response = client.get(SEARCH, {"q": "hop bao"})
    assert response.status_code == 200
    hits = response.context["results"].object_list
    assert [hit.title for hit in hits] == ["Họp báo thường kỳ quý III"]
    assert response.context["engine_notice"]
    assert 'class="pp-notice" role="status"' in response.content.decode()
    assert any("falling back" in r.getMessage() for r in caplog.records)


def test_without_elasticsearch_there_is_no_notice(client, corpus):
    response = client.get(SEARCH, {"q": "hop bao"})
    assert response.context["engine_notice"] is None
    assert 'role="status"' not in response.content.decode()


def test_engine_errors_of_any_kind_fall_back(corpus, monkeypatch):
    from elasticsearch import ApiError

    def refuse(*args, **kwargs):
        raise ApiError("search_phase_execution_exception", meta=None, body={})

    monkeypatch.setattr(es_engine, "search", refuse)
    with es_settings(ELASTICSEARCH={"URL": "http://es:9200"}):
        outcome, notice = engines.run(
            parse_query("dao tao"), {}, Locale.objects.get(language_code="vi")
        )
    assert notice
    assert [m.kind for m in outcome.matches] == ["training"]


def test_saving_with_elasticsearch_down_still_works(
    corpus, release_index, agency, role, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.WARNING, logger="portal_press.search.index_updates")
    with es_settings(**CLOSED_PORT), django_capture_on_commit_callbacks(execute=True):
        release = factories.make_release(release_index, agency, title="Thông cáo mới")
        release.save_revision().publish()
        release.unpublish()
        factories.make_spokesperson(agency, role)
        agency.save()
    release.refresh_from_db()
    assert release.title == "Thông cáo mới"
    assert any("search index" in r.getMessage() for r in caplog.records)


def test_content_events_update_the_index(
    corpus, release_index, agency, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(indexing, "bulk", recording_bulk(sent))
    with es_settings(ELASTICSEARCH={"URL": "http://es:9200"}):
        with django_capture_on_commit_callbacks(execute=True):
            release = factories.make_release(release_index, agency)
        assert {a["_id"] for a in sent} == {f"release-{release.pk}"}
        assert sent[-1]["_source"]["title_folded"]
        sent.clear()
        with django_capture_on_commit_callbacks(execute=True):
            release.unpublish()
        assert sent == [
            {
                "_op_type": "delete",
                "_index": "portal_press",
                "_id": f"release-{release.pk}",
            }
        ]
        sent.clear()
        with django_capture_on_commit_callbacks(execute=True):
            agency.save()
        assert {a["_id"] for a in sent} >= {
            f"release-{corpus['release'].pk}",
            f"training-{corpus['training'].pk}",
            f"spokesperson-{corpus['person'].pk}",
        }


def test_no_index_updates_without_elasticsearch(
    release_index, agency, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(indexing, "bulk", pytest.fail)
    with django_capture_on_commit_callbacks(execute=True):
        release = factories.make_release(release_index, agency)
        release.unpublish()


def test_rebuild_command_errors_clearly(db):
    with pytest.raises(CommandError, match="not configured"):
        call_command("portal_press_rebuild_index", only="elasticsearch")
    with es_settings(**CLOSED_PORT), pytest.raises(CommandError, match="reached"):
        call_command("portal_press_rebuild_index", stdout=io.StringIO())


def test_rebuild_fills_a_new_index_and_switches_the_alias(corpus, monkeypatch):
    from unittest import mock

    from portal_press.search import connection

    client = mock.MagicMock()
    client.indices.exists_alias.return_value = True
    client.indices.get_alias.return_value.body = {"portal_press-old": {}}
    monkeypatch.setattr(connection, "get_client", lambda: client)
    sent = []
    monkeypatch.setattr(indexing, "bulk", recording_bulk(sent))
    out = io.StringIO()
    with es_settings(ELASTICSEARCH={"URL": "http://es:9200"}):
        call_command("portal_press_rebuild_index", stdout=out)
    new = client.indices.create.call_args.kwargs["index"]
    assert new.startswith("portal_press-")
    assert {action["_index"] for action in sent} == {new}
    assert {action["_id"] for action in sent} == {
        f"release-{corpus['release'].pk}",
        f"training-{corpus['training'].pk}",
        f"spokesperson-{corpus['person'].pk}",
        f"promotion-{corpus['promotion'].pk}",
    }
    client.indices.update_aliases.assert_called_once_with(
        actions=[
            {"remove": {"index": "portal_press-old", "alias": "portal_press"}},
            {"add": {"index": new, "alias": "portal_press"}},
        ]
    )
    client.indices.delete.assert_called_once_with(index="portal_press-old")
    output = out.getvalue()
    assert "release: 1/1" in output
    assert "Indexed 4 objects into the database index" in output
    assert f"Indexed 4 objects into {new}" in output


# Integration: a real Elasticsearch 8 ------------------------------------------


@pytest.fixture
def live_es(settings):
    index = f"portal_press_test_{os.getpid()}"
    settings.PORTAL_PRESS = {
        "SECTION_PARENT_PAGE_TYPES": ["testapp.HomePage"],
        "ELASTICSEARCH": live_settings(index),
    }
    yield index
    from portal_press.search.connection import get_client

    client = get_client()
    # Wildcard deletes are refused by default in Elasticsearch 8: name them.
    if client.indices.exists_alias(name=index):
        for name in client.indices.get_alias(name=index).body:
            client.indices.delete(index=name)


def live_settings(index):
    """The settings of the server the integration tests run against."""
    return {
        "URL": os.environ["ELASTICSEARCH_URL"],
        "INDEX": index,
        "NODE_CLASS": os.environ.get("ELASTICSEARCH_NODE_CLASS"),
    }


# serialized_rollback: the flush after a transactional test would otherwise
# remove Wagtail's root page, which the next test needs.
@needs_server
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_rebuild_search_facets_and_embargo(live_es, corpus, release_index, agency):
    embargo_ends = timezone.now() + datetime.timedelta(seconds=5)
    embargoed = factories.make_release(
        release_index, agency, title="Họp báo sắp tới", embargo_until=embargo_ends
    )
    call_command("portal_press_rebuild_index")
    vi = Locale.objects.get(language_code="vi")

    outcome = es_engine.search(parse_query("hop bao"), {}, vi)
    pks = [m.pk for m in outcome.matches]
    assert corpus["release"].pk in pks
    assert embargoed.pk not in pks
    assert [f.value for f in outcome.facets["type"]] == ["release"]
    assert [f.value for f in outcome.facets["tag"]] == ["du-lich"]

    outcome = es_engine.search(parse_query("dao tao"), {"type": "training"}, vi)
    assert [m.pk for m in outcome.matches] == [corpus["training"].pk]
    assert (
        len(es_engine.search(parse_query("hop bao"), {"year": 1999}, vi).matches) == 0
    )

    # The embargo ends without reindexing.
    time.sleep(max(0, (embargo_ends - timezone.now()).total_seconds()) + 1)
    outcome = es_engine.search(parse_query("hop bao sap toi"), {}, vi)
    assert [m.pk for m in outcome.matches] == [embargoed.pk]


@needs_server
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_exact_diacritics_rank_first(live_es, home, release_index, agency):
    ban = factories.make_release(release_index, agency, title="Bàn giao công trình")
    factories.make_release(release_index, agency, title="Bán đấu giá tài sản")
    call_command("portal_press_rebuild_index")
    vi = Locale.objects.get(language_code="vi")
    assert es_engine.search(parse_query("bàn"), {}, vi).matches[0].pk == ban.pk


@needs_server
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_edits_reach_the_real_index(live_es, home, release_index, agency):
    call_command("portal_press_rebuild_index", stdout=io.StringIO())
    vi = Locale.objects.get(language_code="vi")
    release = factories.make_release(
        release_index, agency, title="Thông cáo về lễ hội Nghinh Ông"
    )
    outcome = es_engine.search(parse_query("nghinh ong"), {}, vi)
    assert [m.pk for m in outcome.matches] == [release.pk]
    release.unpublish()
    assert len(es_engine.search(parse_query("nghinh ong"), {}, vi).matches) == 0
