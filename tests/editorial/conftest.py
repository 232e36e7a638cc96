"""Two agencies with their groups, users and content, under the workflow."""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from portal_press.editorial.workflow import setup_workflow
from portal_press.models import AgencyGroupRole
from tests import factories


def member(agency, role, username):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.com", "pw"
    )
    user.groups.add(agency.editorial_groups.get(role=role).group)
    return user


@pytest.fixture
def agencies_world(home, kind, role):
    """Agencies A and B, an officer and a leader of each, and of each agency:
    a draft and a live release, an embargoed release, a release awaiting
    approval, a draft and a published spokesperson."""
    factories.make_locale("en")
    newsroom = factories.make_release_index(home)
    factories.make_training_index(home)
    workflow, _created, _assigned = setup_workflow()
    world = SimpleNamespace(newsroom=newsroom, workflow=workflow)
    later = timezone.now() + datetime.timedelta(days=2)
    for code, name in (("a", "Sở Nội vụ"), ("b", "Sở Tài chính")):
        agency = factories.make_agency(name, kind, short_name=f"S{code.upper()}")
        officer = member(agency, AgencyGroupRole.OFFICERS, f"officer_{code}")
        leader = member(agency, AgencyGroupRole.LEADERS, f"leader_{code}")
        submitted = factories.make_release(
            newsroom, agency, title=f"Chờ duyệt {code.upper()}", publish=False
        )
        workflow.start(submitted, officer)
        content = SimpleNamespace(
            agency=agency,
            officer=officer,
            leader=leader,
            draft=factories.make_release(
                newsroom, agency, title=f"Dự thảo {code.upper()}", publish=False
            ),
            live=factories.make_release(
                newsroom, agency, title=f"Đã ban hành {code.upper()}"
            ),
            embargoed=factories.make_release(
                newsroom,
                agency,
                title=f"Cấm đăng {code.upper()}",
                embargo_until=later,
            ),
            submitted=submitted,
            task_state=submitted.current_workflow_task_state,
            person_draft=factories.make_spokesperson(
                agency, role, full_name=f"Người nháp {code.upper()}", publish=False
            ),
            person_live=factories.make_spokesperson(
                agency, role, full_name=f"Người công bố {code.upper()}"
            ),
        )
        content.person_draft.save_revision()
        content.translation = factories.translate(
            content.live, factories.make_locale("en"), publish=False
        )
        setattr(world, code, content)
    return world
