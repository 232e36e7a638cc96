"""The search indexes as a subscriber to content events.

Every event's affected objects (the changed objects, their translations in
every language, what shows them) are refreshed: indexed afresh, or dropped
when the gate no longer lets them be public at any time. Deleted objects
leave Elasticsearch too. Each tick retries the updates that failed.
"""

from ..publishing import events, tick
from . import index_updates


def on_content_event(event):
    if event.name == events.DELETED:
        index_updates.forget(event.objects)
    for queryset in event.affected:
        index_updates.refresh_queryset(queryset)


def connect():
    events.subscribe(on_content_event)
    tick.on_every_tick(index_updates.retry_pending)
