"""The Elasticsearch settings and client, for the search engine and the indexer.

Elasticsearch is optional: without ``PORTAL_PRESS["ELASTICSEARCH"]`` the
public search runs on the database and nothing here connects.
"""

import functools

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, SerializationError

from ..conf import get_setting

# TIMEOUT: seconds a request may take (connecting included) before the
# database answers instead; COOLDOWN: seconds Elasticsearch is left alone
# after a failure (see .breaker).
DEFAULTS = {"URL": None, "INDEX": "portal_press", "TIMEOUT": 2, "COOLDOWN": 30}

# Everything the client raises when the service is down, slow or refuses a
# request: the callers fall back or log, they never let these reach a visitor.
ERRORS = (ApiError, TransportError, SerializationError)


def config():
    """The Elasticsearch settings with their defaults, or ``None`` when not used."""
    value = get_setting("ELASTICSEARCH")
    if not value or not value.get("URL"):
        return None
    return {**DEFAULTS, **value}


def is_configured():
    return config() is not None


def config_value(name):
    """One setting, with its default, whether Elasticsearch is used or not."""
    return (config() or DEFAULTS)[name]


def alias_name():
    """The name searches and updates use: an alias to the current index."""
    return (config() or DEFAULTS)["INDEX"]


def get_client():
    settings = config()
    if settings is None:
        return None
    return _client(settings["URL"], float(settings["TIMEOUT"]))


@functools.lru_cache(maxsize=4)
def _client(url, timeout):
    # No retries: a visitor waits for at most one timeout before the
    # database answers instead, and a save is never held up twice.
    return Elasticsearch(
        url, request_timeout=timeout, max_retries=0, retry_on_timeout=False
    )
