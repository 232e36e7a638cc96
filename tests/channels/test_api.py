"""The JSON API: published content only, filtered, paginated.

A 404 outside the language prefix is redirected under it by Django's
LocaleMiddleware, where it stays a 404: the tests follow it.
"""

import pytest

from tests.channels.conftest import HOSTILE


def items(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    return response.json()["items"]


def test_releases_list_only_public_ones_with_what_the_page_shows(client, province):
    listed = items(client, "/api/v2/releases/")
    ids = {item["id"] for item in listed}
    assert {province.release.pk, province.release_en.pk} <= ids
    assert not ids & {page.pk for page in province.hidden_pages}
    item = next(i for i in listed if i["id"] == province.release.pk)
    assert item["title"] == f"Họp báo {HOSTILE}"
    assert item["reference"] == "Số 12/TCBC-SVHTTDL"
    assert item["issuing_agency"]["name"].startswith("Sở Văn hóa")
    detail = client.get(f"/api/v2/releases/{province.release.pk}/").json()
    assert [c["full_name"] for c in detail["media_contacts"]] == ["Đặng Thị Hà"]
    text = str(detail)
    for secret in ("embargo_until", "revision", "owner", "locked", "latest_revision"):
        assert secret not in text
    for page in province.hidden_pages:
        assert (
            client.get(f"/api/v2/releases/{page.pk}/", follow=True).status_code == 404
        )


def test_filters_by_locale_agency_tag_and_dates(client, province):
    english = items(client, "/api/v2/releases/", locale="en")
    assert [i["id"] for i in english] == [province.release_en.pk]
    assert english[0]["issuing_agency"]["name"].startswith("Department")
    by_agency = items(
        client, "/api/v2/releases/", agency=province.agency.pk, locale="vi"
    )
    assert [i["id"] for i in by_agency] == [province.release.pk]
    assert items(client, "/api/v2/releases/", tag="dat-dai", locale="vi")
    assert not items(client, "/api/v2/releases/", date_to="2000-01-01")
    for bad in (
        {"agency": "x"},
        {"date_from": "hôm qua"},
        {"locale": "xx"},
        {"live": "false"},
    ):
        assert client.get("/api/v2/releases/", bad, follow=True).status_code in (
            400,
            404,
        )


def test_trainings_and_promotion(client, province):
    trainings = items(client, "/api/v2/trainings/", locale="vi")
    assert [t["id"] for t in trainings] == [province.training.pk]
    assert trainings[0]["event_status"] == "scheduled"
    url = f"/api/v2/trainings/{province.private_training.pk}/"
    assert client.get(url, follow=True).status_code == 404
    assert client.get("/api/v2/promotion/").status_code == 200


@pytest.mark.parametrize("language", ["vi", "en"])
def test_spokespersons_are_the_current_register_in_the_language(
    client, province, language
):
    people = items(client, "/api/v2/spokespersons/", locale=language, fields="*")
    assert [p["full_name"] for p in people] == ["Đặng Thị Hà"]
    person = people[0]
    assert person["id"] == province.person.pk
    assert person["office_phone"] == "0290 3822 123"
    assert person["vcard_url"].endswith(
        f"/{language}/contacts/{province.person.translation_key}.vcf"
    )
    assert "appointment_document" not in person and "notified_on" not in person
    for hidden in (province.ended, province.at_closed, province.draft_person):
        url = f"/api/v2/spokespersons/{hidden.pk}/"
        assert client.get(url, follow=True).status_code == 404
    agencies = items(client, "/api/v2/agencies/", locale=language)
    assert [a["id"] for a in agencies] == [province.agency.pk]
    assert (
        client.get("/api/v2/spokespersons/", {"valid_until": "2000-01-01"}).status_code
        == 400
    )


@pytest.mark.parametrize(
    "url", ["/api/v2/releases/", "/api/v2/agencies/", "/api/v2/spokespersons/"]
)
def test_a_nul_character_is_refused_with_a_message(client, province, url):
    # PostgreSQL refuses NUL in text outright: the API says so instead of a 500.
    for params in ({"locale": "vi\x00"}, {"tag": "\x00"}, {"x\x00": "1"}):
        response = client.get(url, params)
        assert response.status_code == 400, params
        assert "NUL" in response.json()["message"]
    detail = f"/api/v2/releases/{province.release.pk}/"
    assert client.get(detail, {"locale": "\x00"}).status_code == 400
