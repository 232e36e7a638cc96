"""The admin's own search finds Vietnamese typed without diacritics."""

import pytest
from django.urls import reverse

from portal_press.folding import fold
from portal_press.models import Agency, PressReleasePage
from tests import factories


def test_folded_copies_hold_the_text_without_marks(release_index, agency, role):
    release = factories.make_release(
        release_index, agency, title="Họp báo định kỳ", lead="Đào tạo cán bộ Hà Nội"
    )
    assert release.folded_title() == "hop bao dinh ky"
    assert "dao tao can bo ha noi" in release.folded_text()
    assert fold(agency.name) in release.folded_text()


@pytest.mark.parametrize(
    ("query", "expected"),
    [("hop bao", "Họp báo định kỳ quý III"), ("dao tao", "Đào tạo người phát ngôn")],
)
def test_admin_page_search_ignores_diacritics(
    editor_client, release_index, agency, query, expected
):
    factories.make_release(release_index, agency, title="Họp báo định kỳ quý III")
    factories.make_release(release_index, agency, title="Đào tạo người phát ngôn")
    response = editor_client.get(reverse("wagtailadmin_pages:search"), {"q": query})
    titles = [page.title for page in response.context["pages"]]
    assert titles == [expected]


def test_admin_snippet_search_ignores_diacritics(editor_client, kind, role):
    culture = factories.make_agency("Sở Văn hóa, Thể thao và Du lịch", kind)
    factories.make_agency("Sở Y tế", kind)
    factories.make_spokesperson(culture, role, full_name="Đặng Thu Hà")
    factories.make_spokesperson(culture, role, full_name="Lê Văn Nam")

    people = editor_client.get(
        reverse("wagtailsnippets_portal_press_spokesperson:list"), {"q": "dang thu ha"}
    ).context["object_list"]
    assert [p.full_name for p in people] == ["Đặng Thu Hà"]
    agencies = editor_client.get(
        reverse("wagtailsnippets_portal_press_agency:list"), {"q": "so van hoa"}
    ).context["object_list"]
    assert [a.name for a in agencies] == [culture.name]


def test_searching_the_database_backend_with_and_without_marks(release_index, agency):
    factories.make_release(release_index, agency, title="Phát ngôn về đất đai")
    for query in ["phat ngon dat dai", "Phát ngôn đất đai"]:
        results = PressReleasePage.objects.search(query)
        assert [page.title for page in results] == ["Phát ngôn về đất đai"], query
    assert [a.name for a in Agency.objects.search("so van hoa")] == [agency.name]
