"""A translation carries the view restrictions of its source.

Wagtail asks for a page's login or password as it serves the page, but only
for restrictions on the page's own tree: the English copy of a
password-protected Vietnamese page would be served to anyone. Serving a
translation therefore asks what Wagtail would ask for its source.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import PageViewRestriction

from .locale_memo import language_of
from .page_rule import restricted_paths
from .sources import default_language_code, sources_by_key


def source_restrictions(page):
    """The view restrictions of ``page``'s source, if ``page`` is a translation."""
    if language_of(page) == default_language_code():
        return []
    if not restricted_paths():
        # No page of the site is restricted: nor is the source.
        return []
    source = sources_by_key([page]).get(page.translation_key)
    return list(source.get_view_restrictions()) if source else []


def restriction_response(page, request):
    """The response asking for what a restriction of the source requires, or
    ``None`` when the request meets them all (as Wagtail does for the page's
    own restrictions)."""
    for restriction in source_restrictions(page):
        if restriction.accept_request(request):
            continue
        if restriction.restriction_type == PageViewRestriction.PASSWORD:
            form = PasswordViewRestrictionForm(
                instance=restriction,
                initial={"return_url": request.get_full_path()},
            )
            action_url = reverse(
                "wagtailcore_authenticate_with_password",
                args=[restriction.id, page.id],
            )
            response = page.serve_password_required_response(request, form, action_url)
        else:
            login_url = getattr(
                settings, "WAGTAIL_FRONTEND_LOGIN_URL", reverse("wagtailcore_login")
            )
            response = redirect_to_login(request.get_full_path(), login_url)
        add_never_cache_headers(response)
        return response
    return None
