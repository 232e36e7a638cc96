"""The example site's URLs, and the trivial Django view of the floor."""

from django.http import HttpResponse
from django.urls import path

from example_site.urls import urlpatterns as site_urlpatterns


def floor_view(request):
    return HttpResponse("<!DOCTYPE html><title>floor</title><p>floor</p>")


urlpatterns = [path("bench-floor/", floor_view), *site_urlpatterns]
