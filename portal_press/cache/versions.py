"""Versions that end cached pages: one per URL path, one for the listings
(search, feeds, calendars, the sitemap: every view that lists everything
public), and one for everything.

A cached page's key holds the version of its path (or the listings' version)
and the site-wide generation at the time it was stored; invalidating is
replacing a version, so every query-string variant of a path (the
newsroom's filters and pages) ends at once, and nothing has to know which
variants were stored.
"""

import uuid

from django.core.cache import caches

from ..conf import get_setting

GENERATION_KEY = "portal_press:page-cache:generation"
BOUNDARY_KEY = "portal_press:page-cache:next-boundary"
LISTINGS_KEY = "portal_press:page-cache:listings"


def store():
    return caches[get_setting("PAGE_CACHE_ALIAS")]


def _path_key(path):
    return f"portal_press:page-cache:path:{path}"


def current(path, listing=False):
    """``(generation, version)`` of ``path``, or of the listings if it is
    one; created on first use."""
    version_key = LISTINGS_KEY if listing else _path_key(path)
    found = store().get_many([GENERATION_KEY, version_key])
    generation = found.get(GENERATION_KEY)
    version = found.get(version_key)
    if generation is None:
        generation = _renew(GENERATION_KEY)
    if version is None:
        version = _renew(version_key)
    return generation, version


def _renew(key):
    token = uuid.uuid4().hex
    store().set(key, token, None)
    return token


def end_paths(paths):
    """End the cached pages of ``paths`` (every query string of each)."""
    token = uuid.uuid4().hex
    store().set_many({_path_key(path): token for path in paths}, None)


def end_listings():
    """End every listing, in every language: which of a feed's or a search's
    entries an event touches is not known."""
    _renew(LISTINGS_KEY)


def end_everything():
    """End every cached page (the site's chrome or structure changed)."""
    _renew(GENERATION_KEY)
    store().delete(BOUNDARY_KEY)
