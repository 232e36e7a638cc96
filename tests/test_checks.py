"""The system checks tell a host site what to change, each with its id."""

import pytest
from django.core.checks import run_checks
from django.test import override_settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.models import Locale

from portal_press import checks
from tests.settings import INSTALLED_APPS, MIDDLEWARE


def ids(**kwargs):
    return {message.id for message in run_checks(**kwargs) if message.id}


def app_ids():
    return {m.id for m in checks.check_installed_apps() if m.id}


def test_the_test_site_passes_every_check(db):
    assert not {i for i in ids() if i.startswith("portal_press")}


def test_no_locale_for_the_language_is_a_warning_with_the_command(db):
    Locale.objects.filter(language_code="vi").update(language_code="en")
    (message,) = checks.check_default_locale()
    assert message.id == "portal_press.W001"
    assert "portal_press_setup" in message.hint


@override_settings(LANGUAGE_CODE="de")
def test_a_language_code_outside_the_content_languages_is_an_error(db):
    (message,) = checks.check_default_locale()
    assert message.id == "portal_press.E002"


def installing(monkeypatch, apps):
    monkeypatch.setattr(checks, "installed_apps", lambda: set(apps))


def test_missing_table_block_and_localize_apps(monkeypatch):
    assert not app_ids()
    installing(monkeypatch, [a for a in INSTALLED_APPS if "table_block" not in a])
    assert app_ids() == {"portal_press.E004"}
    installing(monkeypatch, [a for a in INSTALLED_APPS if "localize" not in a])
    assert app_ids() == {"portal_press.E003"}


def test_both_locales_apps_are_a_warning(monkeypatch):
    installing(monkeypatch, [*INSTALLED_APPS, "wagtail.locales"])
    assert app_ids() == {"portal_press.W002"}


def test_locale_middleware_missing_or_misplaced():
    locale = "portal_press.middleware.LocaleMiddleware"
    without = [m for m in MIDDLEWARE if m != locale]
    with override_settings(MIDDLEWARE=without):
        assert [m.id for m in checks.check_middleware()] == ["portal_press.E005"]
    with override_settings(MIDDLEWARE=[*without, locale]):
        (message,) = checks.check_middleware()
        assert message.id == "portal_press.E006"
        assert "CommonMiddleware" in message.hint
    django_own = [
        "django.middleware.locale.LocaleMiddleware" if m == locale else m
        for m in MIDDLEWARE
    ]
    with override_settings(MIDDLEWARE=django_own):
        assert checks.check_middleware() == []


class CatchAllFirst:
    urlpatterns = [path("", include(wagtail_urls))]


class NoSearch:
    urlpatterns = []


@pytest.mark.parametrize("urlconf", [CatchAllFirst, NoSearch])
def test_search_urls_not_reachable(urlconf):
    from django.conf.urls.i18n import i18n_patterns

    if urlconf is CatchAllFirst:
        urlconf.urlpatterns = [
            path("", include(wagtail_urls)),
            *i18n_patterns(path("search/", include("portal_press.search.urls"))),
        ]
    with override_settings(ROOT_URLCONF=urlconf):
        (message,) = checks.check_url_patterns()
    assert message.id == "portal_press.E007"
    assert "i18n_patterns" in message.hint


def test_live_status_sync_left_on_is_a_warning():
    with override_settings(WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE=True):
        (message,) = checks.check_translation_settings()
    assert message.id == "portal_press.W003"
    assert checks.check_translation_settings() == []


def test_elasticsearch_without_its_client(monkeypatch):
    from portal_press.search import connection

    setting = {"ELASTICSEARCH": {"URL": "http://127.0.0.1:9"}}
    with override_settings(PORTAL_PRESS=setting):
        assert checks.check_elasticsearch_client() == []
        monkeypatch.setattr(connection, "Elasticsearch", None)
        (message,) = checks.check_elasticsearch_client()
        assert message.id == "portal_press.E008"
        assert "portal-press[elasticsearch]" in message.hint
        # The search and the indexer carry on with the database.
        assert connection.is_configured() is False


def test_the_app_names_what_is_missing_before_its_models_load():
    from django.apps import apps
    from django.core.exceptions import ImproperlyConfigured

    config = apps.get_app_config("portal_press")
    others = dict(apps.app_configs)
    try:
        del apps.app_configs["wagtail_localize"]
        with pytest.raises(ImproperlyConfigured, match="wagtail_localize"):
            config.import_models()
    finally:
        apps.app_configs.clear()
        apps.app_configs.update(others)


def test_the_site_starts_and_searches_without_the_elasticsearch_client():
    """The client is an extra: a site without it imports, checks and searches."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = """
import io
import sys
sys.modules["elasticsearch"] = sys.modules["elastic_transport"] = None
import django
django.setup()
from django.core.management import call_command
from django.test.utils import override_settings
from portal_press.checks import check_elasticsearch_client
from portal_press.search import connection, engines, index_updates
call_command("check", stdout=io.StringIO())
assert connection.Elasticsearch is None and not connection.is_configured()
with override_settings(PORTAL_PRESS={"ELASTICSEARCH": {"URL": "http://127.0.0.1:9"}}):
    assert [m.id for m in check_elasticsearch_client()] == ["portal_press.E008"]
    assert not connection.is_configured()
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"},
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip().endswith("ok"), result.stderr
