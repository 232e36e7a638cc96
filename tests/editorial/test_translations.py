"""One row per item: admin lists, filters, choosers and the dashboard show a
translated item once, in Vietnamese, with a link to each translation."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from tests import factories

SPOKESPERSONS = reverse("wagtailsnippets_portal_press_spokesperson:list")
AGENCIES = reverse("wagtailsnippets_portal_press_agency:list")
KINDS = reverse("wagtailsnippets_portal_press_agencykind:list")
RELEASES = reverse("press_releases:index")
AGENCY_CHOOSER = reverse("wagtailsnippetchoosers_portal_press_agency:choose")
DASHBOARD = reverse("wagtailadmin_home")
DAY = datetime.timedelta(days=1)


@pytest.fixture
def english(db):
    return factories.make_locale("en")


@pytest.fixture
def chinese(db):
    return factories.make_locale("zh-hans")


@pytest.fixture
def translated_register(kind, role, english, chinese):
    """Two agencies in three languages, a spokesperson in two, one untranslated."""
    health = factories.make_agency("Sở Y tế", kind)
    culture = factories.make_agency("Sở Văn hóa, Thể thao và Du lịch", kind)
    for agency, english_name, chinese_name in [
        (health, "Department of Health", "卫生厅"),
        (culture, "Department of Culture, Sports and Tourism", "文化体育旅游厅"),
    ]:
        factories.translate(agency, english, {agency.name: english_name})
        factories.translate(agency, chinese, {agency.name: chinese_name})
    person = factories.make_spokesperson(
        health,
        role,
        full_name="Nguyễn Văn An",
        position="Giám đốc Sở",
        valid_until=timezone.localdate() + 10 * DAY,
    )
    english_person = factories.translate(person, english, {"Giám đốc Sở": "Director"})
    factories.make_spokesperson(culture, role, full_name="Trần Thị Bình")
    return {"health": health, "person": person, "english_person": english_person}


def table_rows(response):
    """The body rows of the page's listing table, as the editor sees them."""
    assert response.status_code == 200
    html = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        html = json.loads(html)["html"]
    table = BeautifulSoup(html, "html.parser").select_one("table.listing")
    return table.select("tbody tr") if table else []


def select_options(response, name):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    select = soup.select_one(f'select[name="{name}"]')
    return [option.get_text(strip=True) for option in select.select("option")]


def test_the_agency_register_lists_each_agency_once_in_vietnamese(
    editor_client, translated_register
):
    rows = table_rows(editor_client.get(AGENCIES))
    names = [row.select_one("td.title, th, td a").get_text(strip=True) for row in rows]
    assert len(rows) == 2
    assert not any("Department" in name or "厅" in name for name in names)


def test_a_register_row_links_to_each_translation(editor_client, translated_register):
    (row,) = [
        row
        for row in table_rows(editor_client.get(SPOKESPERSONS))
        if "Nguyễn Văn An" in row.get_text()
    ]
    english_person = translated_register["english_person"]
    links = {a.get_text(strip=True): a["href"] for a in row.select("a[lang]")}
    assert links == {
        "English": reverse(
            "wagtailsnippets_portal_press_spokesperson:edit", args=[english_person.pk]
        )
    }
    assert editor_client.get(links["English"]).status_code == 200


def test_the_register_lists_another_language_when_asked(
    editor_client, translated_register
):
    rows = table_rows(editor_client.get(AGENCIES, {"locale": "en"}))
    assert sorted(row.select_one("a").get_text(strip=True) for row in rows) == [
        "Department of Culture, Sports and Tourism",
        "Department of Health",
    ]


def test_the_register_filters_offer_each_agency_kind_and_role_once(
    editor_client, translated_register, kind, role
):
    response = editor_client.get(SPOKESPERSONS)
    assert select_options(response, "agency")[1:] == [
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Y tế",
    ]
    assert select_options(response, "kind")[1:] == [kind.name]
    assert select_options(response, "role")[1:] == [role.name]
    assert select_options(editor_client.get(AGENCIES), "kind")[1:] == [kind.name]


def test_the_language_filter_has_no_all_option_and_starts_on_vietnamese(
    editor_client, translated_register
):
    soup = BeautifulSoup(editor_client.get(AGENCIES).content.decode(), "html.parser")
    radios = soup.select('input[name="locale"]')
    assert [radio["value"] for radio in radios if radio.has_attr("checked")] == ["vi"]
    assert "" not in {radio["value"] for radio in radios}


def test_lists_of_kinds_and_roles_are_one_row_per_kind(
    editor_client, translated_register
):
    assert len(table_rows(editor_client.get(KINDS))) == 1


def test_the_release_listing_lists_each_release_once_and_offers_each_agency_once(
    editor_client, release_index, translated_register, english
):
    health = translated_register["health"]
    release = factories.make_release(release_index, health, title="Họp báo quý III")
    factories.translate(release_index, english)
    factories.translate(release, english, {"Họp báo quý III": "Q3 press conference"})

    response = editor_client.get(RELEASES)
    rows = table_rows(response)
    assert len(rows) == 1
    assert "Họp báo quý III" in rows[0].get_text()
    assert [a.get_text(strip=True) for a in rows[0].select("a[lang]")] == ["English"]
    assert select_options(response, "issuing_agency")[1:] == [
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Y tế",
    ]


def test_the_agency_chooser_lists_one_language_without_all(
    editor_client, translated_register
):
    response = editor_client.get(AGENCY_CHOOSER)
    rows = table_rows(response)
    assert len(rows) == 2
    assert all(row.select("a[lang]") for row in rows)
    html = json.loads(response.content)["html"]
    options = BeautifulSoup(html, "html.parser").select('select[name="locale"] option')
    assert [o["value"] for o in options if o.has_attr("selected")] == ["vi"]
    assert "" not in {o["value"] for o in options}


def test_the_agency_chooser_follows_the_language_of_the_page_being_edited(
    editor_client, translated_register
):
    rows = table_rows(editor_client.get(AGENCY_CHOOSER, {"locale": "en"}))
    assert {row.select_one("a").get_text(strip=True) for row in rows} == {
        "Department of Culture, Sports and Tourism",
        "Department of Health",
    }


def test_the_dashboard_lists_a_translated_training_and_appointment_once(
    editor_client, home, translated_register, english
):
    trainings = factories.make_training_index(home)
    training = factories.make_training(
        trainings,
        translated_register["health"],
        starts_at=timezone.now() + 3 * DAY,
        title="Tập huấn kỹ năng phát ngôn",
    )
    factories.translate(home, english, {"Trang chủ": "Home"})
    factories.translate(trainings, english)
    english_training = factories.translate(
        training, english, {"Tập huấn kỹ năng phát ngôn": "Spokesperson skills"}
    )

    soup = BeautifulSoup(editor_client.get(DASHBOARD).content.decode(), "html.parser")
    panel = soup.select_one("#portal-press-desk-section")
    trainings_table = panel.select_one('[aria-labelledby="pp-desk-trainings-heading"]')
    (row,) = trainings_table.select("tbody tr")
    assert "Tập huấn kỹ năng phát ngôn" in row.get_text()
    assert row.select_one("a[lang]")["href"] == reverse(
        "wagtailadmin_pages:edit", args=[english_training.pk]
    )
    expiring = panel.select_one('[aria-labelledby="pp-desk-expiring-heading"]')
    (row,) = expiring.select("tbody tr")
    assert "Nguyễn Văn An" in row.get_text()
    assert row.select_one("a[lang]").get_text(strip=True) == "English"


def test_the_agency_chooser_query_count_does_not_grow(editor_client, kind, english):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add(count):
        for _ in range(count):
            agency = factories.make_agency(kind=kind)
            factories.translate(agency, english)

    def queries():
        editor_client.get(AGENCY_CHOOSER)
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(AGENCY_CHOOSER).status_code == 200
        return len(captured)

    add(2)
    few = queries()
    add(8)
    assert queries() == few
