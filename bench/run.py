"""The search benchmark driver: ``python -m bench.run --sizes 10000 100000``.

For each size, three child processes (so that each measurement starts clean):

1. ``prepare``: empty the bench database, migrate, generate the corpus;
2. ``index``: the full rebuild of one index, timed, in a child of its own
   (once ``public``: ``portal_press_rebuild_index --only database``, the
   public search's index; once ``wagtail``: Wagtail's ``update_index``, the
   admin's search); its peak memory is the child's own peak resident set
   size (``ru_maxrss``), which includes Python, Django and Wagtail already
   loaded (reported separately as ``rss_before_mb``);
3. ``query``: each query class run through
   ``portal_press.search.database.search`` once to warm up, then up to
   ``--repeat`` times (fewer if a class uses up ``--budget`` seconds), and one
   run of the target class under cProfile.

With ``--engines database elasticsearch`` and a server that answers at
``ELASTICSEARCH_URL`` (or ``--elasticsearch-url``), two more children on the
same corpus: ``index elasticsearch`` (``portal_press_rebuild_index --only
elasticsearch``, timed, its peak RSS, the server's resident set sampled
meanwhile) and ``query elasticsearch`` (the same classes through
``portal_press.search.elasticsearch.search``). Without a server it says so
and runs the database only.

The relevance score comes from the relevance test set
(``tests/test_search_relevance.py``, run once with pytest on its own judged
corpus, on Elasticsearch too when it is compared): the generated text is
random and has no judgements.

The parent prints a table (and the engines side by side) and the same
figures as JSON, and writes them to ``bench/out/results-<engine>-<N>.json``.
"""

import argparse
import importlib.util
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from . import elasticsearch_server, search_report

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
TARGET_P95_MS = {"postgresql": 50, "sqlite": 100}
TARGET_INDEX_MB = 300
FACET_YEAR = 2024
# (name, query, facets?): the targets are about the two-word queries.
QUERY_CLASSES = [
    ("common, marks", "phát ngôn", False),
    ("common, no marks", "phat ngon", False),
    ("common, marks, facets", "phát ngôn", True),
    ("common, no marks, facets", "phat ngon", True),
    ("rare, marks", "ngập mặn", False),
    ("rare, no marks", "ngap man", False),
    ("rare, marks, facets", "ngập mặn", True),
    ("rare, no marks, facets", "ngap man", True),
    # The search page before anything is typed: the newest items.
    ("no words", "", False),
    ("no words, facets", "", True),
]
# Autocompletion of release titles: the last word is a prefix.
AUTOCOMPLETE_CLASSES = [
    ("autocomplete, 1 letter+", "ph"),
    ("autocomplete, 2 words", "hop ba"),
]
PROFILED = "common, no marks, facets"


def _setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()


def _rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _emit(data):
    print("BENCH-RESULT " + json.dumps(data), flush=True)


# --- child phases -----------------------------------------------------------


def _empty_database():
    from django.db import connection

    if connection.vendor == "sqlite":
        connection.close()
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        return
    name = connection.settings_dict["NAME"]
    if "bench" not in name and os.environ.get("BENCH_ALLOW_FLUSH") != "1":
        sys.exit(
            f"Refusing to empty database {name!r}: its name has no 'bench' "
            "(set BENCH_ALLOW_FLUSH=1 if it really is disposable)."
        )
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")


def phase_prepare(size):
    _setup()
    from django.core.management import call_command
    from django.db import connection

    from .generate import generate

    started = time.perf_counter()
    _empty_database()
    call_command("migrate", verbosity=0, interactive=False)
    migrated = time.perf_counter()
    made = generate(size)
    _emit(
        {
            "engine": connection.vendor,
            "migrate_s": migrated - started,
            "generate_s": time.perf_counter() - migrated,
            "corpus": made,
        }
    )


def phase_corpus():
    """What :func:`phase_prepare` reports, for a database generated before
    (``--reuse``): the same counts, read back."""
    _setup()
    from django.db import connection

    from portal_press.models import (
        Agency,
        PressReleasePage,
        Spokesperson,
        TrainingAnnouncementPage,
    )

    english = {"locale__language_code": "en"}
    models = (PressReleasePage, TrainingAnnouncementPage, Spokesperson)
    _emit(
        {
            "engine": connection.vendor,
            "migrate_s": None,
            "generate_s": None,
            "corpus": {
                "releases": PressReleasePage.objects.count(),
                "trainings": TrainingAnnouncementPage.objects.count(),
                "spokespersons": Spokesperson.objects.count(),
                "english": sum(m.objects.filter(**english).count() for m in models),
                "agencies": Agency.objects.exclude(**english).count(),
            },
        }
    )


def phase_index(which):
    _setup()
    import io

    from django.core.management import call_command
    from django.db import connection
    from wagtail.search.models import IndexEntry

    from portal_press.models import SearchEntry

    before = _rss_mb()
    started = time.perf_counter()
    if which == "public":
        call_command(
            "portal_press_rebuild_index", only="database", stdout=io.StringIO()
        )
        entries = SearchEntry.objects.count()
    elif which == "elasticsearch":
        from portal_press.search import connection as es_connection

        call_command(
            "portal_press_rebuild_index", only="elasticsearch", stdout=io.StringIO()
        )
        client = es_connection.get_client()
        entries = client.count(index=es_connection.alias_name())["count"]
    else:
        call_command("update_index", verbosity=0)
        entries = IndexEntry.objects.count()
    seconds = time.perf_counter() - started
    if which == "public" and connection.vendor == "postgresql":
        # What autovacuum would do soon after a rebuild: planner statistics.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE portal_press_searchentry")
    _emit(
        {
            "index_s": seconds,
            "rss_before_mb": before,
            # Linux reports ru_maxrss in KiB.
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "index_entries": entries,
        }
    )


def _percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _time_class(run, repeat, budget):
    outcome = run()  # warm-up: connection, caches, SQLite pages
    times = []
    deadline = time.perf_counter() + budget
    while len(times) < repeat and (len(times) < 3 or time.perf_counter() < deadline):
        started = time.perf_counter()
        outcome = run()
        times.append((time.perf_counter() - started) * 1000)
    return times, outcome


def _profile(run, label):
    import cProfile
    import io
    import pstats

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as captured:
        profiler.enable()
        run()
        profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("tottime").print_stats(15)
    sql_ms = sum(float(q["time"]) for q in captured.captured_queries) * 1000
    slowest = max(
        captured.captured_queries,
        key=lambda q: float(q["time"]),
        default={"time": 0, "sql": "(none)"},
    )
    total_ms = sum(row[2] for row in stats.stats.values()) * 1000
    report = (
        f"{label}\n{len(captured.captured_queries)} SQL queries, "
        f"{sql_ms:.0f} ms in the database\n"
        f"slowest ({float(slowest['time']) * 1000:.0f} ms): {slowest['sql']}\n\n"
        + stream.getvalue()
    )
    return report, {
        "profiled_ms": total_ms,
        "sql_queries": len(captured.captured_queries),
        "sql_ms": sql_ms,
        "slowest_sql_ms": float(slowest["time"]) * 1000,
    }


def phase_query(engine, repeat, budget, profile_path):
    _setup()
    from django.db import connection
    from wagtail.models import Locale

    from portal_press.search.suggestions import titles_starting

    # The engine itself, not engines.run: a failure must stop the benchmark,
    # not fall back to the database unnoticed.
    if engine == "elasticsearch":
        from portal_press.search.elasticsearch import search
    else:
        from portal_press.search.database import search
    from portal_press.search.text import parse_query

    locale = Locale.objects.get(language_code="vi")
    rows = []
    runs = {}
    for name, text, faceted in QUERY_CLASSES:
        filters = {"type": "release", "year": FACET_YEAR} if faceted else {}
        parsed = parse_query(text)

        def run(parsed=parsed, filters=filters):
            return search(parsed, filters, locale, "relevance")

        runs[name] = run
        print(f"   {name}…", file=sys.stderr, flush=True)
        times, outcome = _time_class(run, repeat, budget)
        rows.append(
            {
                "class": name,
                "query": text,
                "filters": filters,
                "matches": len(outcome.matches),
                "runs": len(times),
                "median_ms": statistics.median(times),
                "p95_ms": _percentile(times, 0.95),
            }
        )
    # Autocompletion always reads the database's index, whatever the engine.
    for name, text in AUTOCOMPLETE_CLASSES if engine == "database" else ():
        words = parse_query(text).folded_words

        def complete(words=words):
            return titles_starting(words, locale, "release")

        print(f"   {name}…", file=sys.stderr, flush=True)
        times, found = _time_class(complete, repeat, budget)
        rows.append(
            {
                "class": name,
                "query": text,
                "filters": {},
                "matches": len(found),
                "runs": len(times),
                "median_ms": statistics.median(times),
                "p95_ms": _percentile(times, 0.95),
            }
        )
    report, summary = _profile(runs[PROFILED], f"cProfile of one run of {PROFILED}")
    Path(profile_path).write_text(report)
    summary["file"] = str(profile_path)
    _emit(
        {
            "engine": connection.vendor,
            "search_engine": engine,
            "queries": rows,
            "profile": summary,
        }
    )


# --- parent -----------------------------------------------------------------


def run_child(module, *args, env=None):
    """Run ``python -m module args`` and read its ``BENCH-RESULT`` line: each
    step in a fresh process, so one step's memory never counts in another's."""
    command = [sys.executable, "-m", module, *map(str, args)]
    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        command, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False, env=env
    )
    if done.returncode:
        sys.stderr.write(done.stdout)
        sys.exit(f"bench: {' '.join(map(str, args))} failed ({done.returncode})")
    line = next(
        line for line in done.stdout.splitlines() if line.startswith("BENCH-RESULT ")
    )
    result = json.loads(line.removeprefix("BENCH-RESULT "))
    result["wall_s"] = time.perf_counter() - started
    return result


def _child(*args, env=None):
    return run_child("bench.run", *args, env=env)


def _relevance(server=None):
    """The lines the relevance test prints, one per engine it ran on:
    "relevance (database): 65/65 queries … (100%)"."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    if server is not None:
        es_env = elasticsearch_server.child_environment(
            server["url"], server["version"], server["node_class"], "unused"
        )
        env["ELASTICSEARCH_URL"] = server["url"]
        env["ELASTICSEARCH_NODE_CLASS"] = es_env["BENCH_ELASTICSEARCH_NODE_CLASS"]
    done = subprocess.run(  # noqa: S603 - our own interpreter and test
        [sys.executable, "-m", "pytest", "-q", "tests/test_search_relevance.py"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
        env=env,
    )
    lines = [
        line for line in done.stdout.splitlines() if line.startswith("relevance (")
    ]
    return "; ".join(lines) if lines else "relevance test failed to run"


def _rounded(queries):
    return [
        {
            **row,
            "median_ms": round(row["median_ms"], 1),
            "p95_ms": round(row["p95_ms"], 1),
        }
        for row in queries
    ]


def _targets(size, engine, indexed, wagtail, queried):
    target_ms = TARGET_P95_MS.get(engine)
    if size < 100_000 or target_ms is None:
        return [
            {
                "target": "targets apply at 100,000 documents",
                "measured": None,
                "pass": None,
            }
        ]
    faceted_p95 = max(
        row["p95_ms"]
        for row in queried["queries"]
        if row["filters"] and len(row["query"].split()) == 2
    )
    targets = [
        {
            "target": f"p95 < {target_ms} ms, two words with facets, {engine}",
            "measured": round(faceted_p95, 1),
            "pass": faceted_p95 < target_ms,
        }
    ]
    for label, run in (("public search", indexed), ("Wagtail's", wagtail)):
        if run is not None:
            targets.append(
                {
                    "target": f"{label} index rebuild peak RSS < {TARGET_INDEX_MB} MB",
                    "measured": round(run["peak_rss_mb"], 1),
                    "pass": run["peak_rss_mb"] < TARGET_INDEX_MB,
                }
            )
    return targets


def bench_elasticsearch(size, repeat, budget, server):
    """The Elasticsearch index of the corpus already in the database, built
    with the app's rebuild command and queried through its engine."""
    env = elasticsearch_server.child_environment(
        server["url"], server["version"], server["node_class"], f"bench_{size}"
    )
    alias = env["BENCH_ELASTICSEARCH_INDEX"]
    print(f"== {size}: Elasticsearch index…", file=sys.stderr, flush=True)
    with elasticsearch_server.RssSampler(server["url"]) as sampler:
        indexed = _child("index", "elasticsearch", env=env)
    after_index = elasticsearch_server.memory(server["url"], alias)
    print(f"== {size}: querying Elasticsearch…", file=sys.stderr, flush=True)
    profile_path = OUT / f"profile-elasticsearch-{size}.txt"
    with elasticsearch_server.RssSampler(server["url"]) as query_sampler:
        queried = _child(
            "query", "elasticsearch", repeat, budget, profile_path, env=env
        )
    server_peak = max(
        (mb for mb in (sampler.peak_mb, query_sampler.peak_mb) if mb is not None),
        default=None,
    )
    return {
        "server": {
            "url": server["url"],
            "version": server["version"],
            "node_class": env["BENCH_ELASTICSEARCH_NODE_CLASS"] or None,
        },
        "index": alias,
        "index_entries": indexed["index_entries"],
        "index_build_s": round(indexed["index_s"], 1),
        "index_peak_rss_mb": round(indexed["peak_rss_mb"], 1),
        "rss_before_index_mb": round(indexed["rss_before_mb"], 1),
        "server_rss_peak_during_run_mb": server_peak,
        "server_after_index": after_index,
        "server_after_queries": elasticsearch_server.memory(server["url"]),
        "queries": _rounded(queried["queries"]),
        "profile": queried["profile"],
    }


def bench_size(size, repeat, budget, *, reuse=False, wagtail_index=True, server=None):
    started = time.perf_counter()
    if reuse:
        print(f"== {size} documents: reusing the database…", file=sys.stderr)
        prepared = _child("corpus")
    else:
        print(f"== {size} documents: preparing…", file=sys.stderr, flush=True)
        prepared = _child("prepare", size)
    engine = prepared["engine"]
    print(f"== {size}: public search index…", file=sys.stderr, flush=True)
    indexed = _child("index", "public")
    wagtail = None
    if wagtail_index:
        print(f"== {size}: Wagtail's index…", file=sys.stderr, flush=True)
        wagtail = _child("index", "wagtail")
    print(f"== {size}: querying…", file=sys.stderr, flush=True)
    profile_path = OUT / f"profile-{engine}-{size}.txt"
    queried = _child("query", "database", repeat, budget, profile_path)

    def _round(value):
        return None if value is None else round(value, 1)

    result = {
        "engine": engine,
        "documents": size,
        "corpus": prepared["corpus"],
        "index_entries": indexed["index_entries"],
        "migrate_s": _round(prepared["migrate_s"]),
        "generate_s": _round(prepared["generate_s"]),
        "index_build_s": round(indexed["index_s"], 1),
        "index_peak_rss_mb": round(indexed["peak_rss_mb"], 1),
        "rss_before_index_mb": round(indexed["rss_before_mb"], 1),
        "wagtail_index_entries": wagtail and wagtail["index_entries"],
        "wagtail_index_build_s": wagtail and round(wagtail["index_s"], 1),
        "wagtail_index_peak_rss_mb": wagtail and round(wagtail["peak_rss_mb"], 1),
        "queries": _rounded(queried["queries"]),
        "profile": queried["profile"],
        "targets": _targets(size, engine, indexed, wagtail, queried),
    }
    if server is not None:
        result["elasticsearch"] = bench_elasticsearch(size, repeat, budget, server)
    result["total_s"] = round(time.perf_counter() - started, 1)
    return result


def _server(options):
    """The Elasticsearch server to compare with, or None (and why)."""
    if "elasticsearch" not in options.engines:
        return None
    url = options.elasticsearch_url
    version, why = elasticsearch_server.probe(url)
    if version is not None and importlib.util.find_spec("elasticsearch") is None:
        version, why = (
            None,
            'its client is not installed ("portal-press[elasticsearch]")',
        )
    if version is None:
        print(
            f"Elasticsearch: {why}; running the database engine only.",
            file=sys.stderr,
            flush=True,
        )
        return None
    print(f"Elasticsearch {version} at {url}", file=sys.stderr, flush=True)
    return {
        "url": url,
        "version": version,
        "node_class": options.elasticsearch_node_class,
    }


def _parser():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("phase", nargs="?", default="all")
    parser.add_argument("args", nargs="*")
    parser.add_argument("--sizes", nargs="+", type=int, default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--budget", type=float, default=30, help="seconds per query class"
    )
    parser.add_argument(
        "--engines",
        "--engine",
        nargs="+",
        choices=["database", "elasticsearch"],
        default=["database"],
        help="the database always runs; elasticsearch adds it when reachable",
    )
    parser.add_argument(
        "--elasticsearch-url", default=os.environ.get("ELASTICSEARCH_URL")
    )
    parser.add_argument(
        "--elasticsearch-node-class",
        default=os.environ.get("ELASTICSEARCH_NODE_CLASS") or None,
        help="an elastic_transport node class (the test adapter for a 7.x "
        "server is chosen when none is given)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the corpus already in the database (one size only)",
    )
    parser.add_argument(
        "--no-wagtail-index",
        dest="wagtail_index",
        action="store_false",
        help="skip Wagtail's update_index (the admin's search)",
    )
    return parser


def main(argv=None):
    parser = _parser()
    options = parser.parse_args(argv)
    if options.phase == "prepare":
        return phase_prepare(int(options.args[0]))
    if options.phase == "corpus":
        return phase_corpus()
    if options.phase == "index":
        return phase_index(options.args[0])
    if options.phase == "query":
        engine, repeat, budget, path = options.args
        return phase_query(engine, int(repeat), float(budget), path)
    if options.reuse and len(options.sizes) != 1:
        parser.error("--reuse needs one size: the database holds one corpus")
    OUT.mkdir(exist_ok=True)
    server = _server(options)
    print("== relevance test set…", file=sys.stderr, flush=True)
    relevance = _relevance(server)
    results = []
    for size in options.sizes:
        result = bench_size(
            size,
            options.repeat,
            options.budget,
            reuse=options.reuse,
            wagtail_index=options.wagtail_index,
            server=server,
        )
        result["relevance"] = relevance
        path = OUT / f"results-{result['engine']}-{size}.json"
        path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        search_report.print_table(result, FACET_YEAR, PROFILED)
        if "elasticsearch" in result:
            search_report.print_comparison(result)
        print(relevance)
        results.append(result)
        sys.stdout.flush()
    print("\nJSON:")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return None


if __name__ == "__main__":
    main()
