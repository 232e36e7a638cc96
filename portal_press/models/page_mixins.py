"""What every page type of the app shares: a public context built outside the
model, and no entry in Wagtail's sitemap while the gate says no."""

from django.utils.module_loading import import_string
from wagtail.models import Page

from ..publishing import visibility


class PublicContextMixin:
    """Builds the page's template context with ``context_builder``.

    ``context_builder`` is the dotted path of a function in
    :mod:`portal_press.public` (``builder(page, request) -> dict``). Naming it
    rather than importing it keeps the models free of the layers that read
    them: public pages import models, never the other way round.
    """

    context_builder = None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.context_builder:
            context.update(import_string(self.context_builder)(self, request))
        return context


def _public_page_ids(request):
    """The ids of every public page, once per request (a sitemap asks per page)."""
    cached = getattr(request, "_portal_press_public_page_ids", None)
    if cached is None:
        cached = set(visibility.public(Page.objects.all()).values_list("pk", flat=True))
        if request is not None:
            request._portal_press_public_page_ids = cached
    return cached


class GatedSitemapMixin:
    """Gives Wagtail's sitemap nothing for a page the public may not see.

    Wagtail's generator lists every live page without a view restriction,
    embargoed releases and translations of hidden pages included.
    """

    def get_sitemap_urls(self, request=None):
        if self.pk not in _public_page_ids(request):
            return []
        return super().get_sitemap_urls(request)


class PortalPageMixin(PublicContextMixin, GatedSitemapMixin):
    pass
