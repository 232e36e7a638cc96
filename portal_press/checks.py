"""System checks: what the app needs of the site it is installed in.

Each message says what to change and points to docs/install.md; a host site
that follows that guide sees none of them. ``manage.py check`` runs them all.
"""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError, connections
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from .models import SearchEntry
from .search import connection as es_connection
from .search.fulltext import unsupported_reason

GUIDE = "docs/install.md"
LOCALE_MIDDLEWARE = "django.middleware.locale.LocaleMiddleware"
SESSION_MIDDLEWARE = "django.contrib.sessions.middleware.SessionMiddleware"
COMMON_MIDDLEWARE = "django.middleware.common.CommonMiddleware"
# Apps portal_press needs beside a stock Wagtail site, with the check id
# reported when one is missing.
REQUIRED_APPS = {
    "wagtail_localize": "portal_press.E003",
    "wagtail_localize.locales": "portal_press.E003",
    "wagtail.contrib.table_block": "portal_press.E004",
}


@register("database")
def check_search_database(app_configs=None, databases=None, **kwargs):
    """The public search runs on SQLite with FTS5 or on PostgreSQL."""
    alias = SearchEntry.objects.db
    if databases is None or alias not in databases:
        return []
    reason = unsupported_reason(connections[alias])
    if reason is None:
        return []
    return [
        Error(
            f"The public search needs SQLite with FTS5 or PostgreSQL: {reason}.",
            hint="Use PostgreSQL for the site's database.",
            id="portal_press.E001",
        )
    ]


def default_language():
    """The Wagtail content language of LANGUAGE_CODE, or ``None`` if it has none."""
    from wagtail.coreutils import get_supported_content_language_variant

    try:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)
    except LookupError:
        return None


def default_locale_missing():
    """True when the database has no Locale for LANGUAGE_CODE (and can tell)."""
    from wagtail.models import Locale

    code = default_language()
    try:
        return not Locale.objects.filter(language_code=code).exists()
    except DatabaseError:
        return False  # not migrated yet: migrate creates it


@register()
def check_default_locale(app_configs=None, **kwargs):
    """Wagtail finds every page's language through a Locale matching LANGUAGE_CODE.

    A warning, not an error: ``migrate`` must still run on a site whose
    pages were created in another language before the app came.
    """
    code = default_language()
    if code is None:
        return [
            Error(
                _("LANGUAGE_CODE %(code)r is not one of WAGTAIL_CONTENT_LANGUAGES.")
                % {"code": settings.LANGUAGE_CODE},
                hint=_('Add it to WAGTAIL_CONTENT_LANGUAGES, first (e.g. "vi").'),
                id="portal_press.E002",
            )
        ]
    if not _locale_table_exists() or not default_locale_missing():
        return []
    return [
        Warning(
            _("There is no Locale for the site's language %(code)r.") % {"code": code},
            hint=_(
                "Run `manage.py portal_press_setup`: it creates the Locale, or "
                "renames the one your pages are in (it asks first). Until then "
                "the app's pages, listings and search cannot answer."
            ),
            id="portal_press.W001",
        )
    ]


def _locale_table_exists():
    from wagtail.models import Locale

    try:
        with connections["default"].cursor() as cursor:
            tables = connections["default"].introspection.table_names(cursor)
    except DatabaseError:
        return False
    return Locale._meta.db_table in tables


@register()
def check_installed_apps(app_configs=None, **kwargs):
    installed = installed_apps()
    problems = [
        Error(
            _("%(app)r is not in INSTALLED_APPS.") % {"app": app},
            hint=_(
                "Add it after portal_press, as %(guide)s shows "
                "(wagtail_localize.locales instead of wagtail.locales)."
            )
            % {"guide": GUIDE},
            id=check_id,
        )
        for app, check_id in REQUIRED_APPS.items()
        if app not in installed
    ]
    if {"wagtail.locales", "wagtail_localize.locales"} <= installed:
        problems.append(
            Warning(
                _("Both wagtail.locales and wagtail_localize.locales are installed."),
                hint=_("Remove wagtail.locales: wagtail_localize.locales replaces it."),
                id="portal_press.W002",
            )
        )
    return problems


def installed_apps():
    """The names of the installed apps (however INSTALLED_APPS spells them)."""
    from django.apps import apps

    return {config.name for config in apps.get_app_configs()}


@register()
def check_middleware(app_configs=None, **kwargs):
    """Language prefixes need LocaleMiddleware between sessions and CommonMiddleware."""
    middleware = list(settings.MIDDLEWARE)
    positions = [i for i, path in enumerate(middleware) if _is_locale(path)]
    if not positions:
        return [
            Error(
                _("LocaleMiddleware is not in MIDDLEWARE."),
                hint=_(
                    "Without it / is a 404 and no page knows its language. Insert "
                    "%(name)r after SessionMiddleware and before CommonMiddleware."
                )
                % {"name": "portal_press.middleware.LocaleMiddleware"},
                id="portal_press.E005",
            )
        ]
    position = positions[0]
    after = [SESSION_MIDDLEWARE]
    before = [COMMON_MIDDLEWARE]
    misplaced = any(
        name in middleware and middleware.index(name) > position for name in after
    ) or any(
        name in middleware and middleware.index(name) < position for name in before
    )
    if not misplaced:
        return []
    return [
        Error(
            _(
                "LocaleMiddleware is not between SessionMiddleware and "
                "CommonMiddleware."
            ),
            hint=_(
                "After CommonMiddleware, /admin is redirected to a language prefix "
                "(a 404). Move it right before CommonMiddleware, as %(guide)s shows."
            )
            % {"guide": GUIDE},
            id="portal_press.E006",
        )
    ]


def _is_locale(path):
    from django.middleware.locale import LocaleMiddleware

    try:
        cls = import_string(path)
    except ImportError:
        return False
    return isinstance(cls, type) and issubclass(cls, LocaleMiddleware)


@register(Tags.urls)
def check_url_patterns(app_configs=None, **kwargs):
    """The search and Wagtail's pages are reachable under a language prefix."""
    code = default_language() or settings.LANGUAGE_CODE
    hint = _(
        'Replace the catch-all path("", include(wagtail_urls)) with '
        'i18n_patterns(path("search/", include("portal_press.search.urls")), '
        'path("", include(wagtail_urls))), as %(guide)s shows.'
    ) % {"guide": GUIDE}
    with translation.override(code):
        try:
            search = reverse("portal_press_search")
        except NoReverseMatch:
            return [
                Error(
                    _("The URL patterns do not include portal_press.search.urls."),
                    hint=hint,
                    id="portal_press.E007",
                )
            ]
        reached = _view_name(search)
        home = _view_name(f"/{code}/")
    if reached != "portal_press_search" or home != "wagtail_serve":
        return [
            Error(
                _(
                    "%(url)s does not reach the app's search: a pattern before it "
                    "(such as Wagtail's catch-all) answers instead."
                )
                % {"url": search},
                hint=hint,
                id="portal_press.E007",
            )
        ]
    if not resolve(f"/{code}/").route.startswith(f"{code}/"):
        return [
            Error(
                _("Wagtail's pages are not under the language prefix /%(code)s/.")
                % {"code": code},
                hint=hint,
                id="portal_press.E007",
            )
        ]
    return []


def _view_name(path):
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


@register()
def check_translation_settings(app_configs=None, **kwargs):
    if not getattr(settings, "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE", True):
        return []
    return [
        Warning(
            _("WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is on."),
            hint=_(
                "A live Vietnamese page sent for translation would be published at "
                "once in the other language, still in Vietnamese. Set it to False."
            ),
            id="portal_press.W003",
        )
    ]


@register()
def check_elasticsearch_client(app_configs=None, **kwargs):
    if not es_connection.client_missing():
        return []
    return [
        Error(
            _('PORTAL_PRESS["ELASTICSEARCH"] is set but its client is not installed.'),
            hint=_(
                'pip install "portal-press[elasticsearch]", or remove the setting '
                "to search the database. Until then the search uses the database."
            ),
            id="portal_press.E008",
        )
    ]


# Settings under which Wagtail's admin asks a service outside the site for
# something on every page, with the value that keeps it inside.
OFFLINE_SETTINGS = [
    (
        "WAGTAIL_GRAVATAR_PROVIDER_URL",
        "//www.gravatar.com/avatar",
        None,
        _lazy("the admin loads each editor's picture from gravatar.com"),
        "portal_press.W004",
    ),
    (
        "WAGTAIL_ENABLE_UPDATE_CHECK",
        True,
        False,
        _lazy("the dashboard asks releases.wagtail.org for Wagtail's latest version"),
        "portal_press.W005",
    ),
]


@register()
def check_admin_stays_offline(app_configs=None, **kwargs):
    """The admin asks nothing of outside services.

    Officers often work on a government network without the Internet: an
    outside request then leaves a broken image or a wait, and it tells a
    third party who is signed in to the portal's admin.
    """
    warnings = []
    for name, default, offline, consequence, check_id in OFFLINE_SETTINGS:
        if getattr(settings, name, default) != offline:
            warnings.append(
                Warning(
                    _("With %(name)s unset or on, %(consequence)s.")
                    % {"name": name, "consequence": consequence},
                    hint=_("Set %(name)s = %(value)r in the site's settings.")
                    % {"name": name, "value": offline},
                    id=check_id,
                )
            )
    return warnings
