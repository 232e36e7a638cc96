"""1. An officer writes a release and submits it; a leader of the same agency
approves it; a visitor finds it; an officer of another agency cannot open it.

Each person has a browser of their own and signs in by typing into the
Vietnamese admin's sign-in form. Screenshots (desktop and phone) go to
docs/screenshots/latest/.
"""

import re
from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from PIL import Image

from portal_press.editorial.workflow import setup_workflow
from portal_press.models import Agency, AgencyGroupRole, PressReleasePage, Spokesperson

from .conftest import DESKTOP, _context, snap

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Khai mạc Lễ hội Đờn ca tài tử năm 2026"
LEAD = "Sở Văn hóa, Thể thao và Du lịch tổ chức lễ hội ở quảng trường tỉnh."
PARAGRAPH = "Lễ hội kéo dài ba ngày, với mười hai đoàn nghệ thuật tham dự."
TAG = "lễ hội"
IMAGE_DESCRIPTION = "Đường hoa Xuân bên bờ sông Tiền"
ALT_TEXT = "Du khách chụp ảnh trên đường hoa Xuân bên bờ sông Tiền"
WORKFLOW = "Soạn thảo → Lãnh đạo duyệt → Xuất bản"


def portal_spokesperson(name):
    return Spokesperson.objects.get(full_name=name)


def member(agency, role, username):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.com", "pw"
    )
    user.groups.add(agency.editorial_groups.get(role=role).group)
    return user


@pytest.fixture
def staff(portal):
    """The culture department's officer and leader, and the health
    department's officer, under the shipped workflow."""
    setup_workflow()
    culture = portal.release.issuing_agency
    health = Agency.objects.get(name="Sở Y tế")
    return {
        "officer": member(culture, AgencyGroupRole.OFFICERS, "canbo.vhttdl"),
        "leader": member(culture, AgencyGroupRole.LEADERS, "lanhdao.vhttdl"),
        "other officer": member(health, AgencyGroupRole.OFFICERS, "canbo.yte"),
    }


@contextmanager
def own_browser(browser):
    context = _context(browser, DESKTOP)
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        yield page
    finally:
        context.close()


def sign_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.get_by_label("Tên đăng nhập").press_sequentially(username)
    page.get_by_placeholder("Nhập mật khẩu").press_sequentially("pw")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def test_an_officer_writes_a_leader_approves_a_visitor_finds(
    browser, live_server, portal, staff, tmp_path
):
    photo = tmp_path / "duong-hoa.png"
    Image.new("RGB", (640, 400), (11, 79, 138)).save(photo)
    with own_browser(browser) as page:
        sign_in(page, live_server, "canbo.vhttdl")
        page.goto(f"{live_server.url}/admin/pages/{portal.newsroom.pk}/add_subpage/")
        page.wait_for_url(re.compile(r"/add/portal_press/pressreleasepage/"))
        page.locator('input[name="title"]').press_sequentially(TITLE)
        page.get_by_role("textbox", name=re.compile("^Sapo")).press_sequentially(LEAD)
        page.get_by_role("button", name="Chèn khối").click()
        page.get_by_role("option", name="Đoạn văn").click()
        body = page.locator('[data-contentpath="body"]').get_by_role("textbox")
        body.press_sequentially(PARAGRAPH)
        page.locator('[data-contentpath="body"]').get_by_role(
            "button", name="Chèn khối"
        ).last.click()
        page.get_by_role("option", name="Ảnh", exact=True).click()
        page.get_by_role("button", name="Chọn hình ảnh").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_role("tab", name="Tải lên").click()
        dialog.locator('input[type="file"]').set_input_files(photo)
        # The title is typed over the one taken from the file name.
        title = dialog.get_by_role("textbox", name=re.compile("^Tiêu đề"))
        expect(title).to_have_value("duong-hoa")
        title.fill("Đường hoa Xuân bên sông")
        dialog.get_by_role("textbox", name="Mô tả").fill(IMAGE_DESCRIPTION)
        dialog.get_by_role("button", name="Tải lên").click()
        expect(dialog).to_be_hidden()
        chosen = page.locator('[data-contentpath="body"] img[data-chooser-image]')
        expect(chosen).to_be_visible()
        # Choosing the image offers its description as the alternative text;
        # the officer says what it shows in this release.
        alt = page.locator('[data-contentpath="body"]').get_by_role(
            "textbox", name=re.compile("^văn bản thay thế", re.I)
        )
        expect(alt).to_have_value(IMAGE_DESCRIPTION)
        alt.fill(ALT_TEXT)
        tags = page.locator('main [data-contentpath="tags"] .tagit-new input')
        tags.press_sequentially(TAG)
        tags.press("Enter")
        expect(page.locator("main .tagit-choice")).to_have_text([re.compile(TAG)])
        page.locator('[data-contentpath="issuing_agency"]').get_by_role(
            "button"
        ).first.click()
        page.get_by_role("link", name="Sở Văn hóa, Thể thao và Du lịch").click()
        page.wait_for_selector(
            f'input[name="issuing_agency"][value="{portal.release.issuing_agency.pk}"]',
            state="attached",
        )
        page.get_by_role("button", name="Thêm Đầu mối liên hệ báo chí").click()
        page.get_by_role("button", name="Chọn người phát ngôn").click()
        page.get_by_role("dialog").get_by_role("link", name="Trần Minh Quân").click()
        expect(page.locator("#id_media_contacts-0-spokesperson")).to_have_value(
            str(portal_spokesperson("Trần Minh Quân").pk)
        )
        # The editor saves the new release in the background once it is
        # valid, and the form then edits that page: submitting before the
        # background save is back would make a second page.
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
        expect(page.locator("#w-autosave-indicator")).to_have_attribute(
            "data-w-autosave-state-value", "saved"
        )
        snap(page, "officer-writes")
        page.get_by_role("button", name="Thao tác khác").click()
        page.get_by_role("button", name=f"Gửi vào quy trình {WORKFLOW}").click()
        page.wait_for_url(f"{live_server.url}/admin/pages/{portal.newsroom.pk}/")
        expect(page.locator(".messages")).to_contain_text(
            f"Trang '{TITLE}' đã được gửi kiểm duyệt."
        )
    release = PressReleasePage.objects.get(title=TITLE)
    assert not release.live
    assert release.issuing_agency == portal.release.issuing_agency
    assert [str(tag) for tag in release.tags.all()] == [TAG]
    assert PARAGRAPH in str(release.body[0].value)
    assert release.body[1].value["image"].description == IMAGE_DESCRIPTION
    assert release.body[1].value["alt_text"] == ALT_TEXT
    assert [
        contact.spokesperson.full_name for contact in release.media_contacts.all()
    ] == ["Trần Minh Quân"]

    with own_browser(browser) as page:
        sign_in(page, live_server, "lanhdao.vhttdl")
        waiting = page.locator(
            "section", has=page.get_by_role("heading", name="Thông cáo chờ phê duyệt")
        )
        expect(waiting.get_by_role("row", name=re.compile(TITLE))).to_contain_text(
            "Sở Văn hóa, Thể thao và Du lịch"
        )
        snap(page, "leader-dashboard")
        waiting.get_by_role("link", name=TITLE).click()
        page.wait_for_url(f"{live_server.url}/admin/pages/{release.pk}/edit/")
        page.get_by_role("button", name="Thao tác khác").click()
        page.get_by_role("button", name="Phê duyệt và xuất bản", exact=True).click()
        page.wait_for_url(f"{live_server.url}/admin/pages/{portal.newsroom.pk}/")
        expect(page.locator(".messages")).to_contain_text(
            f"Đã cập nhật trang '{TITLE}'."
        )
    release.refresh_from_db()
    assert release.live

    with own_browser(browser) as page:
        page.goto(f"{live_server.url}{portal.newsroom.url}")
        newest = page.locator(".pp-list__item").first
        expect(newest.get_by_role("link", name=TITLE)).to_be_visible()
        expect(newest).to_contain_text("Sở Văn hóa, Thể thao và Du lịch")
        snap(page, "newsroom-new-release")
        search = page.get_by_role("combobox", name="Tìm kiếm trên cổng thông tin")
        search.press_sequentially("le hoi don ca tai tu")
        search.press("Enter")
        page.wait_for_url(re.compile(r"/search/\?q=le\+hoi\+don\+ca\+tai\+tu"))
        hit = page.locator(".pp-hit", has=page.get_by_role("link", name=TITLE))
        expect(hit.locator(".pp-hit__type")).to_have_text("Thông cáo báo chí")
        snap(page, "search-new-release")
        hit.get_by_role("link", name=TITLE).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
        expect(page.get_by_text(PARAGRAPH)).to_be_visible()
        photo = page.get_by_role("img", name=ALT_TEXT)
        expect(photo).to_be_visible()
        page.wait_for_function(
            "image => image.complete && image.naturalWidth > 0",
            arg=photo.element_handle(),
        )
        expect(page.get_by_text("Trần Minh Quân")).to_be_visible()
        snap(page, "new-release")

    with own_browser(browser) as page:
        sign_in(page, live_server, "canbo.yte")
        page.goto(f"{live_server.url}/admin/pages/{release.pk}/edit/")
        page.wait_for_url(f"{live_server.url}/admin/")
        expect(page.locator(".messages")).to_contain_text(
            "Xin lỗi, bạn không có quyền truy cập khu vực này."
        )
        expect(page.get_by_role("textbox", name=re.compile("^Tiêu đề"))).to_have_count(
            0
        )
        snap(page, "other-agency-refused")
