"""A pause on Elasticsearch after it fails, so that nobody waits on it in vain.

An unreachable or hanging server costs each request a full timeout. After a
failure that cost one (refused, timed out) — or after a few errors in a row
of any other kind — Elasticsearch is *paused* for a cooling-off period: the
public search answers from the database at once, with its notice, and index
updates wait in the queue of pending updates for the tick to retry. The
state is kept in Django's cache, so with a shared cache (Redis) every worker
process pauses together.
"""

from django.core.cache import cache

from . import connection

PAUSED_KEY = "portal_press:elasticsearch:paused"
FAILURES_KEY = "portal_press:elasticsearch:failures"
# Errors that are not timeouts pause Elasticsearch after this many in a row.
ERRORS_BEFORE_PAUSE = 3
# Errors that cost a visitor a timeout (connection.COSTLY_ERRORS) pause it at once.


def is_paused():
    return cache.get(PAUSED_KEY) is not None


def record_failure(error):
    """Count ``error``; pause Elasticsearch if it calls for a pause."""
    failures = cache.get(FAILURES_KEY, 0) + 1
    cooldown = connection.config_value("COOLDOWN")
    cache.set(FAILURES_KEY, failures, timeout=cooldown * 10)
    if isinstance(error, connection.COSTLY_ERRORS) or failures >= ERRORS_BEFORE_PAUSE:
        cache.set(PAUSED_KEY, True, timeout=cooldown)


def record_success():
    cache.delete(FAILURES_KEY)


def reset():
    cache.delete_many([PAUSED_KEY, FAILURES_KEY])
