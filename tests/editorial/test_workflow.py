"""The shipped workflow end to end, through the admin's forms: an officer
submits, the leader asks for changes with a comment, the officer resubmits,
the leader approves and the release is published; the audit log and the
release's history say who did what."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, Workflow, WorkflowPage

from portal_press.editorial.workflow import shipped_workflow
from portal_press.models import AgencyLeadersApprovalTask, PressReleasePage
from tests.admin_forms import page_form_data

TITLE = "Thông cáo về kết quả tuyển dụng công chức năm 2026"


def release_form(world, user, **fields):
    values = {
        "title": TITLE,
        "slug": "ket-qua-tuyen-dung",
        "issuing_agency": world.a.agency.pk,
        "released_at": "2026-03-02 09:00",
        "lead": "Sở Nội vụ thông báo kết quả tuyển dụng công chức.",
    }
    return page_form_data(PressReleasePage, world.newsroom, user, **values | fields)


def act(client, page, action, **data):
    state = page.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk]
    )
    return client.post(url, data)


def test_submit_reject_resubmit_approve_publish(client, agencies_world):
    world = agencies_world
    mail.outbox.clear()

    # The officer writes the release and submits it.
    client.force_login(world.a.officer)
    add = reverse(
        "wagtailadmin_pages:add",
        args=["portal_press", "pressreleasepage", world.newsroom.pk],
    )
    response = client.post(
        add, release_form(world, world.a.officer, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    page = PressReleasePage.objects.get(title=TITLE)
    assert not page.live
    assert page.current_workflow_task.specific.__class__ is AgencyLeadersApprovalTask

    # Only the leaders of the issuing agency are told, by e-mail.
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {world.a.leader.email}

    # Another agency's leader cannot act on it.
    client.force_login(world.b.leader)
    refused = act(client, page, "reject", comment="Không phải của tôi")
    assert refused.status_code in (302, 403)
    page.refresh_from_db()
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS

    # The agency's leader asks for changes, with a comment.
    client.force_login(world.a.leader)
    response = act(client, page, "reject", comment="Bổ sung số liệu của từng đơn vị.")
    assert response.status_code == 302
    rejected = TaskState.objects.filter(status=TaskState.STATUS_REJECTED).get()
    assert rejected.comment == "Bổ sung số liệu của từng đơn vị."
    assert rejected.finished_by == world.a.leader

    # The officer changes the release and submits it again.
    client.force_login(world.a.officer)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = release_form(
        world,
        world.a.officer,
        lead="Sở Nội vụ thông báo kết quả tuyển dụng, với số liệu từng đơn vị.",
        **{"action-submit": "1"},
    )
    response = client.post(edit, data)
    assert response.status_code == 302
    page.refresh_from_db()
    state = page.current_workflow_task_state
    assert state is not None and state.status == TaskState.STATUS_IN_PROGRESS
    assert not page.live

    # An officer cannot approve, even their own agency's release.
    assert act(client, page, "approve").status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live

    # The leader approves: the release is published.
    client.force_login(world.a.leader)
    response = act(client, page, "approve")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert "với số liệu từng đơn vị" in page.lead

    # Each step is in the audit log, with who did it, and on the history.
    entries = PageLogEntry.objects.filter(page=page)
    done = {(entry.action, entry.user_id) for entry in entries}
    assert ("wagtail.workflow.start", world.a.officer.pk) in done
    assert ("wagtail.workflow.reject", world.a.leader.pk) in done
    assert ("wagtail.workflow.resume", world.a.officer.pk) in done
    assert ("wagtail.workflow.approve", world.a.leader.pk) in done
    assert ("wagtail.publish", world.a.leader.pk) in done
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200
    assert "Bổ sung số liệu của từng đơn vị." in history.content.decode()


def test_setup_workflow_is_idempotent(agencies_world):
    for _run in range(2):
        call_command("portal_press_setup_workflow", stdout=open("/dev/null", "w"))
    workflow = shipped_workflow()
    assert (
        Workflow.objects.filter(
            workflow_tasks__task__in=AgencyLeadersApprovalTask.objects.all()
        ).count()
        == 1
    )
    assigned = set(
        WorkflowPage.objects.filter(workflow=workflow).values_list("page", flat=True)
    )
    assert agencies_world.newsroom.pk in assigned
    assert AgencyLeadersApprovalTask.objects.count() == 1


@pytest.mark.parametrize("field", ["name", "is_active"])
def test_groups_follow_the_agency(agencies_world, field):
    agency = agencies_world.a.agency
    groups = agency.editorial_groups.select_related("group")
    if field == "name":
        agency.name = "Sở Nội vụ và Lao động"
        agency.save()
        assert {g.group.name for g in groups.all()} == {
            "Sở Nội vụ và Lao động – cán bộ",
            "Sở Nội vụ và Lao động – lãnh đạo",
        }
    else:
        agency.is_active = False
        agency.save()
        for agency_group in groups.all():
            assert not agency_group.group.permissions.exists()
            assert not agency_group.group.page_permissions.exists()
            assert agency_group.group.user_set.exists()
        officer = agencies_world.a.officer
        officer = type(officer).objects.get(pk=officer.pk)
        assert not agencies_world.a.draft.permissions_for_user(officer).can_edit()
