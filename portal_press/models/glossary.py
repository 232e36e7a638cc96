"""The glossary of official foreign names (Circular 03/2009/TT-BNG)."""

import unicodedata

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .tracking import ChangeTrackedMixin


def glossary_key(text):
    """How terms are matched: same letters and marks, any case and spacing."""
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


class GlossaryTermKind(models.TextChoices):
    AGENCY_KIND = "agency_kind", _("Kind of agency")
    AGENCY = "agency", _("Agency")
    TITLE = "title", _("Title or position")
    OTHER = "other", _("Other term")


class GlossaryTerm(TranslatableMixin, ChangeTrackedMixin, index.Indexed, models.Model):
    """An official name and its official translations.

    The Vietnamese entry holds the name as written in Vietnamese documents;
    its translations (one per locale) hold the official foreign name, e.g.
    “Phó Giám đốc Sở” → “Deputy Director”. Machine translation uses these
    names instead of guessing, and the English directory falls back on them.
    """

    term = models.CharField(
        _("term"),
        max_length=255,
        help_text=_("The name exactly as it is written in this language."),
    )
    kind = models.CharField(
        _("kind of term"),
        max_length=20,
        choices=GlossaryTermKind.choices,
        default=GlossaryTermKind.TITLE,
    )
    source = models.CharField(
        _("source"),
        max_length=255,
        blank=True,
        help_text=_(
            "The document that sets this name, e.g. “Thông tư 03/2009/TT-BNG”."
        ),
    )
    term_key = models.CharField(max_length=255, editable=False, db_index=True)

    override_translatable_fields = [SynchronizedField("source")]

    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["kind", "term"]
        verbose_name = _("official name")
        verbose_name_plural = _("official names")

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        self.term_key = glossary_key(self.term)
        super().save(*args, **kwargs)
