"""Keeping the public search's indexes current, without losing an update or
holding up a save.

- The database's entries of changed objects are written at once, in a
  savepoint of the editor's transaction, so they are committed (or rolled
  back) with the change itself.
- Elasticsearch is written after the commit, in a django-tasks task: inline
  with the immediate backend (the demo), by a worker in production.
- A publication that leaves its page public is refreshed in a task (at
  once with the immediate backend, by the worker in production): until
  then the search finds the page's previous text, as public as it was.
- Many objects at once (an agency renamed, a section moved) are refreshed in
  tasks of :data:`CHUNK_SIZE` objects, each chunk read in a fixed number of
  queries.
- A write that fails is logged and recorded as a
  :class:`~portal_press.models.PendingIndexUpdate`, which each tick retries
  (:func:`retry_pending`) until it succeeds; the admin's dashboard shows
  what is pending. While Elasticsearch is paused (:mod:`.breaker`), its
  updates go straight to that queue.
"""

import logging

from django.apps import apps
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from ..models import PendingIndexUpdate
from ..publishing import events
from . import breaker, connection, database_index
from .records import CHUNK_SIZE
from .sources import SOURCES_BY_KIND, SOURCES_BY_MODEL

logger = logging.getLogger(__name__)
DATABASE, ELASTICSEARCH = PendingIndexUpdate.Engine.values
# Up to this many objects are refreshed in the request that changed them.
INLINE_LIMIT = 50


def _record_pending(engine, source, pks, error):
    now = timezone.now()
    PendingIndexUpdate.objects.bulk_create(
        [
            PendingIndexUpdate(
                engine=engine,
                model_label=source.model._meta.label,
                object_id=pk,
                last_error=repr(error)[:2000],
                last_tried_at=now,
            )
            for pk in pks
        ],
        update_conflicts=True,
        unique_fields=["engine", "model_label", "object_id"],
        update_fields=["last_error", "last_tried_at"],
    )


def update_database(source, pks):
    """Write the database entries of ``pks``; True when it worked."""
    try:
        with transaction.atomic():
            database_index.update(source, pks)
    except Exception as error:
        logger.exception("Could not update the database search index")
        _record_pending(DATABASE, source, pks, error)
        return False
    return True


def update_elasticsearch(source, pks):
    """Send ``pks`` (indexed or removed) to Elasticsearch; True when it worked."""
    if breaker.is_paused():
        _record_pending(ELASTICSEARCH, source, pks, "Elasticsearch is paused")
        return False
    # Imported here: the Elasticsearch client is an optional extra.
    from . import elasticsearch_index

    try:
        elasticsearch_index.update(source, pks)
    except Exception as error:
        logger.exception("Could not update the Elasticsearch index")
        breaker.record_failure(error)
        _record_pending(ELASTICSEARCH, source, pks, error)
        return False
    breaker.record_success()
    return True


@task()
def update_elasticsearch_task(kind, pks):
    update_elasticsearch(SOURCES_BY_KIND[kind], pks)


@task()
def refresh_task(kind, pks):
    refresh(SOURCES_BY_KIND[kind], pks)


def refresh(source, pks):
    """Bring both indexes' view of ``pks`` (of ``source``) up to date."""
    pks = list(pks)
    for start in range(0, len(pks), CHUNK_SIZE):
        chunk = pks[start : start + CHUNK_SIZE]
        update_database(source, chunk)
        if connection.is_configured():
            transaction.on_commit(
                lambda chunk=chunk: update_elasticsearch_task.enqueue(
                    source.kind, chunk
                )
            )


def refresh_later(source, pks):
    """Refresh ``pks`` in tasks once the change is committed."""
    pks = list(pks)
    for start in range(0, len(pks), CHUNK_SIZE):
        chunk = pks[start : start + CHUNK_SIZE]
        transaction.on_commit(
            lambda chunk=chunk: refresh_task.enqueue(source.kind, chunk)
        )


def refresh_queryset(queryset):
    """Refresh the searched objects among ``queryset`` (of any page type or
    searched model): now if there are few, in tasks otherwise."""
    for source in SOURCES_BY_MODEL.values():
        if not issubclass(source.model, queryset.model):
            continue
        if source.model is queryset.model:
            rows = queryset
        else:
            rows = source.model.objects.filter(pk__in=queryset.values("pk"))
        pks = list(rows.order_by("pk").values_list("pk", flat=True).distinct())
        if len(pks) <= INLINE_LIMIT:
            refresh(source, pks)
        else:
            refresh_later(source, pks)


@task()
def refresh_affected_task(label, pks):
    objects = list(apps.get_model(label)._default_manager.filter(pk__in=pks))
    for queryset in events.affected_by(objects):
        refresh_queryset(queryset)


def refresh_affected_later(objects):
    """Refresh what ``objects`` affect in a task, queued in the editor's
    transaction (so it is committed, or rolled back, with the change)."""
    pks_by_label = {}
    for obj in objects:
        model = getattr(obj, "specific_class", type(obj))
        pks_by_label.setdefault(model._meta.label, []).append(obj.pk)
    for label, pks in pks_by_label.items():
        refresh_affected_task.enqueue(label, pks)


def forget(objects):
    """Drop deleted objects from Elasticsearch (their database entries cascade)."""
    if not connection.is_configured():
        return
    for obj in objects:
        source = SOURCES_BY_MODEL.get(getattr(obj, "specific_class", type(obj)))
        if source is not None:
            pks = [obj.pk]
            transaction.on_commit(
                lambda source=source, pks=pks: update_elasticsearch_task.enqueue(
                    source.kind, pks
                )
            )


def retry_pending(now=None):
    """Retry the recorded failures, oldest first; returns how many succeeded."""
    succeeded = 0
    updaters = {DATABASE: update_database, ELASTICSEARCH: update_elasticsearch}
    pending = PendingIndexUpdate.objects.order_by("first_failed_at", "pk")
    groups = {}
    for row in pending[: CHUNK_SIZE * 10]:
        groups.setdefault((row.engine, row.model_label), []).append(row)
    for (engine, label), rows in groups.items():
        source = SOURCES_BY_MODEL.get(apps.get_model(label))
        ids = [row.pk for row in rows]
        if source is None:
            PendingIndexUpdate.objects.filter(pk__in=ids).delete()
            continue
        if engine == ELASTICSEARCH and not connection.is_configured():
            PendingIndexUpdate.objects.filter(pk__in=ids).delete()
            continue
        PendingIndexUpdate.objects.filter(pk__in=ids).update(attempts=F("attempts") + 1)
        if updaters[engine](source, [row.object_id for row in rows]):
            PendingIndexUpdate.objects.filter(pk__in=ids).delete()
            succeeded += len(ids)
    return succeeded
