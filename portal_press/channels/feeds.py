"""RSS 2.0 and Atom feeds of press releases: all, per agency, per tag.

Each feed is in the language of its URL prefix and holds only what the gate
shows in that language: never an embargoed, draft, private or other-language
release. Items carry the release number, the issuing agency, the date and
the lead; their GUID comes from the release's translation key and language,
so it survives a new title or slug. The newest releases come first, a page
at a time (``?page=2``, linked as RFC 5005 paged feeds), so a large archive
is never read at once.
"""

import uuid
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils import feedgenerator
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext as _

from ..conf import get_setting
from ..localisation.register import localize_agencies
from ..models import PressReleaseIndexPage, PressReleasePage, Topic
from ..public.pagination import requested_page
from ..publishing import visibility
from ..publishing.clock import portal_timezone
from . import lookup

# Names GUIDs; changing it would make every reader see every item again.
GUID_NAMESPACE = uuid.UUID("5b0f3c1e-4f0e-4d8a-9a57-2f8d61a1c0b7")
MAX_PAGES = 1000


@dataclass
class FeedScope:
    request: object
    locale: object
    title: str
    link: str
    agency: object = None
    topic: object = None
    page: int = 1
    items: list = field(default_factory=list)
    has_next: bool = False


@dataclass
class FeedItem:
    title: str
    link: str
    description: str
    guid: str
    pubdate: object
    updated: object
    author: str
    reference: str
    categories: list


def guid(release):
    """A GUID that survives a new title or slug: from key and language."""
    name = f"{release.translation_key}/{release.locale.language_code}"
    return f"urn:uuid:{uuid.uuid5(GUID_NAMESPACE, name)}"


def public_releases(locale, agency=None, topic=None):
    releases = visibility.public(PressReleasePage.objects.all(), locale=locale)
    if agency is not None:
        releases = releases.filter(
            issuing_agency__translation_key=agency.translation_key
        )
    if topic is not None:
        releases = releases.filter(tags=topic)
    return releases.order_by("-released_at", "-pk")


def summary(release, agency_name):
    """The item's text: number, agency and date, then the lead."""
    moment = date_format(
        release.released_at.astimezone(portal_timezone()), "SHORT_DATETIME_FORMAT"
    )
    facts = " · ".join(
        part for part in (release.reference, agency_name, moment) if part
    )
    return f"<p>{escape(facts)}</p><p>{escape(release.lead)}</p>"


def feed_items(releases, locale, request):
    releases = list(
        releases.select_related("issuing_agency", "locale").prefetch_related("tags")
    )
    agencies = localize_agencies([r.issuing_agency for r in releases], locale)
    return [
        FeedItem(
            title=release.title,
            link=release.get_full_url(request),
            description=summary(release, agency.name),
            guid=guid(release),
            pubdate=release.released_at,
            updated=release.last_published_at or release.released_at,
            author=agency.name,
            reference=release.reference,
            categories=[tag.name for tag in release.tags.all()],
        )
        for release, agency in zip(releases, agencies, strict=True)
    ]


def newsroom_url(locale, request, **params):
    pages = visibility.public_section_pages(PressReleaseIndexPage)
    page = next((page for page in pages if page.locale_id == locale.pk), None)
    if page is None:
        return "/"
    query = "&".join(f"{name}={value}" for name, value in params.items() if value)
    return page.get_full_url(request) + (f"?{query}" if query else "")


class PagedLinks:
    """Adds RFC 5005 ``next``/``previous`` links and release numbers."""

    def __init__(self, *args, next_url=None, previous_url=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.next_url, self.previous_url = next_url, previous_url

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        for rel, url in (("next", self.next_url), ("previous", self.previous_url)):
            if url:
                link = (
                    "atom:link" if isinstance(self, feedgenerator.RssFeed) else "link"
                )
                handler.addQuickElement(link, "", {"rel": rel, "href": url})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("reference"):
            handler.addQuickElement(
                "dc:identifier",
                item["reference"],
                {"xmlns:dc": "http://purl.org/dc/elements/1.1/"},
            )


class RssFeed(PagedLinks, feedgenerator.Rss201rev2Feed):
    pass


class AtomFeed(PagedLinks, feedgenerator.Atom1Feed):
    pass


class ReleaseFeed(Feed):
    feed_type = RssFeed

    def get_object(self, request, key=None, slug=None):
        locale = lookup.reader_locale()
        agency = lookup.public_agency(key) if key else None
        topic = None
        if slug is not None:
            topic = Topic.objects.filter(slug=slug).first()
            if topic is None:
                raise Http404
        number = requested_page(request, last=MAX_PAGES)
        scope = self.scope(request, locale, agency, topic, number)
        per_page = get_setting("FEED_ITEMS")
        start = (number - 1) * per_page
        releases = public_releases(locale, agency, topic)[start : start + per_page + 1]
        scope.items = feed_items(releases, locale, request)
        scope.has_next = len(scope.items) > per_page
        scope.items = scope.items[:per_page]
        if number > 1 and not scope.items:
            raise Http404(
                _("There is no page %(page)s of this feed.") % {"page": number}
            )
        return scope

    def scope(self, request, locale, agency, topic, number):
        params = {}
        if agency is not None:
            params["agency"] = agency.pk
        if topic is not None:
            params["tag"] = topic.slug
        return FeedScope(
            request,
            locale,
            feed_title(agency, topic, locale),
            newsroom_url(locale, request, **params),
            agency=agency,
            topic=topic,
            page=number,
        )

    def title(self, scope):
        return scope.title

    def link(self, scope):
        return scope.link

    def description(self, scope):
        return scope.title

    def items(self, scope):
        return scope.items

    def feed_extra_kwargs(self, scope):
        def page_url(number):
            return scope.request.build_absolute_uri(
                f"{scope.request.path}?page={number}"
            )

        return {
            "next_url": page_url(scope.page + 1) if scope.has_next else None,
            "previous_url": page_url(scope.page - 1) if scope.page > 1 else None,
        }

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.link

    def item_description(self, item):
        return item.description

    def item_guid(self, item):
        return item.guid

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.pubdate

    def item_updateddate(self, item):
        return item.updated

    def item_author_name(self, item):
        return item.author

    def item_categories(self, item):
        return item.categories

    def item_extra_kwargs(self, item):
        return {"reference": item.reference}


class AtomReleaseFeed(ReleaseFeed):
    feed_type = AtomFeed

    def subtitle(self, scope):
        return scope.title


rss_feed = ReleaseFeed()
atom_feed = AtomReleaseFeed()


def feed_title(agency=None, topic=None, locale=None):
    """“Press releases”, with the agency (in the reader's language) or topic."""
    title = _("Press releases")
    if agency is not None:
        shown = lookup.agency_for_readers(agency, locale or lookup.reader_locale())
        title = f"{title} – {shown.name}"
    if topic is not None:
        title = f"{title} – {topic.name}"
    return title


def feed_url(kind="rss", agency=None, topic=None):
    """The address of a release feed in the active language."""
    suffix = "atom" if kind == "atom" else "rss"
    if agency is not None:
        return reverse(
            f"portal_press_channels:agency_releases_{suffix}",
            args=[agency.translation_key],
        )
    if topic is not None:
        return reverse(
            f"portal_press_channels:tag_releases_{suffix}", args=[topic.slug]
        )
    return reverse(f"portal_press_channels:releases_{suffix}")
