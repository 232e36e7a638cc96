"""The tables the search benchmark prints: one size on the database, and the
engines side by side per query class."""


def _or_dash(value, suffix=""):
    return "–" if value is None else f"{value}{suffix}"


def print_table(result, facet_year, profiled):
    print(
        f"\nSearch benchmark: {result['documents']:,} documents on "
        f"{result['engine']} ({result['corpus']['releases']:,} releases, "
        f"{result['corpus']['trainings']:,} trainings, "
        f"{result['corpus']['spokespersons']:,} spokespersons; "
        f"{result['corpus']['english']:,} of them English translations)"
    )
    wagtail = (
        "not built (--no-wagtail-index)"
        if result["wagtail_index_entries"] is None
        else f"build {result['wagtail_index_build_s']} s, peak RSS "
        f"{result['wagtail_index_peak_rss_mb']} MB, "
        f"{result['wagtail_index_entries']:,} entries"
    )
    print(
        f"generate {_or_dash(result['generate_s'], ' s')} | public search index: "
        f"build {result['index_build_s']} s, peak RSS "
        f"{result['index_peak_rss_mb']} MB (process was "
        f"{result['rss_before_index_mb']} MB before indexing), "
        f"{result['index_entries']:,} entries | Wagtail's index (admin search): "
        f"{wagtail}"
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
    print(f"facets = {{'type': 'release', 'year': {facet_year}}}")
    profile = result["profile"]
    print(
        f"profile of '{profiled}': {profile['sql_queries']} SQL queries, "
        f"{profile['sql_ms']:.0f} of {profile['profiled_ms']:.0f} ms in the "
        f"database (slowest {profile['slowest_sql_ms']:.0f} ms); {profile['file']}"
    )
    for target in result["targets"]:
        verdict = {True: "PASS", False: "FAIL", None: "n/a "}[target["pass"]]
        measured = "" if target["measured"] is None else f": {target['measured']}"
        print(f"[{verdict}] {target['target']}{measured}")
    print(f"this size took {result['total_s']} s")


def print_comparison(result):
    """Per query class: results, median and p95 of each engine, and the ratio
    of the Elasticsearch median to the database's."""
    es = result["elasticsearch"]
    by_class = {row["class"]: row for row in es["queries"]}
    engine = result["engine"]
    print(
        f"\nEngines side by side, {result['documents']:,} documents: "
        f"{engine} | Elasticsearch {es['server']['version']} "
        "(matches, median / p95 ms)"
    )
    header = (
        f"{'query class':<26} {'matches':>7} {engine + ' ms':>17} "
        f"{'matches':>7} {'elasticsearch ms':>17} {'es/db':>6}"
    )
    print(header)
    print("-" * len(header))
    for row in result["queries"]:
        other = by_class.get(row["class"])
        db = f"{row['median_ms']:.1f} / {row['p95_ms']:.1f}"
        if other is None:
            print(f"{row['class']:<26} {row['matches']:>7} {db:>17}   (database only)")
            continue
        es_ms = f"{other['median_ms']:.1f} / {other['p95_ms']:.1f}"
        ratio = other["median_ms"] / row["median_ms"] if row["median_ms"] else 0
        print(
            f"{row['class']:<26} {row['matches']:>7} {db:>17} "
            f"{other['matches']:>7} {es_ms:>17} {ratio:>5.2f}×"
        )
    after = es["server_after_index"]
    print(
        f"index build: {engine} {result['index_build_s']} s, peak RSS "
        f"{result['index_peak_rss_mb']} MB | Elasticsearch "
        f"{es['index_build_s']} s, indexing process peak RSS "
        f"{es['index_peak_rss_mb']} MB, {es['index_entries']:,} documents, "
        f"{_or_dash(after.get('index_store_mb'), ' MB')} on disk"
    )
    print(
        f"Elasticsearch server: RSS {_or_dash(after['rss_mb'], ' MB')} after "
        f"indexing, peak {_or_dash(es['server_rss_peak_during_run_mb'], ' MB')} "
        f"during the run; JVM heap {after['heap_used_mb']} of "
        f"{after['heap_max_mb']} MB in use after indexing"
    )
    print("autocompletion reads the database's index on both engines")
