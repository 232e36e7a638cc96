"""The README's install lines are the ones the example site really uses."""

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "example_site" / "example_site"


def readme_install_block():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- install-lines.*?-->\s*```python\n(.*?)```", readme, re.S)
    assert match, "README.md has lost its install block"
    return match.group(1)


def run_install_block():
    """Execute the README lines on an empty settings namespace."""
    namespace = {
        "INSTALLED_APPS": [],
        "LOCALE_PATHS": [],
        "MIDDLEWARE": [],
        "urlpatterns": [],
        "i18n_patterns": lambda *patterns: list(patterns),
        "path": lambda route, view: ("path", route, view),
        "include": lambda module: ("include", module),
        "wagtail_urls": "wagtail.urls",
    }
    exec(readme_install_block(), namespace)  # noqa: S102 - our own README
    return namespace


def example_settings():
    spec = importlib.util.spec_from_file_location(
        "example_base", EXAMPLE / "settings" / "base.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_lines_are_the_example_site_settings():
    readme = run_install_block()
    example = example_settings()
    assert set(readme["INSTALLED_APPS"]) <= set(example.INSTALLED_APPS)
    assert "wagtail.locales" not in example.INSTALLED_APPS
    apps = example.INSTALLED_APPS
    vietnamese_admin = apps.index("portal_press.wagtail_vi")
    assert vietnamese_admin == apps.index("portal_press") + 1
    assert not [app for app in apps[:vietnamese_admin] if app.startswith("wagtail")]
    assert set(readme["LOCALE_PATHS"]) <= set(map(str, example.LOCALE_PATHS))
    assert set(readme["MIDDLEWARE"]) <= set(example.MIDDLEWARE)
    session = example.MIDDLEWARE.index(
        "django.contrib.sessions.middleware.SessionMiddleware"
    )
    assert (
        example.MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware") > session
    )
    for name in [
        "LANGUAGE_CODE",
        "TIME_ZONE",
        "WAGTAIL_I18N_ENABLED",
        "WAGTAIL_CONTENT_LANGUAGES",
        "LANGUAGES",
        "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE",
        "FORMAT_MODULE_PATH",
        "WAGTAIL_GRAVATAR_PROVIDER_URL",
        "WAGTAIL_ENABLE_UPDATE_CHECK",
    ]:
        assert readme[name] == getattr(example, name), name


def test_readme_url_lines_are_the_example_site_url_lines():
    block = readme_install_block()
    url_lines = block[block.index("urlpatterns") :].strip()
    assert url_lines.count("\n") >= 3
    assert url_lines in (EXAMPLE / "urls.py").read_text(encoding="utf-8")
