"""The client of :mod:`bench.load`: threads sending GET requests to 127.0.0.1.

Each thread keeps one HTTP/1.1 connection (reopened when the server closes
it) and goes round the URLs from its own starting point, so that every URL
is asked for as often and the clients do not ask for the same one together.
A run ends after ``requests`` requests in all or ``seconds``, whichever
comes first; a request is timed from sending it to its body read in full.
"""

import http.client
import itertools
import statistics
import threading
import time
from urllib.parse import quote

from .run import _percentile

TIMEOUT_SECONDS = 60
# Characters of a URL sent as they are: the rest is percent-encoded (http.client
# sends ASCII only, the search's Vietnamese words are not).
SAFE = "/?=&+%:-_.~"


class _Tickets:
    """At most ``limit`` requests handed out, before ``deadline``."""

    def __init__(self, limit, deadline):
        self.numbers = itertools.count()
        self.limit = limit
        self.deadline = deadline
        self.lock = threading.Lock()

    def take(self):
        with self.lock:
            return next(self.numbers) < self.limit and time.monotonic() < self.deadline


def _client(port, urls, start, tickets, samples, errors, lost):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_SECONDS)
    for index in itertools.count(start):
        if not tickets.take():
            break
        name, url = urls[index % len(urls)]
        started = time.perf_counter()
        try:
            connection.request("GET", quote(url, safe=SAFE))
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as error:
            errors.append(f"{url}: {error!r}")
            lost.append(name)
            connection.close()
            continue
        samples.append((name, (time.perf_counter() - started) * 1000))
        if response.status != 200:
            errors.append(f"{url}: HTTP {response.status}")
    connection.close()


def _summary(times):
    if not times:
        return {"requests": 0, "median_ms": None, "p95_ms": None}
    return {
        "requests": len(times),
        "median_ms": statistics.median(times),
        "p95_ms": _percentile(times, 0.95),
    }


def drive(port, urls, clients, requests, seconds):
    """Requests, errors, requests/s and latencies of one run, and the CPU the
    client used (in cores: 1.0 is one core busy all along)."""
    samples, errors, lost = [], [], []
    tickets = _Tickets(requests, time.monotonic() + seconds)
    threads = [
        threading.Thread(
            target=_client,
            args=(port, urls, number * len(urls) // clients, tickets)
            + (samples, errors, lost),
            daemon=True,  # Ctrl-C does not wait for a request in flight
        )
        for number in range(clients)
    ]
    started, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    # The client's own share of the machine: if it used most of it, the
    # server's throughput is the client's.
    client_cpu = (time.process_time() - cpu) / elapsed
    sent = len(samples) + len(lost)
    by_url = {
        name: _summary([ms for named, ms in samples if named == name])
        for name, _url in urls
    }
    return {
        **_summary([ms for _name, ms in samples]),
        "requests": sent,
        "errors": len(errors),
        "seconds": elapsed,
        "requests_per_s": sent / elapsed,
        "client_cpu": client_cpu,
        "by_url": by_url,
        "error_samples": errors[:20],
    }
