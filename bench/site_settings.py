"""Settings for the page benchmark: the example site, on a database of its own.

The example site's settings (its middleware with the page cache, its
templates with the header, menu and language switcher), with the database
under ``bench/out/`` (one SQLite file per size) or whatever ``DATABASE_URL``
names, a local-memory cache, and two floors to compare pages with: a bare
``wagtail.models.Page`` with a trivial template (``bench/templates``) and a
trivial Django view (:mod:`bench.urls`). The benchmark empties the database it
is given: never point it at one whose content matters.

For the load benchmark (:mod:`bench.load`), which serves these settings with
gunicorn: ``BENCH_PAGE_CACHE=off`` removes the page cache middleware, and
``BENCH_REDIS_URL`` with ``BENCH_REDIS_PREFIX`` puts the cache on Redis, as
production does, instead of local memory.
"""

import os
import sys
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "example_site"))

from example_site.settings.base import *  # noqa: E402, F403

OUT_DIR = Path(__file__).resolve().parent / "out"
OUT_DIR.mkdir(exist_ok=True)
SIZE = os.environ.get("BENCH_PAGES_SIZE", "default")

DEBUG = False
SECRET_KEY = "bench-only"  # noqa: S105
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "bench.urls"
TEMPLATES[0]["DIRS"] = [  # noqa: F405
    Path(__file__).resolve().parent / "templates",
    *TEMPLATES[0]["DIRS"],  # noqa: F405
]
MEDIA_ROOT = OUT_DIR / "media"
# Publishing is measured with tasks queued in the database too.
INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks", "django_tasks_db"]  # noqa: F405
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL")
        or f"sqlite:///{OUT_DIR / f'pages-{SIZE}.sqlite3'}",
        conn_max_age=600,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {"init_command": "PRAGMA journal_mode=WAL;"}
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }
}
if os.environ.get("BENCH_REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["BENCH_REDIS_URL"],
            "KEY_PREFIX": os.environ["BENCH_REDIS_PREFIX"],
        }
    }
if os.environ.get("BENCH_PAGE_CACHE") == "off":
    MIDDLEWARE = [name for name in MIDDLEWARE if "PageCacheMiddleware" not in name]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGGING = {"version": 1, "disable_existing_loggers": False}
