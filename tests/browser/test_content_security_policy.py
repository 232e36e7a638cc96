"""In Chromium: public pages and Wagtail's admin work under the site's
Content-Security-Policy, and an inline script injected into a public page
does not run (it would in the admin, whose widgets need inline code)."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from tests import factories

pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HOSTILE = (
    "</script><script>window.__injected = 1</script>"
    '<img src=x onerror="window.__injected = 2">'
)
INJECT = """() => {
    const script = document.createElement("script");
    script.textContent = "window.__ran = 1";
    document.head.appendChild(script);
    return window.__ran === 1;
}"""


@pytest.fixture
def site(db):
    home = factories.build_site()
    index = factories.make_release_index(home)
    agency = factories.make_agency("Sở Văn hóa, Thể thao và Du lịch")
    release = factories.make_release(
        index, agency, title=f"Họp báo {HOSTILE}", released_at=timezone.now()
    )
    directory = factories.make_directory(home)
    get_user_model().objects.create_superuser("canbo", "canbo@example.com", "pw")
    return home, index, release, directory


def watch(page):
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return refused


def test_public_pages_run_no_inline_script(page, live_server, site):
    home, index, release, directory = site
    refused = watch(page)
    for target in (home, index, release, directory):
        response = page.goto(f"{live_server.url}{target.url}")
        assert response.status == 200
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        # Nothing the page itself needs was refused.
        assert refused == [], (target.url, refused)
        assert page.evaluate("() => window.__injected") is None
    page.goto(f"{live_server.url}/vi/search/?q=hop+bao")
    assert refused == []
    # A script injected into the page is refused by the browser.
    assert page.evaluate(INJECT) is False
    assert any("script-src" in text for text in refused)


def test_the_admin_page_editor_works_under_its_own_policy(page, live_server, site):
    home, index, release, directory = site
    page.goto(f"{live_server.url}/admin/login/")
    refused = watch(page)
    page.fill('input[name="username"]', "canbo")
    page.fill('input[name="password"]', "pw")
    page.click('button[type="submit"]')
    page.wait_for_url(f"{live_server.url}/admin/")
    for path in (
        f"/admin/pages/{release.pk}/edit/",
        f"/admin/pages/add/portal_press/pressreleasepage/{index.pk}/",
        "/admin/documents/multiple/add/",
        "/admin/snippets/",
    ):
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
        assert refused == [], (path, refused)
    # The editor's own scripts ran: the date widget's inline script made its
    # picker, and Wagtail's Stimulus controllers are connected.
    page.goto(f"{live_server.url}/admin/pages/{release.pk}/edit/")
    assert page.evaluate("() => typeof window.wagtail === 'object'")
    assert page.evaluate(INJECT) is True
    assert refused == []
