"""The Elasticsearch server of the search benchmark, seen from the driver.

The driver talks to the server over plain HTTP (``urllib``), not through the
app's client: it must say "not reachable" and carry on when there is no
server, and it reads what the app never asks for, the server's memory.

The benchmark's children reach the server through the app itself: the
driver hands them the settings in environment variables that
``bench/settings.py`` turns into ``PORTAL_PRESS["ELASTICSEARCH"]``.
"""

import json
import os
import threading
import urllib.error
import urllib.request
from pathlib import Path

# What the 8.x client needs to talk to a 7.x server (the one .ci/elasticsearch
# starts); an 8.x server needs nothing.
ADAPTER_FOR_7 = "tests.elasticsearch_compat.Elasticsearch7Node"


def _get(url, path, timeout=5):
    with urllib.request.urlopen(url.rstrip("/") + path, timeout=timeout) as answer:  # noqa: S310 - the URL the user gave
        return json.load(answer)


def probe(url):
    """``(version, None)`` for a server that answers, else ``(None, why)``."""
    if not url:
        return None, "no URL given (set ELASTICSEARCH_URL or --elasticsearch-url)"
    try:
        return _get(url, "/", timeout=3)["version"]["number"], None
    except (OSError, ValueError, KeyError) as error:
        return None, f"{url} is not reachable ({error})"


def child_environment(url, version, node_class, index):
    """The environment of a child that searches or indexes on Elasticsearch."""
    if node_class is None and version.startswith("7."):
        node_class = ADAPTER_FOR_7
    return {
        **os.environ,
        "BENCH_ELASTICSEARCH_URL": url,
        "BENCH_ELASTICSEARCH_INDEX": index,
        "BENCH_ELASTICSEARCH_NODE_CLASS": node_class or "",
    }


def _server_pid(url):
    nodes = _get(url, "/_nodes/_local/process")["nodes"]
    return next(iter(nodes.values()))["process"]["id"]


def _proc_status_mb(pid, field):
    """A ``/proc/<pid>/status`` figure in MB, or None (server on another host)."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def memory(url, index=None):
    """The server's memory now: the process's resident set and its peak (when
    it runs on this machine), the JVM heap in use and its maximum; and the
    index's documents and size on disk."""
    stats = _get(url, "/_nodes/_local/stats/jvm")["nodes"]
    heap = next(iter(stats.values()))["jvm"]["mem"]
    pid = _server_pid(url)
    found = {
        "pid": pid,
        "rss_mb": _proc_status_mb(pid, "VmRSS"),
        "rss_peak_since_start_mb": _proc_status_mb(pid, "VmHWM"),
        "heap_used_mb": round(heap["heap_used_in_bytes"] / 2**20, 1),
        "heap_max_mb": round(heap["heap_max_in_bytes"] / 2**20, 1),
    }
    if index is not None:
        primaries = _get(url, f"/{index}/_stats/docs,store")["_all"]["primaries"]
        found["index_documents"] = primaries["docs"]["count"]
        found["index_store_mb"] = round(primaries["store"]["size_in_bytes"] / 2**20, 1)
    return found


class RssSampler:
    """The server's largest resident set while something runs (``with``)."""

    def __init__(self, url, every=0.25):
        self.every = every
        self.peak_mb = None
        try:
            self.pid = _server_pid(url)
        except (OSError, ValueError, KeyError):
            self.pid = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self):
        while not self._stop.is_set():
            rss = _proc_status_mb(self.pid, "VmRSS")
            if rss is not None and (self.peak_mb is None or rss > self.peak_mb):
                self.peak_mb = rss
            self._stop.wait(self.every)

    def __enter__(self):
        if self.pid is not None:
            self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
