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
from django.db.models import Q
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page

from ..publishing import events
from . import versions

# Pages this near the root (the home page, its sections) show in every
# page's header and menu.
CHROME_DEPTH = 3


def _affected_paths(affected):
    """The tree paths of the affected pages, in one query."""
    pages = [queryset for queryset in affected if issubclass(queryset.model, Page)]
    if not pages:
        return set()
    condition = Q()
    for queryset in pages:
        condition |= Q(pk__in=queryset.values("pk"))
    return set(Page.objects.filter(condition).values_list("path", flat=True))


def pages_to_end(paths):
    """The pages at ``paths`` and the pages above them (the root aside), in
    one query."""
    steps = Page.steplen
    tree_paths = set()
    for path in paths:
        tree_paths.update(path[:end] for end in range(steps * 2, len(path) + 1, steps))
    if not tree_paths:
        return []
    return list(
        Page.objects.filter(path__in=tree_paths).only(
            "path", "url_path", "depth", "locale"
        )
    )


def ends_everything(event, paths):
    # A page's depth is the length of its path in steps.
    return event.name in (events.MOVED, events.DELETED) or any(
        len(path) // Page.steplen <= CHROME_DEPTH for path in paths
    )


def end_cached_pages(event):
    paths = _affected_paths(event.affected)
    if ends_everything(event, paths):
        versions.end_everything()
        return
    versions.end_paths({page.url for page in pages_to_end(paths) if page.url})
    versions.end_listings()


def _purges_frontend():
    return apps.is_installed("wagtail.contrib.frontend_cache") and getattr(
        settings, "WAGTAILFRONTENDCACHE", None
    )


def purge_frontend(event):
    if not _purges_frontend():
        return
    pages = pages_to_end(_affected_paths(event.affected))
    urls = {page.get_full_url() for page in pages}
    purge_urls_from_cache(sorted(url for url in urls if url))


def connect():
    events.subscribe(end_cached_pages)
    events.subscribe(purge_frontend)
