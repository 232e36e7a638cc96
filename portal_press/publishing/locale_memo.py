"""A Locale looked up by its language once per request.

Wagtail looks up ``Locale.get_active()`` (``LocaleManager.get_for_language``)
each time a page is routed, localized or listed in the visitor's language:
three or four identical queries in one page view, from Wagtail, the app and
the host's templates alike. Inside a request the answer is remembered
(:mod:`.request_memo`); saving or deleting a Locale forgets it at once, and
outside a request nothing is remembered.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

from . import request_memo

LOCALES = "locales_by_language"
_original = LocaleManager.get_for_language


def get_for_language(manager, language_code):
    if manager.model is not Locale:
        return _original(manager, language_code)
    found = request_memo.remembered(LOCALES, dict)
    if language_code not in found:
        found[language_code] = _original(manager, language_code)
    return found[language_code]


def _forget(sender, **kwargs):
    request_memo.forget(LOCALES)


def connect():
    LocaleManager.get_for_language = get_for_language
    for signal in (post_save, post_delete):
        signal.connect(_forget, sender=Locale, dispatch_uid=f"portal_press_{signal}")
