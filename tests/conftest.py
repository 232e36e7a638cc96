import contextlib
import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import timezone, translation

from tests import factories


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache (Elasticsearch not paused)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def site_language():
    """Each test starts in no particular language, as a fresh process does:
    the test client leaves the language of its last request active."""
    yield
    translation.deactivate()


@pytest.fixture
def today_lasts(request):
    """The calendar day a module took as its ``TODAY`` at import stays today
    for its tests, even when the run crosses midnight in the site's time zone
    (17:00 UTC in Vietnam)."""
    day = request.module.TODAY
    if timezone.localdate() == day:
        travel = contextlib.nullcontext()
    else:
        noon = datetime.datetime.combine(day, datetime.time(12))
        travel = time_machine.travel(timezone.make_aware(noon), tick=True)
    with travel:
        yield


@pytest.fixture
def home(db):
    return factories.build_site()


@pytest.fixture
def kind(db):
    return factories.make_kind()


@pytest.fixture
def role(db):
    return factories.make_role()


@pytest.fixture
def agency(kind):
    return factories.make_agency(
        "Sở Văn hóa, Thể thao và Du lịch", kind, short_name="SVHTTDL"
    )


@pytest.fixture
def release_index(home):
    return factories.make_release_index(home)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        "editor", "editor@example.com", "pw"
    )


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client


def pytest_terminal_summary(terminalreporter):
    """Show the lines tests recorded for the summary (e.g. the relevance score)."""
    for outcome in ("passed", "failed"):
        for report in terminalreporter.stats.get(outcome, []):
            for name, value in getattr(report, "user_properties", []):
                if name == "relevance":
                    terminalreporter.write_line(value)
