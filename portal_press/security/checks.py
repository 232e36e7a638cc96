"""System checks of the host's security settings (see docs/install.md)."""

from django.conf import settings
from django.core.checks import Warning, register
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from . import csp
from .uploads import SafeDocumentForm

DOCUMENT_FORM_SETTING = "WAGTAILDOCS_DOCUMENT_FORM_BASE"
DOCUMENT_FORM = "portal_press.security.uploads.SafeDocumentForm"
HEADERS_MIDDLEWARE = "portal_press.security.middleware.SecurityHeadersMiddleware"


@register()
def check_document_form(app_configs=None, **kwargs):
    """Uploads are checked for disguised web pages and SVG images."""
    path = getattr(settings, DOCUMENT_FORM_SETTING, "")
    try:
        form = import_string(path) if path else None
    except ImportError:
        form = None
    if isinstance(form, type) and issubclass(form, SafeDocumentForm):
        return []
    return [
        Warning(
            _(
                "Uploaded documents are not checked for web pages or SVG images "
                "under another name."
            ),
            hint=_("Set %(name)s = %(value)r in the site's settings.")
            % {"name": DOCUMENT_FORM_SETTING, "value": DOCUMENT_FORM},
            id="portal_press.W006",
        )
    ]


@register(deploy=True)
def check_security_middleware(app_configs=None, **kwargs):
    """The headers of docs/install.md need both middleware: the app's (the
    admin's policy, framing, Cache-Control) and the public policy's. Asked
    by ``check --deploy``, as Django's own security checks are."""
    missing = [
        name
        for name in (HEADERS_MIDDLEWARE, csp.MIDDLEWARE)
        if name not in settings.MIDDLEWARE
    ]
    return [
        Warning(
            _("%(name)s is not in MIDDLEWARE: pages are sent without its headers.")
            % {"name": name},
            hint=_(
                "Add it as the install guide's “Security headers” shows "
                "(docs/install.md): without a Content-Security-Policy an "
                "editor's mistake or an injected script runs on the portal."
            ),
            id="portal_press.W007",
        )
        for name in missing
    ]
