"""A real browser (Chromium, driven by Playwright) against a live test server.

Skipped, saying what to install, where Playwright, a Chromium binary or the
npm tools (axe-core, vnu-jar) are missing; failed instead when
``PORTAL_PRESS_REQUIRE_BROWSER`` is set, as CI sets it.
"""

import os
import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def migrations_data(django_db_setup):
    """What the migrations put in the test database (Wagtail's root page, the
    default site, locales, groups, the default workflow), as Django
    serialised it for ``serialized_rollback``."""
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", None)


def missing(reason):
    """Skip a browser test for want of a tool, or fail where CI requires them."""
    if os.environ.get("PORTAL_PRESS_REQUIRE_BROWSER"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser(migrations_data):
    try:
        from playwright import sync_api
    except ImportError:
        missing("Playwright is not installed: pip install -e '.[test]'")
    executable = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not executable:
        missing(
            "no Chromium to drive: install Debian's chromium (apt-get install "
            "chromium fonts-noto-core fonts-noto-cjk) or set CHROMIUM"
        )
    # Playwright's synchronous API runs an event loop in this thread, where
    # the tests still use the ORM.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox"]
        )
        # Under Playwright's event loop the ORM hands out another connection
        # object, without the serialised copy that restores the migrations'
        # data between transactional tests: give it the copy.
        from django.db import connection

        if migrations_data and not hasattr(connection, "_test_serialized_contents"):
            connection._test_serialized_contents = migrations_data
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
# Every run's full-page screenshots, desktop and phone (README.md shows two
# of them, copied to docs/screenshots/).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "latest"


def _context(browser, viewport, **options):
    return browser.new_context(
        locale="vi-VN",
        timezone_id="Asia/Ho_Chi_Minh",
        viewport=viewport,
        **options,
    )


@pytest.fixture
def desktop(browser):
    context = _context(browser, DESKTOP)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context = _context(
        browser, PHONE, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def snap(page, name):
    """Full-page screenshots of what ``page`` shows, as it is (desktop or
    phone) and at the other size: ``<name>-desktop.png``, ``<name>-phone.png``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    is_phone = size["width"] < DESKTOP["width"]
    other = DESKTOP if is_phone else PHONE
    first, second = ("phone", "desktop") if is_phone else ("desktop", "phone")
    # From the top, so that a sticky bar is drawn where a visitor sees it.
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=SCREENSHOTS / f"{name}-{first}.png", full_page=True)
    page.set_viewport_size(other)
    page.screenshot(path=SCREENSHOTS / f"{name}-{second}.png", full_page=True)
    page.set_viewport_size(size)


@pytest.fixture
def portal(transactional_db):
    from .content import build_portal

    return build_portal()
