"""The app's own admin views pass axe-core (WCAG 2.1 A and AA); Wagtail's
own screens fail only where docs/accessibility.md says they do.

The app's views are the dashboard with its panels, its two reports, the
release listing and the register's listings: any violation there is the
app's. Wagtail's screens (page editor, explorer, history, users…) are
checked too, so that what the docs list stays true: a violation not listed
fails, and so does a listed one that no longer occurs.
"""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from portal_press.editorial.workflow import setup_workflow
from tests import factories

from .conftest import missing, snap
from .test_accessibility import AXE, axe_violations, with_axe

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "accessibility.md"

# Violations in markup that Wagtail renders, as (axe rule, element), each
# named in docs/accessibility.md with the screens it occurs on.
WAGTAIL_OWNED = {
    # The tag field's typing box, made by Wagtail's jQuery tag-it widget,
    # has no label of its own (the field's label names the hidden input).
    ("label", ".ui-autocomplete-input"),
}


def app_views():
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "translation coverage report": reverse("portal_press_translation_coverage"),
        "required English report": reverse("portal_press_required_english"),
        "release listing": reverse("press_releases:index"),
        "spokesperson register": reverse(
            "wagtailsnippets_portal_press_spokesperson:list"
        ),
        "agency register": reverse("wagtailsnippets_portal_press_agency:list"),
        "spokesperson role register": reverse(
            "wagtailsnippets_portal_press_spokespersonrole:list"
        ),
        "agency kind register": reverse("wagtailsnippets_portal_press_agencykind:list"),
        "glossary": reverse("wagtailsnippets_portal_press_glossaryterm:list"),
    }


def wagtail_views(portal):
    release, newsroom = portal.release, portal.newsroom
    return {
        "explorer": reverse("wagtailadmin_explore", args=[newsroom.pk]),
        "page editor": reverse("wagtailadmin_pages:edit", args=[release.pk]),
        "new release": reverse(
            "wagtailadmin_pages:add",
            args=["portal_press", "pressreleasepage", newsroom.pk],
        ),
        "page history": reverse("wagtailadmin_pages:history", args=[release.pk]),
        "spokesperson editor": reverse(
            "wagtailsnippets_portal_press_spokesperson:edit", args=[portal.person.pk]
        ),
        "workflow tasks report": reverse("wagtailadmin_reports:workflow_tasks"),
        "users": reverse("wagtailusers_users:index"),
        "account": reverse("wagtailadmin_account"),
        "translations report": reverse("wagtail_localize:translations_report"),
    }


@pytest.fixture
def signed_in(desktop, live_server, portal):
    """A site administrator, with a release awaiting approval so that every
    dashboard panel has rows, signed in with axe in the page."""
    with_axe(desktop)
    if not AXE.exists():
        missing(f"axe-core is missing ({AXE}): run `npm ci` at the repository's top")
    workflow, _created, _assigned = setup_workflow()
    officer = get_user_model().objects.create_user("canbo", "canbo@example.com", "pw")
    waiting = factories.make_release(
        portal.newsroom,
        portal.release.issuing_agency,
        title="Thông cáo chờ lãnh đạo duyệt",
        publish=False,
    )
    workflow.start(waiting, officer)
    get_user_model().objects.create_superuser("quantri", "qt@example.com", "pw")
    desktop.goto(f"{live_server.url}/admin/login/")
    desktop.get_by_label("Tên đăng nhập").fill("quantri")
    desktop.get_by_placeholder("Nhập mật khẩu").fill("pw")
    desktop.get_by_role("button", name="Đăng nhập").click()
    desktop.wait_for_url(f"{live_server.url}/admin/")
    return desktop


def test_the_apps_admin_views_pass_axe(signed_in, live_server):
    page = signed_in
    found = {}
    for name, address in app_views().items():
        page.goto(f"{live_server.url}{address}")
        if name == "dashboard":
            # The app's panels are there to be checked, with rows.
            expect(
                page.get_by_role("heading", name="Vận hành hệ thống")
            ).to_be_visible()
            expect(
                page.get_by_role("link", name="Thông cáo chờ lãnh đạo duyệt").first
            ).to_be_visible()
            snap(page, "admin-dashboard")
        found[name] = axe_violations(page)
    failures = {name: rules for name, rules in found.items() if rules}
    assert not failures, "\n".join(
        f"{name}:\n  " + "\n  ".join(rules) for name, rules in failures.items()
    )


def wagtail_owned_violations(page):
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
    )
    assert result["passes"], "axe checked nothing"
    return {
        (rule["id"], ", ".join(node["target"]))
        for rule in result["violations"]
        for node in rule["nodes"]
    }


def test_wagtails_own_screens_fail_only_as_the_docs_say(signed_in, live_server, portal):
    page = signed_in
    seen = {}
    for name, address in wagtail_views(portal).items():
        page.goto(f"{live_server.url}{address}")
        for pair in wagtail_owned_violations(page):
            seen.setdefault(pair, []).append(name)
    unlisted = {
        pair: names for pair, names in seen.items() if pair not in WAGTAIL_OWNED
    }
    assert not unlisted, "not in docs/accessibility.md: " + "; ".join(
        f"{rule} on {selector} ({', '.join(names)})"
        for (rule, selector), names in unlisted.items()
    )
    assert set(seen) == WAGTAIL_OWNED, "no longer occurs: " + ", ".join(
        f"{rule} on {selector}" for rule, selector in WAGTAIL_OWNED - set(seen)
    )
    docs = DOCS.read_text(encoding="utf-8")
    for rule, selector in WAGTAIL_OWNED:
        assert f"`{rule}`" in docs and f"`{selector}`" in docs, (rule, selector)
