"""Settings shared by the example site's dev and production configurations.

The lines marked ``portal_press`` are the ones README.md tells a host site to add.
"""

import os
from pathlib import Path

import dj_database_url

from portal_press.localisation.languages import PORTAL_LANGUAGES
from portal_press.security import csp
from portal_press.wagtail_vi import JAVASCRIPT_LOCALE_DIR

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "home",
    "demo_data",
    # portal_press and what it needs beyond a standard Wagtail site
    "portal_press",
    "portal_press.wagtail_vi",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.table_block",
    # a standard Wagtail site
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
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
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First, so that an HTTP request is redirected before any cache answers it.
    "django.middleware.security.SecurityMiddleware",
    # The static files, with DEBUG off too (see docs/install.md).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # portal_press: the admin's own CSP, a Cache-Control on every response.
    "portal_press.security.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal_press.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Anonymous visitors' pages, kept until a content event ends them.
    "portal_press.cache.middleware.PageCacheMiddleware",
    # The Content-Security-Policy (Django's on Django 6, django-csp on 5.2);
    # inside the page cache, so a stored page keeps the header of its nonce.
    csp.MIDDLEWARE,
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# portal_press: public pages run no inline code but the nonce's (the admin
# gets its own policy from SecurityHeadersMiddleware).
if csp.DJANGO_HAS_CSP:
    SECURE_CSP = csp.public_policy()
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": csp.public_policy()}

ROOT_URLCONF = "example_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "example_site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # The nonce as {{ csp_nonce }}, as Django 6 asks (security.W027).
                *(
                    ["django.template.context_processors.csp"]
                    if csp.DJANGO_HAS_CSP
                    else []
                ),
            ],
        },
    },
]

WSGI_APPLICATION = "example_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead logging: visitors keep reading while an editor publishes or
    # the search index is rebuilt (readers would otherwise wait on writers).
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL;"
    )
if "postgresql" in DATABASES["default"]["ENGINE"]:
    # Wagtail's search index uses PostgreSQL's full-text fields, which
    # Django 6.1 checks for this app (postgres.E005).
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Editors' passwords for a public-sector site: 12 characters or more, not
# like the user's name or e-mail, not a common password, not only digits.
PASSWORDS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{PASSWORDS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{PASSWORDS}.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": f"{PASSWORDS}.CommonPasswordValidator"},
    {"NAME": f"{PASSWORDS}.NumericPasswordValidator"},
]

# portal_press: Vietnamese first, Vietnam's time zone.
LOCALE_PATHS = [BASE_DIR / "locale", JAVASCRIPT_LOCALE_DIR]
LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = PORTAL_LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
FORMAT_MODULE_PATH = ["portal_press.formats"]
WAGTAIL_I18N_ENABLED = True
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# portal_press: the admin asks no outside service for anything (avatars, versions).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Machine translation fills drafts with the glossary's official names, and
# with DeepL for the rest when a key is given.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "portal_press.localisation.machine_translation.GlossaryTranslator",
    "OPTIONS": {},
}
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["TRANSLATOR"] = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }
PORTAL_PRESS = {"SECTION_PARENT_PAGE_TYPES": ["home.HomePage"]}
# The public search uses Elasticsearch 8 when a server is given (see
# compose.elasticsearch.yml), the database otherwise. Build the index with
# `manage.py portal_press_rebuild_index`.
if os.environ.get("ELASTICSEARCH_URL"):
    PORTAL_PRESS["ELASTICSEARCH"] = {"URL": os.environ["ELASTICSEARCH_URL"]}

STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", BASE_DIR / "media")
MEDIA_URL = "/media/"

WAGTAIL_SITE_NAME = "Cổng thông tin điện tử tỉnh Phù Sa"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "xlsx", "pptx", "odt", "txt", "zip"]
# portal_press: a web page or an SVG image under another name is refused at
# upload; documents download as files (PDFs open in the browser), under
# Wagtail's "default-src 'none'" policy.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal_press.security.uploads.SafeDocumentForm"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
