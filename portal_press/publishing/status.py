"""The editorial states of a press release, as the communications office names them.

Used by the editors' release listing and the dashboard; one definition of
each state, for any queryset of a page type with an embargo.
"""

from django.db import models
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision, WorkflowState, get_default_page_content_type

from .clock import portal_now


class ReleaseStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
    SCHEDULED = "scheduled", _("Scheduled or under embargo")
    LIVE = "live", _("Live")
    WITHDRAWN = "withdrawn", _("Withdrawn")


def _page_id_text():
    return Cast(OuterRef("pk"), output_field=CharField())


def awaiting_approval(queryset):
    """Pages in a workflow that has not finished."""
    return queryset.filter(
        Exists(
            WorkflowState.objects.active().filter(
                base_content_type=get_default_page_content_type(),
                object_id=_page_id_text(),
            )
        )
    )


def scheduled(queryset):
    """Pages with a revision approved to go live at a future time."""
    return queryset.filter(
        Exists(
            Revision.page_revisions.exclude(approved_go_live_at__isnull=True).filter(
                object_id=_page_id_text()
            )
        )
    )


def embargoed(queryset, now=None):
    """Published, and under their own embargo."""
    return queryset.filter(live=True, embargo_until__gt=now or portal_now())


def released(queryset, now=None):
    """Published and past any embargo of their own."""
    return queryset.filter(live=True).exclude(embargo_until__gt=now or portal_now())


def withdrawn(queryset, now=None):
    """Published once, then unpublished or withdrawn in public."""
    return queryset.filter(
        Q(live=False, first_published_at__isnull=False)
        | Q(withdrawn_at__lte=now or portal_now())
    )


def drafts(queryset):
    """Never published."""
    return queryset.filter(live=False, first_published_at__isnull=True)


def filter_by_status(queryset, status, now=None):
    """Narrow a queryset of releases to one :class:`ReleaseStatus`."""
    every = queryset.model._default_manager.all()
    if status == ReleaseStatus.DRAFT:
        subset = (
            drafts(every)
            .exclude(pk__in=awaiting_approval(every).values("pk"))
            .exclude(pk__in=scheduled(every).values("pk"))
        )
    elif status == ReleaseStatus.AWAITING_APPROVAL:
        subset = awaiting_approval(every)
    elif status == ReleaseStatus.SCHEDULED:
        subset = scheduled(every) | embargoed(every, now)
    elif status == ReleaseStatus.LIVE:
        subset = released(every, now).exclude(pk__in=withdrawn(every, now).values("pk"))
    elif status == ReleaseStatus.WITHDRAWN:
        subset = withdrawn(every, now).exclude(pk__in=scheduled(every).values("pk"))
    else:
        return queryset
    return queryset.filter(pk__in=subset.values("pk"))
