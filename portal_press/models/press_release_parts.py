"""The inline parts of a press release: co-issuers, contacts, links, corrections."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin

from .links import AgencyLink
from .spokespersons import Spokesperson


class PressReleaseCoIssuer(AgencyLink, Orderable):
    page = ParentalKey(
        "portal_press.PressReleasePage",
        on_delete=models.CASCADE,
        related_name="co_issuers",
    )

    class Meta(Orderable.Meta):
        verbose_name = _("co-issuing agency")
        verbose_name_plural = _("co-issuing agencies")


class PressReleaseMediaContact(Orderable):
    page = ParentalKey(
        "portal_press.PressReleasePage",
        on_delete=models.CASCADE,
        related_name="media_contacts",
    )
    spokesperson = models.ForeignKey(
        Spokesperson,
        verbose_name=_("spokesperson"),
        on_delete=models.CASCADE,
        related_name="release_contacts",
    )

    panels = [FieldPanel("spokesperson")]

    class Meta(Orderable.Meta):
        verbose_name = _("media contact")
        verbose_name_plural = _("media contacts")


class PressReleaseRelatedPage(Orderable):
    page = ParentalKey(
        "portal_press.PressReleasePage",
        on_delete=models.CASCADE,
        related_name="related_links",
    )
    linked_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("linked_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")


class PressReleaseCorrection(TranslatableMixin, Orderable):
    """A public correction of a published release (the release stays as issued)."""

    page = ParentalKey(
        "portal_press.PressReleasePage",
        on_delete=models.CASCADE,
        related_name="corrections",
    )
    corrected_at = models.DateTimeField(_("date of correction"), default=timezone.now)
    text = models.TextField(
        _("correction"),
        help_text=_(
            "What was wrong and what is right, e.g. “The meeting is on 14/8, not 12/8.”"
        ),
    )

    panels = [FieldPanel("corrected_at"), FieldPanel("text")]

    api_fields = ["corrected_at", "text"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
