"""What a hanging Elasticsearch costs the public search and publishing.

Runs the search page and a release's publication with an Elasticsearch
server that accepts connections and never answers (``TIMEOUT`` 2 s), against
a floor measured in the same run without Elasticsearch, in one process with
Django's test client, on an in-memory SQLite database::

    .venv/bin/python -m bench.hanging_elasticsearch

Prints a table and the figures as JSON.
"""

import json
import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from portal_press.search import breaker  # noqa: E402
from tests import factories  # noqa: E402
from tests.hanging_server import HangingServer  # noqa: E402

RUNS = 20
TIMEOUT = 2


def timed(work):
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def search(client):
    response = client.get("/vi/search/", {"q": "hop bao"})
    if response.status_code != 200:
        raise SystemExit(f"The search answered {response.status_code}.")


def main():
    setup_test_environment()
    call_command("migrate", verbosity=0)
    home = factories.build_site()
    index = factories.make_release_index(home)
    agency = factories.make_agency(kind=factories.make_kind())
    for number in range(40):
        factories.make_release(index, agency, title=f"Họp báo số {number}")
    client = Client()

    def publish():
        factories.make_release(index, agency, title="Thông cáo mới")

    for _ in range(5):  # warm up
        search(client)
        publish()
    floor_search = [timed(lambda: search(client)) for _ in range(RUNS)]
    floor_publish = [timed(publish) for _ in range(RUNS // 4)]

    server = HangingServer()
    settings = {
        "SECTION_PARENT_PAGE_TYPES": ["testapp.HomePage"],
        "ELASTICSEARCH": {"URL": server.url, "TIMEOUT": TIMEOUT},
    }
    breaker.reset()
    with override_settings(PORTAL_PRESS=settings):
        first = timed(lambda: search(client))
        following = [timed(lambda: search(client)) for _ in range(RUNS)]
        paused_publish = [timed(publish) for _ in range(RUNS // 4)]
    server.close()

    figures = {
        "timeout_s": TIMEOUT,
        "connections_opened": len(server.accepted),
        "search_floor_ms": statistics.median(floor_search),
        "search_first_ms": first,
        "search_following_ms": statistics.median(following),
        "publish_floor_ms": statistics.median(floor_publish),
        "publish_paused_ms": statistics.median(paused_publish),
    }
    figures["following_to_floor"] = (
        figures["search_following_ms"] / figures["search_floor_ms"]
    )
    figures["publish_to_floor"] = (
        figures["publish_paused_ms"] / figures["publish_floor_ms"]
    )
    print(f"Elasticsearch hanging (accepts, never answers), TIMEOUT {TIMEOUT} s")
    print(f"{'':32}{'median ms':>12}{'× floor':>10}")
    print(f"{'search, no Elasticsearch':32}{figures['search_floor_ms']:12.1f}{1:10.2f}")
    print(
        f"{'search, first request':32}{first:12.1f}"
        f"{first / figures['search_floor_ms']:10.1f}"
    )
    print(
        f"{'search, following requests':32}{figures['search_following_ms']:12.1f}"
        f"{figures['following_to_floor']:10.2f}"
    )
    print(
        f"{'publish, no Elasticsearch':32}{figures['publish_floor_ms']:12.1f}{1:10.2f}"
    )
    print(
        f"{'publish, Elasticsearch paused':32}{figures['publish_paused_ms']:12.1f}"
        f"{figures['publish_to_floor']:10.2f}"
    )
    print(f"connections opened to the hanging server: {len(server.accepted)}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
