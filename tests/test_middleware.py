"""Until the set-up is finished, pages and admin listings explain, not crash."""

import pytest
from wagtail.models import Locale

SEARCH = "/vi/search/"


@pytest.fixture
def no_default_locale(home):
    Locale.objects.filter(language_code="vi").update(language_code="en")


@pytest.mark.parametrize("url", [SEARCH, "/admin/press_releases/"])
def test_no_locale_answers_503_pointing_to_the_set_up(
    editor_client, no_default_locale, url
):
    response = editor_client.get(url, {"q": "hop bao"})
    assert response.status_code == 503
    text = response.content.decode()
    assert "portal_press_setup" in text
    assert "portal_press.W001" in text


def test_visitors_are_not_shown_the_command(client, no_default_locale):
    response = client.get(SEARCH, {"q": "hop bao"})
    assert response.status_code == 503
    assert "portal_press_setup" not in response.content.decode()


def test_other_errors_stay_errors(client, home, monkeypatch):
    from portal_press.search import views

    def broken(*args, **kwargs):
        raise Locale.DoesNotExist("a bug, not the set-up")

    monkeypatch.setattr(views.engines, "run", broken)
    client.raise_request_exception = False
    assert client.get(SEARCH, {"q": "hop bao"}).status_code == 500
