"""What a page shows around its own fields (a training's speakers and
agencies, a promotion page's children, a translation's notice, the feed
links of a page's head) is kept between requests, and ended by the events
about what it shows; what depends on the time is decided at each request."""

import datetime
import re

import time_machine
from django.utils import timezone

from portal_press.models import (
    PressReleasePage,
    TrainingAnnouncementPage,
    TrainingCoOrganiser,
    TrainingSpeaker,
)
from tests import factories

DAY = datetime.timedelta(days=1)


def html(client, page, **params):
    response = client.get(page.url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_trainings_speakers_and_agencies_are_kept_until_an_event_about_them(
    client, home, agency
):
    index = factories.make_training_index(home)
    partner = factories.make_agency("Sở Y tế")
    training = factories.make_training(index, agency, timezone.now() + 3 * DAY)
    training.speakers.add(TrainingSpeaker(name="Đặng Thu Hà", title="Phó Giám đốc"))
    training.co_organisers.add(TrainingCoOrganiser(agency=partner))
    training.save_revision().publish()
    assert "Đặng Thu Hà" in html(client, training)
    # Kept: a speaker renamed behind the events' back is not seen...
    TrainingSpeaker.objects.filter(page=training).update(name="Đặng Thu Hằng")
    assert "Đặng Thu Hà" in html(client, training)
    # ...until an event about one of the agencies it shows ends it.
    partner.short_name = "SYT"
    partner.save()
    page = html(client, training)
    assert "Đặng Thu Hằng" in page and "Sở Y tế" in page
    # A new speaker published with the training shows at once.
    training = TrainingAnnouncementPage.objects.get(pk=training.pk)
    training.speakers.add(TrainingSpeaker(name="Lê Văn Bình"))
    training.save_revision().publish()
    assert "Lê Văn Bình" in html(client, training)


def test_a_training_moves_to_the_past_at_its_end_with_no_event(client, home, agency):
    index = factories.make_training_index(home)
    starts = timezone.now() + DAY
    training = factories.make_training(index, agency, starts, title="Tập huấn kỹ năng")

    def upcoming_and_past():
        response = client.get(index.url)
        return (
            [t.title for t in response.context["upcoming_trainings"]],
            [t.title for t in response.context["past_trainings"].object_list],
        )

    assert upcoming_and_past() == ([training.title], [])
    # What is upcoming is decided at each request from the kept schedule.
    with time_machine.travel(starts + 2 * DAY, tick=False):
        assert upcoming_and_past() == ([], [training.title])


def test_a_promotion_hub_is_kept_until_one_of_its_pages_changes(client, home):
    hub = factories.make_promotion(home)
    tourism = factories.make_promotion(hub, title="Du lịch", slug="du-lich")
    assert "Du lịch" in html(client, hub)
    # Kept: a child renamed behind the events' back is not seen...
    type(tourism).objects.filter(pk=tourism.pk).update(title="Du lịch sinh thái")
    assert "Du lịch sinh thái" not in html(client, hub)
    # ...until a child is published.
    factories.make_promotion(hub, title="Đầu tư", slug="dau-tu")
    page = html(client, hub)
    assert "Du lịch sinh thái" in page and "Đầu tư" in page


def test_a_translations_notice_says_it_is_behind_once_the_source_is_published(
    client, home, release_index, agency
):
    english = factories.make_locale("en")
    factories.translate(home, english, {"Trang chủ": "Home"})
    factories.translate(release_index, english)
    release = factories.make_release(release_index, agency, title="Họp báo")
    translation = factories.translate(release, english)
    behind = "A newer Vietnamese version of this page exists."
    assert "Translated from Vietnamese" in html(client, translation)
    assert behind not in html(client, translation)
    with time_machine.travel(timezone.now() + DAY, tick=False):
        release = PressReleasePage.objects.get(pk=release.pk)
        release.title = "Họp báo thường kỳ"
        release.save_revision().publish()
        assert behind in html(client, translation)


def feed_titles(page):
    return re.findall(
        r'<link rel="alternate" type="application/rss\+xml" title="([^"]+)"', page
    )


def test_feed_links_are_kept_per_filter_and_end_with_their_agency(
    client, release_index, agency
):
    release = factories.make_release(release_index, agency, title="Họp báo")
    release.tags.add("kinh-te", "y-te")
    release.save_revision().publish()
    # Each filter of the newsroom offers its own topic's feed.
    economy = feed_titles(html(client, release_index, tag="kinh-te"))
    health = feed_titles(html(client, release_index, tag="y-te"))
    assert economy != health
    assert any("kinh-te" in title for title in economy)
    assert any("y-te" in title for title in health)
    assert len(feed_titles(html(client, release))) == 2  # the site's and the agency's
    # A closed agency offers no feed of its own, on the kept page too.
    agency.is_active = False
    agency.save()
    assert len(feed_titles(html(client, release))) == 1


def test_the_search_pages_navigation_is_kept_until_a_section_changes(client, home):
    from django.urls import reverse

    newsroom = factories.make_release_index(home)
    search = reverse("portal_press_search")
    assert newsroom.title in client.get(search).content.decode()
    # Kept: a section renamed behind the events' back is not seen...
    type(newsroom).objects.filter(pk=newsroom.pk).update(title="Tin tức báo chí")
    assert "Tin tức báo chí" not in client.get(search).content.decode()
    # ...until a change to a section ends the chrome.
    directory = factories.make_directory(home)
    page = client.get(search).content.decode()
    assert "Tin tức báo chí" in page and directory.title in page
