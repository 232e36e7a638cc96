"""The full-page cache for anonymous visitors.

Only responses marked cacheable are stored: Wagtail pages the gate says are
public (marked as they are served, see :func:`mark_cacheable`) and the
listings (:func:`cached_listing`: search and every channel), which end with
any content event. A streamed response (a calendar) is kept as it streams
when it is no larger than ``PAGE_CACHE_MAX_BYTES``. A request bypasses the
cache when it carries a session (a signed-in user, a visitor who gave a
page's password), is not a GET or HEAD, or asks for a preview; a response
that sets a cookie is never stored. The key holds the host, the path, the
language and the sorted query string, with the versions of
:mod:`.versions`; an entry never outlives the next time anything becomes
public or stops being public by itself.
"""

import datetime
import functools
import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.urls import Resolver404, get_urlconf, resolve
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.translation import get_language

from ..conf import get_setting
from ..publishing import visibility
from ..publishing.clock import portal_now
from . import versions

CACHEABLE = "portal_press_cacheable"
LISTING = "portal_press_listing"


def bypasses(request):
    return (
        request.method not in ("GET", "HEAD")
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or "preview" in request.GET
    )


def _key(request, generation, version):
    query = "&".join(sorted(request.GET.urlencode().split("&")))
    raw = f"{request.get_host()}|{request.path}|{get_language()}|{query}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"portal_press:page-cache:entry:{generation}:{version}:{digest}"


def _entry_key(request):
    listing = _is_listing(get_urlconf(), get_language(), request.path_info)
    return _key(request, *versions.current(request.path, listing=listing))


def lookup(request):
    """The stored response for ``request``, or ``None``."""
    if bypasses(request):
        return None
    return versions.store().get(_entry_key(request))


def mark_cacheable(response):
    """Let the page cache, browsers and proxies keep ``response``."""
    setattr(response, CACHEABLE, True)
    return response


def cached_listing(view):
    """``view`` lists what is public (a search, a feed): its responses may
    be kept until the next content event."""

    @functools.wraps(view)
    def listing_view(request, *args, **kwargs):
        return mark_cacheable(view(request, *args, **kwargs))

    setattr(listing_view, LISTING, True)
    return listing_view


@functools.lru_cache(maxsize=4096)
def _is_listing(urlconf, language, path_info):
    # The language is part of the question: the URL patterns under
    # i18n_patterns answer for the active language's prefix only.
    try:
        match = resolve(path_info, urlconf)
    except Resolver404:
        return False
    return getattr(match.func, LISTING, False)


def seconds_left(now):
    """Seconds an entry stored now may live: the setting, cut at the next
    boundary of the gate (read once per generation, not per page)."""
    cache = versions.store()
    boundary = cache.get(versions.BOUNDARY_KEY, "unknown")
    if boundary == "unknown":
        boundary = visibility.next_boundary(now)
        cache.set(versions.BOUNDARY_KEY, boundary, get_setting("PAGE_CACHE_SECONDS"))
    seconds = get_setting("PAGE_CACHE_SECONDS")
    if boundary is not None:
        seconds = min(seconds, (boundary - now) / datetime.timedelta(seconds=1))
    return int(seconds)


def save(request, response):
    """Store ``response`` if it may be, with its caching headers."""
    if (
        not getattr(response, CACHEABLE, False)
        or bypasses(request)
        or response.status_code != 200
        or response.cookies
        or getattr(response, "is_async", False)
    ):
        return response
    seconds = seconds_left(portal_now())
    if seconds < 1:
        return response
    patch_cache_control(
        response,
        public=True,
        max_age=min(seconds, get_setting("BROWSER_CACHE_SECONDS")),
    )
    key = _entry_key(request)
    if response.streaming:
        response.streaming_content = _kept_as_streamed(
            response.streaming_content, response, key, seconds
        )
        return response
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    set_response_etag(response)
    versions.store().set(key, response, seconds)
    return response


def _kept_as_streamed(content, response, key, seconds):
    """The chunks of ``response``, stored once all are sent, unless they
    pass the size limit or the visitor leaves before the end."""
    limit = get_setting("PAGE_CACHE_MAX_BYTES")
    chunks, size = [], 0
    for chunk in content:
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
        yield chunk
    if size > limit:
        return
    kept = HttpResponse(b"".join(chunks), status=response.status_code)
    for header, value in response.items():
        kept[header] = value
    set_response_etag(kept)
    versions.store().set(key, kept, seconds)
