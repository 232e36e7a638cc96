"""Parts of pages kept between requests: the site's chrome (menus, section
lists) and what a section computes from every public item below it.

The same for every visitor of a language, because they show only what the
gate says is public; kept under the page cache's site-wide generation, so
they end with it whenever a page of the chrome changes (see
:mod:`.invalidation`), and never outlive the next time something becomes
public or stops being public by itself (the page cache's own limit).
"""

from django.utils.translation import get_language

from ..publishing import request_memo
from ..publishing.clock import portal_now
from . import page_cache, versions


def remembered(name, compute, path=None, listing=False):
    """``compute()``, kept for every visitor of the active language; with
    ``path``, also ended whenever the cached pages of that path end (a
    section's list, ended by any change to a page below it); with
    ``listing``, whenever the listings end (any content event)."""
    return request_memo.remembered(
        f"fragment:{name}:{get_language()}",
        lambda: _from_cache(name, compute, path, listing),
    )


def kept_with_page(name, compute, page, request):
    """``compute()`` kept with ``page`` (ended by its events), or computed
    afresh for a preview (the editor's unsaved form) or an unsaved page."""
    if getattr(request, "is_preview", False) or not page.pk or not page.url:
        return compute()
    return remembered(name, compute, path=page.url)


def _from_cache(name, compute, path, listing=False):
    cache = versions.store()
    generation, version = versions.current(path or "", listing=listing)
    if path is None and not listing:
        version = ""
    key = f"portal_press:fragment:{generation}:{version}:{get_language()}:{name}"
    found = cache.get(key)
    if found is not None:
        return found
    value = compute()
    seconds = page_cache.seconds_left(portal_now())
    if seconds >= 1:
        cache.set(key, value, seconds)
    return value
