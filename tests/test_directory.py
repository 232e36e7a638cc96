import datetime

import pytest
from django.utils import timezone

from portal_press.models import SpokespersonDirectoryPage
from tests import factories
from tests.queries import count_queries

TODAY = timezone.localdate()
pytestmark = pytest.mark.usefixtures("today_lasts")


@pytest.fixture
def directory(home):
    return factories.make_directory(home)


def people_in(response):
    return [
        person.full_name
        for _kind, agencies in response.context["groups"]
        for _agency, people in agencies
        for person in people
    ]


def test_the_directory_shows_only_current_spokespersons_of_active_agencies(
    client, directory, kind, role
):
    active = factories.make_agency("Sở Y tế", kind)
    closed = factories.make_agency(
        "Sở Thông tin và Truyền thông", kind, is_active=False
    )
    factories.make_spokesperson(active, role, full_name="Nguyễn Hiện Tại")
    factories.make_spokesperson(
        active,
        role,
        full_name="Trần Hết Hạn",
        valid_until=TODAY - datetime.timedelta(days=1),
    )
    factories.make_spokesperson(closed, role, full_name="Lê Cơ Quan Đóng")
    factories.make_spokesperson(active, role, full_name="Phạm Bản Nháp", publish=False)

    response = client.get(directory.url)
    assert response.status_code == 200
    assert people_in(response) == ["Nguyễn Hiện Tại"]
    content = response.content.decode()
    assert "Trần Hết Hạn" not in content and "Lê Cơ Quan Đóng" not in content
    assert "Phạm Bản Nháp" not in content
    assert 'href="tel:+842903822123"' in content
    assert 'href="mailto:phatngon@example.com"' in content


def test_people_are_grouped_by_agency_kind_then_agency(client, directory, role):
    province = factories.make_kind("Ủy ban nhân dân tỉnh", sort_order=1)
    departments = factories.make_kind("Sở, ban, ngành", sort_order=2)
    health = factories.make_agency("Sở Y tế", departments)
    committee = factories.make_agency("UBND tỉnh", province)
    factories.make_spokesperson(health, role, full_name="B Y Tế")
    factories.make_spokesperson(committee, role, full_name="A Tỉnh")

    groups = client.get(directory.url).context["groups"]
    assert [
        (kind.name, [agency.name for agency, _ in agencies])
        for kind, agencies in groups
    ] == [
        ("Ủy ban nhân dân tỉnh", ["UBND tỉnh"]),
        ("Sở, ban, ngành", ["Sở Y tế"]),
    ]


def test_filter_by_kind_and_by_text_typed_without_diacritics(client, directory, role):
    communes = factories.make_kind("UBND xã, phường", sort_order=3)
    departments = factories.make_kind("Sở, ban, ngành", sort_order=2)
    culture = factories.make_agency(
        "Sở Văn hóa, Thể thao và Du lịch", departments, short_name="SVHTTDL"
    )
    commune = factories.make_agency("UBND xã Tân Thành", communes)
    factories.make_spokesperson(
        culture, role, full_name="Đặng Thu Hà", position="Phó Giám đốc Sở"
    )
    factories.make_spokesperson(
        commune, role, full_name="Võ Minh Đức", position="Chủ tịch UBND xã"
    )

    assert people_in(client.get(directory.url, {"kind": communes.pk})) == [
        "Võ Minh Đức"
    ]
    assert people_in(client.get(directory.url, {"q": "dang thu ha"})) == ["Đặng Thu Hà"]
    assert people_in(client.get(directory.url, {"q": "so van hoa"})) == ["Đặng Thu Hà"]
    assert people_in(client.get(directory.url, {"q": "SVHTTDL"})) == ["Đặng Thu Hà"]
    assert people_in(client.get(directory.url, {"q": "tan thanh duc"})) == [
        "Võ Minh Đức"
    ]
    assert people_in(client.get(directory.url, {"q": "khong ai"})) == []


@pytest.mark.parametrize(
    "params", [{"kind": "999999"}, {"kind": "x"}, {"q": "a" * 1000}]
)
def test_bad_filters_are_a_400_with_a_message(client, directory, params):
    response = client.get(directory.url, params)
    assert response.status_code == 400
    assert response.context["filter_form"].errors


def test_the_directory_query_count_does_not_grow_with_people(
    client, directory, kind, role
):
    def add_people(count):
        for _ in range(count):
            person = factories.make_spokesperson(factories.make_agency(kind=kind), role)
            person.topics.add("y tế", "đất đai")
            person.save()

    add_people(3)
    few = count_queries(client, directory.url)
    add_people(30)
    many = count_queries(client, directory.url)
    assert many == few
    assert many <= 16  # 15, and one for the breadcrumbs


def agencies_in(response):
    return [
        agency.name
        for _kind, agencies in response.context["groups"]
        for agency, _people in agencies
    ]


def test_the_directory_pages_through_agencies_and_prints_whole(
    client, directory, kind, role, settings
):
    settings.PORTAL_PRESS = {**settings.PORTAL_PRESS, "DIRECTORY_AGENCIES_PER_PAGE": 3}
    names = [f"Sở số {number:02d}" for number in range(7)]
    for name in names:
        agency = factories.make_agency(name, kind)
        factories.make_spokesperson(agency, role)
        factories.make_spokesperson(agency, role)
    first = client.get(directory.url)
    assert agencies_in(first) == names[:3]
    # The count is of the whole register; the links lead to the rest of it.
    assert first.context["result_count"] == 14
    html = first.content.decode()
    assert "?page=2" in html
    assert "?all=1" in html
    assert agencies_in(client.get(directory.url, {"page": 3})) == names[6:]
    assert client.get(directory.url, {"page": 4}).status_code == 404
    whole = client.get(directory.url, {"all": "1"})
    assert agencies_in(whole) == names
    assert "?page=2" not in whole.content.decode()


def test_cards_and_suggestions_link_to_the_public_directory_of_the_language(home):
    from portal_press.public.directory import directory_page

    en = factories.make_locale("en")
    draft = factories.add_page(
        home,
        SpokespersonDirectoryPage(title="Bản nháp", slug="ban-nhap"),
        publish=False,
    )
    directory = factories.make_directory(home)
    assert draft.path < directory.path
    # No English directory yet: the Vietnamese one, never the draft.
    assert directory_page(en) == directory
    english = factories.translate(directory, en)
    assert directory_page(en) == english
    assert directory_page(home.locale) == directory
    english.unpublish()
    assert directory_page(en) == directory
