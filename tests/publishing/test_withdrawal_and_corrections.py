"""A published release never changes silently: corrections in public, or a
withdrawal with its reason at the release's address, in every language."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from portal_press.models import PressReleasePage, SearchEntry
from portal_press.publishing import events, visibility
from portal_press.publishing.tick import tick
from portal_press.publishing.withdrawal import WithdrawalReason
from tests import factories

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def heard():
    record = []
    events.subscribe(record.append)
    yield record
    events.unsubscribe(record.append)


@pytest.fixture
def english_pair(home, release_index, agency):
    english = factories.make_locale("en")
    factories.translate(home, english, {"Trang chủ": "Home"})
    english_index = factories.translate(release_index, english)
    release = factories.make_release(
        release_index, agency, title="Giá vé sai", lead="Giá vé 50.000 đồng."
    )
    translation = factories.translate(
        release, english, {"Giá vé sai": "Wrong fare", "Giá vé 50.000 đồng.": "Fare"}
    )
    return release, translation, english_index


def withdraw(release, reason, **fields):
    release.withdrawal_reason = reason
    for name, value in fields.items():
        setattr(release, name, value)
    release.full_clean()
    release.save_revision().publish()
    release.refresh_from_db()
    return release


def titles(client, url, query):
    response = client.get(url, {"q": query})
    return [hit.title for hit in response.context["results"]]


def test_a_withdrawn_release_leaves_every_list_and_keeps_a_notice(
    client, english_pair, release_index, heard
):
    release, translation, english_index = english_pair
    withdraw(
        release,
        WithdrawalReason.PUBLISHED_IN_ERROR,
        withdrawal_note="Giá vé đúng là 30.000 đồng.",
    )
    assert any(e.name == events.WITHDRAWN for e in heard)

    for page in (release, translation):
        response = client.get(page.url)
        assert response.status_code == 200
        content = response.content.decode()
        assert '<meta name="robots" content="noindex">' in content
        assert response.context["withdrawal"]["at"] == release.withdrawn_at
        assert "Fare" not in content and "Giá vé 50.000 đồng." not in content
    assert "Giá vé đúng là 30.000 đồng." in client.get(release.url).content.decode()

    assert client.get(release_index.url).context["releases"].paginator.count == 0
    assert client.get(english_index.url).context["releases"].paginator.count == 0
    assert titles(client, "/vi/search/", "gia ve") == []
    assert titles(client, "/en/search/", "wrong fare") == []
    assert not visibility.is_public(translation)
    assert not SearchEntry.objects.filter(page__in=[release, translation]).exists()


def test_a_replaced_release_points_to_its_replacement_in_the_readers_language(
    client, english_pair, release_index, agency
):
    release, translation, _index = english_pair
    replacement = factories.make_release(release_index, agency, title="Giá vé đúng")
    english = translation.locale
    english_replacement = factories.translate(
        replacement, english, {"Giá vé đúng": "Correct fare"}
    )
    withdraw(release, WithdrawalReason.REPLACED, replaced_by=replacement)

    vietnamese = client.get(release.url).context["withdrawal"]
    assert vietnamese["replacement"].pk == replacement.pk
    assert client.get(translation.url).context["withdrawal"]["replacement"].pk == (
        english_replacement.pk
    )


def test_a_withdrawal_dated_ahead_takes_effect_on_time_once(
    client, release_index, agency, heard
):
    release = factories.make_release(release_index, agency, title="Tin sẽ rút")
    goes_at = (timezone.now() + HOUR).replace(microsecond=0)
    withdraw(release, WithdrawalReason.WITHDRAWN, withdrawn_at=goes_at)
    tick()
    assert titles(client, "/vi/search/", "tin se rut") == ["Tin sẽ rút"]
    heard.clear()
    with time_machine.travel(goes_at + datetime.timedelta(minutes=1), tick=False):
        tick()
        tick()
        assert titles(client, "/vi/search/", "tin se rut") == []
        assert (
            client.get(release.get_parent().url).context["releases"].paginator.count
            == 0
        )
    assert [e.name for e in heard].count(events.WITHDRAWN) == 1


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"withdrawal_reason": WithdrawalReason.REPLACED}, "replaced_by"),
        ({"withdrawn_at": timezone.now()}, "withdrawal_reason"),
    ],
)
def test_a_withdrawal_says_what_is_missing(release_index, agency, fields, field):
    release = factories.make_release(release_index, agency)
    for name, value in fields.items():
        setattr(release, name, value)
    with pytest.raises(ValidationError) as error:
        release.full_clean()
    assert field in error.value.message_dict


def edit_form(release, agency, **changes):
    released_at = timezone.localtime(release.released_at).strftime("%Y-%m-%d %H:%M")
    data = {
        "title": release.title,
        "slug": release.slug,
        "issuing_agency": agency.pk,
        "released_at": released_at,
        "lead": release.lead,
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "co_issuers": inline_formset([]),
        "media_contacts": inline_formset([]),
        "related_links": inline_formset([]),
        "corrections": inline_formset([]),
        "tags": "",
        "action-publish": "action-publish",
    }
    data.update(changes)
    return nested_form_data(data)


def test_a_published_release_changes_only_with_a_correction_or_a_typo_flag(
    client, superuser, release_index, agency
):
    release = factories.make_release(release_index, agency, lead="Họp lúc 8 giờ.")
    release.body = [("paragraph", "<p>Nội dung.</p>")]
    release.save_revision().publish()
    client.force_login(superuser)
    url = f"/admin/pages/{release.pk}/edit/"

    refused = client.post(url, edit_form(release, agency, lead="Họp lúc 9 giờ."))
    assert refused.status_code == 200
    assert "minor_change" in refused.context["form"].errors
    release.refresh_from_db()
    assert release.lead == "Họp lúc 8 giờ."

    typo = client.post(
        url, edit_form(release, agency, lead="Họp lúc 8 giờ sáng.", minor_change="on")
    )
    assert typo.status_code == 302, typo.context["form"].errors
    release.refresh_from_db()
    assert release.lead == "Họp lúc 8 giờ sáng."

    now = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    corrected = client.post(
        url,
        edit_form(
            release,
            agency,
            lead="Họp lúc 9 giờ sáng.",
            corrections=inline_formset(
                [{"corrected_at": now, "text": "Giờ họp là 9 giờ, không phải 8 giờ."}]
            ),
        ),
    )
    assert corrected.status_code == 302
    release = PressReleasePage.objects.get(pk=release.pk)
    assert release.lead == "Họp lúc 9 giờ sáng."
    page = client.get(release.url)
    assert "Giờ họp là 9 giờ" in page.content.decode()
    assert page.context["corrections"][0].text.startswith("Giờ họp")
