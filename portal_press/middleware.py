"""Django's LocaleMiddleware, plus a clear answer while the set-up is unfinished.

Until ``manage.py portal_press_setup`` has given the site a Locale for its
language, Wagtail's admin listings of translatable snippets, the app's
listings and the search raise ``Locale.DoesNotExist``. Instead of a 500, this
middleware answers 503 with a page naming the check (portal_press.W001) and
the command that fixes it. Everything else is Django's own LocaleMiddleware.
"""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template.response import TemplateResponse
from wagtail.models import Locale

from .checks import default_language, default_locale_missing


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_exception(self, request, exception):
        if not isinstance(exception, Locale.DoesNotExist):
            return None
        if not default_locale_missing():
            return None  # a real bug: let it be a 500
        response = TemplateResponse(
            request,
            "portal_press/setup_incomplete.html",
            {"language_code": default_language()},
            status=503,
        )
        return response.render()
