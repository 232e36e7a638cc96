"""The register of people authorised to speak to the press."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import ItemBase
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField

from ..conf import get_setting
from ..fields import LanguageCodesField, language_names
from ..page_forms import AgencyScopedModelForm
from ..publishing import register_rules as appointments
from ..publishing.clock import portal_today
from ..validators import validate_vietnamese_phone
from .agencies import Agency
from .folded_search import FoldedSearchMixin
from .taxonomy import SpokespersonRole
from .topics import tag_field


class SpokespersonTopic(ItemBase):
    tag = tag_field("tagged_spokespersons")
    content_object = ParentalKey(
        "portal_press.Spokesperson",
        on_delete=models.CASCADE,
        related_name="tagged_topics",
    )


class SpokespersonQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def for_cards(self):
        """Load what a public contact card shows, in a fixed number of queries."""
        return self.select_related("agency__kind", "role", "photo").prefetch_related(
            "topics", "photo__renditions"
        )


class Spokesperson(
    FoldedSearchMixin,
    TranslatableMixin,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """A person authorised to speak to the press for an agency.

    Decree 09/2017/NĐ-CP: the head of the agency, a regular spokesperson, or a
    person authorised for specific issues. Name, position, phone and email are
    published on the portal; the appointment is notified in writing to the
    press authority. Edited by the communications office, with drafts and
    revisions so that a change of phone number can be prepared and reviewed.
    """

    full_name = models.CharField(_("full name"), max_length=150)
    position = models.CharField(
        _("position"),
        max_length=200,
        help_text=_("The person's job title, e.g. “Phó Giám đốc Sở”."),
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="spokespersons",
    )
    role = models.ForeignKey(
        SpokespersonRole,
        verbose_name=_("role"),
        on_delete=models.PROTECT,
        related_name="spokespersons",
    )
    scope = models.TextField(
        _("scope of authorisation"),
        blank=True,
        help_text=_(
            "The issues this person may speak on, as written in the authorisation. "
            "Required for roles limited to specific issues."
        ),
    )
    topics = ClusterTaggableManager(
        verbose_name=_("topics"),
        through=SpokespersonTopic,
        blank=True,
        help_text=_("Topics journalists may look for, e.g. “đất đai”, “y tế”."),
    )
    office_phone = models.CharField(
        _("office phone"),
        max_length=40,
        blank=True,
        validators=[validate_vietnamese_phone],
    )
    mobile_phone = models.CharField(
        _("mobile phone"),
        max_length=40,
        blank=True,
        validators=[validate_vietnamese_phone],
    )
    fax = models.CharField(
        _("fax"), max_length=40, blank=True, validators=[validate_vietnamese_phone]
    )
    email = models.EmailField(_("email"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        # A portrait beside the name it would only repeat: shown as decorative.
        help_text=_(
            "A portrait of the person. It is always shown beside their name and "
            "position, so it needs no alternative text: screen readers skip it."
        ),
    )
    press_languages = LanguageCodesField(
        _("languages spoken with the press"),
        help_text=_("Languages in which this person gives interviews."),
    )
    appointment_document = models.CharField(
        _("appointment document number"),
        max_length=100,
        blank=True,
        help_text=_("e.g. “Quyết định số 125/QĐ-UBND”."),
    )
    appointment_date = models.DateField(
        _("appointment document date"), null=True, blank=True
    )
    valid_from = models.DateField(
        _("valid from"),
        default=portal_today,
        help_text=_("First day this person may speak for the agency."),
    )
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("Last day of the appointment. Leave empty if it has no end date."),
    )
    notified_on = models.DateField(
        _("notified to the press authority on"),
        null=True,
        blank=True,
        help_text=_("Date of the written notice to the press management authority."),
    )
    # Deletes the revisions with the spokesperson (Wagtail's recommended pattern).
    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="spokesperson"
    )

    objects = SpokespersonQuerySet.as_manager()

    # Who answers for the entry: the agency's officers and leaders.
    editorial_agency_field = "agency"
    base_form_class = AgencyScopedModelForm

    # A person's name and numbers, and the decision appointing them, read the
    # same in every language; position and scope are translated.
    override_translatable_fields = [
        SynchronizedField("full_name"),
        SynchronizedField("office_phone"),
        SynchronizedField("mobile_phone"),
        SynchronizedField("fax"),
        SynchronizedField("appointment_document"),
    ]

    search_fields = [
        index.SearchField("full_name", boost=3),
        index.AutocompleteField("full_name"),
        index.SearchField("position"),
        index.SearchField("scope"),
        index.RelatedFields(
            "agency", [index.SearchField("name"), index.SearchField("short_name")]
        ),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("agency"),
        index.FilterField("role"),
        index.FilterField("live"),
        index.FilterField("locale"),
        *FoldedSearchMixin.folded_search_fields(),
    ]
    folded_title_fields = ("full_name",)
    folded_text_fields = (
        "position",
        "scope",
        "agency.name",
        "agency.short_name",
        "topics",
    )

    # Contact details are public by law (Decree 09/2017/NĐ-CP): what the JSON
    # API shows of a current spokesperson (it adds agency, role and photo in
    # the reader's language). Never the appointment document or the notice.
    api_fields = [
        "full_name",
        "position",
        "scope",
        "office_phone",
        "mobile_phone",
        "fax",
        "email",
        "press_languages",
        "valid_from",
        "valid_until",
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["agency__name", "role__sort_order", "full_name"]
        verbose_name = _("spokesperson")
        verbose_name_plural = _("spokespersons")

    def __str__(self):
        return f"{self.full_name} ({self.agency})" if self.agency_id else self.full_name

    def clean(self):
        super().clean()
        errors = {}
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _(
                "The appointment cannot end before it starts (%(start)s)."
            ) % {"start": self.valid_from.strftime("%d/%m/%Y")}
        if self.role_id and self.role.requires_scope and not self.scope.strip():
            errors["scope"] = _(
                "Write the issues this person is authorised to speak on: the role "
                "“%(role)s” is limited to specific issues."
            ) % {"role": self.role}
        if not (self.office_phone or self.mobile_phone or self.email):
            errors["office_phone"] = _(
                "Give at least one way to reach this person: "
                "a phone number or an email."
            )
        if errors:
            raise ValidationError(errors)

    def is_current(self, on=None):
        """Whether the appointment is in force today at an active agency."""
        return appointments.is_current(self, on)

    def expires_soon(self, on=None):
        """True when a current appointment ends within the warning period."""
        return appointments.ends_soon(self, get_setting("EXPIRY_WARNING_DAYS"), on)

    @property
    def revisions(self):
        return self._revisions

    @property
    def press_language_names(self):
        return language_names(self.press_languages)
