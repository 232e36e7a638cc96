"""Production settings: every secret and host comes from the environment.

``manage.py check --deploy`` passes with no warning when the environment is
set as docs/install.md says ("Production settings").
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def _required(name):
    try:
        return os.environ[name]
    except KeyError:
        raise ImproperlyConfigured(f"Set the {name} environment variable.") from None


def _flag(name, default):
    return os.environ.get(name, "1" if default else "0").lower() in ("1", "true", "yes")


DEBUG = False
SECRET_KEY = _required("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = _required("DJANGO_ALLOWED_HOSTS").split(",")
CSRF_TRUSTED_ORIGINS = [
    origin
    for origin in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",")
    if origin
]
WAGTAILADMIN_BASE_URL = _required("WAGTAILADMIN_BASE_URL")

# HTTPS only: plain HTTP is redirected, browsers remember it for a year
# (HSTS), and cookies never travel unencrypted.
SECURE_SSL_REDIRECT = _flag("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", 31_536_000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _flag("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = _flag("DJANGO_SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
# Behind a proxy that ends TLS (nginx, a load balancer): it must set
# X-Forwarded-Proto and strip the header from what visitors send. Without
# such a proxy, set DJANGO_BEHIND_TLS_PROXY=0.
if _flag("DJANGO_BEHIND_TLS_PROXY", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Static files: `manage.py collectstatic`, then served by WhiteNoise with
# hashed names, compressed, cached for a year.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Background work (search index updates that touch many objects) waits in
# the database for a worker: run `python manage.py db_worker` beside the web
# server (see docs/install.md). The demo runs tasks at once.
INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks", "django_tasks_db"]  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
