"""The outputs that are in one language, for the host's ``i18n_patterns``::

urlpatterns += i18n_patterns(
    path("", include("portal_press.channels.urls")),
    ...
    path("", include(wagtail_urls)),
)
"""

from django.urls import path
from django.utils.module_loading import import_string

from ..cache.page_cache import cached_listing
from .registry import CHANNELS

app_name = "portal_press_channels"

urlpatterns = [
    path(channel.route, cached_listing(import_string(channel.view)), name=channel.name)
    for channel in CHANNELS
    if channel.per_language
]
