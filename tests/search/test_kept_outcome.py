"""A search without words lists everything public: its outcome is kept
between requests as the listings are, ended by any content event and by
the gate's next boundary; a search with words is always asked afresh."""

import datetime

import time_machine
from django.urls import reverse
from django.utils import timezone

from portal_press.models import SearchEntry
from tests import factories

HOUR = datetime.timedelta(hours=1)


def titles(client, **params):
    response = client.get(reverse("portal_press_search"), params)
    assert response.status_code == 200
    return sorted(hit.title for hit in response.context["results"].object_list)


def test_a_search_without_words_is_kept_until_a_content_event(
    client, release_index, agency
):
    factories.make_release(release_index, agency, title="Họp báo thường kỳ")
    assert titles(client) == ["Họp báo thường kỳ"]
    # Kept: an entry removed behind the events' back still counts...
    entries = SearchEntry.objects.all()
    entries.update(public_until=timezone.now() - HOUR)
    assert titles(client) == ["Họp báo thường kỳ"]
    # ...a search with words asks the index afresh...
    assert titles(client, q="hop bao") == []
    # ...and the next content event ends what was kept.
    factories.make_release(release_index, agency, title="Công bố quy hoạch")
    assert titles(client) == ["Công bố quy hoạch"]


def test_each_filter_of_a_search_without_words_is_kept_apart(
    client, release_index, agency, home
):
    factories.make_release(release_index, agency, title="Họp báo thường kỳ")
    training_index = factories.make_training_index(home)
    factories.make_training(
        training_index, agency, timezone.now() + HOUR, title="Tập huấn phát ngôn"
    )
    assert titles(client, type="release") == ["Họp báo thường kỳ"]
    assert titles(client, type="training") == ["Tập huấn phát ngôn"]


def test_an_embargoed_release_is_listed_at_its_time_and_not_before(
    client, release_index, agency
):
    now = timezone.now()
    factories.make_release(release_index, agency, title="Họp báo thường kỳ")
    factories.make_release(
        release_index, agency, title="Công bố quy hoạch", embargo_until=now + HOUR
    )
    with time_machine.travel(now, tick=False):
        assert titles(client) == ["Họp báo thường kỳ"]
    with time_machine.travel(now + 2 * HOUR, tick=False):
        assert titles(client) == ["Công bố quy hoạch", "Họp báo thường kỳ"]
