"""The install guide's lines are the ones the example site really uses.

The install test (tests/install/) applies the same blocks to a fresh
Wagtail site; this fast test keeps the example site in step with them.
"""

import importlib.util
import re
from pathlib import Path

from tests.install import guide

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "example_site" / "example_site"
STOCK_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]


def run_settings_block():
    """Execute the guide's settings on a stock site's lists."""
    namespace = {
        "INSTALLED_APPS": ["wagtail.admin", "wagtail"],
        "MIDDLEWARE": list(STOCK_MIDDLEWARE),
    }
    exec(guide.blocks()["settings"], namespace)  # noqa: S102 - our own guide
    return namespace


def example_settings():
    spec = importlib.util.spec_from_file_location(
        "example_base", EXAMPLE / "settings" / "base.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_guide_settings_are_the_example_site_settings():
    documented = run_settings_block()
    example = example_settings()
    assert set(documented["INSTALLED_APPS"]) <= set(example.INSTALLED_APPS)
    assert "wagtail.locales" not in example.INSTALLED_APPS
    for apps in (documented["INSTALLED_APPS"], example.INSTALLED_APPS):
        vietnamese_admin = apps.index("portal_press.wagtail_vi")
        assert vietnamese_admin == apps.index("portal_press") + 1
        ahead = apps[:vietnamese_admin]
        assert not [app for app in ahead if app.startswith("wagtail")]
    assert set(documented["LOCALE_PATHS"]) <= set(map(str, example.LOCALE_PATHS))
    locale = "portal_press.middleware.LocaleMiddleware"
    middleware = documented["MIDDLEWARE"]
    assert middleware.index(locale) == middleware.index(STOCK_MIDDLEWARE[2]) - 1
    assert middleware.index(locale) > middleware.index(STOCK_MIDDLEWARE[1])
    example_order = example.MIDDLEWARE
    assert (
        example_order.index(STOCK_MIDDLEWARE[1])
        < example_order.index(locale)
        < example_order.index(STOCK_MIDDLEWARE[2])
    )
    for name in [
        "LANGUAGE_CODE",
        "TIME_ZONE",
        "WAGTAIL_I18N_ENABLED",
        "WAGTAIL_CONTENT_LANGUAGES",
        "LANGUAGES",
        "WAGTAILADMIN_PERMITTED_LANGUAGES",
        "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE",
        "FORMAT_MODULE_PATH",
        "WAGTAIL_GRAVATAR_PROVIDER_URL",
        "WAGTAIL_ENABLE_UPDATE_CHECK",
        "WAGTAILDOCS_DOCUMENT_FORM_BASE",
    ]:
        assert documented[name] == getattr(example, name), name


def example_blocks():
    """The guide's blocks the example site's settings follow (not applied by
    the install test: the CSP on Django 5.2 needs the ``csp`` extra)."""
    text = guide.GUIDE.read_text(encoding="utf-8")
    found = re.findall(r"<!-- example:(.+?) -->\s*```\w*\n(.*?)```", text, re.S)
    return dict(found)


def test_the_guides_security_headers_are_the_example_sites():
    example = example_settings()
    namespace = {
        "MIDDLEWARE": [
            *STOCK_MIDDLEWARE,
            "portal_press.cache.middleware.PageCacheMiddleware",
        ],
        "TEMPLATES": [{"OPTIONS": {"context_processors": []}}],
    }
    exec(example_blocks()["security"], namespace)  # noqa: S102 - our own guide
    documented = namespace["MIDDLEWARE"]
    csp = namespace["csp"]
    for order in (documented, example.MIDDLEWARE):
        assert order[0] == "django.middleware.security.SecurityMiddleware"
        headers = order.index(
            "portal_press.security.middleware.SecurityHeadersMiddleware"
        )
        assert headers < order.index(STOCK_MIDDLEWARE[1])
        cache = order.index("portal_press.cache.middleware.PageCacheMiddleware")
        assert cache < order.index(csp.MIDDLEWARE)
    policy = "SECURE_CSP" if csp.DJANGO_HAS_CSP else "CONTENT_SECURITY_POLICY"
    assert namespace[policy] == getattr(example, policy)
    processors = namespace["TEMPLATES"][0]["OPTIONS"]["context_processors"]
    assert set(processors) <= set(example.TEMPLATES[0]["OPTIONS"]["context_processors"])


def test_the_guides_password_rules_are_the_example_sites():
    namespace = {}
    exec(example_blocks()["passwords"], namespace)  # noqa: S102 - our own guide
    assert namespace["AUTH_PASSWORD_VALIDATORS"] == (
        example_settings().AUTH_PASSWORD_VALIDATORS
    )


def test_the_guide_url_lines_are_the_example_site_url_lines():
    block = guide.blocks()["urls"]
    urls = (EXAMPLE / "urls.py").read_text(encoding="utf-8")
    patterns = block[block.index("urlpatterns") :].strip()
    assert patterns in urls
    assert "from django.conf.urls.i18n import i18n_patterns" in block


def test_the_guide_has_every_block_the_install_test_applies():
    assert {
        "pip",
        "settings",
        "urls",
        "template base.html",
        "template portal_press/base.html",
        "commands",
    } <= set(guide.blocks())


def test_the_readme_sends_installers_to_the_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/install.md" in readme
    assert "portal_press_setup" in readme
