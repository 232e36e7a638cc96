"""The example portal's home page in the visitor's language, for its header
(the portal's name), its navigation (portal_press's ``{% main_navigation %}``)
and its footer (the press office).
"""

from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site

from home.models import HomePage
from portal_press.publishing import visibility

register = template.Library()


def _site_home(request):
    """The site's root page in the active language (its public translation,
    else the root itself), once per request and in one query, with what the
    header and footer show (its locale, the press office)."""
    if not hasattr(request, "_site_navigation_home"):
        site = Site.find_for_request(request)
        home = None
        if site is not None:
            translations = HomePage.objects.filter(
                translation_key=site.root_page.translation_key,
                locale__language_code=get_supported_content_language_variant(
                    get_language()
                ),
            )
            home = (
                visibility.public_few(translations)
                .select_related("locale", "press_office")
                .first()
            ) or site.root_page.specific
        request._site_navigation_home = home
    return request._site_navigation_home


@register.simple_tag(takes_context=True)
def site_home(context):
    """``{% site_home as home %}``: the home page for the header link."""
    request = context.get("request")
    return _site_home(request) if request is not None else None
