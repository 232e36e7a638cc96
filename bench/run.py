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

The relevance score comes from the relevance test set
(``tests/test_search_relevance.py``, run once with pytest on its own judged
corpus): the generated text is random and has no judgements.

The parent prints a table and the same figures as JSON, and writes them to
``bench/out/results-<engine>-<N>.json``.
"""

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

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
    slowest = max(captured.captured_queries, key=lambda q: float(q["time"]))
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


def phase_query(repeat, budget, profile_path):
    _setup()
    from django.db import connection
    from wagtail.models import Locale

    from portal_press.search.database import search
    from portal_press.search.suggestions import titles_starting
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
    for name, text in AUTOCOMPLETE_CLASSES:
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
    _emit({"engine": connection.vendor, "queries": rows, "profile": summary})


# --- parent -----------------------------------------------------------------


def run_child(module, *args):
    """Run ``python -m module args`` and read its ``BENCH-RESULT`` line: each
    step in a fresh process, so one step's memory never counts in another's."""
    command = [sys.executable, "-m", module, *map(str, args)]
    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        command, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False
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


def _child(*args):
    return run_child("bench.run", *args)


def _relevance():
    """The line the relevance test prints: "relevance: 65/65 queries … (100%)"."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and test
        [sys.executable, "-m", "pytest", "-q", "tests/test_search_relevance.py"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("relevance:")]
    return lines[-1] if lines else "relevance test failed to run"


def bench_size(size, repeat, budget):
    started = time.perf_counter()
    print(f"== {size} documents: preparing…", file=sys.stderr, flush=True)
    prepared = _child("prepare", size)
    engine = prepared["engine"]
    print(f"== {size}: public search index…", file=sys.stderr, flush=True)
    indexed = _child("index", "public")
    print(f"== {size}: Wagtail's index…", file=sys.stderr, flush=True)
    wagtail = _child("index", "wagtail")
    print(f"== {size}: querying…", file=sys.stderr, flush=True)
    profile_path = OUT / f"profile-{engine}-{size}.txt"
    queried = _child("query", repeat, budget, profile_path)
    target_ms = TARGET_P95_MS[engine] if engine in TARGET_P95_MS else None
    faceted_p95 = max(
        row["p95_ms"]
        for row in queried["queries"]
        if row["filters"] and len(row["query"].split()) == 2
    )
    targets = []
    if size >= 100_000 and target_ms is not None:
        targets.append(
            {
                "target": f"p95 < {target_ms} ms, two words with facets, {engine}",
                "measured": round(faceted_p95, 1),
                "pass": faceted_p95 < target_ms,
            }
        )
        for label, run in (("public search", indexed), ("Wagtail's", wagtail)):
            targets.append(
                {
                    "target": f"{label} index rebuild peak RSS < {TARGET_INDEX_MB} MB",
                    "measured": round(run["peak_rss_mb"], 1),
                    "pass": run["peak_rss_mb"] < TARGET_INDEX_MB,
                }
            )
    else:
        targets.append(
            {
                "target": "targets apply at 100,000 documents",
                "measured": None,
                "pass": None,
            }
        )
    return {
        "engine": engine,
        "documents": size,
        "corpus": prepared["corpus"],
        "index_entries": indexed["index_entries"],
        "migrate_s": round(prepared["migrate_s"], 1),
        "generate_s": round(prepared["generate_s"], 1),
        "index_build_s": round(indexed["index_s"], 1),
        "index_peak_rss_mb": round(indexed["peak_rss_mb"], 1),
        "rss_before_index_mb": round(indexed["rss_before_mb"], 1),
        "wagtail_index_entries": wagtail["index_entries"],
        "wagtail_index_build_s": round(wagtail["index_s"], 1),
        "wagtail_index_peak_rss_mb": round(wagtail["peak_rss_mb"], 1),
        "queries": [
            {
                **row,
                "median_ms": round(row["median_ms"], 1),
                "p95_ms": round(row["p95_ms"], 1),
            }
            for row in queried["queries"]
        ],
        "profile": queried["profile"],
        "targets": targets,
        "total_s": round(time.perf_counter() - started, 1),
    }


def print_table(result):
    print(
        f"\nSearch benchmark: {result['documents']:,} documents on "
        f"{result['engine']} ({result['corpus']['releases']:,} releases, "
        f"{result['corpus']['trainings']:,} trainings, "
        f"{result['corpus']['spokespersons']:,} spokespersons; "
        f"{result['corpus']['english']:,} of them English translations)"
    )
    print(
        f"generate {result['generate_s']} s | public search index: build "
        f"{result['index_build_s']} s, peak RSS {result['index_peak_rss_mb']} MB "
        f"(process was {result['rss_before_index_mb']} MB before indexing), "
        f"{result['index_entries']:,} entries | Wagtail's index (admin search): "
        f"build {result['wagtail_index_build_s']} s, peak RSS "
        f"{result['wagtail_index_peak_rss_mb']} MB, "
        f"{result['wagtail_index_entries']:,} entries"
    )
    header = (
        f"{'query class':<26} {'query':<11} {'matches':>7} {'runs':>4} "
        f"{'median ms':>10} {'p95 ms':>9}"
    )
    print(header)
    print("-" * len(header))
    for row in result["queries"]:
        print(
            f"{row['class']:<26} {row['query']:<11} {row['matches']:>7} "
            f"{row['runs']:>4} {row['median_ms']:>10.1f} {row['p95_ms']:>9.1f}"
        )
    print(f"facets = {{'type': 'release', 'year': {FACET_YEAR}}}")
    profile = result["profile"]
    print(
        f"profile of '{PROFILED}': {profile['sql_queries']} SQL queries, "
        f"{profile['sql_ms']:.0f} of {profile['profiled_ms']:.0f} ms in the "
        f"database (slowest {profile['slowest_sql_ms']:.0f} ms); {profile['file']}"
    )
    for target in result["targets"]:
        verdict = {True: "PASS", False: "FAIL", None: "n/a "}[target["pass"]]
        measured = "" if target["measured"] is None else f": {target['measured']}"
        print(f"[{verdict}] {target['target']}{measured}")
    print(f"this size took {result['total_s']} s")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("phase", nargs="?", default="all")
    parser.add_argument("args", nargs="*")
    parser.add_argument("--sizes", nargs="+", type=int, default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--budget", type=float, default=30, help="seconds per query class"
    )
    options = parser.parse_args(argv)
    if options.phase == "prepare":
        return phase_prepare(int(options.args[0]))
    if options.phase == "index":
        return phase_index(options.args[0])
    if options.phase == "query":
        repeat, budget, path = options.args
        return phase_query(int(repeat), float(budget), path)
    OUT.mkdir(exist_ok=True)
    print("== relevance test set…", file=sys.stderr, flush=True)
    relevance = _relevance()
    results = []
    for size in options.sizes:
        result = bench_size(size, options.repeat, options.budget)
        result["relevance"] = relevance
        path = OUT / f"results-{result['engine']}-{size}.json"
        path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        print_table(result)
        print(relevance)
        results.append(result)
        sys.stdout.flush()
    print("\nJSON:")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return None


if __name__ == "__main__":
    main()
