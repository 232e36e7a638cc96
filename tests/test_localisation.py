"""Pages in the province's foreign languages, and how translations are kept honest."""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from wagtail_localize.models import Translation, TranslationSource

from portal_press.models import (
    KeyFigure,
    PressReleaseCoIssuer,
    PressReleaseMediaContact,
    PressReleasePage,
    PressReleaseRelatedPage,
)
from tests import factories

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def english(db):
    return factories.make_locale("en")


@pytest.fixture
def english_home(home, english):
    return factories.translate(home, english, {"Trang chủ": "Home"})


@pytest.fixture
def release(release_index, agency):
    return factories.make_release(
        release_index, agency, title="Họp báo quý III", slug="hop-bao-quy-iii"
    )


def test_submitting_a_live_page_for_translation_publishes_nothing(
    client, english_home, release_index, release, english
):
    factories.translate(release_index, english)
    assert release.live
    draft = factories.translate(release, english, publish=False)
    assert draft.locale == english and draft.live is False
    assert client.get(draft.url).status_code == 404
    assert not PressReleasePage.objects.filter(locale=english, live=True).exists()


def test_root_redirects_by_accept_language(client, english_home):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/vi/"
    assert client.get("/")["Location"] == "/vi/"


@pytest.mark.parametrize("path", ["/xx/", "/xx/thong-cao/", "/en-zz/"])
def test_an_unknown_language_prefix_is_a_404(client, home, path):
    assert client.get(path, follow=True).status_code == 404


def page_of_each_type(home, agency, role):
    """One published page of each type, with its parents, in Vietnamese."""
    index = factories.make_release_index(home)
    trainings = factories.make_training_index(home)
    hub = factories.make_promotion(home)
    factories.make_spokesperson(agency, role)
    return {
        "release index": (index, []),
        "release": (factories.make_release(index, agency), [index]),
        "directory": (factories.make_directory(home), []),
        "training index": (trainings, []),
        "training": (
            factories.make_training(trainings, agency, starts_at=timezone.now()),
            [trainings],
        ),
        "promotion": (hub, []),
        "promotion child": (factories.make_promotion(hub, "Du lịch", "du-lich"), [hub]),
    }


PAGE_TYPES = [
    "release index",
    "release",
    "directory",
    "training index",
    "training",
    "promotion",
    "promotion child",
]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_switcher_and_hreflang_list_the_live_translations(
    client, home, english_home, agency, role, english, page_type
):
    page, parents = page_of_each_type(home, agency, role)[page_type]
    for parent in parents:
        factories.translate(parent, english)
    translated = factories.translate(page, english, {page.title: "In English"})

    vietnamese = client.get(page.url).content.decode()
    assert f'hreflang="en" href="{translated.full_url}"' in vietnamese
    assert f'hreflang="x-default" href="{page.full_url}"' in vietnamese
    assert f'href="{translated.url}" hreflang="en"' in vietnamese  # the switcher
    english_page = client.get(translated.url).content.decode()
    assert '<html lang="en"' in english_page
    assert f'hreflang="vi" href="{page.full_url}"' in english_page


def test_no_switcher_for_a_page_live_in_one_language(client, release, english):
    factories.translate(release.get_parent().specific, english)
    factories.translate(release, english, publish=False)
    content = client.get(release.url).content.decode()
    assert "hreflang=" not in content
    assert "pp-languages" not in content


def test_a_page_without_translation_is_not_served_under_another_language(
    client, release
):
    # No English home page at all: Wagtail would serve the Vietnamese tree.
    response = client.get(release.url.replace("/vi/", "/en/", 1))
    assert response.status_code == 302
    assert response["Location"] == release.url


def test_a_translation_says_when_it_was_translated_and_when_it_is_behind(
    client, english_home, release_index, release, english
):
    factories.translate(release_index, english)
    translated = factories.translate(release, english, {release.title: "Q3 briefing"})
    first = client.get(translated.url).content.decode()
    assert "Translated from Vietnamese" in first
    assert "newer Vietnamese version" not in first

    # The Vietnamese source is corrected and published again.
    release.lead = "Nội dung đã được cập nhật."
    release.save_revision().publish()
    behind = client.get(translated.url).content.decode()
    assert "A newer Vietnamese version of this page exists." in behind
    assert f'href="{release.url}"' in behind

    # The translator syncs the translation and publishes it.
    source = TranslationSource.objects.get_for_instance(release)
    source.update_from_db()
    with TestCase.captureOnCommitCallbacks(execute=True):
        Translation.objects.get(source=source, target_locale=english).save_target(
            publish=True
        )
    synced = client.get(translated.url).content.decode()
    assert "Translated from Vietnamese" in synced
    assert "newer Vietnamese version" not in synced


def test_a_foreign_listing_counts_what_exists_only_in_vietnamese(
    client, english_home, release_index, agency, english
):
    releases = [factories.make_release(release_index, agency) for _ in range(3)]
    english_index = factories.translate(release_index, english)
    factories.translate(releases[0], english, {releases[0].title: "Translated"})

    response = client.get(english_index.url)
    assert [r.title for r in response.context["releases"].object_list] == ["Translated"]
    assert response.context["vietnamese_only"]["count"] == 2
    content = response.content.decode()
    assert "2 more items are available only in Vietnamese." in content
    assert f'href="{release_index.url}"' in content


def test_dates_are_written_the_vietnamese_way(client, release_index, agency):
    released_at = timezone.make_aware(datetime.datetime(2019, 10, 17, 9, 0))
    release = factories.make_release(release_index, agency, released_at=released_at)
    assert "17/10/2019" in client.get(release.url).content.decode()


def test_an_english_release_names_agencies_and_contacts_in_english(
    client, english_home, release_index, agency, kind, role, english
):
    call_command("portal_press_load_glossary", stdout=StringIO())
    health = factories.make_agency("Sở Y tế", kind)
    person = factories.make_spokesperson(
        agency, role, full_name="Lê Thu Hà", position="Phó Giám đốc Sở"
    )
    related = factories.make_release(release_index, agency, title="Tin liên quan")
    release = factories.make_release(release_index, agency)
    PressReleaseCoIssuer.objects.create(page=release, agency=health)
    PressReleaseMediaContact.objects.create(page=release, spokesperson=person)
    PressReleaseRelatedPage.objects.create(page=release, linked_page=related)
    release.save_revision().publish()
    factories.translate(release_index, english)
    english_related = factories.translate(
        related, english, {"Tin liên quan": "Related"}
    )
    english_release = factories.translate(release, english)

    response = client.get(english_release.url)
    content = response.content.decode()
    assert response.context["issuing_agency"].name == (
        "Department of Culture, Sports and Tourism"
    )
    assert [a.name for a in response.context["co_issuers"]] == ["Department of Health"]
    (contact,) = response.context["media_contacts"]
    assert contact.full_name == "Lê Thu Hà" and contact.position == "Deputy Director"
    assert f'href="{english_related.url}"' in content


def test_key_figures_use_the_reader_number_format(client, english_home, english):
    home = english_home.get_translation(factories.make_locale("vi"))
    hub = factories.make_promotion(home)
    KeyFigure.objects.create(page=hub, label="Diện tích", value=Decimal("3311.80"))
    KeyFigure.objects.create(page=hub, label="Dân số", value=Decimal("1200000.00"))
    hub.save_revision().publish()
    english_hub = factories.translate(hub, english)

    vietnamese = client.get(hub.url).content.decode()
    assert "3.311,8" in vietnamese and "1.200.000" in vietnamese
    english_page = client.get(english_hub.url).content.decode()
    assert "3,311.8" in english_page and "1,200,000" in english_page
