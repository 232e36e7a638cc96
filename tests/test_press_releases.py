import datetime

import pytest
from django.utils import timezone

from portal_press.models import (
    PressReleaseCorrection,
    PressReleaseIndexPage,
    PressReleaseMediaContact,
)
from portal_press.public.releases import media_contacts
from tests import factories
from tests.queries import count_queries

HOUR = datetime.timedelta(hours=1)


def titles(response):
    return [release.title for release in response.context["releases"].object_list]


def test_the_index_lists_releases_newest_first(client, release_index, agency):
    now = timezone.now()
    older = factories.make_release(release_index, agency, released_at=now - 48 * HOUR)
    newer = factories.make_release(release_index, agency, released_at=now - HOUR)
    response = client.get(release_index.url)
    assert response.status_code == 200
    assert titles(response) == [newer.title, older.title]
    assert newer.title in response.content.decode()


def test_the_index_has_20_releases_per_page(client, release_index, agency):
    for _ in range(23):
        factories.make_release(release_index, agency)
    assert len(titles(client.get(release_index.url))) == 20
    assert len(titles(client.get(release_index.url + "?page=2"))) == 3


@pytest.mark.parametrize("page", ["3", "0", "-1", "abc", "99999999999999999999"])
def test_a_page_number_that_does_not_exist_is_a_404_with_a_message(
    client, release_index, agency, page
):
    factories.make_release(release_index, agency)
    response = client.get(release_index.url, {"page": page})
    assert response.status_code == 404


def test_filters_by_agency_year_and_tag(client, release_index, agency, kind):
    other = factories.make_agency("Sở Y tế", kind)
    health = factories.make_release(
        release_index, other, released_at=timezone.now().replace(year=2025)
    )
    health.tags.add("y tế")
    health.save_revision().publish()
    culture = factories.make_release(release_index, agency)

    assert titles(client.get(release_index.url, {"agency": other.pk})) == [health.title]
    assert titles(client.get(release_index.url, {"year": "2025"})) == [health.title]
    tag_slug = health.tags.get().slug
    assert titles(client.get(release_index.url, {"tag": tag_slug})) == [health.title]
    assert culture.title in titles(client.get(release_index.url, {"agency": agency.pk}))


def test_combined_filters_list_only_public_releases_of_this_newsroom(
    client, home, release_index, agency
):
    in_2025 = timezone.now().replace(year=2025, month=6, day=1)

    def tagged(index, title, **fields):
        fields.setdefault("released_at", in_2025)
        release = factories.make_release(index, agency, title=title, **fields)
        release.tags.add("môi trường")
        release.save_revision().publish()
        return release

    older = tagged(release_index, "Cũ", released_at=in_2025 - 48 * HOUR)
    newer = tagged(release_index, "Mới")
    tagged(release_index, "Cấm", embargo_until=timezone.now() + HOUR)
    elsewhere = PressReleaseIndexPage(title="Thông cáo khác", slug="khac")
    tagged(factories.add_page(home, elsewhere), "Nơi khác")
    factories.make_release(release_index, agency, title="Không gắn thẻ")
    factories.make_release(
        release_index, agency, title="Năm khác", released_at=in_2025.replace(year=2024)
    )

    filters = {"agency": agency.pk, "year": "2025", "tag": "moi-truong"}
    response = client.get(release_index.url, filters)
    assert titles(response) == [newer.title, older.title]
    assert titles(client.get(release_index.url, {"tag": "moi-truong"})) == [
        newer.title,
        older.title,
    ]
    # The form shows back what was chosen, for each set of filters.
    html = client.get(release_index.url, {**filters, "tag": "môi trường"})
    assert 'value="môi trường"' in html.content.decode()
    assert 'value="moi-truong"' in response.content.decode()


@pytest.mark.parametrize(
    "typed", ["họp báo", "Họp Báo", "hop bao", "hop-bao", " họp  báo "]
)
def test_the_tag_filter_takes_the_topic_as_the_visitor_sees_it(
    client, release_index, agency, typed
):
    briefing = factories.make_release(release_index, agency, title="Họp báo quý I")
    briefing.tags.add("họp báo")
    briefing.save_revision().publish()
    factories.make_release(release_index, agency, title="Lễ hội")

    response = client.get(release_index.url, {"tag": typed})
    assert response.status_code == 200
    assert titles(response) == [briefing.title]


def test_a_tag_made_of_markup_is_no_topic_and_is_not_echoed(
    client, release_index, agency
):
    factories.make_release(release_index, agency)
    response = client.get(release_index.url, {"tag": "<script>"})
    assert response.status_code == 200
    assert titles(response) == []
    assert "<script>" not in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"agency": "999999"},
        {"agency": "abc"},
        {"year": "1800"},
        {"year": "x"},
        {"tag": "<>"},
    ],
)
def test_unknown_filter_values_are_a_400_with_a_message(
    client, release_index, agency, params
):
    factories.make_release(release_index, agency)
    response = client.get(release_index.url, params)
    assert response.status_code == 400
    assert response.context["filter_form"].errors
    assert "<script>" not in response.content.decode()


def test_an_embargoed_release_is_hidden_from_the_public_everywhere(
    client, release_index, agency
):
    release = factories.make_release(
        release_index, agency, embargo_until=timezone.now() + HOUR
    )
    assert release.live
    assert client.get(release.url).status_code == 404
    response = client.get(release_index.url)
    assert release.title not in titles(response)
    assert release.title not in response.content.decode()


def test_an_editor_sees_an_embargoed_release_with_a_warning(
    editor_client, release_index, agency
):
    release = factories.make_release(
        release_index, agency, embargo_until=timezone.now() + HOUR
    )
    response = editor_client.get(release.url)
    assert response.status_code == 200
    assert response.context["embargo_until"] == release.embargo_until


def test_drafts_are_not_listed(client, release_index, agency):
    draft = factories.make_release(release_index, agency, publish=False)
    assert draft.title not in titles(client.get(release_index.url))


def test_a_release_page_shows_its_corrections_newest_first(
    client, release_index, agency
):
    release = factories.make_release(release_index, agency)
    now = timezone.now()
    PressReleaseCorrection.objects.create(
        page=release, corrected_at=now - 48 * HOUR, text="Sửa lần một."
    )
    PressReleaseCorrection.objects.create(
        page=release, corrected_at=now - HOUR, text="Sửa lần hai."
    )
    response = client.get(release.url)
    content = response.content.decode()
    assert content.index("Sửa lần hai.") < content.index("Sửa lần một.")


def test_media_contacts_default_to_the_agency_current_spokesperson(
    client, release_index, agency, role
):
    spokesperson = factories.make_spokesperson(agency, role, full_name="Trần Thị Hoa")
    factories.make_spokesperson(
        agency,
        role,
        full_name="Người Hết Hạn",
        valid_until=timezone.localdate() - datetime.timedelta(days=1),
    )
    release = factories.make_release(release_index, agency)
    response = client.get(release.url)
    assert response.context["media_contacts"] == [spokesperson]
    content = response.content.decode()
    assert "Trần Thị Hoa" in content and "Người Hết Hạn" not in content
    assert 'href="tel:+842903822123"' in content


def test_chosen_media_contacts_replace_the_default(release_index, agency, role):
    default = factories.make_spokesperson(agency, role)
    chosen = factories.make_spokesperson(agency, role, full_name="Lê Chọn")
    release = factories.make_release(release_index, agency)
    PressReleaseMediaContact.objects.create(page=release, spokesperson=chosen)
    assert media_contacts(release) == [chosen]
    assert default not in media_contacts(release)


def test_a_release_of_a_merged_agency_points_to_its_successor(
    client, release_index, kind, role
):
    successor = factories.make_agency("Sở Khoa học và Công nghệ", kind)
    closed = factories.make_agency(
        "Sở Thông tin và Truyền thông",
        kind,
        is_active=False,
        replaced_by=successor,
        closed_on=datetime.date(2025, 3, 1),
    )
    speaker = factories.make_spokesperson(successor, role, full_name="Đỗ Kế Nhiệm")
    release = factories.make_release(release_index, closed)
    response = client.get(release.url)
    assert response.context["media_contacts"] == [speaker]
    assert "Sở Khoa học và Công nghệ" in response.content.decode()


def test_the_index_query_count_does_not_grow_with_releases(
    client, release_index, agency, kind
):
    for n in range(3):
        release = factories.make_release(
            release_index, factories.make_agency(kind=kind)
        )
        release.tags.add(f"chủ đề {n}")
        release.save_revision().publish()
    few = count_queries(client, release_index.url)
    for n in range(17):
        release = factories.make_release(
            release_index, factories.make_agency(kind=kind)
        )
        release.tags.add(f"chủ đề {n}", "chung")
        release.save_revision().publish()
    many = count_queries(client, release_index.url)
    assert many == few
    assert many <= 20
