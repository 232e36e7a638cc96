"""The search benchmark's comparison with Elasticsearch (``make bench-search``).

The benchmark itself is too slow for the suite; these check what its user
sees: without a server it says so and goes on with the database, and the
engines share one table per query class.
"""

from bench import run, search_report

CLOSED_PORT = "http://127.0.0.1:9"


def _options(*argv):
    return run._parser().parse_args(argv)


def test_without_a_server_the_database_runs_alone(capsys):
    options = _options(
        "--engines", "database", "elasticsearch", "--elasticsearch-url", CLOSED_PORT
    )

    assert run._server(options) is None
    said = capsys.readouterr().err
    assert f"{CLOSED_PORT} is not reachable" in said
    assert "running the database engine only" in said


def test_the_database_alone_asks_no_server(capsys):
    assert run._server(_options("--elasticsearch-url", CLOSED_PORT)) is None
    assert capsys.readouterr().err == ""


def _row(name, matches, median, p95):
    return {"class": name, "matches": matches, "median_ms": median, "p95_ms": p95}


def test_the_engines_share_one_row_per_query_class(capsys):
    memory = {"rss_mb": 612.5, "heap_used_mb": 120.0, "heap_max_mb": 384.0}
    result = {
        "engine": "sqlite",
        "documents": 100_000,
        "index_build_s": 223.0,
        "index_peak_rss_mb": 160.0,
        "queries": [
            _row("no words", 72_777, 383.0, 515.0),
            _row("autocomplete, 2 words", 5, 23.0, 30.4),
        ],
        "elasticsearch": {
            "server": {"version": "7.9.2"},
            "queries": [_row("no words", 72_777, 38.3, 44.0)],
            "index_build_s": 90.0,
            "index_peak_rss_mb": 170.0,
            "index_entries": 98_030,
            "server_after_index": {**memory, "index_store_mb": 80.0},
            "server_rss_peak_during_run_mb": 650.0,
        },
    }

    search_report.print_comparison(result)

    lines = capsys.readouterr().out.splitlines()
    empty = next(line for line in lines if line.startswith("no words"))
    assert "383.0 / 515.0" in empty and "38.3 / 44.0" in empty
    assert "0.10×" in empty
    completion = next(line for line in lines if line.startswith("autocomplete"))
    assert "database only" in completion
    assert any("RSS 612.5 MB after indexing, peak 650.0 MB" in line for line in lines)
