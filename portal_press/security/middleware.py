"""The admin's own Content-Security-Policy, and a Cache-Control on every
response that has none.

Put it near the top of MIDDLEWARE (after SecurityMiddleware and WhiteNoise),
outside the page cache and the CSP middleware, so that it sees every
response, cached ones included.

- Under the admin's URL, the public pages' strict policy (set by the
  framework's CSP middleware from the host's settings) is replaced by the
  admin's (:func:`.csp.admin_header`): Wagtail's widgets need inline code.
- A response no view gave a ``Cache-Control`` is not one the gate marked
  public (those get ``public, max-age`` from the page cache, and an editor's
  view of a hidden page ``private, no-store`` as it is served): the admin's
  pages are kept by nobody (``private, no-store``); a response to a
  signed-in user, or one setting a cookie, by the browser only, asking each
  time (``private, no-cache``); any other is kept by nobody without asking
  the site first (``no-cache``).
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_cache_control

from . import csp


def admin_prefix():
    try:
        return reverse("wagtailadmin_home")
    except NoReverseMatch:
        return None


def _signed_in(request):
    user = getattr(request, "user", None)
    return settings.SESSION_COOKIE_NAME in request.COOKIES or bool(
        user is not None and user.is_authenticated
    )


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_header = csp.admin_header()

    def __call__(self, request):
        response = self.get_response(request)
        prefix = admin_prefix()
        in_admin = prefix is not None and request.path.startswith(prefix)
        if in_admin:
            response[csp.HEADER] = self.admin_header
        if not response.has_header("Cache-Control"):
            if in_admin:
                patch_cache_control(response, private=True, no_store=True)
            elif _signed_in(request) or response.cookies:
                patch_cache_control(response, private=True, no_cache=True)
            else:
                patch_cache_control(response, no_cache=True)
        return response
