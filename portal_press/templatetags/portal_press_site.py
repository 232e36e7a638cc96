"""The chrome around the app's pages: the main navigation, breadcrumbs and
the press office's contact.

Both ask the visibility gate, so a private or embargoed section never shows
in a trail, and both run a fixed number of queries per page.
"""

from django import template
from django.db.models import Q
from wagtail.models import Locale, Page, Site

from ..cache import fragments
from ..cache.invalidation import CHROME_DEPTH
from ..localisation.register import localize_agencies
from ..publishing import visibility

register = template.Library()


def site_home(request):
    """The site's root page in the visitor's language (the default
    language's where it has none), once per request."""
    if not hasattr(request, "_portal_press_site_home"):
        site = Site.find_for_request(request)
        request._portal_press_site_home = site.root_page.localized if site else None
    return request._portal_press_site_home


def home_sections(home):
    """The public sections of ``home``, for a view that is not a page (the
    search, an error page): kept as the chrome is, since any change to a
    section ends everything kept."""

    def sections():
        return list(visibility.public_few(home.get_children()))

    return fragments.remembered(f"chrome:sections:{home.pk}", sections)


def _steps(path, depth):
    return path[: depth * Page.steplen]


def chrome_pages(request, page):
    """``(home, sections, ancestors)`` of ``page`` that the public may see:
    its home page (the root of its language's tree), the home's sections and
    the page's ancestors from the home down. One query per request, shared
    by the navigation and the breadcrumbs."""
    memo = getattr(request, "_portal_press_chrome", None)
    if memo is not None and memo[0] == page.pk:
        return memo[1]
    site = Site.find_for_request(request)
    depth = site.root_page.depth if site else 2
    home_path = _steps(page.path, depth)
    lineage = [_steps(page.path, level) for level in range(depth, page.depth)]

    def public_chrome():
        return list(
            visibility.public(
                Page.objects.filter(
                    Q(path__in=[home_path, *lineage])
                    | Q(path__startswith=home_path, depth=depth + 1)
                )
            ).order_by("path")
        )

    # Where every page found is of the chrome (the home page, its sections),
    # any change to them ends the kept list; deeper ancestors are asked anew.
    if page.depth <= min(depth + 2, CHROME_DEPTH + 1):
        found = fragments.remembered(
            f"chrome:{page.path[: -Page.steplen]}", public_chrome
        )
    else:
        found = public_chrome()
    home = next((p for p in found if p.path == home_path), None)
    result = (
        home,
        [p for p in found if p.depth == depth + 1],
        [p for p in found if p.path in lineage],
    )
    request._portal_press_chrome = (page.pk, result)
    return result


@register.inclusion_tag(
    "portal_press/includes/main_navigation.html", takes_context=True
)
def main_navigation(context):
    """``{% main_navigation %}``: the public sections under the home page, in
    the visitor's language, the current one marked. The same few queries
    however many sections there are (on a page, none beyond the breadcrumbs')."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {"items": []}
    if isinstance(page, Page) and page.depth >= 2:
        home, sections, _ancestors = chrome_pages(request, page)
    else:
        home = site_home(request)
        sections = home_sections(home) if home else []
    if home is None:
        return {"request": request, "items": []}
    current_path = getattr(page, "path", "")
    items = [
        {
            "page": section,
            "is_current": current_path == section.path,
            "is_ancestor": current_path.startswith(section.path)
            and current_path != section.path,
        }
        for section in sections
    ]
    return {
        "request": request,
        "home": home,
        "is_home": current_path == home.path,
        "items": items,
    }


@register.inclusion_tag("portal_press/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current=None):
    """``{% breadcrumbs %}``: the trail from the site's home page to this page.

    On a page that is not a Wagtail page (the search), ``current`` names it
    and the trail starts at the home page in the visitor's language. Nothing
    is shown on the home page itself.
    """
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    if isinstance(page, Page) and page.depth >= 2:
        _home, _sections, trail = chrome_pages(request, page)
        current = current or page.title
    elif current:
        home = site_home(request)
        trail = [home] if home is not None and visibility.is_public(home) else []
    else:
        return {}
    if not trail:
        return {}
    return {"request": request, "trail": trail, "current": current}


@register.inclusion_tag("portal_press/includes/press_office.html", takes_context=True)
def press_office(context, agency, heading_level=2):
    """``{% press_office agency %}``: whom the press calls, in the reader's
    language (its translation, or its official name from the glossary)."""
    if agency is None:
        return {}
    agency = localize_agencies([agency], Locale.get_active())[0]
    return {
        "request": context.get("request"),
        "agency": agency,
        "heading_level": heading_level,
    }
