"""The glossary, glossary-aware machine translation, the reports and PO files."""

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views.edit_translation import apply_machine_translation

from portal_press.models import PressReleasePage, Spokesperson
from tests import factories

GLOSSARY_WITH_DUMMY = {
    "CLASS": "portal_press.localisation.machine_translation.GlossaryTranslator",
    "OPTIONS": {
        "TRANSLATOR": {
            "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
        }
    },
}


@pytest.fixture
def glossary(db):
    call_command("portal_press_load_glossary", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def english(glossary):
    return factories.make_locale("en")


@pytest.fixture
def register(kind, role, english):
    """A department with a translated spokesperson, another with an untranslated one."""
    health = factories.make_agency("Sở Y tế", kind)
    culture = factories.make_agency("Sở Văn hóa, Thể thao và Du lịch", kind)
    translated = factories.make_spokesperson(
        health, role, full_name="Nguyễn Văn An", position="Giám đốc Sở"
    )
    untranslated = factories.make_spokesperson(
        culture, role, full_name="Trần Thị Bình", position="Phó Giám đốc Sở"
    )
    factories.translate(
        translated,
        english,
        {
            "Giám đốc Sở": "Director of the Department of Health",
            "Sở Y tế": "Department of Health",
            kind.name: "Departments",
            role.name: "Regular spokesperson",
        },
    )
    for obj, name in [
        (health, "Department of Health"),
        (kind, "Departments"),
        (role, "Regular spokesperson"),
    ]:
        factories.translate(obj, english, {obj.name: name})
    return translated, untranslated


def test_the_english_directory_lists_everyone_current(client, home, register, english):
    translated, untranslated = register
    directory = factories.make_directory(home)
    factories.translate(home, english)
    english_directory = factories.translate(directory, english)
    # The Vietnamese entry keeps the contact details up to date.
    translated.office_phone = "0290 3999 999"
    translated.save_revision().publish()

    response = client.get(english_directory.url)
    content = response.content.decode()
    assert response.status_code == 200
    people = {
        person.full_name: person
        for _kind, agencies in response.context["groups"]
        for _agency, members in agencies
        for person in members
    }
    assert set(people) == {"Nguyễn Văn An", "Trần Thị Bình"}
    assert people["Nguyễn Văn An"].position == "Director of the Department of Health"
    assert not people["Nguyễn Văn An"].is_untranslated
    assert "tel:+842903999999" in content
    assert people["Trần Thị Bình"].is_untranslated
    assert people["Trần Thị Bình"].position == "Deputy Director"
    assert (
        people["Trần Thị Bình"].agency.name
        == "Department of Culture, Sports and Tourism"
    )
    assert "Not yet translated" in content


@pytest.mark.django_db
def test_machine_translation_uses_the_glossary_and_stays_a_draft(
    settings, register, english, superuser
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = GLOSSARY_WITH_DUMMY
    _translated, person = register
    person.scope = "Du lịch và văn hóa"
    person.save_revision().publish()
    TranslationCreator(superuser, [english]).create_translations(person)
    # The person and, as related objects, the agency are submitted together.
    for obj in (person, person.agency):
        translation = Translation.objects.get(
            source__object_id=obj.translation_key, target_locale=english
        )
        assert apply_machine_translation(
            translation.id, superuser, get_machine_translator()
        )

    machine = dict(
        StringTranslation.objects.filter(locale=english).values_list(
            "translation_of__data", "data"
        )
    )
    assert machine["Phó Giám đốc Sở"] == "Deputy Director"
    assert machine["Sở Văn hóa, Thể thao và Du lịch"] == (
        "Department of Culture, Sports and Tourism"
    )
    assert machine["Du lịch và văn hóa"] == "hóa văn và lịch Du"  # the wrapped dummy
    assert not Spokesperson.objects.get(
        locale=english, translation_key=person.translation_key
    ).live


def test_po_export_and_import_round_trip_for_a_release(
    client, home, release_index, agency, english, superuser
):
    release = factories.make_release(release_index, agency, title="Họp báo quý III")
    factories.translate(home, english)
    factories.translate(release_index, english)
    TranslationCreator(superuser, [english]).create_translations(release)
    translation = Translation.objects.get(
        source__object_id=release.translation_key, target_locale=english
    )
    po = polib.pofile(translation.export_po().__unicode__())
    for entry in po:
        if entry.msgid == "Họp báo quý III":
            entry.msgstr = "Third-quarter press briefing"
    translation.import_po(polib.pofile(po.__unicode__()), user=superuser)
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(user=superuser, publish=True)

    english_release = PressReleasePage.objects.get(
        locale=english, translation_key=release.translation_key
    )
    assert english_release.title == "Third-quarter press briefing"
    assert english_release.reference == release.reference  # synchronised
    assert client.get(english_release.url).status_code == 200


COVERAGE = reverse("portal_press_translation_coverage")
REQUIRED = reverse("portal_press_required_english")


@pytest.mark.parametrize("url", [COVERAGE, REQUIRED])
def test_reports_are_closed_to_users_who_cannot_translate(client, db, url):
    user = get_user_model().objects.create_user("viewer", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(url).status_code in (302, 403)


def test_coverage_report_counts_translated_outdated_and_missing(
    client, superuser, home, release_index, agency, english
):
    up_to_date, outdated, missing = (
        factories.make_release(release_index, agency) for _ in range(3)
    )
    factories.translate(home, english)
    factories.translate(release_index, english)
    factories.translate(up_to_date, english)
    factories.translate(outdated, english)
    outdated.lead = "Đã sửa."
    outdated.save_revision().publish()

    client.force_login(superuser)
    response = client.get(COVERAGE)
    row = next(
        r
        for r in response.context["rows"]
        if r["type"] == "portal_press.pressreleasepage" and r["locale"] == english
    )
    assert row["total"] == 3
    assert row["up_to_date"] == 1
    assert {status.value: count for status, count in row["cells"]} == {
        "missing": 1,
        "draft": 0,
        "outdated": 1,
    }
    detail = client.get(
        COVERAGE,
        {"locale": "en", "type": "portal_press.pressreleasepage", "status": "missing"},
    ).context["detail"]
    ((state, url),) = detail["items"]
    assert state.source == missing
    assert url == reverse("wagtail_localize:submit_page_translation", args=[missing.pk])


def test_required_english_report_checks_each_active_agency(
    client, superuser, register, kind
):
    translated, untranslated = register
    health = translated.agency
    health.functions = "Tham mưu về y tế."
    health.save()
    english_health = health.get_translation(factories.make_locale("en"))
    english_health.functions = "Advises on health."
    english_health.save()
    factories.make_agency("Sở đã đóng", kind, is_active=False)

    client.force_login(superuser)
    response = client.get(REQUIRED)
    rows = {row["agency"].name: row for row in response.context["rows"]}
    assert set(rows) == {"Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"}
    assert rows["Sở Y tế"]["complete"] is False  # source changed after translation
    assert rows["Sở Văn hóa, Thể thao và Du lịch"]["name"]["state"].status == "missing"
    assert [p["state"].status for p in rows["Sở Y tế"]["spokespersons"]] == [
        "up_to_date"
    ]
    assert response.context["complete_count"] == 0


def test_the_english_directory_query_count_does_not_grow(
    client, home, kind, role, english
):
    factories.translate(home, english)
    english_directory = factories.translate(factories.make_directory(home), english)

    def add(count):
        for _ in range(count):
            person = factories.make_spokesperson(
                factories.make_agency(kind=kind), role, position="Phó Giám đốc Sở"
            )
            factories.translate(person, english, {"Phó Giám đốc Sở": "Deputy Director"})
            factories.make_spokesperson(factories.make_agency(kind=kind), role)

    add(2)
    client.get(english_directory.url)
    with CaptureQueriesContext(connection) as few:
        client.get(english_directory.url)
    add(10)
    client.get(english_directory.url)  # the kept chrome, warm again
    with CaptureQueriesContext(connection) as many:
        response = client.get(english_directory.url)
    assert response.context["result_count"] == 24
    assert len(many) == len(few)
