"""``/sitemap.xml``: every public page of every language, with its translations.

Wagtail's own sitemap lists only the default language's tree and no
alternates. Here each public page has a ``<url>`` with its ``lastmod`` and
an ``xhtml:link rel="alternate" hreflang`` for each public translation
(itself included) plus ``x-default`` (the Vietnamese page), as search
engines ask. Pages come from the gate: an embargoed, draft, private or
expired page, or a translation of a hidden one, is absent.

Pages are grouped by translation. A site of more than ``SITEMAP_PAGE_SIZE``
pages is split into files by the translation key, a random UUID: file ``p``
of ``n`` holds the groups whose key falls in the ``p``-th ``1/n`` of the key
space, so each holds about ``SITEMAP_PAGE_SIZE`` pages and a translation
always sits with its source. ``/sitemap.xml`` is then a sitemap index of
``/sitemap.xml?p=1``, ``?p=2``… Neither the index nor a file reads the
whole site through the gate: the index counts the site's pages, public or
not, and a file asks the gate about its own range of keys only, so each
costs the same few queries and about the same time at 100,000 pages as at
100.
"""

import math
import uuid
from itertools import groupby
from xml.sax.saxutils import escape, quoteattr

from django.db.models import Q
from django.http import HttpResponse
from wagtail.coreutils import get_content_languages
from wagtail.models import Page

from ..conf import get_setting
from ..public.pagination import requested_page
from ..publishing import visibility
from ..publishing.sources import default_language_code

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
CONTENT_TYPE = "application/xml; charset=utf-8"


KEY_SPACE = 2**128  # translation keys are UUIDs


def file_count():
    """How many files the sitemap has: one per ``SITEMAP_PAGE_SIZE`` pages of
    the site. Counted without the gate (a count of the table), since a file
    with a few hidden pages fewer is still a file."""
    pages = Page.objects.filter(depth__gt=1).count()
    return max(1, math.ceil(pages / get_setting("SITEMAP_PAGE_SIZE")))


def key_range(number, count):
    """The translation keys of file ``number`` of ``count``, as a condition."""
    condition = Q(translation_key__gte=uuid.UUID(int=(number - 1) * KEY_SPACE // count))
    if number < count:
        condition &= Q(translation_key__lt=uuid.UUID(int=number * KEY_SPACE // count))
    return condition


def public_pages(number, count):
    """The public pages of file ``number``: a range of keys, so a few rows for
    the gate, each looked up by its own key."""
    pages = Page.objects.filter(key_range(number, count), depth__gt=1)
    return visibility.public_few(pages)


def _language_order():
    order = list(get_content_languages())
    return lambda page: (
        order.index(page.locale.language_code)
        if page.locale.language_code in order
        else len(order)
    )


def entries(pages, request):
    """``[(page, url, [(language, url), …]), …]`` for the groups of ``pages``."""
    rows = pages.select_related("locale").order_by("translation_key", "pk")
    order, default = _language_order(), default_language_code()
    found = []
    for _key, group in groupby(rows, key=lambda page: page.translation_key):
        group = sorted(group, key=order)
        urls = [(page, page.get_full_url(request)) for page in group]
        urls = [(page, url) for page, url in urls if url]
        alternates = [(page.locale.language_code, url) for page, url in urls]
        if len(alternates) > 1:
            alternates += [
                ("x-default", url)
                for page, url in urls
                if page.locale.language_code == default
            ]
        found += [(page, url, alternates) for page, url in urls]
    return found


def _lastmod(page):
    moment = page.last_published_at or page.latest_revision_created_at
    return moment.isoformat(timespec="seconds") if moment else None


def urlset(items):
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">',
    ]
    for page, url, alternates in items:
        lines.append(f"<url><loc>{escape(url)}</loc>")
        if lastmod := _lastmod(page):
            lines.append(f"<lastmod>{lastmod}</lastmod>")
        lines += [
            f'<xhtml:link rel="alternate" hreflang={quoteattr(language)} '
            f"href={quoteattr(href)}/>"
            for language, href in alternates
        ]
        lines.append("</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def sitemap_index(request, count):
    base = request.build_absolute_uri(request.path)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<sitemapindex xmlns="{SITEMAP_NS}">',
        *(
            f"<sitemap><loc>{escape(f'{base}?p={number}')}</loc></sitemap>"
            for number in range(1, count + 1)
        ),
        "</sitemapindex>",
    ]
    return "\n".join(lines) + "\n"


def sitemap(request):
    count = file_count()
    if "p" not in request.GET and count > 1:
        return HttpResponse(sitemap_index(request, count), CONTENT_TYPE)
    number = requested_page(request, "p", last=count)
    pages = public_pages(number, count)
    return HttpResponse(urlset(entries(pages, request)), CONTENT_TYPE)
