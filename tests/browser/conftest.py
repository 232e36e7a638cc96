"""A real browser (Chromium, driven by Playwright) against a live test server.

Skipped where Playwright or a Chromium binary is missing.
"""

import os
import shutil

import pytest


@pytest.fixture(scope="session")
def migrations_data(django_db_setup):
    """What the migrations put in the test database (Wagtail's root page, the
    default site, locales, groups, the default workflow), as Django
    serialised it for ``serialized_rollback``."""
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", None)


@pytest.fixture(scope="session")
def browser(migrations_data):
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not executable:
        pytest.skip("no Chromium to drive")
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
