from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from portal_press.cache import fragments
from portal_press.models import PressReleasePage, TrainingAnnouncementPage
from portal_press.models.page_mixins import FoldedSlugMixin
from portal_press.publishing import visibility
from portal_press.publishing.clock import portal_now

LATEST_RELEASES = 5
UPCOMING_TRAININGS = 3


def public_sections(home):
    """The public children of ``home``, as the home page lists them: kept
    between requests until the site's chrome changes."""
    return fragments.remembered(
        f"sections:{home.pk}",
        lambda: list(visibility.public(home.get_children()).specific()),
    )


class HomePage(FoldedSlugMixin, Page):
    """The portal's home page: a welcome, the latest releases, the coming
    trainings and the way into each section.

    Its title is the portal's name in each language, shown in every page's
    header, title and footer; the footer gives the press office's contact.
    ``FoldedSlugMixin`` gives it the app's slugs (``trang-chu``) and its
    page form, as a host site's own page types can have them.
    """

    introduction = models.TextField(_("introduction"), blank=True)
    press_office = models.ForeignKey(
        "portal_press.Agency",
        verbose_name=_("press office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The agency whose contact every page's footer gives to the press."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("press_office"),
    ]

    # One office for every language; its name is shown translated.
    override_translatable_fields = [SynchronizedField("press_office")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = portal_now()
        context["sections"] = public_sections(self)
        context["latest_releases"] = (
            visibility.public(PressReleasePage.objects.descendant_of(self), now=now)
            .select_related("issuing_agency")
            .order_by("-released_at", "-pk")[:LATEST_RELEASES]
        )
        context["upcoming_trainings"] = (
            visibility.public(
                TrainingAnnouncementPage.objects.descendant_of(self), now=now
            )
            .filter(ends_at__gte=now)
            .select_related("organiser")
            .order_by("starts_at", "pk")[:UPCOMING_TRAININGS]
        )
        return context
