"""The glossary machine translator says what it changed, or that nothing changed."""

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import resolve, reverse
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from tests import factories

GLOSSARY_ONLY = {
    "CLASS": "portal_press.localisation.machine_translation.GlossaryTranslator",
    "OPTIONS": {},
}
GLOSSARY_WITH_DUMMY = {
    **GLOSSARY_ONLY,
    "OPTIONS": {
        "TRANSLATOR": {
            "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
        }
    },
}


@pytest.fixture
def english(db):
    call_command("portal_press_load_glossary", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return factories.make_locale("en")


def translation_for(instance, english, user):
    TranslationCreator(user, [english]).create_translations(instance)
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale=english
    )


def run(client, translation):
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    response = client.post(url, {"next": "/admin/"})
    assert response.status_code == 302
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_editors_button_reaches_the_reporting_view():
    url = reverse("wagtail_localize:machine_translate", args=[1])
    assert resolve(url).url_name == "portal_press_machine_translate"


def test_nothing_in_the_glossary_is_reported_as_nothing_translated(
    settings, editor_client, english, agency, role, superuser
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = GLOSSARY_ONLY
    person = factories.make_spokesperson(
        agency, role, position="Cán bộ phụ trách truyền thông số"
    )
    translation = translation_for(person, english, superuser)
    missing = translation.get_progress()[0] - translation.get_progress()[1]

    (message,) = run(editor_client, translation)
    assert "Không dịch được đoạn nào" in message
    assert str(missing) in message
    assert "Successfully" not in message and "thành công" not in message
    assert not StringTranslation.objects.filter(locale=english).exists()


def test_glossary_names_are_counted_in_the_report(
    settings, editor_client, english, kind, role, superuser
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = GLOSSARY_ONLY
    health = factories.make_agency("Sở Y tế", kind, functions="Tham mưu về y tế.")
    translation = translation_for(health, english, superuser)
    total, before = translation.get_progress()

    (message,) = run(editor_client, translation)
    filled = translation.get_progress()[1] - before
    assert filled >= 1
    assert f"Đã dịch {filled} trên {total - before} đoạn" in message
    assert "tên gọi chính thức" in message
    assert "vẫn cần người dịch" in message


def test_a_wrapped_translator_filling_everything_is_reported_so(
    settings, editor_client, english, kind, superuser
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = GLOSSARY_WITH_DUMMY
    health = factories.make_agency("Sở Y tế", kind, functions="Tham mưu về y tế.")
    translation = translation_for(health, english, superuser)

    (message,) = run(editor_client, translation)
    total, translated = translation.get_progress()
    assert translated == total
    assert "Đã dịch" in message and "vẫn cần người dịch" not in message


def test_running_it_again_says_there_is_nothing_left(
    settings, editor_client, english, kind, superuser
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = GLOSSARY_WITH_DUMMY
    health = factories.make_agency("Sở Y tế", kind)
    translation = translation_for(health, english, superuser)
    run(editor_client, translation)
    *_first_run, message = run(editor_client, translation)
    assert "Không còn gì để dịch" in message


def test_a_user_who_cannot_edit_the_translation_is_refused(
    settings, client, english, kind, superuser
):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = GLOSSARY_ONLY
    translation = translation_for(
        factories.make_agency("Sở Y tế", kind), english, superuser
    )
    user = get_user_model().objects.create_user("viewer", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    response = client.post(url, {"next": "/admin/"})
    assert response.status_code in (302, 403)
    assert not StringTranslation.objects.filter(locale=english).exists()
