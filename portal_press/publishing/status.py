"""The editorial states of a press release, as the communications office names them.

Used by the editors' release listing and the dashboard; one definition of
each state, built on the release queryset.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..models import PressReleasePage


class ReleaseStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
    SCHEDULED = "scheduled", _("Scheduled or under embargo")
    LIVE = "live", _("Live")
    WITHDRAWN = "withdrawn", _("Withdrawn")


def filter_by_status(queryset, status, now=None):
    """Narrow a ``PressReleasePage`` queryset to one :class:`ReleaseStatus`."""
    releases = PressReleasePage.objects
    if status == ReleaseStatus.DRAFT:
        subset = (
            releases.drafts()
            .exclude(pk__in=releases.awaiting_approval().values("pk"))
            .exclude(pk__in=releases.scheduled().values("pk"))
        )
    elif status == ReleaseStatus.AWAITING_APPROVAL:
        subset = releases.awaiting_approval()
    elif status == ReleaseStatus.SCHEDULED:
        subset = releases.scheduled() | releases.embargoed(now)
    elif status == ReleaseStatus.LIVE:
        subset = releases.released(now)
    elif status == ReleaseStatus.WITHDRAWN:
        subset = releases.withdrawn().exclude(pk__in=releases.scheduled().values("pk"))
    else:
        return queryset
    return queryset.filter(pk__in=subset.values("pk"))
