"""vCards of spokespersons, read back with vobject."""

import io

import pytest
import segno
import vobject
from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal_press.channels import qr, vcards
from tests import factories
from tests.channels.conftest import EVERY_MARK, body


def card_url(person, language="vi"):
    return f"/{language}/contacts/{person.translation_key}.vcf"


def test_a_spokespersons_vcard_is_read_by_vobject_with_every_field(client, province):
    response = client.get(card_url(province.person))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    card = vobject.readOne(body(response))
    assert card.version.value == "3.0"
    assert card.fn.value == "Đặng Thị Hà"
    assert (card.n.value.family, card.n.value.given, card.n.value.additional) == (
        "Đặng",
        "Hà",
        "Thị",
    )
    # The comma, semicolon and backslash of the name survive as one value.
    assert card.org.value == ["Sở Văn hóa, Thể thao và Du lịch; Phù Sa\\Tỉnh"]
    assert card.title.value == f"Phó Giám đốc Sở, {EVERY_MARK}"
    assert card.title.params["LANGUAGE"] == ["vi"]
    phones = {tuple(line.params["TYPE"]): line.value for line in card.contents["tel"]}
    assert phones == {
        ("WORK", "VOICE"): "+842903822123",
        ("CELL", "VOICE"): "+84913456789",
        ("WORK", "FAX"): "+842903822999",
    }
    assert card.email.value == "phatngon@example.com"
    assert card.url.value.endswith(
        f"/vi/nguoi-phat-ngon/#pp-person-{province.person.pk}"
    )
    assert card.uid.value == f"urn:uuid:{province.person.translation_key}"


def test_the_english_vcard_names_the_agency_in_english(client, province):
    card = vobject.readOne(body(client.get(card_url(province.person, "en"))))
    assert card.fn.value == "Đặng Thị Hà"
    assert card.org.value == ["Department of Culture, Sports and Tourism"]
    assert card.org.params["LANGUAGE"] == ["en"]
    assert "/en/" in card.url.value


def test_a_photo_is_given_by_its_address(client, province):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    photo = get_image_model().objects.create(title="Ảnh", file=get_test_image_file())
    province.person.photo = photo
    province.person.save_revision().publish()
    card = vobject.readOne(body(client.get(card_url(province.person))))
    assert card.photo.params["VALUE"] == ["uri"]
    assert card.photo.value.startswith("http://testserver/")


@pytest.mark.parametrize("who", ["ended", "at_closed", "draft_person"])
def test_no_vcard_or_qr_for_whom_the_directory_does_not_list(client, province, who):
    person = getattr(province, who)
    assert client.get(card_url(person)).status_code == 404
    assert client.get(f"/vi/contacts/{person.translation_key}.svg").status_code == 404


def test_an_agency_file_holds_its_current_people_only(client, province):
    url = f"/vi/contacts/agency/{province.agency.translation_key}.vcf"
    cards = list(vobject.readComponents(body(client.get(url))))
    assert [card.fn.value for card in cards] == ["Đặng Thị Hà"]
    closed = f"/vi/contacts/agency/{province.closed_agency.translation_key}.vcf"
    assert client.get(closed).status_code == 404


def test_the_directory_file_holds_every_current_person(client, province, role):
    factories.make_spokesperson(province.agency, role, full_name="Võ Thị Ánh")
    cards = list(vobject.readComponents(body(client.get("/vi/contacts/directory.vcf"))))
    assert sorted(card.fn.value for card in cards) == ["Võ Thị Ánh", "Đặng Thị Hà"]


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        body(response)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_directory_file_costs_the_same_queries_for_many_people(
    client, province, role, language
):
    url = f"/{language}/contacts/directory.vcf"
    _queries(client, url)  # caches what any request caches (the site's root)
    few = _queries(client, url)
    for number in range(30):
        agency = factories.make_agency(f"Ủy ban nhân dân xã Số {number}")
        factories.make_spokesperson(agency, role, full_name=f"Nguyễn Văn {number}")
    assert _queries(client, url) == few


def test_the_qr_code_is_an_svg_of_the_vcard(client, rf, province):
    response = client.get(f"/vi/contacts/{province.person.translation_key}.svg")
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    svg = ET.fromstring(response.content)
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Đặng Thị Hà" in svg.find("{http://www.w3.org/2000/svg}title").text
    # The same card, encoded the same way, draws the same code.
    request = rf.get("/vi/")
    from wagtail.models import Locale

    person = vcards.lookup.public_spokesperson(
        province.person.translation_key, Locale.objects.get(language_code="vi")
    )
    expected = qr.qr_code(person, person.locale, request)
    out = io.BytesIO()
    expected.save(out, kind="svg", scale=4, border=4, title="x", svgclass="pp-qr")
    path = ET.fromstring(out.getvalue()).find("{http://www.w3.org/2000/svg}path")
    assert svg.find("{http://www.w3.org/2000/svg}path").get("d") == path.get("d")
    encoded = vcards.build_card(
        person,
        person.locale,
        request,
        url=vcards.entry_url(person, person.locale, request),
        photo=False,
    ).serialize()
    assert segno.make(encoded, error="m", encoding="utf-8").version == expected.version
    assert "PHOTO" not in encoded


def test_directory_cards_offer_the_vcard_and_qr(client, province):
    page = client.get(province.directory.url).content.decode()
    assert card_url(province.person) in page
    assert f"/vi/contacts/{province.person.translation_key}.svg" in page
    assert "/vi/contacts/directory.vcf" in page
