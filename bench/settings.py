"""Settings for the search benchmark: the test settings on a database of its own.

SQLite in a file under ``bench/out/`` by default (an in-memory database
would not survive from the indexing process to the query process), or
whatever ``DATABASE_URL`` names. The benchmark flushes the database it is
given: never point it at one whose content matters.
"""

import os
from pathlib import Path

import dj_database_url

from tests.settings import *  # noqa: F403

OUT_DIR = Path(__file__).resolve().parent / "out"
OUT_DIR.mkdir(exist_ok=True)

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{OUT_DIR / 'bench.sqlite3'}",
        conn_max_age=600,
    )
}

# The children that index or search on Elasticsearch get its address from the
# driver (bench/elasticsearch_server.py); the others run without it, as a site
# without Elasticsearch does.
if os.environ.get("BENCH_ELASTICSEARCH_URL"):
    PORTAL_PRESS = {
        **PORTAL_PRESS,  # noqa: F405
        "ELASTICSEARCH": {
            "URL": os.environ["BENCH_ELASTICSEARCH_URL"],
            "INDEX": os.environ.get("BENCH_ELASTICSEARCH_INDEX", "portal_press_bench"),
            "NODE_CLASS": os.environ.get("BENCH_ELASTICSEARCH_NODE_CLASS") or None,
        },
    }
