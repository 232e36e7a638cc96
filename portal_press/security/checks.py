"""System checks of the host's security settings (see docs/install.md)."""

from django.conf import settings
from django.core.checks import Warning, register
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from .uploads import SafeDocumentForm

DOCUMENT_FORM_SETTING = "WAGTAILDOCS_DOCUMENT_FORM_BASE"
DOCUMENT_FORM = "portal_press.security.uploads.SafeDocumentForm"


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
