"""The Elasticsearch settings and client, for the search engine and the indexer.

Elasticsearch is optional: without ``PORTAL_PRESS["ELASTICSEARCH"]`` the
public search runs on the database and nothing here connects. Its client is
an extra (``pip install "portal-press[elasticsearch]"``): configured without
it, the search keeps answering from the database, and the system check
``portal_press.E008`` says what to install.
"""

import functools
import logging

from django.utils.module_loading import import_string

from ..conf import get_setting

try:
    from elastic_transport import ConnectionError, ConnectionTimeout, TransportError
    from elasticsearch import ApiError, Elasticsearch, SerializationError
except ImportError:  # the extra is not installed
    Elasticsearch = None
    ERRORS = COSTLY_ERRORS = ()
else:
    # Everything the client raises when the service is down, slow or refuses
    # a request: the callers fall back or log, they never let these reach a
    # visitor.
    ERRORS = (ApiError, TransportError, SerializationError)
    # Errors that cost whoever waited a whole timeout (see .breaker).
    COSTLY_ERRORS = (ConnectionError, ConnectionTimeout)

logger = logging.getLogger(__name__)

# TIMEOUT: seconds a request may take (connecting included) before the
# database answers instead; COOLDOWN: seconds Elasticsearch is left alone
# after a failure (see .breaker); NODE_CLASS: the dotted path of an
# elastic_transport node class for the client, or None for the client's own
# (read only by the client factory).
DEFAULTS = {
    "URL": None,
    "INDEX": "portal_press",
    "TIMEOUT": 2,
    "COOLDOWN": 30,
    "NODE_CLASS": None,
}


def requested():
    """The Elasticsearch settings with their defaults, whether usable or not."""
    value = get_setting("ELASTICSEARCH")
    if not value or not value.get("URL"):
        return None
    return {**DEFAULTS, **value}


def client_missing():
    """True when Elasticsearch is configured but its client is not installed."""
    return Elasticsearch is None and requested() is not None


def config():
    """The Elasticsearch settings with their defaults, or ``None`` when not used."""
    settings = requested()
    if settings is not None and Elasticsearch is None:
        logger.error(
            'PORTAL_PRESS["ELASTICSEARCH"] is set but the Elasticsearch client is '
            'not installed (pip install "portal-press[elasticsearch]"): '
            "searching the database instead."
        )
        return None
    return settings


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
    return _client(settings["URL"], float(settings["TIMEOUT"]), settings["NODE_CLASS"])


@functools.lru_cache(maxsize=4)
def _client(url, timeout, node_class=None):
    # No retries: a visitor waits for at most one timeout before the
    # database answers instead, and a save is never held up twice.
    options = {"node_class": import_string(node_class)} if node_class else {}
    return Elasticsearch(
        url, request_timeout=timeout, max_retries=0, retry_on_timeout=False, **options
    )
