"""System checks: the catalogue reaches the admin only where the site lists it."""

import os

from django.apps import apps
from django.conf import settings
from django.core.checks import Warning, register

from . import JAVASCRIPT_LOCALE_DIR

APP = "portal_press.wagtail_vi"
UPSTREAM = {"wagtail", "wagtail_localize"}


def upstream_apps_ahead(names):
    """The Wagtail and wagtail-localize apps listed before this one.

    Django takes a msgid from the first app that translates it, so each of
    these would show its own partial Vietnamese instead.
    """
    ahead = names[: names.index(APP)]
    return [name for name in ahead if name.split(".")[0] in UPSTREAM]


@register()
def check_catalogue_precedence(app_configs=None, **kwargs):
    ahead = upstream_apps_ahead([config.name for config in apps.get_app_configs()])
    if not ahead:
        return []
    return [
        Warning(
            f"{APP} is listed after {', '.join(ahead)}, whose Vietnamese "
            "catalogues then win in the admin.",
            hint=f'List "{APP}" right after "portal_press", before the Wagtail apps.',
            id="portal_press_wagtail_vi.W001",
        )
    ]


@register()
def check_javascript_catalogue(app_configs=None, **kwargs):
    """The admin's scripts read their strings from named packages only.

    Wagtail serves its JavaScript catalogue from ``wagtail.admin``'s locale
    and wagtail-localize from its own; both add ``LOCALE_PATHS``, and nothing
    else, so the catalogue must be listed there.
    """
    listed = {os.path.realpath(path) for path in settings.LOCALE_PATHS}
    if os.path.realpath(JAVASCRIPT_LOCALE_DIR) in listed:
        return []
    return [
        Warning(
            "The admin's JavaScript strings stay in English: "
            f"{APP}'s catalogue is not in LOCALE_PATHS.",
            hint="Add portal_press.wagtail_vi.JAVASCRIPT_LOCALE_DIR to LOCALE_PATHS.",
            id="portal_press_wagtail_vi.W002",
        )
    ]
