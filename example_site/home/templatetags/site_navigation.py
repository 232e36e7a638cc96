"""The example portal's home page in the visitor's language, for its header
(the portal's name), its navigation (portal_press's ``{% main_navigation %}``)
and its footer (the press office).
"""

from django import template
from wagtail.models import Site

from home.models import HomePage

register = template.Library()


def _site_home(request):
    """The site's root page in the active language, once per request, with
    what the header and footer show (its locale, the press office)."""
    if not hasattr(request, "_site_navigation_home"):
        site = Site.find_for_request(request)
        home = site.root_page.localized if site else None
        if home is not None:
            home = (
                HomePage.objects.select_related("locale", "press_office")
                .filter(pk=home.pk)
                .first()
            ) or home
        request._site_navigation_home = home
    return request._site_navigation_home


@register.simple_tag(takes_context=True)
def site_home(context):
    """``{% site_home as home %}``: the home page for the header link."""
    request = context.get("request")
    return _site_home(request) if request is not None else None
