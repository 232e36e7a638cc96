"""The load benchmark: ``python -m bench.load`` (``make bench-load``).

The page benchmark's site (:mod:`bench.pages`, prepared the same way, or
reused with ``--reuse``) served by gunicorn on 127.0.0.1, twice: without the
page cache middleware, then with it. Each time, a warm-up, then ``--clients``
threads request a fixed mix of public URLs (home, the newsroom, releases in
both languages, the directory, the search) until ``--requests`` have been
sent or ``--seconds`` have passed. Any answer but a 200, and any connection
error, counts as an error. The cache is Redis on 127.0.0.1:6379 when it
answers (its own database and key prefix, emptied of that prefix before each
run), else each worker's local memory.

Prints requests, errors, requests/s, median and p95 latency per run, the
ratio of the cached to the uncached throughput against its target, and
writes all figures to ``bench/results/<date>-load-<engine>.json``.
"""

import argparse
import datetime
import json
import os
import platform
import signal
import socket
import sys
from pathlib import Path

from .load_client import drive
from .load_server import Gunicorn
from .pages import MIGRATED, SIZES
from .run import run_child

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
MIN_RATIO = 10  # the cached run holds at least ten times the uncached throughput
REDIS = ("127.0.0.1", 6379)
REDIS_URL = "redis://127.0.0.1:6379/14"  # the tests use 15
REDIS_PREFIX = "portal-press-bench-load"
# The URLs of the page benchmark that a visitor of the portal asks for most.
MIX = [
    "home",
    "newsroom p1",
    "newsroom deep page",
    "release vi",
    "release en",
    "directory vi",
    "directory en",
    "search common, marks",
    "search common, no marks",
    "search facets",
    "search rare",
]
MORE_RELEASES = 3  # releases besides the page benchmark's, with their English


# --- child: the URLs, from the database -------------------------------------------


def phase_urls(size):
    from .pages import _setup, _urls

    _setup(size)
    from django.db import connection
    from wagtail.models import Locale

    from portal_press.models import PressReleasePage
    from portal_press.publishing import visibility

    known = {name: url for name, url, _kind, _target in _urls()}
    urls = [(name, known[name]) for name in MIX]
    vi, en = (Locale.objects.get(language_code=code) for code in ("vi", "en"))
    english = visibility.public(PressReleasePage, locale=en)
    translated = visibility.public(PressReleasePage, locale=vi).filter(
        translation_key__in=english.values("translation_key")
    )
    count = translated.count()
    for number in range(1, MORE_RELEASES + 1):  # spread over the archive
        release = translated.order_by("-released_at", "-pk")[
            count * number // (MORE_RELEASES + 1)
        ]
        release_en = english.get(translation_key=release.translation_key)
        urls += [
            (f"release vi {number + 1}", release.url),
            (f"release en {number + 1}", release_en.url),
        ]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("select sqlite_version()")
        else:
            cursor.execute("show server_version")
        version = cursor.fetchone()[0]
    print(
        "BENCH-RESULT "
        + json.dumps(
            {"engine": connection.vendor, "database_version": version, "urls": urls}
        ),
        flush=True,
    )


# --- parent -------------------------------------------------------------------------


def redis_answers():
    try:
        with socket.create_connection(REDIS, timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def empty_redis_prefix():
    """Delete the benchmark's keys only: the database may hold others'."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{REDIS_PREFIX}:*", count=1000))
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start : start + 1000])
    client.close()


def run_mode(mode, options, urls, store):
    env = {"BENCH_PAGES_SIZE": options.size, "BENCH_PAGE_CACHE": mode}
    if store == "redis":
        empty_redis_prefix()
        env |= {"BENCH_REDIS_URL": REDIS_URL, "BENCH_REDIS_PREFIX": REDIS_PREFIX}
    label = "cached" if mode == "on" else "uncached"
    try:
        with Gunicorn(options.workers, env, label) as server:
            return _warm_and_measure(label, server.port, options, urls)
    finally:
        if store == "redis":
            empty_redis_prefix()  # the path versions never expire by themselves


def _warm_and_measure(label, port, options, urls):
    print(f"== {label}: warming up…", file=sys.stderr, flush=True)
    warm = drive(
        port,
        urls,
        clients=options.clients,
        requests=len(urls) * options.warm_up,
        seconds=options.seconds,
    )
    print(f"== {label}: measuring…", file=sys.stderr, flush=True)
    measured = drive(
        port,
        urls,
        clients=options.clients,
        requests=options.requests,
        seconds=options.seconds,
    )
    measured["mode"] = label
    measured["warm_up_requests"] = warm["requests"]
    measured["warm_up_errors"] = warm["errors"]
    measured["error_samples"] = warm["error_samples"] + measured["error_samples"]
    return measured


def print_report(report):
    print(
        f"\nLoad: {report['size']} ({SIZES[report['size']]:,} Vietnamese releases) "
        f"on {report['engine']} {report['database_version']}, gunicorn "
        f"{report['gunicorn']} with {report['workers']} workers, "
        f"{report['clients']} clients, {len(report['urls'])} URLs; cache: "
        f"{report['store_label']}; {report['cores']} cores, load average "
        f"{report['load_average'][0]:.1f} at start"
    )
    header = (
        f"{'run':<9} {'requests':>8} {'errors':>6} {'seconds':>7} {'req/s':>8}"
        f" {'median ms':>9} {'p95 ms':>8} {'client CPU':>10}"
    )
    print(header)
    print("-" * len(header))
    for run in report["runs"]:
        errors = run["errors"] + run["warm_up_errors"]
        print(
            f"{run['mode']:<9} {run['requests']:>8} {errors:>6}"
            f" {run['seconds']:>7.1f} {run['requests_per_s']:>8.1f}"
            f" {run['median_ms']:>9.1f} {run['p95_ms']:>8.1f}"
            f" {run['client_cpu']:>10.2f}"
        )
    uncached, cached = report["runs"]
    print(f"\n{'URL':<24} {'uncached ms':>11} {'cached ms':>9}  (medians)")
    for name, _url in report["urls"]:
        print(
            f"{name:<24} {uncached['by_url'][name]['median_ms']:>11.1f}"
            f" {cached['by_url'][name]['median_ms']:>9.1f}"
        )
    print()
    for target in report["targets"]:
        verdict = "PASS" if target["pass"] else "FAIL"
        print(
            f"[{verdict}] {target['target']}: {target['measured']} ({target['limit']})"
        )
    for run in report["runs"]:
        for sample in run["error_samples"][:5]:
            print(f"   {run['mode']} error: {sample}")


def targets(runs):
    uncached, cached = runs
    ratio = cached["requests_per_s"] / uncached["requests_per_s"]
    errors = sum(run["errors"] + run["warm_up_errors"] for run in runs)
    return ratio, [
        {
            "target": "cached / uncached requests per second",
            "measured": round(ratio, 1),
            "limit": f"≥ {MIN_RATIO}",
            "pass": ratio >= MIN_RATIO,
        },
        {
            "target": "errors, both runs and their warm-ups",
            "measured": errors,
            "limit": "0",
            "pass": errors == 0,
        },
    ]


def _stop_on_sigterm(_signum, _frame):
    sys.exit(143)  # through the finally clauses that stop gunicorn


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("phase", nargs="?", default="all")
    parser.add_argument("args", nargs="*")
    parser.add_argument("--size", choices=SIZES, default="large")
    parser.add_argument(
        "--reuse", action="store_true", help="serve the database already made"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=5000, help="per run, at most")
    parser.add_argument("--seconds", type=float, default=60, help="per run, at most")
    parser.add_argument(
        "--warm-up", type=int, default=2, help="passes over the URLs before a run"
    )
    parser.add_argument("--store", choices=["auto", "redis", "locmem"], default="auto")
    options = parser.parse_args(argv)
    if options.phase == "urls":
        return phase_urls(options.args[0])
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    prepared = {}
    if not options.reuse:
        print(f"== {options.size}: preparing…", file=sys.stderr, flush=True)
        MIGRATED.unlink(missing_ok=True)
        prepared = run_child("bench.pages", "prepare", options.size)
    found = run_child("bench.load", "urls", options.size)
    urls = found["urls"]
    store = options.store
    if store == "auto":
        store = "redis" if redis_answers() else "locmem"
    store_label = (
        f"Redis {REDIS_URL}, key prefix {REDIS_PREFIX}"
        if store == "redis"
        else "local memory, one per worker"
    )
    load_average = os.getloadavg()
    runs = [run_mode(mode, options, urls, store) for mode in ("off", "on")]
    ratio, checked = targets(runs)
    from gunicorn import __version__ as gunicorn_version

    report = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "engine": found["engine"],
        "database_version": found["database_version"],
        "cores": os.cpu_count(),
        "machine": platform.machine(),
        "load_average": load_average,
        "gunicorn": gunicorn_version,
        "size": options.size,
        "prepared": prepared,
        "store": store,
        "store_label": store_label,
        "workers": options.workers,
        "clients": options.clients,
        "max_requests": options.requests,
        "max_seconds": options.seconds,
        "warm_up_passes": options.warm_up,
        "urls": urls,
        "runs": runs,
        "ratio": ratio,
        "targets": checked,
    }
    print_report(report)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{datetime.date.today().isoformat()}-load-{found['engine']}.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"\nJSON: {path.relative_to(ROOT)}")
    return 0 if all(target["pass"] for target in checked) else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit("bench: interrupted (gunicorn stopped)")
