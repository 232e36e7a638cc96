"""``/sitemap.xml``: every public page of every language, with its translations.

Wagtail's own sitemap lists only the default language's tree and no
alternates. Here each public page has a ``<url>`` with its ``lastmod`` and
an ``xhtml:link rel="alternate" hreflang`` for each public translation
(itself included) plus ``x-default`` (the Vietnamese page), as search
engines ask. Pages come from the gate: an embargoed, draft, private or
expired page, or a translation of a hidden one, is absent.

Pages are grouped by translation and paginated by group
(``SITEMAP_PAGE_SIZE``); with more than one page of groups, ``/sitemap.xml``
is a sitemap index of ``/sitemap.xml?p=1``, ``?p=2``… Each page costs the
same few queries, whatever the size of the site.
"""

import math
from itertools import groupby
from xml.sax.saxutils import escape, quoteattr

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


def public_pages():
    return visibility.public(Page.objects.all()).filter(depth__gt=1)


def translation_groups(pages):
    """The translation keys of ``pages``, one per group, in a stable order."""
    return (
        pages.order_by("translation_key")
        .values_list("translation_key", flat=True)
        .distinct()
    )


def _language_order():
    order = list(get_content_languages())
    return lambda page: (
        order.index(page.locale.language_code)
        if page.locale.language_code in order
        else len(order)
    )


def entries(pages, keys, request):
    """``[(page, url, [(language, url), …]), …]`` for the groups ``keys``."""
    rows = (
        pages.filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("translation_key", "pk")
    )
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
    pages = public_pages()
    keys = translation_groups(pages)
    size = get_setting("SITEMAP_PAGE_SIZE")
    count = max(1, math.ceil(keys.count() / size))
    if "p" not in request.GET and count > 1:
        return HttpResponse(sitemap_index(request, count), CONTENT_TYPE)
    number = requested_page(request, "p", last=count)
    chunk = list(keys[(number - 1) * size : number * size])
    return HttpResponse(urlset(entries(pages, chunk, request)), CONTENT_TYPE)
