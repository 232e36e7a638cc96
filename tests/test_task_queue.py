"""Index updates run on a real task queue: django-tasks' database backend.

The suite runs tasks at once (ImmediateBackend); the example site's
production settings queue them in the database for ``manage.py db_worker``.
This runs one task that way, end to end: enqueued after the commit, left
waiting, then run by the worker command.
"""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale

from portal_press.search import index_updates
from portal_press.search.database import search
from portal_press.search.text import parse_query
from tests import factories

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def found(query):
    vi = Locale.objects.get(language_code="vi")
    return [m.pk for m in search(parse_query(query), {}, vi).matches]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_agency_renamed_reaches_the_index_through_the_worker(
    home, kind, monkeypatch
):
    # Changes that touch more objects than this are refreshed in tasks; one
    # release stands for many here.
    monkeypatch.setattr(index_updates, "INLINE_LIMIT", 0)
    agency = factories.make_agency("Sở Thông tin và Truyền thông", kind)
    release = factories.make_release(
        factories.make_release_index(home), agency, title="Thông cáo về bưu chính"
    )
    with override_settings(TASKS=DATABASE_BACKEND):
        agency.name = "Sở Khoa học và Công nghệ"
        agency.save()  # its releases are refreshed by a task
        queued = DBTaskResult.objects.filter(task_path__endswith="refresh_task")
        assert queued.exists()
        assert set(queued.values_list("status", flat=True)) == {"READY"}
        assert found("khoa hoc cong nghe buu chinh") == []

        call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())

    assert set(queued.values_list("status", flat=True)) == {"SUCCESSFUL"}
    assert found("khoa hoc cong nghe buu chinh") == [release.pk]
