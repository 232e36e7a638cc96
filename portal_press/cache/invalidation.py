"""The page cache, and a frontend cache if the site has one, as subscribers
to content events.

An event's affected objects name the pages to end: each affected page and
the pages above it (its index lists it; the home page shows the latest), in
every language. Views that list everything (search, feeds, sitemaps) end
with every event. Everything ends when a page that appears in the site's
chrome (the home page or a section) changes, or when a page moves or is
deleted (its old URL is not known any more).

With ``wagtail.contrib.frontend_cache`` installed and
``WAGTAILFRONTENDCACHE`` set, the same URLs are purged from the CDN or
proxy (Wagtail purges a page when it is published; it does not know that an
embargo has ended, nor that a Vietnamese change ends the English page).
"""

from django.apps import apps
from django.conf import settings
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page

from ..publishing import events
from . import versions

# Pages this near the root (the home page, its sections) show in every
# page's header and menu.
CHROME_DEPTH = 3


def _affected_pages(affected):
    ids = set()
    for queryset in affected:
        if issubclass(queryset.model, Page):
            ids.update(queryset.values_list("pk", flat=True))
    return Page.objects.filter(pk__in=ids)


def pages_to_end(pages):
    """``pages`` and the pages above them (the root aside), in two queries."""
    steps = Page.steplen
    tree_paths = set()
    for path in pages.values_list("path", flat=True):
        tree_paths.update(path[:end] for end in range(steps * 2, len(path) + 1, steps))
    return list(
        Page.objects.filter(path__in=tree_paths).only(
            "path", "url_path", "depth", "locale"
        )
    )


def ends_everything(event, pages):
    return (
        event.name in (events.MOVED, events.DELETED)
        or pages.filter(depth__lte=CHROME_DEPTH).exists()
    )


def end_cached_pages(event):
    pages = _affected_pages(event.affected)
    if ends_everything(event, pages):
        versions.end_everything()
        return
    versions.end_paths({page.url for page in pages_to_end(pages) if page.url})
    versions.end_listings()


def _purges_frontend():
    return apps.is_installed("wagtail.contrib.frontend_cache") and getattr(
        settings, "WAGTAILFRONTENDCACHE", None
    )


def purge_frontend(event):
    if not _purges_frontend():
        return
    pages = pages_to_end(_affected_pages(event.affected))
    urls = {page.get_full_url() for page in pages}
    purge_urls_from_cache(sorted(url for url in urls if url))


def connect():
    events.subscribe(end_cached_pages)
    events.subscribe(purge_frontend)
