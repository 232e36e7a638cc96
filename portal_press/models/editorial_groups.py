"""Who answers for what: each agency's groups of officers and leaders, and
the workflow task that its leaders approve.

Decree 09/2017/NĐ-CP makes the head of an agency answerable for what it
tells the press. The agency's officers write its releases, trainings and
register entries; its leaders approve and publish them. Which agency a piece
of content belongs to is named by its model (``editorial_agency_field``);
the rules that follow from it live in :mod:`portal_press.editorial.permissions`.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from .agencies import Agency


class AgencyGroupRole(models.TextChoices):
    OFFICERS = "officers", _("officers")
    LEADERS = "leaders", _("leaders")


class AgencyGroupQuerySet(models.QuerySet):
    def of_user(self, user):
        return self.filter(group__user=user)


class AgencyGroup(models.Model):
    """The Wagtail group of one agency's officers, or of its leaders.

    Made and kept in step by ``manage.py portal_press_setup_agency_groups``
    and when an agency is created, renamed or closed. ``agency`` is the
    agency in the default language; its translations share its rights.
    """

    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="editorial_groups",
    )
    role = models.CharField(_("role"), max_length=20, choices=AgencyGroupRole.choices)
    group = models.OneToOneField(
        Group,
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        related_name="portal_press_agency_group",
    )

    objects = AgencyGroupQuerySet.as_manager()

    class Meta:
        ordering = ["agency__name", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "role"], name="portal_press_one_group_per_role"
            )
        ]
        verbose_name = _("agency group")
        verbose_name_plural = _("agency groups")

    def __str__(self):
        return self.group.name


def editorial_agency(obj):
    """The agency that answers for ``obj``, or ``None`` for content of nobody's.

    A release answers to its issuing agency, a training to its organiser, a
    spokesperson to their agency, an agency to itself.
    """
    if isinstance(obj, Agency):
        return obj
    field = getattr(type(obj), "editorial_agency_field", None)
    if field is None:
        specific = getattr(obj, "specific_deferred", None)
        if specific is None or specific is obj:
            return None
        return editorial_agency(specific)
    return getattr(obj, field, None)


def is_leader_of(user, agency):
    """Whether ``user`` is among the leaders of ``agency`` (in any language)."""
    if agency is None or not user.is_authenticated:
        return False
    cache = user.__dict__.setdefault("_portal_press_leader_of", {})
    key = agency.translation_key
    if key not in cache:
        cache[key] = (
            AgencyGroup.objects.of_user(user)
            .filter(role=AgencyGroupRole.LEADERS, agency__translation_key=key)
            .exists()
        )
    return cache[key]


def leaders_of(agency):
    """The users of ``agency``'s leaders group (in any language). Inactive
    accounts among them are left out by whoever writes to them."""
    return (
        get_user_model()
        .objects.filter(
            groups__portal_press_agency_group__role=AgencyGroupRole.LEADERS,
            groups__portal_press_agency_group__agency__translation_key=(
                agency.translation_key
            ),
        )
        .distinct()
    )


class AgencyLeadersApprovalTask(Task):
    """Approval by the leaders of the agency the content belongs to.

    Unlike Wagtail's group approval, the approvers differ from one release
    to the next: the leaders of its issuing agency (of its organiser, for a
    training), not every moderator of the site. Superusers may approve too.
    """

    def _can_moderate(self, obj, user):
        return user.is_superuser or is_leader_of(user, editorial_agency(obj))

    def user_can_access_editor(self, obj, user):
        return self._can_moderate(obj, user)

    def locked_for_user(self, obj, user):
        return not self._can_moderate(obj, user)

    def user_can_lock(self, obj, user):
        return self._can_moderate(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if self._can_moderate(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        keys = set(
            AgencyGroup.objects.of_user(user)
            .filter(role=AgencyGroupRole.LEADERS)
            .values_list("agency__translation_key", flat=True)
        )
        ids = [
            state.pk
            for state in states.select_related("workflow_state")
            if (agency := editorial_agency(state.workflow_state.content_object))
            and agency.translation_key in keys
        ]
        return states.filter(pk__in=ids)

    @classmethod
    def get_description(cls):
        return _("The leaders of the agency that issues the content approve it")

    class Meta:
        verbose_name = _("approval by the agency's leaders")
        verbose_name_plural = _("approvals by the agency's leaders")
