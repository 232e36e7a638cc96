"""Versions that end cached pages: one per URL path, and one for everything.

A cached page's key holds the version of its path and the site-wide
generation at the time it was stored; invalidating is replacing a version,
so every query-string variant of a path (the newsroom's filters and pages)
ends at once, and nothing has to know which variants were stored.
"""

import uuid

from django.conf import settings
from django.core.cache import caches
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from ..conf import get_setting

GENERATION_KEY = "portal_press:page-cache:generation"
BOUNDARY_KEY = "portal_press:page-cache:next-boundary"


def store():
    return caches[get_setting("PAGE_CACHE_ALIAS")]


def _path_key(path):
    return f"portal_press:page-cache:path:{path}"


def current(path):
    """``(generation, path version)``, created on first use."""
    cache = store()
    found = cache.get_many([GENERATION_KEY, _path_key(path)])
    generation = found.get(GENERATION_KEY)
    version = found.get(_path_key(path))
    if generation is None:
        generation = _renew(GENERATION_KEY)
    if version is None:
        version = _renew(_path_key(path))
    return generation, version


def _renew(key):
    token = uuid.uuid4().hex
    store().set(key, token, None)
    return token


def end_paths(paths):
    """End the cached pages of ``paths`` (every query string of each)."""
    token = uuid.uuid4().hex
    store().set_many({_path_key(path): token for path in paths}, None)


# Views that list everything public (not pages of the tree): ended by every
# content event, in every language. Channels add their URL names here.
LISTING_URL_NAMES = ["portal_press_search", "portal_press_autocomplete"]


def listing_paths():
    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for name in LISTING_URL_NAMES:
                try:
                    paths.add(reverse(name))
                except NoReverseMatch:
                    continue
    return paths


def end_listings():
    end_paths(listing_paths())


def end_everything():
    """End every cached page (the site's chrome or structure changed)."""
    _renew(GENERATION_KEY)
    store().delete(BOUNDARY_KEY)
