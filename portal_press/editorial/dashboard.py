"""The press desk panel on the Wagtail admin home page.

Trainings, embargoed releases and ending appointments are listed once per
item (the Vietnamese row, its translations as links), not once per language.
"""

import datetime

from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from wagtail.admin.ui.components import Component
from wagtail.models import Revision
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.permissions import get_permission_name

from ..conf import get_setting
from ..localisation.rows import attach_translations, one_per_item
from ..models import PressReleasePage, Spokesperson, TrainingAnnouncementPage
from ..publishing import register_rules as appointments
from ..publishing import status
from ..publishing.clock import portal_now
from .translations import translation_links


class PressDeskPanel(Component):
    """What the communications office must act on, at a glance."""

    name = "portal_press_desk"
    template_name = "portal_press/admin/press_desk_panel.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        now = portal_now()
        rows = get_setting("DASHBOARD_ROWS")
        editable = PagePermissionPolicy().instances_user_has_any_permission_for(
            user, ["change", "publish"]
        )
        releases = PressReleasePage.objects.filter(
            pk__in=editable.values("pk")
        ).select_related("issuing_agency")
        go_live_at = Revision.page_revisions.filter(
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            approved_go_live_at__isnull=False,
        ).values("approved_go_live_at")[:1]
        context = {
            "awaiting_approval": status.awaiting_approval(releases).order_by(
                "-latest_revision_created_at"
            )[:rows],
            "scheduled": self.with_translations(
                status.scheduled(releases)
                .annotate(scheduled_at=Subquery(go_live_at))
                .order_by("scheduled_at")[:rows]
            ),
            "embargoed": self.with_translations(
                one_per_item(status.embargoed(releases, now)).order_by("embargo_until")[
                    :rows
                ]
            ),
            "upcoming_trainings": self.with_translations(
                one_per_item(
                    TrainingAnnouncementPage.objects.filter(
                        pk__in=editable.values("pk")
                    )
                )
                .filter(
                    starts_at__gte=now,
                    starts_at__lte=now
                    + datetime.timedelta(days=get_setting("DASHBOARD_TRAINING_DAYS")),
                )
                .select_related("organiser")
                .order_by("starts_at")[:rows]
            ),
            "training_days": get_setting("DASHBOARD_TRAINING_DAYS"),
            "expiry_days": get_setting("EXPIRY_WARNING_DAYS"),
        }
        if user.has_perm(get_permission_name("change", Spokesperson)):
            context["expiring_spokespersons"] = self.with_translations(
                appointments.expiring(
                    one_per_item(appointments.published(Spokesperson.objects.all())),
                    get_setting("EXPIRY_WARNING_DAYS"),
                )
                .select_related("agency")
                .order_by("valid_until")[:rows]
            )
        return context

    def with_translations(self, objects):
        """``objects`` as a list, each with ``translation_links`` to its other
        languages (one query for them all)."""
        objects = attach_translations(objects)
        for obj in objects:
            obj.translation_links = translation_links(obj, self.request.user)
        return objects
