"""Slugs of new pages: folded from Vietnamese, never blocked by an abandoned draft."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from portal_press.models import PressReleasePage
from portal_press.slugs import fold_latin, folded_slug, slug_formatters
from tests import factories
from tests.admin_forms import page_form_data


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Thông cáo báo chí", "thong-cao-bao-chi"),
        ("ĐÀO TẠO cán bộ phát ngôn", "dao-tao-can-bo-phat-ngon"),
        ("Hội nghị tập huấn: “Kỹ năng” 2026", "hoi-nghi-tap-huan-ky-nang-2026"),
        ("Thông cáo báo chí", "thong-cao-bao-chi"),
    ],
)
def test_a_vietnamese_title_gives_an_ascii_slug(title, slug):
    assert folded_slug(title) == slug


def test_decomposed_marks_fold_like_composed_ones():
    import unicodedata

    assert folded_slug(unicodedata.normalize("NFD", "Đặng Quốc Bảo")) == (
        "dang-quoc-bao"
    )


def test_other_scripts_are_left_as_wagtail_allows():
    assert folded_slug("卫生厅 Sở Y tế") == "卫生厅-so-y-te"


def test_the_browser_folds_with_the_same_table_as_the_server():
    """Applying the slug field's formatters in order gives ``fold_latin``."""
    import re

    text = "Ủy ban nhân dân tỉnh Đồng Tháp ĐÀO TẠO"
    for pattern, replacement in slug_formatters():
        text = re.sub(pattern, replacement, text)
    assert text == fold_latin("Ủy ban nhân dân tỉnh Đồng Tháp ĐÀO TẠO")
    assert text.isascii()


def add_url(parent, model="pressreleasepage"):
    return reverse("wagtailadmin_pages:add", args=["portal_press", model, parent.pk])


def release_data(release_index, superuser, agency, **fields):
    return page_form_data(
        PressReleasePage,
        release_index,
        superuser,
        issuing_agency=agency.pk,
        released_at=timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        lead="Ủy ban nhân dân tỉnh thông tin về kết quả phát triển kinh tế.",
        **fields,
    )


def test_the_slug_field_folds_vietnamese_in_the_browser(editor_client, release_index):
    response = editor_client.get(add_url(release_index))
    field = BeautifulSoup(response.content.decode(), "html.parser").select_one(
        'input[name="slug"]'
    )
    formatters = json.loads(field["data-w-slug-formatters-value"])
    replaced = {replacement for _regex, replacement in formatters}
    assert "d" in replaced and "a" in replaced
    assert any("đ" in regex[0] and "Đ" in regex[0] for regex, _r in formatters)


def test_a_page_saved_in_code_without_a_slug_gets_a_folded_one(release_index, agency):
    page = factories.make_release(
        release_index, agency, title="Đường hoa Xuân", slug=""
    )
    assert page.slug == "duong-hoa-xuan"


def test_a_typed_vietnamese_slug_is_folded(
    editor_client, release_index, agency, superuser
):
    data = release_data(
        release_index, superuser, agency, title="Họp báo", slug="họp-báo-quý-một"
    )
    assert editor_client.post(add_url(release_index), data).status_code == 302
    assert PressReleasePage.objects.get(title="Họp báo").slug == "hop-bao-quy-mot"


def abandon_a_form(editor_client, release_index, superuser, agency, title):
    """What the admin's background save sends while an editor types a title
    (the slug field follows the title)."""
    slug = folded_slug(title)
    data = release_data(release_index, superuser, agency, title=title, slug=slug)
    response = editor_client.post(
        add_url(release_index), data, headers={"Accept": "application/json"}
    )
    assert response.json()["success"] is True
    return PressReleasePage.objects.get(title=title)


def test_an_abandoned_draft_does_not_block_a_new_page_with_the_same_title(
    editor_client, release_index, agency, superuser
):
    draft = abandon_a_form(
        editor_client, release_index, superuser, agency, "Thông cáo báo chí"
    )
    assert draft.slug == "thong-cao-bao-chi" and not draft.live

    data = release_data(
        release_index,
        superuser,
        agency,
        title="Thông cáo báo chí",
        slug="thong-cao-bao-chi",
        **{"action-publish": "1"},
    )
    response = editor_client.post(add_url(release_index), data)
    assert response.status_code == 302
    page = PressReleasePage.objects.get(title="Thông cáo báo chí", live=True)
    assert page.slug == "thong-cao-bao-chi-2"
    (message,) = [str(m) for m in get_messages(response.wsgi_request)][-1:]
    assert "thong-cao-bao-chi" in message and "bản nháp" in message
    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in message


def test_the_background_save_tells_the_open_form_its_new_slug(
    editor_client, release_index, agency, superuser
):
    abandon_a_form(editor_client, release_index, superuser, agency, "Họp báo")
    data = release_data(
        release_index, superuser, agency, title="Họp báo", slug="hop-bao"
    )
    response = editor_client.post(
        add_url(release_index), data, headers={"Accept": "application/json"}
    )
    assert response.json()["field_updates"]["slug"] == "hop-bao-2"


def test_a_slug_held_by_a_published_page_is_a_vietnamese_error_naming_it(
    editor_client, release_index, agency, superuser
):
    published = factories.make_release(
        release_index, agency, title="Họp báo quý I", slug="hop-bao-quy-i"
    )
    data = release_data(
        release_index, superuser, agency, title="Họp báo quý I", slug="hop-bao-quy-i"
    )
    response = editor_client.post(add_url(release_index), data)
    assert response.status_code == 200
    (error,) = response.context["form"].errors["slug"]
    assert "Họp báo quý I" in error and "hop-bao-quy-i-2" in error
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    link = soup.find("a", href=reverse("wagtailadmin_pages:edit", args=[published.pk]))
    assert link is not None and link.get_text(strip=True) == "Họp báo quý I"
    assert "already in use" not in response.content.decode()


def test_an_existing_page_keeps_its_unicode_slug_when_edited(
    editor_client, release_index, agency, superuser
):
    page = factories.make_release(
        release_index, agency, title="Bài cũ", slug="bài-cũ", publish=False
    )
    data = release_data(release_index, superuser, agency, title="Bài cũ", slug="bài-cũ")
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), data
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.slug == "bài-cũ"
