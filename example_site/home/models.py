from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from portal_press.models.page_mixins import FoldedSlugMixin

from .templatetags.site_navigation import public_sections


class HomePage(FoldedSlugMixin, Page):
    """The portal's home page: a welcome and the way into each section.

    ``FoldedSlugMixin`` gives it the app's slugs (``trang-chu``) and its
    page form, as a host site's own page types can have them.
    """

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = public_sections(self)
        return context
