"""Queries of every public URL: the same with few rows and with many, and
within a budget.

The page benchmark (``make bench``) measures the same URLs at 100 and 10,000
releases under the example site; here the site is small enough for the
suite: the counts are taken once, the content is multiplied, and they are
taken again. ``BUDGET`` holds the most each URL may cost under the test
settings, within the goal for every page of 12 (15 for the search).
"""

import datetime

from django.urls import reverse
from django.utils import timezone, translation

from tests import factories
from tests.queries import count_queries

PAGE_GOAL, SEARCH_GOAL = 12, 15

BUDGET = {
    "home": 8,
    "newsroom": 8,
    "newsroom, page 2": 8,
    "newsroom, filtered": 10,
    "release": 9,
    "release, English": 10,
    "directory": 8,
    "directory, English": 9,
    "training index": 8,
    "training": 9,
    "promotion": 7,
    "search": SEARCH_GOAL,
    "search, no marks": SEARCH_GOAL,
    "search, facets": SEARCH_GOAL,
    "search, empty": SEARCH_GOAL,
    "autocomplete": SEARCH_GOAL,
    "feed": PAGE_GOAL,
    "agency feed": PAGE_GOAL,
    "calendar": PAGE_GOAL,
    "directory vCard": PAGE_GOAL,
    "sitemap": PAGE_GOAL,
}


class Site:
    """A small portal that can be made bigger."""

    def __init__(self):
        self.home = factories.build_site()
        self.en = factories.make_locale("en")
        self.kind = factories.make_kind()
        self.role = factories.make_role()
        self.newsroom = factories.make_release_index(self.home)
        self.trainings = factories.make_training_index(self.home)
        self.directory = factories.make_directory(self.home)
        self.promotion = factories.make_promotion(self.home)
        self.agencies = []
        self.releases = []
        self.grow(21)  # more than one page of the newsroom
        self.release = self.releases[0]
        self.agency = self.release.issuing_agency
        for page in (self.home, self.newsroom, self.directory, self.release):
            factories.translate(page, self.en)
        self.release_en = type(self.release).objects.get(
            translation_key=self.release.translation_key, locale=self.en
        )
        self.directory_en = type(self.directory).objects.get(
            translation_key=self.directory.translation_key, locale=self.en
        )

    def grow(self, count):
        now = timezone.now()
        for number in range(count):
            agency = factories.make_agency(kind=self.kind)
            self.agencies.append(agency)
            release = factories.make_release(
                self.newsroom,
                agency,
                title=f"Phát ngôn về kết quả số {len(self.releases)}",
                released_at=now - datetime.timedelta(days=40 * number + 1),
            )
            release.tags.add("kinh-te", f"chu-de-{number % 4}")
            release.save_revision().publish()
            self.releases.append(release)
            factories.make_spokesperson(agency, self.role)
            if number % 5 == 0:
                factories.make_training(
                    self.trainings, agency, now + datetime.timedelta(days=number)
                )

    def urls(self):
        training = self.trainings.get_children().live().first()
        with translation.override("vi"):
            search = reverse("portal_press_search")
            channel = "portal_press_channels:{}".format
            return {
                "home": self.home.url,
                "newsroom": self.newsroom.url,
                "newsroom, page 2": f"{self.newsroom.url}?page=2",
                "newsroom, filtered": (
                    f"{self.newsroom.url}?agency={self.agency.pk}"
                    f"&year={self.release.released_at.year}&tag=kinh-te"
                ),
                "release": self.release.url,
                "release, English": self.release_en.url,
                "directory": self.directory.url,
                "directory, English": self.directory_en.url,
                "training index": self.trainings.url,
                "training": training.url,
                "promotion": self.promotion.url,
                "search": f"{search}?q=phát+ngôn",
                "search, no marks": f"{search}?q=phat+ngon",
                "search, facets": f"{search}?q=phat+ngon&type=release",
                "search, empty": search,
                "autocomplete": f"{reverse('portal_press_autocomplete')}?q=phat",
                "feed": reverse(channel("releases_rss")),
                "agency feed": reverse(
                    channel("agency_releases_rss"), args=[self.agency.translation_key]
                ),
                "calendar": reverse(channel("trainings_ics")),
                "directory vCard": reverse(channel("directory_vcard")),
                "sitemap": reverse("portal_press_sitemap"),
            }


def test_every_public_url_costs_the_same_queries_as_content_grows(client, db):
    site = Site()
    urls = site.urls()
    assert set(urls) == set(BUDGET)
    few = {name: count_queries(client, url) for name, url in urls.items()}
    site.grow(40)
    many = {name: count_queries(client, url) for name, url in urls.items()}
    grew = {name: (few[name], many[name]) for name in urls if few[name] != many[name]}
    assert not grew, f"queries grew with the content (few, many): {grew}"
    over = {name: many[name] for name in urls if many[name] > BUDGET[name]}
    assert not over, f"over budget: {over}; all: {many}"
