"""An officer signs in, writes a release and publishes it, all in Vietnamese."""

import datetime
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone

from portal_press.models import PressReleasePage
from tests import factories

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Words of Wagtail's English admin an officer must not meet on the way.
ENGLISH = re.compile(
    r"\b(Save draft|Publish|Dashboard|Choose|Title|Slug|Promote|Settings|"
    r"Search|Status|Page|Cancel|Delete|just now|ago|the|and|of)\b"
)


def visible_english(page, where="body"):
    text = page.locator(where).inner_text()
    return sorted(set(ENGLISH.findall(text)))


@pytest.fixture
def newsroom(db):
    home = factories.build_site()
    index = factories.make_release_index(home)
    agency = factories.make_agency(
        "Sở Văn hóa, Thể thao và Du lịch", short_name="SVHTTDL"
    )
    get_user_model().objects.create_superuser("canbo", "canbo@example.com", "pw")
    return index, agency


def sign_in(page, live_server):
    page.goto(f"{live_server.url}/admin/login/")
    assert visible_english(page) == []
    page.fill('input[name="username"]', "canbo")
    page.fill('input[name="password"]', "pw")
    page.click('button[type="submit"]')
    page.wait_for_url(f"{live_server.url}/admin/")


def test_an_officer_writes_and_publishes_a_release_in_vietnamese(
    page, live_server, newsroom
):
    index, agency = newsroom
    sign_in(page, live_server)
    assert visible_english(page) == []

    page.goto(
        f"{live_server.url}/admin/pages/add/portal_press/pressreleasepage/{index.pk}/"
    )
    assert visible_english(page) == []
    page.locator('input[name="title"]').press_sequentially(
        "Thông cáo báo chí về Đường hoa Xuân"
    )
    page.locator('input[name="title"]').blur()
    slug = page.locator('input[name="slug"]')
    expect(slug).to_have_value("thong-cao-bao-chi-ve-duong-hoa-xuan")

    page.fill('textarea[name="lead"]', "Tỉnh tổ chức Đường hoa Xuân bên bờ sông.")
    page.locator("[data-chooser-action-choose]").first.click()
    page.get_by_role("link", name=agency.name).click()
    page.wait_for_selector(
        f'input[name="issuing_agency"][value="{agency.pk}"]', state="attached"
    )

    page.locator("[data-w-dropdown-target='toggle']", has_text="").last.click()
    page.get_by_role("button", name="Xuất bản").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    assert "Đã tạo và xuất bản trang" in page.locator(".messages").inner_text()
    assert visible_english(page) == []
    release = PressReleasePage.objects.get()
    assert release.live and release.slug == "thong-cao-bao-chi-ve-duong-hoa-xuan"


def test_an_unfinished_translation_is_published_only_once_confirmed(
    page, live_server, newsroom
):
    index, agency = newsroom
    english = factories.make_locale("en")
    factories.translate(index.get_parent(), english, {"Trang chủ": "Home"})
    factories.translate(index, english)
    release = factories.make_release(index, agency, title="Họp báo quý III")
    draft = factories.translate(
        release, english, {"Họp báo quý III": "Q3 press conference"}, publish=False
    )
    sign_in(page, live_server)

    page.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    expect(page.get_by_role("button", name="Xuất bản")).to_be_visible()
    assert visible_english(page) == []
    page.get_by_role("button", name="Xuất bản").click()
    page.wait_for_url(re.compile(r"/publish-unfinished/$"))
    assert visible_english(page) == []
    page.get_by_role("button", name="Xuất bản bản dịch chưa hoàn thành").click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    draft.refresh_from_db()
    assert draft.live

    page.goto(f"{live_server.url}{draft.url}")
    expect(page.get_by_text("Part of this page is not yet translated")).to_be_visible()


def test_the_status_panel_tells_when_a_release_was_published_in_vietnamese(
    page, live_server, newsroom
):
    index, agency = newsroom
    with time_machine.travel(timezone.now() - datetime.timedelta(days=3, hours=2)):
        older = factories.make_release(index, agency, title="Họp báo tuần trước")
    newest = factories.make_release(index, agency, title="Họp báo hôm nay")
    sign_in(page, live_server)

    for release, when in ((older, "3 ngày trước"), (newest, "Vừa xong")):
        page.goto(f"{live_server.url}/admin/pages/{release.pk}/edit/")
        page.locator('[data-side-panel-toggle="status"]').click()
        panel = '[data-side-panel="status"]'
        expect(page.locator(panel)).to_be_visible()
        expect(page.locator(panel)).to_contain_text(f"Xuất bản lần đầu {when}")
        assert visible_english(page, panel) == []
