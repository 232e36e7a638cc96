"""Counting the queries a page costs, for the tests that keep them constant."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    """How many queries rendering ``url`` takes (it must answer 200), once the
    site's kept chrome (menus, sections: ``portal_press.cache.fragments``)
    is warm, as it is for every visitor but the first after a change."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
