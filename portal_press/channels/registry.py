"""Every output of the app, with its URL pattern: one list.

The URL configurations are built from it (:mod:`.urls`, :mod:`.site_urls`),
and the tests read it too: the leak tests open every channel about an
embargoed, draft, private or other-language item, an ended appointment and
a closed agency; the hostile-input sweep sends its parameters. A new output
is added here and nowhere else. Every channel is a listing of the page
cache: a visitor's response is kept until the next content event.
"""

from dataclasses import dataclass

from . import responses


@dataclass(frozen=True)
class Channel:
    name: str  # URL name, in the ``portal_press_channels`` namespace
    route: str  # Django path pattern
    view: str  # dotted path of the view
    about: str  # what the URL names: see ABOUT
    content_type: str
    parser: str  # the parser the tests read it with
    per_language: bool = True  # under the language prefix (/vi/…, /en/…)
    params: tuple = ()  # GET parameters it reads

    @property
    def argument_count(self):
        return self.route.count("<")


# What a channel's URL arguments name.
ABOUT = {
    "spokesperson": "a spokesperson's translation key",
    "agency": "an agency's translation key",
    "training": "a training's translation key",
    "connection_point": "a training's and a connection point's translation keys",
    "release": "a press release's translation key",
    "topic": "a topic's slug",
    "site": "nothing: the whole site",
}

RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
XML = "application/xml; charset=utf-8"
JSON = "application/json"

V = "portal_press.channels"
CHANNELS = [
    # Spokesperson contacts
    Channel(
        "spokesperson_vcard",
        "contacts/<uuid:key>.vcf",
        f"{V}.vcards.spokesperson_vcard",
        "spokesperson",
        responses.VCARD,
        "vobject",
    ),
    Channel(
        "spokesperson_qr",
        "contacts/<uuid:key>.svg",
        f"{V}.qr.spokesperson_qr",
        "spokesperson",
        responses.SVG,
        "xml",
    ),
    Channel(
        "agency_vcard",
        "contacts/agency/<uuid:key>.vcf",
        f"{V}.vcards.agency_vcard",
        "agency",
        responses.VCARD,
        "vobject",
    ),
    Channel(
        "directory_vcard",
        "contacts/directory.vcf",
        f"{V}.vcards.directory_vcard",
        "site",
        responses.VCARD,
        "vobject",
    ),
    # Calendars
    Channel(
        "training_ics",
        "calendar/training/<uuid:key>.ics",
        f"{V}.calendar_views.training_ics",
        "training",
        responses.CALENDAR,
        "icalendar",
    ),
    Channel(
        "connection_point_ics",
        "calendar/training/<uuid:key>/point/<uuid:point_key>.ics",
        f"{V}.calendar_views.connection_point_ics",
        "connection_point",
        responses.CALENDAR,
        "icalendar",
    ),
    Channel(
        "trainings_ics",
        "calendar/trainings.ics",
        f"{V}.calendar_views.trainings_feed",
        "site",
        responses.CALENDAR,
        "icalendar",
    ),
    Channel(
        "agency_trainings_ics",
        "calendar/agency/<uuid:key>.ics",
        f"{V}.calendar_views.agency_trainings_feed",
        "agency",
        responses.CALENDAR,
        "icalendar",
    ),
    # Feeds
    Channel(
        "releases_rss",
        "feeds/releases.rss",
        f"{V}.feeds.rss_feed",
        "site",
        RSS,
        "feedparser",
        params=("page",),
    ),
    Channel(
        "releases_atom",
        "feeds/releases.atom",
        f"{V}.feeds.atom_feed",
        "site",
        ATOM,
        "feedparser",
        params=("page",),
    ),
    Channel(
        "agency_releases_rss",
        "feeds/agency/<uuid:key>.rss",
        f"{V}.feeds.rss_feed",
        "agency",
        RSS,
        "feedparser",
        params=("page",),
    ),
    Channel(
        "agency_releases_atom",
        "feeds/agency/<uuid:key>.atom",
        f"{V}.feeds.atom_feed",
        "agency",
        ATOM,
        "feedparser",
        params=("page",),
    ),
    Channel(
        "tag_releases_rss",
        "feeds/tag/<slug:slug>.rss",
        f"{V}.feeds.rss_feed",
        "topic",
        RSS,
        "feedparser",
        params=("page",),
    ),
    Channel(
        "tag_releases_atom",
        "feeds/tag/<slug:slug>.atom",
        f"{V}.feeds.atom_feed",
        "topic",
        ATOM,
        "feedparser",
        params=("page",),
    ),
    # Print and archive
    Channel(
        "release_pdf",
        "print/release/<uuid:key>.pdf",
        f"{V}.pdf_views.release_pdf",
        "release",
        responses.PDF,
        "pypdf",
    ),
    Channel(
        "training_pdf",
        "print/training/<uuid:key>.pdf",
        f"{V}.pdf_views.training_pdf",
        "training",
        responses.PDF,
        "pypdf",
    ),
    # Site-wide, outside the language prefix
    Channel(
        "sitemap",
        "sitemap.xml",
        f"{V}.sitemap.sitemap",
        "site",
        XML,
        "xml",
        per_language=False,
        params=("p",),
    ),
]

# The JSON API (Wagtail API v2) is mounted by the host (``api/v2/``): its
# endpoints, with the parameters they read, are listed in .api.ENDPOINTS.


def channel(name):
    return next(channel for channel in CHANNELS if channel.name == name)
