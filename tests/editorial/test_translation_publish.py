"""A translation goes live only translated, or when the editor confirms, and
then the public page says that part of it is still in Vietnamese."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import GroupPagePermission, PageLogEntry
from wagtail_localize.models import Translation

from portal_press.editorial.translation_publish import CONFIRM_FIELD
from portal_press.models import PressReleasePage, Spokesperson
from tests import factories

TITLE, LEAD = "Họp báo quý III", "Tỉnh thông tin kết quả kinh tế quý III."
ENGLISH_TITLE, ENGLISH_LEAD = "Q3 press conference", "The province reports Q3."
NOTICE = "Part of this page is not yet translated and is shown in Vietnamese."


@pytest.fixture
def english(db):
    return factories.make_locale("en")


@pytest.fixture
def english_release(home, release_index, agency, english):
    """A live Vietnamese release and its English draft, title translated only."""
    factories.translate(home, english, {"Trang chủ": "Home"})
    factories.translate(release_index, english)
    release = factories.make_release(release_index, agency, title=TITLE, lead=LEAD)
    return factories.translate(release, english, {TITLE: ENGLISH_TITLE}, publish=False)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def translate_the_rest(page):
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    from wagtail_localize.models import StringTranslation

    for segment in translation.source.stringsegment_set.select_related("string"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=page.locale,
            context=segment.context,
            defaults={
                "data": {TITLE: ENGLISH_TITLE, LEAD: ENGLISH_LEAD}.get(
                    segment.string.data, segment.string.data
                )
            },
        )


def publish(client, page, confirm=False, capture=None):
    data = {"action": "publish"}
    if confirm:
        data[CONFIRM_FIELD] = "1"
    with capture(execute=True):
        return client.post(edit_url(page), data)


def test_publishing_an_unfinished_translation_asks_first(
    editor_client, english_release, django_capture_on_commit_callbacks
):
    response = publish(
        editor_client, english_release, capture=django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    assert "/publish-unfinished/" in response["Location"]
    english_release.refresh_from_db()
    assert not english_release.live

    page = editor_client.get(response["Location"])
    assert page.status_code == 200
    text = " ".join(BeautifulSoup(page.content, "html.parser").get_text().split())
    assert "chưa được dịch" in text and LEAD in text
    assert "Xuất bản bản dịch chưa hoàn thành" in text
    form = BeautifulSoup(page.content, "html.parser").select_one("form[action]")
    assert form["action"] == edit_url(english_release)
    assert form.select_one(f'input[name="{CONFIRM_FIELD}"]')["value"] == "1"


def test_a_confirmed_unfinished_translation_goes_live_and_says_so(
    editor_client, client, english_release, django_capture_on_commit_callbacks
):
    response = publish(
        editor_client,
        english_release,
        confirm=True,
        capture=django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    english_release.refresh_from_db()
    assert english_release.live

    public = client.get(english_release.url)
    assert public.status_code == 200
    assert NOTICE in " ".join(public.content.decode().split())
    entry = PageLogEntry.objects.get(
        page=english_release, action="portal_press.publish_partial_translation"
    )
    assert entry.data["revision"] == english_release.live_revision_id

    history = editor_client.get(
        reverse("wagtailadmin_pages:history", args=[english_release.pk])
    )
    assert "chưa được dịch" in history.content.decode()


def test_a_finished_translation_is_published_without_asking_or_notice(
    editor_client, client, english_release, django_capture_on_commit_callbacks
):
    translate_the_rest(english_release)
    response = publish(
        editor_client, english_release, capture=django_capture_on_commit_callbacks
    )
    assert "/publish-unfinished/" not in response["Location"]
    english_release.refresh_from_db()
    assert english_release.live
    assert NOTICE not in client.get(english_release.url).content.decode()


def test_the_notice_goes_once_the_finished_translation_is_published(
    editor_client, client, english_release, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    publish(editor_client, english_release, confirm=True, capture=capture)
    translate_the_rest(english_release)
    publish(editor_client, english_release, capture=capture)
    english_release.refresh_from_db()
    page = client.get(english_release.url).content.decode()
    assert ENGLISH_LEAD in page
    assert NOTICE not in " ".join(page.split())


def test_the_notice_reads_in_the_readers_language(
    english_release, editor_client, client, django_capture_on_commit_callbacks
):
    chinese = factories.make_locale("zh-hans")
    source = PressReleasePage.objects.get(title=TITLE, locale__language_code="vi")
    factories.translate(source.get_parent().get_parent(), chinese)
    factories.translate(source.get_parent(), chinese)
    draft = factories.translate(
        source, chinese, {TITLE: "第三季度新闻发布会"}, publish=False
    )
    publish(
        editor_client, draft, confirm=True, capture=django_capture_on_commit_callbacks
    )
    draft.refresh_from_db()
    assert (
        "本页面部分内容尚未翻译，以越南语显示。"
        in client.get(draft.url).content.decode()
    )


def test_only_someone_who_may_publish_reaches_the_confirmation(
    client, english_release, home
):
    translation = Translation.objects.get(
        source__object_id=english_release.translation_key,
        target_locale=english_release.locale,
    )
    editors = Group.objects.create(name="Biên tập viên")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=editors,
        page=home.get_parent(),
        permission=Permission.objects.get(codename="change_page"),
    )
    user = get_user_model().objects.create_user("bientap", password="pw")
    user.groups.add(editors)
    client.force_login(user)
    url = reverse("portal_press_confirm_partial_publish", args=[translation.pk])
    response = client.get(url)
    # Wagtail answers a refused admin page with a redirect to the dashboard.
    assert response.status_code == 403 or response["Location"] == "/admin/"


def test_an_unfinished_spokesperson_translation_also_asks_first(
    editor_client, agency, role, english, django_capture_on_commit_callbacks
):
    person = factories.make_spokesperson(agency, role, position="Giám đốc Sở")
    draft = factories.translate(person, english, publish=False)
    url = reverse("wagtailsnippets_portal_press_spokesperson:edit", args=[draft.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, {"action": "publish"})
    assert "/publish-unfinished/" in response["Location"]
    assert editor_client.get(response["Location"]).status_code == 200
    assert not Spokesperson.objects.get(pk=draft.pk).live


def test_a_bulk_publication_leaves_unfinished_translations_alone(
    editor_client, english_release
):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = editor_client.post(
        f"{url}?id={english_release.pk}&next=/admin/", {"include_descendants": ""}
    )
    assert response.status_code == 302
    english_release.refresh_from_db()
    assert not english_release.live
    (message,) = [str(m) for m in get_messages(response.wsgi_request)]
    assert "Chưa xuất bản trang nào" in message and ENGLISH_TITLE in message


def test_a_bulk_publication_of_finished_translations_goes_ahead(
    editor_client, english_release
):
    translate_the_rest(english_release)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    editor_client.post(
        f"{url}?id={english_release.pk}&next=/admin/", {"include_descendants": ""}
    )
    english_release.refresh_from_db()
    assert english_release.live
