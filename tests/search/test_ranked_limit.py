"""A search that matches more entries than the database engine ranks shows
the most relevant of the most recent, says so, and counts only those."""

import datetime

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from tests import factories

DAY = datetime.timedelta(days=1)


def ranking(most):
    return override_settings(
        PORTAL_PRESS={**settings.PORTAL_PRESS, "SEARCH_RANKED_LIMIT": most}
    )


@pytest.fixture
def releases(release_index, agency):
    now = timezone.now()
    return [
        factories.make_release(
            release_index,
            agency,
            title=f"Họp báo thường kỳ số {number}",
            released_at=now - (20 - number) * DAY,
        )
        for number in range(20)
    ]


def search(client, **params):
    response = client.get(reverse("portal_press_search"), params)
    assert response.status_code == 200
    return response


@ranking(5)
def test_more_matches_than_are_ranked_show_the_most_recent_and_say_so(client, releases):
    response = search(client, q="hop bao")
    page = response.content.decode()
    assert "Hơn 5 kết quả" in page
    assert "số đếm bên dưới chỉ tính trong số đó" in page
    assert response.context["results"].paginator.count == 5
    shown = {hit.title for hit in response.context["results"].object_list}
    assert shown == {release.title for release in releases[-5:]}
    # The facets count what was ranked, a few more read at most.
    (release_type,) = response.context["facets"]["type"]
    assert 5 <= release_type.count < 20
    # Pages beyond what is ranked are not offered.
    beyond = client.get(reverse("portal_press_search"), {"q": "hop bao", "page": 2})
    assert beyond.status_code == 404


@ranking(50)
def test_a_search_within_the_limit_counts_every_match(client, releases):
    response = search(client, q="hop bao")
    page = response.content.decode()
    assert "Hơn" not in page
    assert response.context["results"].paginator.count == 20
    assert response.context["facets"]["type"][0].count == 20


@ranking(5)
def test_a_search_without_words_lists_the_most_recent(client, releases):
    response = search(client)
    assert "Hơn 5 kết quả" in response.content.decode()
    shown = [hit.title for hit in response.context["results"].object_list]
    assert shown[0] == releases[-1].title


def test_the_limit_reads_in_english(releases):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("en"):
        heading = render_to_string(
            "portal_press/search.html", {"ranked_of_more": 1000, "results": None}
        )
    assert "More than 1,000 results" in heading
