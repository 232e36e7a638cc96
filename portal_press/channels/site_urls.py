"""The outputs for the whole site, outside the language prefix::

    urlpatterns += [path("", include("portal_press.channels.site_urls"))]

``/sitemap.xml`` (every language, with hreflang alternates) and the JSON API
at ``/api/v2/``.
"""

from django.urls import path
from django.utils.module_loading import import_string

from ..cache.page_cache import cached_listing
from .api import api_router
from .registry import CHANNELS

urlpatterns = [
    path(
        channel.route,
        cached_listing(import_string(channel.view)),
        name=f"portal_press_{channel.name}",
    )
    for channel in CHANNELS
    if not channel.per_language
]
urlpatterns.append(path("api/v2/", api_router.urls))
