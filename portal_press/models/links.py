"""Abstract bases of inline rows that link a page to an agency or a document."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .agencies import Agency


class DocumentLink(models.Model):
    """A document from the library with the text its link shows."""

    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("link text"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to use the document's title."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta:
        abstract = True

    @property
    def link_text(self):
        return self.title or self.document.title


class AgencyLink(models.Model):
    """An agency sharing a page with its main agency (co-issuer, co-organiser)."""

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("agency")]

    class Meta:
        abstract = True
