"""An officer reads the Wagtail admin and the translation editor in Vietnamese."""

import json
import re

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from wagtail.admin.menu import admin_menu

from portal_press.wagtail_vi import checks
from portal_press.wagtail_vi.coverage import CATALOGUES, measure, total

VIETNAMESE = {"HTTP_ACCEPT_LANGUAGE": "vi"}


def js_catalogue(response):
    """The msgid → translation mapping a JavaScript catalogue response defines."""
    assert response.status_code == 200
    match = re.search(r"const newcatalog = (\{.*?\});\n", response.text, re.S)
    assert match, "not a Django JavaScript catalogue"
    return json.loads(match.group(1))


def test_every_admin_catalogue_is_at_least_nine_tenths_vietnamese():
    shares = measure("vi")
    assert {(s.app, s.domain) for s in shares} == set(CATALOGUES)
    below = {f"{s.app} ({s.domain})": f"{s.ratio:.0%}" for s in shares if s.ratio < 0.9}
    assert not below
    assert total(shares).ratio >= 0.9


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("Sign in to Wagtail", "Đăng nhập vào Wagtail"),
        ("Dashboard", "Bảng điều khiển"),
        ("Pages", "Trang"),
        ("Save draft", "Lưu bản nháp"),
        ("Publish", "Xuất bản"),
        ("Unpublish", "Hủy xuất bản"),
        ("Submit for moderation", "Gửi kiểm duyệt"),
        ("Approve", "Phê duyệt"),
        ("Convert to alias", "Chuyển thành bí danh"),
        ("Snippets", "Mục dùng chung"),
    ],
)
def test_the_strings_an_officer_meets_first_are_vietnamese(english, vietnamese):
    with translation.override("vi"):
        assert translation.gettext(english) == vietnamese


def test_an_approval_step_label_keeps_its_space_before_publish():
    with translation.override("vi"):
        label = translation.gettext("%(label)s and Publish") % {"label": "Phê duyệt"}
    assert label == "Phê duyệt và xuất bản"


def test_the_sign_in_page_is_vietnamese(client, db):
    response = client.get("/admin/login/", **VIETNAMESE)
    assert "Đăng nhập vào Wagtail" in response.text
    assert "Sign in to Wagtail" not in response.text


def test_the_main_menu_says_trang_for_pages(rf, superuser):
    request = rf.get("/admin/")
    request.user = superuser
    with translation.override("vi"):
        labels = {
            str(item.label) for item in admin_menu.menu_items_for_request(request)
        }
    assert {"Trang", "Hình ảnh", "Tài liệu", "Báo cáo", "Cài đặt"} <= labels


def test_the_page_editor_offers_save_draft_and_publish_in_vietnamese(
    editor_client, release_index
):
    response = editor_client.get(f"/admin/pages/{release_index.pk}/edit/", **VIETNAMESE)
    assert response.status_code == 200
    for text in ["Lưu bản nháp", "Xuất bản", "Xem trước", "Lịch sử"]:
        assert text in response.text


def test_the_admin_javascript_catalogue_is_vietnamese(client, db):
    catalogue = js_catalogue(client.get("/admin/jsi18n/", **VIETNAMESE))
    assert catalogue["Page explorer"] == "Trình duyệt trang"
    assert catalogue["Changes have been autosaved."] == "Đã tự động lưu các thay đổi."
    assert catalogue["Save"] == "Lưu"


def test_the_translation_editor_javascript_catalogue_is_vietnamese(editor_client):
    response = editor_client.get("/admin/localize/jsi18n/", **VIETNAMESE)
    catalogue = js_catalogue(response)
    assert catalogue["Translate with "] == "Dịch bằng "
    assert catalogue["Convert to alias page"] == "Chuyển thành trang bí danh"


def test_the_coverage_command_prints_every_catalogue_and_the_total(capsys):
    call_command("portal_press_admin_catalogue_coverage")
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith("total")
    assert any(line.startswith("wagtail.admin (djangojs)") for line in lines)


def test_a_site_without_the_catalogue_in_locale_paths_is_warned():
    with override_settings(LOCALE_PATHS=[]):
        warnings = checks.check_javascript_catalogue()
    assert [w.id for w in warnings] == ["portal_press_wagtail_vi.W002"]
    assert checks.check_javascript_catalogue() == []


def test_the_precedence_check_names_the_wagtail_apps_listed_ahead():
    names = ["wagtail.admin", "portal_press", "portal_press.wagtail_vi", "wagtail"]
    assert checks.upstream_apps_ahead(names) == ["wagtail.admin"]
    assert checks.check_catalogue_precedence() == []
