"""Permanent redirects from the addresses pages had before the language prefix.

With Wagtail's pages under ``i18n_patterns``, ``/tin-tuc/`` becomes
``/vi/tin-tuc/``. Links and search engines know the old address: one
Wagtail redirect per existing page sends them on with a 301 (Wagtail's
RedirectMiddleware answers it, since the old address no longer resolves).
The redirect points at the page, so it follows the page if it moves again.
"""

from wagtail.contrib.redirects.models import Redirect

from ..publishing import visibility


def redirect_old_urls(site):
    """Add the missing redirects for the pages of ``site`` the public may see
    now or later (an embargoed release too); count them."""
    added = 0
    root = site.root_page
    for page in visibility.public_any_time(root.get_descendants()).iterator():
        old_path = Redirect.normalise_path(page.url_path[len(root.url_path) - 1 :])
        if Redirect.objects.filter(old_path=old_path, site=site).exists():
            continue
        Redirect.add_redirect(old_path, redirect_to=page, is_permanent=True, site=site)
        added += 1
    return added
