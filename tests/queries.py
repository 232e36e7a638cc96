"""Counting the queries a page costs, for the tests that keep them constant."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    """How many queries rendering ``url`` takes (it must answer 200)."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
