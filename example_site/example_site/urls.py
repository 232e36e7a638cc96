from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

# Static files are WhiteNoise's (settings). The demo serves its uploaded
# images itself, DEBUG off too; a production site leaves them to its web
# server.
if settings.DEBUG or getattr(settings, "EXAMPLE_SERVE_MEDIA", False):
    from django.views.static import serve

    media = settings.MEDIA_URL.strip("/")
    urlpatterns += [
        re_path(
            rf"^{media}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}
        )
    ]

# /sitemap.xml (every language) and the JSON API at /api/v2/; then public
# pages and their channels under their language prefix: /vi/…, /en/…
urlpatterns += [path("", include("portal_press.channels.site_urls"))]
urlpatterns += i18n_patterns(
    path("search/", include("portal_press.search.urls")),
    path("", include("portal_press.channels.urls")),
    path("", include(wagtail_urls)),
)
