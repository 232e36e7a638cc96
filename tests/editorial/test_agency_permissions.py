"""The permission matrix: an officer or leader of agency A against every admin
endpoint family that touches a page or a snippet, on content of A and of B.

Content of B is refused to both, on every endpoint; content of A is allowed
as designed (officers write and submit, leaders also publish, unpublish,
lock, approve and keep the agency's entry).
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail_localize.models import Translation

from portal_press.editorial.permissions import agencies_of
from tests import factories

ALLOWED, REFUSED = "allowed", "refused"
OFFICER, LEADER = "officer", "leader"


def outcome(response, path=None):
    """What the user got: the view, or a refusal (403, 404, or Wagtail's
    redirect to the dashboard with "you do not have permission")."""
    if response.status_code in (403, 404):
        return REFUSED
    if response.status_code == 302 and path and response["Location"].endswith(path):
        # Django's LocaleMiddleware sends a 404 to the path under /vi/,
        # where the site's pages answer.
        return REFUSED
    if response.status_code == 302 and response["Location"] == reverse(
        "wagtailadmin_home"
    ):
        return REFUSED
    assert response.status_code in (200, 302), response.status_code
    return ALLOWED


def listed(response, title):
    assert response.status_code == 200, response.status_code
    if response["Content-Type"].startswith("application/json"):
        text = json.dumps(response.json(), ensure_ascii=False)
    else:
        text = response.content.decode()
    return ALLOWED if title in text else REFUSED


def get(path):
    def check(client, content, world):
        url = path(content, world)
        return outcome(client.get(url), url)

    return check


def post(path, data=None):
    def check(client, content, world):
        url = path(content, world)
        return outcome(client.post(url, data or {}), url)

    return check


def page_url(name, page="draft", *extra):
    return lambda content, world: reverse(
        f"wagtailadmin_pages:{name}",
        args=[getattr(content, page).pk, *[e(content) for e in extra]],
    )


def snippet_url(name, obj="person_draft", model="spokesperson"):
    return lambda content, world: reverse(
        f"wagtailsnippets_portal_press_{model}:{name}", args=[getattr(content, obj).pk]
    )


def latest_revision(content):
    return content.draft.latest_revision_id


def translation_id(content):
    return Translation.objects.get(
        source__object_id=content.live.translation_key,
        target_locale__language_code="en",
    ).pk


def publish_right(client, content, world):
    # Publishing is a button of the edit form, shown on the right Wagtail
    # asks for; where the form itself is refused, so is its POST.
    perms = content.draft.permissions_for_user(client.user)
    if not perms.can_edit():
        url = reverse("wagtailadmin_pages:edit", args=[content.draft.pk])
        assert outcome(client.post(url, {"action-publish": "1"})) == REFUSED
        content.draft.refresh_from_db()
        assert not content.draft.live
    return ALLOWED if perms.can_publish() else REFUSED


def public_view(client, content, world):
    response = client.get(content.embargoed.url)
    if response.status_code == 404:
        return REFUSED
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    return ALLOWED


def page_chooser(client, content, world):
    url = reverse("wagtailadmin_choose_page_child", args=[world.newsroom.pk])
    return listed(client.get(url), content.draft.title)


def page_chooser_search(client, content, world):
    url = reverse("wagtailadmin_choose_page_search")
    return listed(client.get(url, {"q": "Dự thảo"}), content.draft.title)


def explorer(client, content, world):
    url = reverse("wagtailadmin_explore", args=[world.newsroom.pk])
    return listed(client.get(url), content.draft.title)


def admin_search(client, content, world):
    url = reverse("wagtailadmin_pages:search")
    return listed(client.get(url, {"q": "Dự thảo"}), content.draft.title)


def release_listing(client, content, world):
    return listed(client.get(reverse("press_releases:index")), content.draft.title)


def report(name):
    def check(client, content, world):
        url = reverse(f"wagtailadmin_reports:{name}")
        return listed(client.get(url), content.submitted.title)

    return check


def snippet_chooser(client, content, world):
    url = reverse("wagtailsnippetchoosers_portal_press_spokesperson:choose")
    return listed(client.get(url), content.person_draft.full_name)


def snippet_chosen(client, content, world):
    url = reverse(
        "wagtailsnippetchoosers_portal_press_spokesperson:chosen",
        args=[content.person_draft.pk],
    )
    return outcome(client.get(url), url)


def localize_snippets_api(client, content, world):
    url = reverse(
        "wagtail_localize:snippets_api_listing", args=["portal_press", "spokesperson"]
    )
    return listed(client.get(url), content.person_draft.full_name)


def workflow_action(client, content, world):
    url = reverse(
        "wagtailadmin_pages:collect_workflow_action_data",
        args=[content.submitted.pk, "approve", content.task_state.pk],
    )
    return outcome(client.get(url), url)


def leaders_only(family):
    return {OFFICER: REFUSED, LEADER: ALLOWED}


BOTH = {OFFICER: ALLOWED, LEADER: ALLOWED}
NEITHER = {OFFICER: REFUSED, LEADER: REFUSED}

# family, endpoint, check, what an officer and a leader of A get on A's content
MATRIX = [
    ("edit", "page edit", get(page_url("edit")), BOTH),
    ("publish", "page publish", publish_right, leaders_only("publish")),
    ("unpublish", "page unpublish", get(page_url("unpublish", "live")), None),
    ("preview", "page view draft", get(page_url("view_draft")), BOTH),
    ("preview", "page preview", get(page_url("preview_on_edit")), BOTH),
    ("preview", "public page under embargo", public_view, BOTH),
    ("copy", "page copy", get(page_url("copy", "live")), BOTH),
    ("move", "page move", get(page_url("move")), BOTH),
    ("delete", "page delete", get(page_url("delete")), BOTH),
    ("lock", "page lock", post(page_url("lock")), None),
    ("history", "page history", get(page_url("history")), BOTH),
    ("history", "page workflow history", get(page_url("workflow_history")), BOTH),
    ("history", "page usage", get(page_url("usage")), BOTH),
    (
        "revisions",
        "page revision",
        get(page_url("revisions_view", "draft", latest_revision)),
        BOTH,
    ),
    (
        "compare",
        "page compare",
        get(
            lambda c, w: reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[c.draft.pk, "earliest", "latest"],
            )
        ),
        BOTH,
    ),
    (
        "translate",
        "localize: translate page",
        get(
            lambda c, w: reverse(
                "wagtail_localize:submit_page_translation", args=[c.live.pk]
            )
        ),
        BOTH,
    ),
    (
        "translate",
        "localize: translation PO file",
        get(
            lambda c, w: reverse(
                "wagtail_localize:download_pofile", args=[translation_id(c)]
            )
        ),
        BOTH,
    ),
    (
        "translate",
        "localize: sync translations",
        get(
            lambda c, w: reverse(
                "wagtail_localize:update_translations",
                args=[Translation.objects.get(pk=translation_id(c)).source_id],
            )
        ),
        BOTH,
    ),
    (
        "translate",
        "localize: translate snippet",
        get(
            lambda c, w: reverse(
                "wagtail_localize:submit_snippet_translation",
                args=["portal_press", "spokesperson", c.person_draft.pk],
            )
        ),
        BOTH,
    ),
    ("choosers", "page chooser", page_chooser, BOTH),
    ("choosers", "page chooser search", page_chooser_search, BOTH),
    ("choosers", "explorer", explorer, BOTH),
    ("choosers", "admin page search", admin_search, BOTH),
    ("choosers", "release listing", release_listing, BOTH),
    ("choosers", "spokesperson chooser", snippet_chooser, BOTH),
    ("choosers", "spokesperson chosen", snippet_chosen, BOTH),
    ("choosers", "localize: snippets API", localize_snippets_api, BOTH),
    ("workflow", "approve", workflow_action, None),
    ("reports", "workflow report", report("workflow"), BOTH),
    ("reports", "workflow tasks report", report("workflow_tasks"), BOTH),
    ("edit", "spokesperson edit", get(snippet_url("edit")), BOTH),
    ("delete", "spokesperson delete", get(snippet_url("delete")), NEITHER),
    ("history", "spokesperson history", get(snippet_url("history")), BOTH),
    ("history", "spokesperson usage", get(snippet_url("usage")), BOTH),
    ("copy", "spokesperson copy", get(snippet_url("copy")), BOTH),
    (
        "compare",
        "spokesperson compare",
        get(
            lambda c, w: reverse(
                "wagtailsnippets_portal_press_spokesperson:revisions_compare",
                args=[c.person_draft.pk, "earliest", "latest"],
            )
        ),
        BOTH,
    ),
    (
        "unpublish",
        "spokesperson unpublish",
        get(snippet_url("unpublish", "person_live")),
        None,
    ),
    ("edit", "agency edit", get(snippet_url("edit", "agency", "agency")), None),
]
# None: what leaders may do and officers may not.
MATRIX = [
    (family, name, check, expected or {OFFICER: REFUSED, LEADER: ALLOWED})
    for family, name, check, expected in MATRIX
]


@pytest.mark.parametrize("who", [OFFICER, LEADER])
def test_permission_matrix(client, agencies_world, who, capsys):
    world = agencies_world
    user = getattr(world.a, who)
    client.force_login(user)
    client.user = user
    results = []
    for family, name, check, expected in MATRIX:
        for owner, wanted in (("a", expected[who]), ("b", REFUSED)):
            got = check(client, getattr(world, owner), world)
            results.append((family, name, owner, wanted, got))
    wrong = [row for row in results if row[3] != row[4]]
    with capsys.disabled():
        families = sorted({row[0] for row in results})
        print(
            f"\npermission matrix ({who} of A): {len(results)} checks, "
            f"{len(MATRIX)} endpoints in {len(families)} families: "
            + ", ".join(families)
        )
    assert not wrong, "\n".join(
        f"{family} / {name} on {owner.upper()}'s content: wanted {wanted}, got {got}"
        for family, name, owner, wanted, got in wrong
    )


def test_an_officer_cannot_issue_a_release_for_another_agency(client, agencies_world):
    from portal_press.models import PressReleasePage
    from tests.admin_forms import page_form_data

    world = agencies_world
    client.force_login(world.a.officer)
    assert list(agencies_of(world.a.officer)) == [world.a.agency]
    url = reverse(
        "wagtailadmin_pages:add",
        args=["portal_press", "pressreleasepage", world.newsroom.pk],
    )
    for slug, agency, refused in (
        ("thong-cao-b", world.b.agency, True),
        ("thong-cao-a", world.a.agency, False),
    ):
        data = page_form_data(
            PressReleasePage,
            world.newsroom,
            world.a.officer,
            title=f"Thông cáo của {agency.name}",
            slug=slug,
            issuing_agency=agency.pk,
            released_at="2026-03-02 09:00",
            lead="Ủy ban nhân dân tỉnh thông tin.",
        )
        response = client.post(url, data)
        created = PressReleasePage.objects.filter(
            title=f"Thông cáo của {agency.name}"
        ).exists()
        assert created is not refused, response.status_code
        if refused:
            assert response.status_code == 200
            assert "issuing_agency" in response.context["form"].errors


def test_superusers_and_site_wide_editors_keep_every_agency(
    editor_client, agencies_world
):
    world = agencies_world
    for content in (world.a, world.b):
        response = editor_client.get(
            reverse("wagtailadmin_pages:edit", args=[content.draft.pk])
        )
        assert response.status_code == 200


def test_an_agencys_groups_keep_its_contacts_not_its_place_in_the_register(
    agencies_world, superuser
):
    from django.forms.models import model_to_dict
    from wagtail.admin.panels import get_edit_handler

    from portal_press.models import Agency

    agency = agencies_world.a.agency
    form_class = get_edit_handler(Agency).get_form_class()
    posted = {
        key: value
        for key, value in model_to_dict(agency).items()
        if value is not None and key not in ("id", "locale", "translation_key")
    } | {"name": "Sở Nội vụ (đổi tên)", "is_active": "", "phone": "0290 3822 999"}
    for user, renamed in ((agencies_world.a.leader, False), (superuser, True)):
        agency.refresh_from_db()
        form = form_class(posted, instance=agency, for_user=user)
        assert form.is_valid(), form.errors
        saved = form.save()
        assert saved.phone == "0290 3822 999"
        assert (saved.name == "Sở Nội vụ (đổi tên)") is renamed
        assert saved.is_active is not renamed


def test_an_officers_explorer_costs_no_more_a_row_than_a_site_wide_editors(
    client, agencies_world
):
    # Wagtail's own tester asks about each row's live descendants for any
    # editor but a superuser; the agency scope must add nothing a row.
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    world = agencies_world
    editor = get_user_model().objects.create_user("editor", "e@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    url = reverse("wagtailadmin_explore", args=[world.newsroom.pk])

    def count(user):
        client.force_login(user)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries), response.content.decode()

    before = {user: count(user)[0] for user in (world.a.officer, editor)}
    for number in range(6):
        for content in (world.a, world.b):
            factories.make_release(
                world.newsroom, content.agency, title=f"Thêm {number} {content.agency}"
            )
    officer_count, html = count(world.a.officer)
    editor_count, _html = count(editor)
    assert "Thêm 5 Sở Nội vụ" in html and "Thêm 5 Sở Tài chính" not in html
    # The editor sees twelve more rows, the officer six.
    officer_per_row = (officer_count - before[world.a.officer]) / 6
    editor_per_row = (editor_count - before[editor]) / 12
    assert officer_per_row <= editor_per_row, (officer_per_row, editor_per_row)
