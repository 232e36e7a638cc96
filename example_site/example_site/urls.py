from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# /sitemap.xml (every language) and the JSON API at /api/v2/; then public
# pages and their channels under their language prefix: /vi/…, /en/…
urlpatterns += [path("", include("portal_press.channels.site_urls"))]
urlpatterns += i18n_patterns(
    path("search/", include("portal_press.search.urls")),
    path("", include("portal_press.channels.urls")),
    path("", include(wagtail_urls)),
)
