"""A translation is public only when its Vietnamese source is: the facts that
are not translated are read on the source, on every channel, with no sync."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import PageViewRestriction

from portal_press.models import Agency, SearchEntry, Spokesperson
from portal_press.publishing import visibility
from portal_press.templatetags.portal_press_i18n import (
    page_languages,
    translation_notice_values,
)
from tests import factories

HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def english(db):
    return factories.make_locale("en")


@pytest.fixture
def english_index(home, release_index, english):
    factories.translate(home, english, {"Trang chủ": "Home"})
    return factories.translate(
        release_index, english, {"Thông cáo báo chí": "Press releases"}
    )


def released(release_index, agency, english, **fields):
    """A Vietnamese release and its published English translation."""
    release = factories.make_release(
        release_index, agency, title="Họp báo quý III", **fields
    )
    translation = factories.translate(
        release, english, {"Họp báo quý III": "Third-quarter briefing"}
    )
    return release, translation


def titles_found(client, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return [hit.title for hit in response.context["results"].object_list]


def suggestions(client, url, query):
    return [s["label"] for s in client.get(url, {"q": query}).json()["suggestions"]]


def test_a_postponed_embargo_hides_the_translation_on_every_channel(
    client, english_index, release_index, agency, english
):
    original = (timezone.now() + HOUR).replace(microsecond=0)
    release, translation = released(
        release_index, agency, english, embargo_until=original
    )
    # The Vietnamese embargo is postponed by ten days; the English copy of
    # the field still holds the original time (nobody synchronised it).
    release.embargo_until = original + 10 * DAY
    release.save_revision().publish()
    translation.refresh_from_db()
    assert translation.embargo_until == original

    # The index of the translation changed in the same event.
    entry = SearchEntry.objects.get(page=translation)
    assert entry.public_from == release.embargo_until

    with time_machine.travel(original + 2 * HOUR, tick=False):
        assert client.get(release.url).status_code == 404
        assert client.get(translation.url).status_code == 404
        newsroom = client.get(english_index.url)
        assert newsroom.context["releases"].paginator.count == 0
        assert titles_found(client, "/en/search/", "briefing") == []
        assert suggestions(client, "/en/search/autocomplete/", "third") == []
        assert not visibility.public(type(release), locale=english).exists()

    with time_machine.travel(original + 11 * DAY, tick=False):
        assert client.get(translation.url).status_code == 200
        assert titles_found(client, "/en/search/", "briefing") == [
            "Third-quarter briefing"
        ]


def test_an_embargo_lifted_early_on_the_source_lifts_every_translation(
    client, english_index, release_index, agency, english
):
    release, translation = released(
        release_index, agency, english, embargo_until=timezone.now() + DAY
    )
    release.embargo_until = None
    release.save_revision().publish()

    assert client.get(translation.url).status_code == 200
    languages = [language.code for language in page_languages({}, release)]
    assert languages == ["vi", "en"]
    vietnamese = client.get(release.url).content.decode()
    assert f'hreflang="en" href="{translation.full_url}"' in vietnamese
    assert titles_found(client, "/en/search/", "briefing") == ["Third-quarter briefing"]


def test_withdrawing_the_source_withdraws_every_translation(
    client, english_index, release_index, agency, english
):
    release, translation = released(release_index, agency, english)
    assert client.get(translation.url).status_code == 200
    release.unpublish()

    assert client.get(translation.url).status_code == 404
    assert client.get(english_index.url).context["releases"].paginator.count == 0
    assert titles_found(client, "/en/search/", "briefing") == []
    assert not SearchEntry.objects.filter(page=translation).exists()


def test_the_sources_expiry_time_hides_translations_on_time(
    client, english_index, release_index, agency, english
):
    release, translation = released(release_index, agency, english)
    release.expire_at = timezone.now() + HOUR
    release.save_revision().publish()
    with time_machine.travel(timezone.now() + 2 * HOUR, tick=False):
        # Before any job unpublishes it, the gate already reads the time.
        assert client.get(release.url).status_code == 404
        assert client.get(translation.url).status_code == 404
        assert titles_found(client, "/en/search/", "briefing") == []


def test_a_restricted_source_restricts_its_translation(
    client, english_index, release_index, agency, english
):
    release, translation = released(release_index, agency, english)
    PageViewRestriction.objects.create(
        page=release, restriction_type=PageViewRestriction.LOGIN
    )
    # Listings and search follow the source; serving asks for its login.
    assert client.get(english_index.url).context["releases"].paginator.count == 0
    assert titles_found(client, "/en/search/", "briefing") == []
    response = client.get(translation.url)
    assert response.status_code == 302 and "login" in response["Location"]

    reader = get_user_model().objects.create_user("reader", password="pw")
    client.force_login(reader)
    assert client.get(translation.url).status_code == 200


def test_a_notice_never_links_to_a_source_the_reader_cannot_open(
    english_index, release_index, agency, english
):
    release, translation = released(release_index, agency, english)
    assert translation_notice_values(translation)["source_page"] == release
    PageViewRestriction.objects.create(
        page=release,
        restriction_type=PageViewRestriction.PASSWORD,
        password="mat-khau",
    )
    assert translation_notice_values(translation)["source_page"] is None


@pytest.fixture
def english_entry(agency, role, english):
    """A spokesperson and the published English entry of the register."""
    factories.translate(
        agency, english, {"Sở Văn hóa, Thể thao và Du lịch": "Department of Culture"}
    )
    person = factories.make_spokesperson(
        agency, role, full_name="Đặng Thu Hà", valid_until=timezone.localdate() + DAY
    )
    return person, factories.translate(
        person, english, {"Phó Giám đốc Sở": "Deputy Director"}
    )


def test_an_ended_appointment_ends_in_every_language(
    client, home, english, english_entry
):
    person, translation = english_entry
    assert visibility.is_public(translation)
    assert "Đặng Thu Hà" in titles_found(client, "/en/search/", "dang thu ha")

    person.valid_until = timezone.localdate() - DAY
    person.save_revision().publish()
    translation.refresh_from_db()
    assert translation.valid_until > timezone.localdate()  # the stale copy

    assert not visibility.is_public(translation)
    assert titles_found(client, "/en/search/", "dang thu ha") == []
    assert not SearchEntry.objects.filter(spokesperson=translation).exists()


def test_closing_the_agency_closes_it_in_every_language(
    client, home, agency, english, english_entry
):
    person, translation = english_entry
    english_agency = Agency.objects.get(locale=english)
    assert suggestions(client, "/en/search/autocomplete/", "department") == [
        "Department of Culture"
    ]
    agency.is_active = False
    agency.closed_on = timezone.localdate()
    agency.save()

    english_agency.refresh_from_db()
    assert english_agency.is_active  # the copy was not synchronised
    assert not visibility.is_public(english_agency)
    assert suggestions(client, "/en/search/autocomplete/", "department") == []
    assert not visibility.public(Spokesperson, locale=english).exists()
    assert titles_found(client, "/en/search/", "dang thu ha") == []


def test_a_list_and_a_few_rows_get_the_same_answer_from_their_sources(
    english_index, release_index, agency, english
):
    # The gate asks about a list and about a few rows in two shapes (the
    # public sources' keys, or each row's own source): both must agree.
    public, public_en = released(release_index, agency, english)
    embargoed, embargoed_en = released(
        release_index, agency, english, embargo_until=timezone.now() + HOUR
    )
    # Written in English: no Vietnamese source, it answers for itself.
    own = factories.make_release(english_index, agency, title="Written in English")
    expired_own = factories.make_release(english_index, agency, title="Expired")
    type(expired_own).objects.filter(pk=expired_own.pk).update(
        expire_at=timezone.now() - HOUR
    )

    pages = type(public).objects.filter(
        pk__in=[
            p.pk for p in (public, public_en, embargoed, embargoed_en, own, expired_own)
        ]
    )
    expected = {public.pk, public_en.pk, own.pk}
    assert set(visibility.public(pages).values_list("pk", flat=True)) == expected
    assert set(visibility.public_few(pages).values_list("pk", flat=True)) == expected
    # The sources alone: the Vietnamese rows, each decided by its own columns.
    assert list(visibility.public_sources(pages).values_list("pk", flat=True)) == [
        public.pk
    ]
    assert [visibility.is_public(page) for page in (public_en, embargoed_en, own)] == [
        True,
        False,
        True,
    ]
