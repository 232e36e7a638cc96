"""Settings for the test suite: SQLite by default, any database via DATABASE_URL."""

import os

import dj_database_url

from portal_press.localisation.languages import PORTAL_LANGUAGES
from portal_press.security import csp
from portal_press.wagtail_vi import JAVASCRIPT_LOCALE_DIR

SECRET_KEY = "tests-only"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "tests.testapp",
    "portal_press",
    "portal_press.wagtail_vi",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "django.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "rest_framework",
    "wagtail.contrib.redirects",
    # The database task backend, for the test of the real queue
    # (tests/test_task_queue.py); the suite runs tasks at once otherwise.
    "django_tasks",
    "django_tasks_db",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

# As docs/install.md asks of a host site ("Security headers").
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal_press.security.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal_press.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    csp.MIDDLEWARE,
    "django.contrib.messages.middleware.MessageMiddleware",
]
if csp.DJANGO_HAS_CSP:
    SECURE_CSP = csp.public_policy()
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": csp.public_policy()}
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal_press.security.uploads.SafeDocumentForm"

ROOT_URLCONF = "tests.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                *(
                    ["django.template.context_processors.csp"]
                    if csp.DJANGO_HAS_CSP
                    else []
                ),
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "sqlite:///:memory:"), conn_max_age=0
    )
}
if "postgresql" in DATABASES["default"]["ENGINE"]:
    # Wagtail's search index uses PostgreSQL's full-text fields, which
    # Django 6.1 checks for this app (postgres.E005).
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
LOCALE_PATHS = [JAVASCRIPT_LOCALE_DIR]
USE_TZ = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = PORTAL_LANGUAGES
FORMAT_MODULE_PATH = ["portal_press.formats"]
WAGTAIL_I18N_ENABLED = True
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
PORTAL_PRESS = {"SECTION_PARENT_PAGE_TYPES": ["testapp.HomePage"]}

STATIC_URL = "/static/"
MEDIA_ROOT = os.path.join(os.path.dirname(__file__), "media-test")
MEDIA_URL = "/media/"

WAGTAIL_SITE_NAME = "portal_press tests"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# As README.md asks of a host site: the admin makes no outside requests.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
