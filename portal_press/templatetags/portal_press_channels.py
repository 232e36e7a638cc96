"""Links to the channels from the pages, and what every page's <head> says
about itself: feeds, structured data, sharing cards."""

import hashlib

from django import template
from django.urls import reverse
from wagtail.models import Page

from ..channels import feeds, jsonld, lookup, sharing
from ..models import Agency, PressReleasePage, Topic
from ..publishing import visibility
from .portal_press_i18n import page_languages
from .portal_press_keep import kept_html

register = template.Library()
NS = "portal_press_channels"


def _url(name, *args):
    return reverse(f"{NS}:{name}", args=args)


@register.simple_tag
def vcard_url(person):
    return _url("spokesperson_vcard", person.translation_key)


@register.simple_tag
def qr_url(person):
    return _url("spokesperson_qr", person.translation_key)


@register.simple_tag
def agency_vcard_url(agency):
    return _url("agency_vcard", agency.translation_key)


@register.simple_tag
def directory_vcard_url():
    return _url("directory_vcard")


@register.simple_tag
def training_ics_url(training):
    return _url("training_ics", training.translation_key)


@register.simple_tag
def connection_point_ics_url(training, point):
    return _url("connection_point_ics", training.translation_key, point.translation_key)


@register.simple_tag
def trainings_calendar_url(agency=None):
    if agency is not None:
        return _url("agency_trainings_ics", agency.translation_key)
    return _url("trainings_ics")


@register.simple_tag
def release_feed_url(kind="rss", agency=None, topic=None):
    return feeds.feed_url(kind, agency=agency, topic=topic)


@register.simple_tag
def pdf_url(page):
    name = "release_pdf" if isinstance(page, PressReleasePage) else "training_pdf"
    return _url(name, page.translation_key)


def _filter_values(request, page):
    """The raw agency key and tag slug a newsroom is filtered by, where they
    could be valid: what its feed links depend on, read without a query."""
    if request is None or not hasattr(page, "get_children"):
        return None, ""
    raw = request.GET.get("agency", "")
    pk = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 19 else None
    slug = request.GET.get("tag", "")
    if not slug or len(slug) > 100 or "\x00" in slug:
        slug = ""
    return pk, slug


def _filtered(request, page, form=None):
    """The agency and topic a newsroom is filtered by (valid values only)."""
    pk, slug = _filter_values(request, page)
    agency = None if pk is None else _chosen_agency(form, pk)
    topic = Topic.objects.filter(slug=slug).first() if slug else None
    return agency, topic


def _chosen_agency(form, pk):
    # The newsroom's filter form has read the agency it filters by already.
    chosen = form.cleaned_data.get("agency") if form and form.is_valid() else None
    if chosen is not None and chosen.pk == pk:
        return chosen
    return Agency.objects.filter(pk=pk).first()


FEED_LINKS_TEMPLATE = "portal_press/includes/feed_links.html"


@register.simple_tag(takes_context=True)
def feed_links(context):
    """The release feeds this page offers: the site's, and the agency's or
    topic's of a filtered newsroom or of a release.

    Kept with the page: its agency's name and openness end everything kept
    when they change, a topic's change ends the pages tagged with it and
    their newsroom.
    """
    page, request = context.get("page"), context.get("request")
    filtered = isinstance(page, Page) and context.get("releases") is not None
    name = None
    if isinstance(page, Page) and page.pk:
        pk, slug = _filter_values(request, page) if filtered else (None, "")
        name = f"feed-links:{page.pk}:{pk}:{_digest(slug)}"

    def render():
        values = {"links": _feed_links(context, page, request, filtered)}
        template_ = context.template.engine.get_template(FEED_LINKS_TEMPLATE)
        return template_.render(context.new(values))

    return kept_html(context, name, isinstance(page, Page) and page.url, render)


def _digest(text):
    # Any text a visitor typed, as a short key of safe characters.
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest() if text else ""


def _feed_links(context, page, request, filtered):
    links = [("rss", None, None), ("atom", None, None)]
    agency = topic = None
    if isinstance(page, PressReleasePage):
        agency = page.issuing_agency
    elif filtered:
        agency, topic = _filtered(request, page, context.get("filter_form"))
    agency = agency and lookup.source_of(agency)
    if agency is not None and visibility.is_public(agency):
        links += [("rss", agency, None), ("atom", agency, None)]
    if topic is not None:
        links += [("rss", None, topic), ("atom", None, topic)]
    return [
        {
            "href": feeds.feed_url(kind, agency=a, topic=t),
            "type": "application/atom+xml" if kind == "atom" else "application/rss+xml",
            "title": feeds.feed_title(a, t),
        }
        for kind, a, t in links
    ]


@register.simple_tag(takes_context=True)
def structured_data(context):
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or context.get("withdrawal"):
        # A withdrawn release describes nothing any more.
        return ""

    def script():
        data = jsonld.structured_data(page, context, request)
        return jsonld.script(data) if data else ""

    # It describes what the page's kept listing shows: kept with it.
    kept = context.get("kept_listing")
    return kept_html(context, kept and f"jsonld:{kept}", page.url, script)


@register.inclusion_tag("portal_press/includes/sharing.html", takes_context=True)
def sharing_meta(context):
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or request is None:
        return {"tags": []}
    languages = page_languages(context, page)
    withdrawn = bool(context.get("withdrawal"))
    return {"tags": sharing.sharing_tags(page, request, languages, withdrawn)}
