"""The full-page cache for anonymous visitors.

Only responses marked cacheable are stored: Wagtail pages the gate says are
public (marked as they are served, see :func:`mark_cacheable`) and views
that opt in. A request bypasses the cache when it carries a session (a
signed-in user, a visitor who gave a page's password), is not a GET or
HEAD, or asks for a preview; a response that sets a cookie is never stored.
The key holds the host, the path, the language and the sorted query
string, with the versions of :mod:`.versions`; an entry never outlives the
next time anything becomes public or stops being public by itself.
"""

import datetime
import hashlib

from django.conf import settings
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.translation import get_language

from ..conf import get_setting
from ..publishing import visibility
from ..publishing.clock import portal_now
from . import versions

CACHEABLE = "portal_press_cacheable"


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


def lookup(request):
    """The stored response for ``request``, or ``None``."""
    if bypasses(request):
        return None
    generation, version = versions.current(request.path)
    return versions.store().get(_key(request, generation, version))


def mark_cacheable(response):
    """Let the page cache, browsers and proxies keep ``response``."""
    setattr(response, CACHEABLE, True)
    return response


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
        or response.streaming
        or response.cookies
    ):
        return response
    seconds = seconds_left(portal_now())
    if seconds < 1:
        return response
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    patch_cache_control(
        response,
        public=True,
        max_age=min(seconds, get_setting("BROWSER_CACHE_SECONDS")),
    )
    set_response_etag(response)
    generation, version = versions.current(request.path)
    versions.store().set(_key(request, generation, version), response, seconds)
    return response
