"""Facts a request reads many times and does not change: read once per request.

The view restrictions of the page tree decide every page's visibility, and a
page's header, listing, switcher and related items each ask the gate. Inside
a request they are read once; anything that changes a restriction forgets
them at once (see :mod:`.signals`). Outside a request (commands, the tick,
tasks) nothing is remembered.
"""

from contextvars import ContextVar

from django.core.signals import request_finished, request_started

_memo = ContextVar("portal_press_request_memo", default=None)


def _start(**kwargs):
    _memo.set({})


def _finish(**kwargs):
    _memo.set(None)


def active():
    """True inside a request, where facts are remembered."""
    return _memo.get() is not None


def remembered(key, compute):
    """``compute()``, once per request for ``key``."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


# Facts about content (sources, visibility, a page's languages): forgotten
# whenever anything is saved or deleted in the request (see :mod:`.signals`).
CONTENT_FACTS = set()


def forget_content_facts():
    for key in CONTENT_FACTS:
        forget(key)


def forget(key):
    memo = _memo.get()
    if memo is not None:
        memo.pop(key, None)


def connect():
    request_started.connect(_start, dispatch_uid="portal_press_memo_start")
    request_finished.connect(_finish, dispatch_uid="portal_press_memo_finish")
