"""Wagtail's own API (v2 and v3) asks the gate too.

Both versions build the pages an anonymous consumer may read with
``wagtail.api.querysets.get_public_pages_queryset`` (live pages without a
view restriction), which knows nothing of an embargo or of a translation
whose source is hidden. Wagtail offers no hook there, so the two modules
that use it get it wrapped: the same pages, narrowed by the gate. Signed-in
consumers of v3 keep their own tier (the pages they may edit).
"""

import functools
import importlib

from django.apps import apps

from ..publishing import visibility

# The modules that call get_public_pages_queryset, by the app that provides them.
USERS = {
    "wagtail.api.v2": "wagtail.api.v2.views",
    "wagtail.api.v3": "wagtail.api.v3.querysets",
}


def gated(get_public_pages_queryset):
    @functools.wraps(get_public_pages_queryset)
    def public_pages_queryset(request, *args, **kwargs):
        return visibility.public(get_public_pages_queryset(request, *args, **kwargs))

    public_pages_queryset.portal_press_gated = True
    return public_pages_queryset


def close_side_doors():
    """Wrap the public queryset of each installed API version (once)."""
    for app, module_name in USERS.items():
        if not apps.is_installed(app):
            continue
        module = importlib.import_module(module_name)
        original = module.get_public_pages_queryset
        if not getattr(original, "portal_press_gated", False):
            module.get_public_pages_queryset = gated(original)
