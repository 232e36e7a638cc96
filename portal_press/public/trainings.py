"""The public context of the training index and of a training."""

from django.db.models import prefetch_related_objects

from ..conf import get_setting
from ..localisation.register import localize_agencies
from ..localisation.status import vietnamese_only_context
from ..models import TrainingAnnouncementPage
from ..publishing import visibility
from ..publishing.clock import portal_now
from .pagination import paginate


def training_index_context(page, request):
    now = portal_now()
    trainings = visibility.public(
        TrainingAnnouncementPage.objects.child_of(page), now=now
    ).select_related("organiser")
    return {
        "now": now,
        "vietnamese_only": vietnamese_only_context(page, TrainingAnnouncementPage),
        "upcoming_trainings": trainings.filter(ends_at__gte=now).order_by(
            "starts_at", "pk"
        ),
        "past_trainings": paginate(
            request,
            trainings.filter(ends_at__lt=now).order_by("-starts_at", "-pk"),
            get_setting("TRAININGS_PER_PAGE"),
        ),
    }


def training_context(training, request):
    # The speakers are read by the page and by its structured data.
    prefetch_related_objects([training], "speakers")
    return {
        "organiser": localize_agencies([training.organiser], training.locale)[0],
        "co_organisers": localize_agencies(
            [link.agency for link in training.co_organisers.select_related("agency")],
            training.locale,
        ),
        "connection_points": training.connection_points.select_related("host_agency"),
        "materials": training.materials.select_related("document"),
    }
