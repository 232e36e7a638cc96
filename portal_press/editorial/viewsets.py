"""The register's snippet viewsets: spokespersons, agencies, their lists, names.

Each lists one language at a time (the default first), one row per item with
its translations linked, and so do their filters and choosers
(:mod:`.translations`, :mod:`.choosers`).
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PublishingPanel,
)
from wagtail.admin.ui.tables import Column, StatusFlagColumn
from wagtail.snippets.views.snippets import (
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from ..conf import get_setting
from ..models import (
    Agency,
    AgencyKind,
    GlossaryTerm,
    Spokesperson,
    SpokespersonRole,
)
from ..publishing import register_rules as appointments
from ..publishing.clock import portal_today
from .choosers import OneRowChooserViewSet
from .columns import CalendarDateColumn, YesNoColumn
from .guards import guard_snippet_urls
from .permissions import AgencySnippetPermissionPolicy
from .translations import (
    OneLanguageFilterSet,
    TranslationsColumn,
    TranslationsListingMixin,
    in_listed_language,
)


class RegisterIndexView(TranslationsListingMixin, IndexView):
    # For viewsets without a filter set of their own: the language filter.
    base_filterset_class = OneLanguageFilterSet


class RegisterViewSet(SnippetViewSet):
    """A translatable snippet of the register: one row per item, everywhere.

    Where the model has an agency-scoped permission policy (agencies,
    spokespersons), each view of one object checks the object's agency.
    """

    index_view_class = RegisterIndexView
    chooser_viewset_class = OneRowChooserViewSet

    def get_urlpatterns(self):
        urlpatterns = super().get_urlpatterns()
        if isinstance(self.permission_policy, AgencySnippetPermissionPolicy):
            return guard_snippet_urls(urlpatterns, self.model)
        return urlpatterns


class AgencyKindViewSet(RegisterViewSet):
    model = AgencyKind
    icon = "tag"
    menu_label = _("Agency kinds")
    list_display = ["name", "sort_order", TranslationsColumn()]
    ordering = ["sort_order", "name"]
    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]


class SpokespersonRoleViewSet(RegisterViewSet):
    model = SpokespersonRole
    icon = "tag"
    menu_label = _("Spokesperson roles")
    list_display = [
        "name",
        YesNoColumn("requires_scope", label=_("Specific issues only")),
        "sort_order",
        TranslationsColumn(),
    ]
    ordering = ["sort_order", "name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("requires_scope"),
        FieldPanel("sort_order"),
    ]


class AgencyFilterSet(OneLanguageFilterSet):
    kind = django_filters.ModelChoiceFilter(
        label=_("Kind"),
        queryset=lambda request: in_listed_language(AgencyKind.objects.all(), request),
    )
    is_active = django_filters.BooleanFilter(label=_("Active"))

    class Meta:
        model = Agency
        fields = ["kind", "is_active"]


class AgencyViewSet(RegisterViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Agencies")
    list_display = [
        "name",
        Column("short_name", label=_("Short name")),
        Column("kind", label=_("Kind")),
        Column("phone", label=_("Phone")),
        YesNoColumn("is_active", label=_("Active")),
        Column("replaced_by", label=_("Replaced by")),
        TranslationsColumn(),
    ]
    filterset_class = AgencyFilterSet
    ordering = ["kind__sort_order", "name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("kind"),
        FieldPanel("parent"),
        FieldPanel("functions"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
                FieldRowPanel([FieldPanel("email"), FieldPanel("website")]),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_active"),
                FieldPanel("replaced_by"),
                FieldPanel("closed_on"),
            ],
            heading=_("Closure, merger or renaming"),
        ),
    ]

    def get_queryset(self, request):
        return Agency.objects.select_related("kind", "replaced_by")


class AppointmentState:
    CURRENT = "current"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NOT_STARTED = "not_started"


class SpokespersonFilterSet(OneLanguageFilterSet):
    agency = django_filters.ModelChoiceFilter(
        label=_("Agency"),
        queryset=lambda request: in_listed_language(Agency.objects.all(), request),
    )
    kind = django_filters.ModelChoiceFilter(
        label=_("Kind of agency"),
        field_name="agency__kind",
        queryset=lambda request: in_listed_language(AgencyKind.objects.all(), request),
    )
    role = django_filters.ModelChoiceFilter(
        label=_("Role"),
        queryset=lambda request: in_listed_language(
            SpokespersonRole.objects.all(), request
        ),
    )
    appointment = django_filters.ChoiceFilter(
        label=_("Appointment"),
        method="filter_appointment",
        choices=[
            (AppointmentState.CURRENT, _("Current")),
            (AppointmentState.EXPIRING, _("Ending soon")),
            (AppointmentState.EXPIRED, _("Expired or agency closed")),
            (AppointmentState.NOT_STARTED, _("Not yet valid")),
        ],
    )

    class Meta:
        model = Spokesperson
        fields = ["agency", "kind", "role"]

    def filter_appointment(self, queryset, name, value):
        today = portal_today()
        current = appointments.current(queryset, today)
        if value == AppointmentState.CURRENT:
            return current
        if value == AppointmentState.EXPIRING:
            days = get_setting("EXPIRY_WARNING_DAYS")
            return appointments.expiring(queryset, days, today)
        if value == AppointmentState.NOT_STARTED:
            return appointments.not_started(queryset, today)
        if value == AppointmentState.EXPIRED:
            return queryset.exclude(pk__in=current.values("pk")).exclude(
                pk__in=appointments.not_started(queryset, today).values("pk")
            )
        return queryset


class SpokespersonViewSet(RegisterViewSet):
    model = Spokesperson
    icon = "user"
    menu_label = _("Spokespersons")
    list_display = [
        "full_name",
        Column("agency", label=_("Agency")),
        Column("role", label=_("Role")),
        Column("office_phone", label=_("Office phone")),
        CalendarDateColumn(
            "valid_until", label=_("Valid until"), sort_key="valid_until"
        ),
        YesNoColumn("is_current", label=_("Current")),
        StatusFlagColumn(
            "expires_soon", label=_("Ends soon"), true_label=_("Ends soon")
        ),
        TranslationsColumn(),
    ]
    filterset_class = SpokespersonFilterSet
    ordering = ["agency__name", "role__sort_order", "full_name"]
    panels = [
        FieldPanel("full_name"),
        FieldPanel("position"),
        FieldPanel("agency"),
        FieldPanel("role"),
        FieldPanel("scope"),
        FieldPanel("topics"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("office_phone"),
                        FieldPanel("mobile_phone"),
                        FieldPanel("fax"),
                    ]
                ),
                FieldPanel("email"),
                FieldPanel("press_languages"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("appointment_document"), FieldPanel("appointment_date")]
                ),
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                FieldPanel("notified_on"),
            ],
            heading=_("Appointment"),
        ),
        PublishingPanel(),
    ]

    def get_queryset(self, request):
        return Spokesperson.objects.select_related("agency__kind", "role")


class GlossaryTermFilterSet(OneLanguageFilterSet):
    class Meta:
        model = GlossaryTerm
        fields = ["kind"]


class GlossaryTermViewSet(RegisterViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Official names")
    list_display = [
        "term",
        Column("get_kind_display", label=_("Kind of term")),
        "source",
        TranslationsColumn(),
    ]
    filterset_class = GlossaryTermFilterSet
    ordering = ["kind", "term"]
    panels = [FieldPanel("term"), FieldPanel("kind"), FieldPanel("source")]


class PressRegisterViewSetGroup(SnippetViewSetGroup):
    """The register of who speaks for whom, under one menu item."""

    items = (
        SpokespersonViewSet,
        AgencyViewSet,
        SpokespersonRoleViewSet,
        AgencyKindViewSet,
        GlossaryTermViewSet,
    )
    menu_icon = "group"
    menu_label = _("Spokespersons")
    menu_name = "portal_press_register"
    menu_order = 210
