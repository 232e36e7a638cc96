"""The example portal's header: its home page and main navigation.

The navigation lists the public children of the site's root page in the
visitor's language. It asks portal_press's visibility gate, so an embargoed,
unpublished or private section never appears in the menu, and it runs the
same few queries however many sections there are (none while the list is
kept, see ``portal_press.cache.fragments``).
"""

from django import template
from wagtail.models import Site

from portal_press.cache import fragments
from portal_press.publishing import visibility

register = template.Library()


def public_sections(home):
    """The public children of ``home``, as the menu and the home page list
    them: kept between requests until the site's chrome changes."""
    return fragments.remembered(
        f"sections:{home.pk}",
        lambda: list(visibility.public(home.get_children()).specific()),
    )


def _site_home(request):
    """The site's root page in the active language, once per request."""
    if not hasattr(request, "_site_navigation_home"):
        site = Site.find_for_request(request)
        request._site_navigation_home = site.root_page.localized if site else None
    return request._site_navigation_home


@register.simple_tag(takes_context=True)
def site_home(context):
    """``{% site_home as home %}``: the home page for the header link."""
    request = context.get("request")
    return _site_home(request) if request is not None else None


@register.inclusion_tag("home/includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """``{% main_navigation %}``: the sections of the site, the current one marked."""
    request = context.get("request")
    home = _site_home(request) if request is not None else None
    if home is None:
        return {"request": request, "items": []}
    current = context.get("page")
    current_path = getattr(current, "path", "")
    items = [
        {
            "page": section,
            "is_current": current_path == section.path,
            "is_ancestor": current_path.startswith(section.path)
            and current_path != section.path,
        }
        for section in public_sections(home)
    ]
    return {"request": request, "home": home, "items": items}
