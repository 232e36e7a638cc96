"""Parts of the site's chrome (menus, section lists) kept between requests.

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


def remembered(name, compute):
    """``compute()``, kept for every visitor of the active language."""
    return request_memo.remembered(
        f"fragment:{name}:{get_language()}", lambda: _from_cache(name, compute)
    )


def _from_cache(name, compute):
    cache = versions.store()
    generation, _version = versions.current("")
    key = f"portal_press:fragment:{generation}:{get_language()}:{name}"
    found = cache.get(key)
    if found is not None:
        return found
    value = compute()
    seconds = page_cache.seconds_left(portal_now())
    if seconds >= 1:
        cache.set(key, value, seconds)
    return value
