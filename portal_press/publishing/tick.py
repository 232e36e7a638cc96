"""Time events: what the passing of time changes, announced exactly once.

Run by ``manage.py portal_press_tick`` every minute from cron, or by
enqueuing :data:`tick_task` from whatever schedules the site's django-tasks
(a worker's periodic job). Each run:

1. runs Wagtail's ``publish_scheduled`` (scheduled publications and
   expiries, whose signals become events of their own);
2. announces every time boundary crossed since the previous run — an
   embargo lifted, a go-live or an expiry time passed, an appointment
   started or ended — as a content event (:mod:`.events`), each object
   once: what was announced is recorded, so running twice, or two runs
   overlapping, changes nothing the second time;
3. calls the work registered with :func:`on_every_tick` (the search
   indexes retry their failed updates).

The public pages do not wait for it: the gate compares times itself, so an
embargo ends on time even if no tick runs. Subscribers that keep copies
(the indexes, a page cache, feeds) learn of it here.
"""

import datetime
import logging

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django_tasks import task

from . import events, visibility
from .clock import portal_now

logger = logging.getLogger(__name__)

# On the first run, boundaries this far back are announced.
FIRST_RUN_LOOKBACK = datetime.timedelta(days=1)
# Runs overlap by this much, so that a boundary at the very end of a run is
# not missed by clock jitter; the record of what was announced prevents doubles.
OVERLAP = datetime.timedelta(minutes=1)
# Records older than this are removed.
KEEP = datetime.timedelta(days=30)
CHUNK_SIZE = 500

_periodic = []


def on_every_tick(work):
    """Call ``work(now)`` on each tick; returns the number of items it did."""
    if work not in _periodic:
        _periodic.append(work)


def _models():
    return apps.get_model("portal_press", "HandledTimeEvent"), apps.get_model(
        "portal_press", "TickRun"
    )


def _announce(crossing, handled_model):
    """Announce the rows of ``crossing`` not announced yet; returns how many."""
    announced = 0
    content_type = ContentType.objects.get_for_model(crossing.queryset.model)
    rows = list(crossing.queryset.order_by("pk"))
    for start in range(0, len(rows), CHUNK_SIZE):
        chunk = rows[start : start + CHUNK_SIZE]
        boundaries = {obj.pk: crossing.boundary(obj) for obj in chunk}
        done = set(
            handled_model.objects.filter(
                event=crossing.event,
                content_type=content_type,
                object_id__in=[str(pk) for pk in boundaries],
            ).values_list("object_id", "boundary_at")
        )
        new = [obj for obj in chunk if (str(obj.pk), boundaries[obj.pk]) not in done]
        if not new:
            continue
        try:
            with transaction.atomic():
                handled_model.objects.bulk_create(
                    handled_model(
                        event=crossing.event,
                        content_type=content_type,
                        object_id=str(obj.pk),
                        boundary_at=boundaries[obj.pk],
                    )
                    for obj in new
                )
        except IntegrityError:
            continue  # a run in parallel announced them
        events.emit(crossing.event, new)
        announced += len(new)
    return announced


def tick(now=None, run_scheduled=True):
    """One run; returns ``{"announced": n, "retried": n}``."""
    now = now or portal_now()
    handled_model, run_model = _models()
    if run_scheduled:
        call_command("publish_scheduled", verbosity=0)
    last = run_model.objects.order_by("-ran_at").first()
    since = (last.ran_at if last else now - FIRST_RUN_LOOKBACK) - OVERLAP
    announced = 0
    for model in visibility.registered_models():
        for crossing in visibility.rule_for(model).crossings(model, since, now):
            announced += _announce(crossing, handled_model)
    retried = 0
    for work in list(_periodic):
        try:
            retried += work(now) or 0
        except Exception:  # noqa: BLE001 - the next tick tries again
            logger.exception("Periodic work %s failed", work)
    run_model.objects.create(ran_at=now, announced=announced, retried=retried)
    handled_model.objects.filter(handled_at__lt=now - KEEP).delete()
    run_model.objects.filter(ran_at__lt=now - KEEP).delete()
    return {"announced": announced, "retried": retried}


@task()
def tick_task():
    """:func:`tick` as a django-tasks task, for a scheduler of the site's."""
    return tick()


def last_run():
    """When the tick last ran, or ``None``."""
    _handled, run_model = _models()
    return (
        run_model.objects.order_by("-ran_at").values_list("ran_at", flat=True).first()
    )
