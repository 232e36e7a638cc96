"""Every image an editor places on a public page has alternative text the
editor gave, or is marked decorative and shown with ``alt=""``."""

import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from portal_press.alt_text import MISSING_ALT_TEXT
from portal_press.models import PressReleasePage, ProvincePromotionPage
from tests import factories
from tests.admin_forms import page_form_data

DESCRIPTION = "Đường hoa Xuân bên bờ sông Tiền"
ALT = "Chủ tịch UBND tỉnh cắt băng khai mạc đường hoa Xuân"
PUBLISH = {"action-publish": "action-publish"}


@pytest.fixture
def photo(db):
    return get_image_model().objects.create(
        title="duong-hoa", description=DESCRIPTION, file=get_test_image_file()
    )


def image_block(photo, alt_text="", decorative=False):
    value = {"image": photo.pk, "alt_text": alt_text, "caption": "", "credit": ""}
    if decorative:
        value["decorative"] = "on"
    return ("image", value)


def release_form(index, user, agency, body, **fields):
    released_at = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    given = {
        "title": "Khai mạc đường hoa Xuân",
        "slug": "duong-hoa-xuan",
        "issuing_agency": agency.pk,
        "released_at": released_at,
        "lead": "Đường hoa Xuân mở cửa đón khách.",
        "body": streamfield(body),
        **fields,
    }
    return page_form_data(PressReleasePage, index, user, **nested_form_data(given))


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=["portal_press", model, parent.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def images(response):
    """The ``alt`` of each ``<img>`` in the page's main content, in order."""
    main = response.content.decode().split("<main", 1)[1]
    return re.findall(r'<img\b[^>]*\balt="([^"]*)"', main)


def shown_message(response, message):
    """Whether ``message`` reaches the editor: block errors travel to the
    admin's script as JSON in the page."""
    return json.dumps(str(message))[1:-1] in response.content.decode()


def test_a_release_with_an_image_and_no_alt_text_is_refused_in_both_languages(
    editor_client, superuser, release_index, agency, photo
):
    url = add_url("pressreleasepage", release_index)
    data = release_form(
        release_index, superuser, agency, [image_block(photo)], **PUBLISH
    )

    vietnamese = editor_client.post(url, data)
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    english = editor_client.post(url, data)

    assert vietnamese.status_code == english.status_code == 200
    with translation.override("vi"):
        assert shown_message(vietnamese, MISSING_ALT_TEXT)
        assert "trang trí" in str(MISSING_ALT_TEXT)
    with translation.override("en"):
        assert shown_message(english, MISSING_ALT_TEXT)
        assert "decorative" in str(MISSING_ALT_TEXT)
    assert not PressReleasePage.objects.exists()


def test_an_edit_adding_an_image_without_alt_text_changes_nothing(
    editor_client, superuser, release_index, agency, photo
):
    release = factories.make_release(release_index, agency)
    release.body = [("paragraph", "<p>Nội dung.</p>")]
    release.save_revision().publish()
    revisions = release.revisions.count()
    data = release_form(
        release_index,
        superuser,
        agency,
        [("paragraph", rich_text("<p>Nội dung.</p>")), image_block(photo)],
        title=release.title,
        slug=release.slug,
        lead=release.lead,
        minor_change="on",
        **PUBLISH,
    )

    response = editor_client.post(edit_url(release), data)

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["body"]
    assert shown_message(response, MISSING_ALT_TEXT)
    release = PressReleasePage.objects.get(pk=release.pk)
    assert [block.block_type for block in release.body] == ["paragraph"]
    assert release.revisions.count() == revisions


def test_the_alt_text_given_is_read_on_the_public_page(
    editor_client, client, superuser, release_index, agency, photo
):
    data = release_form(
        release_index, superuser, agency, [image_block(photo, ALT)], **PUBLISH
    )
    response = editor_client.post(add_url("pressreleasepage", release_index), data)
    assert response.status_code == 302, response.context["form"].errors

    release = PressReleasePage.objects.get(slug="duong-hoa-xuan")
    assert release.live
    assert images(client.get(release.url)) == [ALT]


def test_a_decorative_image_is_shown_with_an_empty_alt(
    editor_client, client, superuser, release_index, agency, photo
):
    # Text typed before "decorative" was ticked is not read out either.
    body = [image_block(photo, "Ảnh nền", decorative=True)]
    data = release_form(release_index, superuser, agency, body, **PUBLISH)
    response = editor_client.post(add_url("pressreleasepage", release_index), data)
    assert response.status_code == 302, response.context["form"].errors

    release = PressReleasePage.objects.get(slug="duong-hoa-xuan")
    assert images(client.get(release.url)) == [""]


def test_a_draft_may_be_saved_before_its_alt_text_is_written(
    editor_client, superuser, release_index, agency, photo
):
    data = release_form(release_index, superuser, agency, [image_block(photo)])
    response = editor_client.post(add_url("pressreleasepage", release_index), data)
    assert response.status_code == 302, response.context["form"].errors
    draft = PressReleasePage.objects.get(slug="duong-hoa-xuan")
    assert not draft.live

    publish = release_form(
        release_index, superuser, agency, [image_block(photo)], **PUBLISH
    )
    refused = editor_client.post(edit_url(draft), publish)
    assert refused.status_code == 200
    assert shown_message(refused, MISSING_ALT_TEXT)
    assert not PressReleasePage.objects.get(pk=draft.pk).live


def test_images_saved_before_the_rule_still_show_with_their_description(
    client, release_index, agency, photo
):
    untitled = get_image_model().objects.create(
        title="Cầu Mỹ Thuận", file=get_test_image_file()
    )
    saved_before = [
        {"image": image.pk, "alt_text": "", "caption": "", "credit": ""}
        for image in (photo, untitled)
    ]
    release = factories.make_release(
        release_index,
        agency,
        body=json.dumps([{"type": "image", "value": v} for v in saved_before]),
    )
    assert images(client.get(release.url)) == [DESCRIPTION, "Cầu Mỹ Thuận"]


def promotion_form(page, user, **fields):
    given = {"title": page.title, "slug": page.slug, **fields, **PUBLISH}
    return page_form_data(ProvincePromotionPage, page.get_parent(), user, **given)


@pytest.mark.parametrize(
    ("fields", "alt"),
    [({"hero_image_alt": ALT}, ALT), ({"hero_image_decorative": "on"}, "")],
)
def test_a_hero_image_is_shown_with_the_alt_text_given_beside_it(
    editor_client, client, superuser, home, photo, fields, alt
):
    page = factories.make_promotion(home)
    data = promotion_form(page, superuser, hero_image=photo.pk, **fields)
    response = editor_client.post(edit_url(page), data)
    assert response.status_code == 302, response.context["form"].errors
    assert images(client.get(page.url)) == [alt]


def test_a_hero_image_without_alt_text_is_refused_in_both_languages(
    editor_client, superuser, home, photo
):
    page = factories.make_promotion(home)
    data = promotion_form(page, superuser, hero_image=photo.pk)

    response = editor_client.post(edit_url(page), data)

    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert list(errors) == ["hero_image_alt"]
    for language, word in (("vi", "trang trí"), ("en", "decorative")):
        with translation.override(language):
            assert word in str(errors["hero_image_alt"][0].messages[0])
    assert ProvincePromotionPage.objects.get(pk=page.pk).hero_image is None


def test_a_hero_image_chosen_before_the_rule_shows_with_its_description(
    client, home, photo
):
    page = factories.make_promotion(home, hero_image=photo)
    assert images(client.get(page.url)) == [DESCRIPTION]


def test_the_api_gives_a_hero_image_with_the_alt_the_page_shows(client, home, photo):
    page = factories.make_promotion(
        home, hero_image=photo, hero_image_alt=ALT, introduction="Phù Sa."
    )
    detail = client.get(f"/api/v2/promotion/{page.pk}/").json()
    assert detail["hero_image"]["url"]
    assert detail["hero_image_alt"] == ALT
