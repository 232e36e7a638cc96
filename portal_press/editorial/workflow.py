"""The shipped workflow, "Soạn thảo → Lãnh đạo duyệt → Xuất bản".

Officers save drafts and submit them; the leaders of the issuing agency
approve (and the release is published, at its release time or embargo) or
ask for changes with a comment. It is assigned to every newsroom and
training index, in every language. The leaders are told by e-mail, through
Django's e-mail framework, when something waits for them.
"""

from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _
from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import TaskState, Workflow, WorkflowPage, WorkflowTask
from wagtail.signals import task_submitted

from ..models import AgencyLeadersApprovalTask, PressReleaseIndexPage, TrainingIndexPage
from ..models.editorial_groups import editorial_agency, leaders_of

WORKFLOW_NAME = _("Draft → Leader approval → Publish")
TASK_NAME = _("Approval by the agency's leaders")


def _workflow_of(task):
    return Workflow.objects.filter(workflow_tasks__task=task).order_by("pk").first()


def shipped_workflow():
    """The workflow :func:`setup_workflow` made, or ``None``."""
    task = AgencyLeadersApprovalTask.objects.order_by("pk").first()
    return _workflow_of(task) if task is not None else None


def setup_workflow():
    """Make the workflow if missing and assign it to the sections.

    Returns ``(workflow, created, assigned)``: whether the workflow was
    made now, and how many section pages it was newly assigned to. Running
    it again changes nothing; a workflow renamed by the site is kept.
    """
    task = AgencyLeadersApprovalTask.objects.order_by("pk").first()
    if task is None:
        task = AgencyLeadersApprovalTask.objects.create(name=str(TASK_NAME))
    workflow = _workflow_of(task)
    created = workflow is None
    if created:
        workflow = Workflow.objects.create(name=str(WORKFLOW_NAME))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    assigned = 0
    sections = [*PressReleaseIndexPage.objects.all(), *TrainingIndexPage.objects.all()]
    for section in sections:
        link = WorkflowPage.objects.filter(page=section).first()
        if link is None or link.workflow_id != workflow.pk:
            WorkflowPage.objects.update_or_create(
                page=section, defaults={"workflow": workflow}
            )
            assigned += 1
    return workflow, created, assigned


class AgencyLeadersSubmissionNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    """E-mails the leaders of the content's agency when it waits for them
    (Wagtail's own notifier writes to the members of a task's groups)."""

    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(
            instance.task.specific, AgencyLeadersApprovalTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        agency = editorial_agency(task_state.workflow_state.content_object)
        if agency is None:
            return set()
        recipients = set(leaders_of(agency))
        recipients.discard(kwargs.get("user"))
        return recipients


submission_notifier = AgencyLeadersSubmissionNotifier()


def _on_section_created(sender, instance, created=False, raw=False, **kwargs):
    # A newsroom or training index made later (a new language's tree): its
    # content goes through the same approval.
    if created and not raw:
        workflow = shipped_workflow()
        if workflow is not None:
            WorkflowPage.objects.get_or_create(
                page=instance, defaults={"workflow": workflow}
            )


def connect():
    for section in (PressReleaseIndexPage, TrainingIndexPage):
        post_save.connect(
            _on_section_created,
            sender=section,
            dispatch_uid=f"portal_press_workflow_{section.__name__}",
        )
    # Sent by the task state (the notifier picks the states of this task).
    task_submitted.connect(
        submission_notifier,
        dispatch_uid="portal_press_agency_leaders_submitted",
    )
