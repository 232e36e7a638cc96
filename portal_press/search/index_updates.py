"""Keeping the public search's indexes current after a change of content.

Two indexes follow the content: the database's (always) and Elasticsearch
(when configured). An editor's save must never fail because of them:

- the database's entries of a changed object are written at once, in a
  savepoint of the same transaction, so they are committed (or rolled back)
  with the change itself; an error there is logged and the save goes on;
- Elasticsearch is updated after the commit, and its errors are logged;
- a change that touches many objects (an agency renamed, a section moved or
  restricted) is a task (:func:`refresh_later`), run by the site's django-tasks
  backend after the commit: at once with the immediate backend, by a worker
  otherwise.
"""

import logging

from django.apps import apps
from django.db import transaction
from django_tasks import task

from . import connection, database_index

logger = logging.getLogger(__name__)


def _logged(work, *args):
    try:
        work(*args)
    except Exception:  # noqa: BLE001 - saving must keep working
        logger.warning(
            "Could not update the search index (%s)", work.__qualname__, exc_info=True
        )


def _update_database(objects):
    try:
        with transaction.atomic():
            database_index.update_objects(objects)
    except Exception:  # noqa: BLE001 - saving must keep working
        logger.warning("Could not update the database search index", exc_info=True)


def refresh(objects):
    """Bring the indexes' view of ``objects`` up to date (index or drop them)."""
    objects = list(objects)
    if not objects:
        return
    _update_database(objects)
    if connection.is_configured():
        # Imported here: the Elasticsearch client is an optional extra.
        from . import elasticsearch_index

        transaction.on_commit(
            lambda: _logged(elasticsearch_index.update_objects, objects)
        )


def forget(kind_and_pks):
    """Drop deleted objects from Elasticsearch (their database entries cascade)."""
    if connection.is_configured():
        from . import elasticsearch_index

        pairs = list(kind_and_pks)
        transaction.on_commit(
            lambda: _logged(elasticsearch_index.delete_objects, pairs)
        )


@task()
def refresh_objects_task(model_label, pks):
    refresh(apps.get_model(model_label).objects.filter(pk__in=pks))


def refresh_later(queryset):
    """Refresh the objects of ``queryset`` in a task, once the change is committed."""
    label = queryset.model._meta.label
    pks = list(queryset.values_list("pk", flat=True))
    if pks:
        transaction.on_commit(lambda: refresh_objects_task.enqueue(label, pks))
