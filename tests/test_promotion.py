import datetime
from decimal import Decimal

from django.utils import timezone

from portal_press.models import KeyFigure
from tests import factories


def test_the_promotion_hub_shows_key_figures_children_and_contact(
    client, home, agency, role
):
    person = factories.make_spokesperson(agency, role, full_name="Mai Xúc Tiến")
    hub = factories.make_promotion(
        home,
        introduction="Phù Sa là vùng đất trù phú.",
        contact_agency=agency,
        contact_spokesperson=person,
    )
    KeyFigure.objects.create(
        page=hub, label="Diện tích", value=Decimal("3311.80"), unit="km²", year=2025
    )
    hub.save_revision().publish()
    tourism = factories.make_promotion(hub, title="Du lịch", slug="du-lich")
    draft = factories.add_page(
        hub,
        factories.ProvincePromotionPage(title="Bản nháp", slug="nhap"),
        publish=False,
    )

    response = client.get(hub.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert list(response.context["child_pages"]) == [tourism]
    assert draft.title not in content
    assert "Diện tích" in content and "km²" in content and "2025" in content
    assert "Mai Xúc Tiến" in content and agency.name in content
    assert client.get(tourism.url).status_code == 200


def test_an_expired_contact_person_is_not_shown(client, home, agency, role):
    person = factories.make_spokesperson(
        agency,
        role,
        full_name="Hết Hạn Rồi",
        valid_until=timezone.localdate() - datetime.timedelta(days=1),
    )
    hub = factories.make_promotion(home, contact_spokesperson=person)
    response = client.get(hub.url)
    assert response.context["contact_person"] is None
    assert "Hết Hạn Rồi" not in response.content.decode()
