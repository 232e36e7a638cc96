"""Wiring only: admin viewsets, the dashboard panel and the public-visibility check."""

from django.http import Http404
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .dashboard import PressDeskPanel
from .viewsets import PressRegisterViewSetGroup, PressReleaseListingViewSet
from .visibility import can_view_page

register_snippet(PressRegisterViewSetGroup)


@hooks.register("register_admin_viewset")
def register_press_release_listing():
    return PressReleaseListingViewSet()


@hooks.register("construct_homepage_panels")
def add_press_desk_panel(request, panels):
    panels.append(PressDeskPanel(request))


@hooks.register("before_serve_page")
def hide_embargoed_pages(page, request, serve_args, serve_kwargs):
    # The same gate as every listing: an embargoed page is a 404 for anyone
    # who cannot edit it, exactly as if it did not exist.
    if not can_view_page(page, request.user):
        raise Http404
