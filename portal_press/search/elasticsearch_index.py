"""Writing to the Elasticsearch index: keeping objects current, and rebuilding.

Updates go through the alias with ``require_alias``: if the index was never
built, Elasticsearch refuses them instead of creating an index with a
guessed mapping under the alias's name.
"""

import logging

from django.utils import timezone
from elasticsearch.helpers import bulk

from . import connection
from .elasticsearch_documents import document_for, document_id, search_index
from .records import CHUNK_SIZE, indexable_records, records_for
from .sources import SOURCES_BY_MODEL

logger = logging.getLogger(__name__)


def update(source, pks):
    """Index the objects of ``pks`` that may be public, remove the others.

    Returns the number of actions sent; does nothing without Elasticsearch.
    Raises the client's errors, and :class:`UpdateRefused` when Elasticsearch
    refused some of them.
    """
    client = connection.get_client()
    if client is None:
        return 0
    alias = connection.alias_name()
    actions = []
    for start in range(0, len(pks), CHUNK_SIZE):
        chunk = pks[start : start + CHUNK_SIZE]
        records = records_for(source.indexable().filter(pk__in=chunk))
        for record in records:
            doc = document_for(record)
            actions.append(doc.to_dict(include_meta=True) | {"_index": alias})
        indexed = {record.object_id for record in records}
        actions += [
            _delete_action(alias, source.kind, pk) for pk in chunk if pk not in indexed
        ]
    return _send(client, actions)


def update_objects(objects):
    """:func:`update` for model instances of any searched kind."""
    sent = 0
    by_source = {}
    for obj in objects:
        source = SOURCES_BY_MODEL.get(type(obj))
        if source is not None:
            by_source.setdefault(source, []).append(obj.pk)
    for source, pks in by_source.items():
        sent += update(source, pks)
    return sent


class UpdateRefused(Exception):
    """Elasticsearch answered, but refused some updates (see the message)."""


def delete_objects(kind_and_pks):
    """Remove ``[(kind, pk), …]`` from the index (deleted rows)."""
    client = connection.get_client()
    if client is None:
        return 0
    alias = connection.alias_name()
    return _send(client, [_delete_action(alias, kind, pk) for kind, pk in kind_and_pks])


def _delete_action(alias, kind, pk):
    return {"_op_type": "delete", "_index": alias, "_id": document_id(kind, pk)}


def _send(client, actions):
    if not actions:
        return 0
    success, errors = bulk(
        client,
        actions,
        require_alias=True,
        raise_on_error=False,
        refresh="wait_for",
    )
    # Deleting a document that is not there (never public) is no failure.
    failures = [
        error
        for error in errors
        if next(iter(error.values())).get("result") != "not_found"
    ]
    if failures:
        raise UpdateRefused(
            f"Elasticsearch refused {len(failures)} updates: {failures}"
        )
    return success


def rebuild(progress=None):
    """Build a new timestamped index, fill it, point the alias at it.

    ``progress(kind, done, total)`` is called as each kind is indexed. The
    alias switches in one atomic request, so searches never see a half-filled
    index; older indexes behind the alias are then deleted. Returns
    ``(index name, {kind: count})``.
    """
    client = connection.get_client()
    alias = connection.alias_name()
    name = f"{alias}-{timezone.now():%Y%m%d%H%M%S%f}"
    search_index(name).create(using=client)
    counts, batch = {}, []
    for record in indexable_records(progress):
        batch.append(document_for(record).to_dict(include_meta=True) | {"_index": name})
        counts[record.kind] = counts.get(record.kind, 0) + 1
        if len(batch) == CHUNK_SIZE:
            _fill(client, batch)
            batch = []
    _fill(client, batch)
    client.indices.refresh(index=name)
    old = _indexes_behind(client, alias)
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": name, "alias": alias}})
    client.indices.update_aliases(actions=actions)
    for index in old:
        client.indices.delete(index=index)
    return name, counts


def _fill(client, actions):
    if not actions:
        return 0
    success, _errors = bulk(client, actions)
    return success


def _indexes_behind(client, alias):
    if not client.indices.exists_alias(name=alias):
        return []
    return sorted(client.indices.get_alias(name=alias).body)
