"""The search indexes as a subscriber to content events.

Every event's affected objects (the changed objects, their translations in
every language, what shows them) are refreshed: indexed afresh, or dropped
when the gate no longer lets them be public at any time. A publication
after which the gate says the page is public now is refreshed in a task:
what it changes is text, not whether the page may be found; any other
event (unpublished, embargoed, withdrawn, restricted…) is applied at once.
Deleted objects leave Elasticsearch too. Each tick retries the updates that failed.
"""

from django_tasks.backends.immediate import ImmediateBackend

from ..publishing import events, tick, visibility
from . import index_updates

PUBLICATIONS = (events.PUBLISHED, events.TRANSLATION_PUBLISHED)


def _queues_tasks():
    # With tasks run at once, asking the gate first would only cost queries.
    backend = index_updates.refresh_affected_task.get_backend()
    return not isinstance(backend, ImmediateBackend)


def _public_now(objects):
    return all(visibility.is_public(obj) for obj in objects)


def on_content_event(event):
    if event.name == events.DELETED:
        index_updates.forget(event.objects)
    deferrable = event.name in PUBLICATIONS and _queues_tasks()
    if deferrable and _public_now(event.objects):
        index_updates.refresh_affected_later(event.objects)
        return
    for queryset in event.affected:
        index_updates.refresh_queryset(queryset)


def connect():
    events.subscribe(on_content_event)
    tick.on_every_tick(index_updates.retry_pending)
