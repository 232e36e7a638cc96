"""Agencies that speak to the press."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField

from ..page_forms import AgencyEntryForm
from ..validators import validate_vietnamese_phone
from .folded_search import FoldedSearchMixin
from .taxonomy import AgencyKind
from .tracking import ChangeTrackedMixin

# A chain of mergers longer than this is a data error, not history.
MAX_SUCCESSION_DEPTH = 20


class AgencyQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class Agency(
    FoldedSearchMixin,
    TranslatableMixin,
    ChangeTrackedMixin,
    index.Indexed,
    models.Model,
):
    """An organisation that speaks to the press.

    The Provincial People's Committee, a department (Sở), a board, a commune or
    ward People's Committee, a sector office. Agencies are never deleted when
    they are merged or renamed: they are closed and point to their successor,
    so old releases keep their issuer and lead readers to who speaks now.
    """

    base_form_class = AgencyEntryForm

    name = models.CharField(
        _("name"),
        max_length=255,
        help_text=_("Full official name, e.g. “Sở Văn hóa, Thể thao và Du lịch”."),
    )
    short_name = models.CharField(
        _("short name"),
        max_length=60,
        blank=True,
        help_text=_("Abbreviation used in release numbers and search, e.g. “SVHTTDL”."),
    )
    kind = models.ForeignKey(
        AgencyKind,
        verbose_name=_("kind"),
        on_delete=models.PROTECT,
        related_name="agencies",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent agency"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("The agency this one belongs to, if any."),
    )
    functions = models.TextField(
        _("functions and duties"),
        blank=True,
        help_text=_("A short description of what the agency does."),
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        validators=[validate_vietnamese_phone],
    )
    fax = models.CharField(
        _("fax"),
        max_length=40,
        blank=True,
        validators=[validate_vietnamese_phone],
    )
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_(
            "Untick when the agency is closed, merged or renamed. Closed agencies "
            "and their spokespersons leave the public directory."
        ),
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("replaced by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="predecessors",
        help_text=_(
            "For a merged or renamed agency: the agency that took over its work."
        ),
    )
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    objects = AgencyQuerySet.as_manager()

    # Numbers are the same in every language; names and addresses are translated.
    override_translatable_fields = [
        SynchronizedField("phone"),
        SynchronizedField("fax"),
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("short_name", boost=2),
        index.AutocompleteField("name"),
        index.AutocompleteField("short_name"),
        index.FilterField("is_active"),
        index.FilterField("kind"),
        index.FilterField("locale"),
        *FoldedSearchMixin.folded_search_fields(),
    ]
    folded_title_fields = ("name", "short_name")
    folded_text_fields = ("functions",)

    # Public by law (Decree 42/2022/NĐ-CP): what the JSON API shows of an
    # open agency.
    api_fields = [
        "name",
        "short_name",
        "functions",
        "address",
        "phone",
        "fax",
        "email",
        "website",
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["kind__sort_order", "name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        if self.replaced_by_id:
            if self.pk and self.replaced_by_id == self.pk:
                errors["replaced_by"] = ValidationError(
                    _("An agency cannot replace itself."), code="replaces_itself"
                )
            elif self.pk and self.pk in self._successor_ids(self.replaced_by):
                errors["replaced_by"] = ValidationError(
                    _(
                        "This would make a loop: %(successor)s is already replaced, "
                        "directly or not, by this agency."
                    ),
                    code="replacement_loop",
                    params={"successor": self.replaced_by},
                )
            if self.is_active:
                errors["is_active"] = _(
                    "An agency that has been replaced is closed: untick “active”."
                )
        if not self.is_active and self.replaced_by_id and not self.closed_on:
            errors["closed_on"] = _("Give the date the agency closed.")
        if self.closed_on and self.is_active:
            errors.setdefault(
                "closed_on",
                _(
                    "Only a closed agency has a closing date: "
                    "untick “active” or clear the date."
                ),
            )
        if self.parent_id and self.pk and self.parent_id == self.pk:
            errors["parent"] = _("An agency cannot be its own parent.")
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def _successor_ids(agency):
        ids = []
        while agency is not None and len(ids) < MAX_SUCCESSION_DEPTH:
            ids.append(agency.pk)
            agency = agency.replaced_by
        return ids

    @property
    def successor(self):
        """The active agency that now does this one's work, or ``None``.

        Follows the chain of mergers (a department merged into one that was
        itself merged later) to its end.
        """
        agency = self.replaced_by
        for _step in range(MAX_SUCCESSION_DEPTH):
            if agency is None or agency.replaced_by_id is None:
                return agency
            agency = agency.replaced_by
        return None
