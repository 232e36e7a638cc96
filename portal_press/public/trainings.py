"""The public context of the training index and of a training."""

from ..cache import fragments
from ..conf import get_setting
from ..localisation.register import localize_agencies
from ..localisation.status import vietnamese_only_context
from ..models import TrainingAnnouncementPage
from ..publishing import visibility
from ..publishing.clock import portal_now
from .pagination import paginate


def public_schedule(page, trainings):
    """``(keys, ends)`` of the public trainings of the index: their keys in
    order of start, and when each ends (a POSIX timestamp).

    Kept between requests until a training of the index changes (its
    events end the index's path) or the gate's next boundary; which of them
    are upcoming is decided from it at each request's own time. Plain
    numbers, so that reading it back costs little with thousands of
    trainings.
    """

    def schedule():
        rows = list(trainings.order_by("starts_at", "pk").values_list("pk", "ends_at"))
        return [key for key, _end in rows], [end.timestamp() for _key, end in rows]

    return fragments.remembered(f"training-schedule:{page.pk}", schedule, path=page.url)


def load_trainings(keys):
    """``{key: training}`` of ``keys``, with what a summary shows."""
    rows = TrainingAnnouncementPage.objects.filter(pk__in=keys)
    return {row.pk: row for row in rows.select_related("organiser")}


def training_index_context(page, request):
    now = portal_now()
    trainings = visibility.public(
        TrainingAnnouncementPage.objects.child_of(page), now=now
    )
    keys, ends = public_schedule(page, trainings)
    moment = now.timestamp()
    upcoming_keys = [key for key, end in zip(keys, ends, strict=True) if end >= moment]
    past = [
        key
        for key, end in zip(reversed(keys), reversed(ends), strict=True)
        if end < moment
    ]
    past_page = paginate(request, past, get_setting("TRAININGS_PER_PAGE"))
    # The upcoming trainings and the page of past ones, in one query.
    loaded = load_trainings(upcoming_keys + list(past_page.object_list))
    past_page.object_list = [
        loaded[key] for key in past_page.object_list if key in loaded
    ]
    return {
        "now": now,
        "vietnamese_only": vietnamese_only_context(page, TrainingAnnouncementPage),
        "upcoming_trainings": [loaded[key] for key in upcoming_keys if key in loaded],
        "past_trainings": past_page,
    }


def training_context(training, request):
    """What a training shows around its own fields, kept between requests
    for the public view, as a release's is: the training's events, its
    agencies' (which end everything kept), its topics' and the gate's next
    boundary end it. A preview is the editor's unsaved form: built afresh."""
    return fragments.kept_with_page(
        f"training:{training.pk}", lambda: _surroundings(training), training, request
    )


def _surroundings(training):
    return {
        "organiser": localize_agencies([training.organiser], training.locale)[0],
        "co_organisers": localize_agencies(
            [link.agency for link in training.co_organisers.select_related("agency")],
            training.locale,
        ),
        "connection_points": list(
            training.connection_points.select_related("host_agency")
        ),
        "materials": list(training.materials.select_related("document")),
        # Read by the page and by its structured data.
        "speakers": list(training.speakers.all()),
        "agenda": list(training.agenda_items.all()),
        "topics": list(training.topics.all()),
        "follow_up_tasks": list(training.follow_up_tasks.all()),
    }
