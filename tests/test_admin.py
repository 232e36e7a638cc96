"""The admin for communications officers: listings, filters, dashboard, permissions."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.models import Workflow

from tests import factories

TODAY = timezone.localdate()
pytestmark = pytest.mark.usefixtures("today_lasts")
DAY = datetime.timedelta(days=1)

SPOKESPERSONS = reverse("wagtailsnippets_portal_press_spokesperson:list")
AGENCIES = reverse("wagtailsnippets_portal_press_agency:list")
RELEASES = reverse("press_releases:index")
DASHBOARD = reverse("wagtailadmin_home")


@pytest.fixture
def plain_admin_user(db):
    """Someone who may log into the admin but holds no permission of the app."""
    user = get_user_model().objects.create_user("viewer", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.mark.parametrize("url", [SPOKESPERSONS, AGENCIES])
def test_register_listings_are_closed_to_users_without_permission(
    client, plain_admin_user, url
):
    client.force_login(plain_admin_user)
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert response.status_code != 200


def test_register_listings_are_open_to_a_group_with_change_permission(
    client, agency, role
):
    factories.make_spokesperson(agency, role, full_name="Ngô Được Xem")
    group = Group.objects.create(name="Phòng Thông tin")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_spokesperson"),
    )
    user = get_user_model().objects.create_user("officer", password="pw")
    user.groups.add(group)
    client.force_login(user)
    response = client.get(SPOKESPERSONS)
    assert response.status_code == 200
    assert "Ngô Được Xem" in response.content.decode()


def listed_names(response):
    return {str(obj.full_name) for obj in response.context["object_list"]}


def test_spokesperson_listing_filters_by_appointment_state(editor_client, agency, role):
    factories.make_spokesperson(agency, role, full_name="Còn Hiệu Lực")
    factories.make_spokesperson(
        agency, role, full_name="Sắp Hết", valid_until=TODAY + 5 * DAY
    )
    factories.make_spokesperson(
        agency, role, full_name="Đã Hết", valid_until=TODAY - DAY
    )

    assert listed_names(
        editor_client.get(SPOKESPERSONS, {"appointment": "expiring"})
    ) == {"Sắp Hết"}
    assert listed_names(
        editor_client.get(SPOKESPERSONS, {"appointment": "expired"})
    ) == {"Đã Hết"}
    assert listed_names(
        editor_client.get(SPOKESPERSONS, {"appointment": "current"})
    ) == {
        "Còn Hiệu Lực",
        "Sắp Hết",
    }
    rows = editor_client.get(SPOKESPERSONS).content.decode().split("<tr")
    flag = gettext("Ends soon")
    assert [flag in row for row in rows if "Sắp Hết" in row] == [True]
    assert [flag in row for row in rows if "Còn Hiệu Lực" in row] == [False]


def test_spokesperson_listing_filters_by_agency_kind_and_role(
    editor_client, kind, role
):
    communes = factories.make_kind("UBND xã, phường")
    commune = factories.make_agency("UBND xã Tân Thành", communes)
    department = factories.make_agency("Sở Y tế", kind)
    factories.make_spokesperson(commune, role, full_name="Người Xã")
    factories.make_spokesperson(department, role, full_name="Người Sở")

    assert listed_names(editor_client.get(SPOKESPERSONS, {"kind": communes.pk})) == {
        "Người Xã"
    }
    assert listed_names(
        editor_client.get(SPOKESPERSONS, {"agency": department.pk})
    ) == {"Người Sở"}


def queries_for_listing(client, url):
    """Queries made to render ``url``, less wagtail-localize's per-row buttons.

    wagtail-localize's "Translate" row button asks two queries per row (which
    locales lack a translation); that cost is upstream and bounded by the page
    size. Everything else must not depend on the number of rows.
    """
    client.get(url)  # fills Wagtail's caches (site root paths) before counting
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    upstream = (
        "wagtail_localize_translatableobject",
        'FROM "wagtailcore_locale" WHERE NOT',
    )
    return [q for q in captured if not any(mark in q["sql"] for mark in upstream)]


@pytest.mark.parametrize("url", [SPOKESPERSONS, AGENCIES])
def test_register_listing_query_count_does_not_grow(editor_client, kind, role, url):
    def add(count):
        for _ in range(count):
            factories.make_spokesperson(factories.make_agency(kind=kind), role)

    add(3)
    few = len(queries_for_listing(editor_client, url))
    add(15)
    many = len(queries_for_listing(editor_client, url))
    assert many == few
    assert many <= 25


def test_spokesperson_form_shows_errors_and_keeps_what_was_typed(
    editor_client, agency, role
):
    response = editor_client.post(
        reverse("wagtailsnippets_portal_press_spokesperson:add"),
        {
            "full_name": "Hoàng Nhập Sai",
            "position": "Phó Giám đốc",
            "agency": agency.pk,
            "role": role.pk,
            "office_phone": "12345",
            "email": "sai@",
            "valid_from": "2026-01-10",
            "valid_until": "2026-01-01",
            "topics": "",
            "press_languages": ["vi", "en"],
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) >= {"office_phone", "email", "valid_until"}
    assert "Hoàng Nhập Sai" in response.content.decode()


def release_titles(response):
    return {page.title for page in response.context["pages"]}


def test_release_listing_filters_by_status(
    editor_client, release_index, agency, superuser
):
    now = timezone.now()
    live = factories.make_release(release_index, agency, title="Đã phát hành")
    embargoed = factories.make_release(
        release_index, agency, title="Đang cấm đăng", embargo_until=now + DAY
    )
    draft = factories.make_release(
        release_index, agency, title="Bản nháp", publish=False
    )
    withdrawn = factories.make_release(release_index, agency, title="Đã gỡ")
    withdrawn.unpublish()
    pending = factories.make_release(
        release_index, agency, title="Chờ duyệt", publish=False
    )
    Workflow.objects.get(name="Moderators approval").start(pending, superuser)

    def listed(status):
        return release_titles(editor_client.get(RELEASES, {"status": status}))

    assert listed("live") == {live.title}
    assert listed("scheduled") == {embargoed.title}
    assert listed("draft") == {draft.title}
    assert listed("withdrawn") == {withdrawn.title}
    assert listed("awaiting_approval") == {pending.title}


def test_release_listing_filters_by_agency_and_year(
    editor_client, release_index, agency, kind
):
    other = factories.make_agency("Sở Y tế", kind)
    factories.make_release(release_index, agency, title="Năm nay")
    factories.make_release(
        release_index,
        other,
        title="Năm ngoái",
        released_at=timezone.now().replace(year=2025),
    )
    assert release_titles(
        editor_client.get(RELEASES, {"issuing_agency": other.pk})
    ) == {"Năm ngoái"}
    assert release_titles(editor_client.get(RELEASES, {"year": "2025"})) == {
        "Năm ngoái"
    }


def test_dashboard_shows_what_needs_attention(
    editor_client, release_index, agency, role, superuser, home
):
    now = timezone.now()
    pending = factories.make_release(
        release_index, agency, title="Thông cáo chờ duyệt", publish=False
    )
    Workflow.objects.get(name="Moderators approval").start(pending, superuser)
    factories.make_release(
        release_index, agency, title="Thông cáo cấm đăng", embargo_until=now + DAY
    )
    trainings = factories.make_training_index(home)
    factories.make_training(
        trainings, agency, starts_at=now + 3 * DAY, title="Tập huấn tuần tới"
    )
    factories.make_training(
        trainings, agency, starts_at=now + 40 * DAY, title="Tập huấn tháng sau"
    )
    factories.make_spokesperson(
        agency, role, full_name="Sắp Mãn Nhiệm", valid_until=TODAY + 7 * DAY
    )

    content = editor_client.get(DASHBOARD).content.decode()
    for expected in [
        "Thông cáo chờ duyệt",
        "Thông cáo cấm đăng",
        "Tập huấn tuần tới",
        "Sắp Mãn Nhiệm",
    ]:
        assert expected in content
    assert "Tập huấn tháng sau" not in content


def test_release_listing_query_count_does_not_grow(editor_client, release_index, kind):
    def add(count):
        for _ in range(count):
            factories.make_release(release_index, factories.make_agency(kind=kind))

    add(3)
    few = len(queries_for_listing(editor_client, RELEASES))
    add(15)
    many = len(queries_for_listing(editor_client, RELEASES))
    assert many == few
    assert many <= 40


def test_release_listing_is_closed_to_users_without_page_permission(
    client, plain_admin_user
):
    client.force_login(plain_admin_user)
    response = client.get(RELEASES)
    assert response.status_code in (302, 403)


def test_dashboard_hides_releases_from_users_who_cannot_edit_them(
    client, plain_admin_user, release_index, agency
):
    factories.make_release(
        release_index,
        agency,
        title="Thông cáo bí mật",
        embargo_until=timezone.now() + DAY,
    )
    client.force_login(plain_admin_user)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    assert "Thông cáo bí mật" not in response.content.decode()


def test_register_listing_search_finds_a_spokesperson_by_name(
    editor_client, agency, role
):
    factories.make_spokesperson(agency, role, full_name="Trần Thị Hoa")
    factories.make_spokesperson(agency, role, full_name="Lê Văn Nam")
    assert listed_names(editor_client.get(SPOKESPERSONS, {"q": "Hoa"})) == {
        "Trần Thị Hoa"
    }
