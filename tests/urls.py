from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v3.urls import api as api_v3
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

# The app's channels as a host site mounts them (its sitemap at /sitemap.xml,
# its API at /api/v2/, with Wagtail's "pages" endpoint among them), and
# Wagtail's own sitemap and API v3: the tests check that none of them gives
# anything the gate hides.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("wagtail-sitemap.xml", sitemap),
    path("api/v3/", api_v3.urls),
    path("", include("portal_press.channels.site_urls")),
]
urlpatterns += i18n_patterns(
    path("search/", include("portal_press.search.urls")),
    path("", include("portal_press.channels.urls")),
    path("", include(wagtail_urls)),
)
