"""The site's Locales, read once per request.

Wagtail looks up ``Locale.get_active()`` (``LocaleManager.get_for_language``)
each time a page is routed, localized or listed in the visitor's language,
and every ``obj.locale`` of a page, a source or an agency is a query of its
own: several identical queries in one page view, from Wagtail, the app and
the host's templates alike. Inside a request every Locale is read once (a
site has a handful) and answers both (:mod:`.request_memo`); saving or
deleting a Locale forgets them at once, and outside a request nothing is
remembered.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

from . import request_memo

LOCALES = "locales"
_original = LocaleManager.get_for_language


def _locales():
    return request_memo.remembered(LOCALES, lambda: list(Locale.objects.all()))


def get_for_language(manager, language_code):
    if manager.model is not Locale or not request_memo.active():
        return _original(manager, language_code)
    code = get_supported_content_language_variant(language_code)
    for locale in _locales():
        if locale.language_code == code:
            return locale
    raise Locale.DoesNotExist(f"No locale for {code!r}")


def locale_of(obj):
    """``obj.locale``, taken from the request's Locales when not yet loaded."""
    if request_memo.active() and not type(obj).locale.is_cached(obj):
        found = next((loc for loc in _locales() if loc.pk == obj.locale_id), None)
        if found is not None:
            obj.locale = found
    return obj.locale


def language_of(obj):
    """The language code of ``obj``'s locale (see :func:`locale_of`)."""
    return locale_of(obj).language_code


def _forget(sender, **kwargs):
    request_memo.forget(LOCALES)


def connect():
    LocaleManager.get_for_language = get_for_language
    for signal in (post_save, post_delete):
        signal.connect(_forget, sender=Locale, dispatch_uid=f"portal_press_{signal}")
