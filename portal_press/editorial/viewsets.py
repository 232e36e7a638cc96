"""Admin listings: snippet viewsets for the register, and the editors' release list."""

import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PublishingPanel,
)
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, StatusFlagColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..conf import get_setting
from ..models import (
    Agency,
    AgencyKind,
    GlossaryTerm,
    PressReleasePage,
    Spokesperson,
    SpokespersonRole,
)
from ..publishing import register_rules as appointments
from ..publishing.clock import portal_timezone, portal_today, year_span
from ..publishing.status import ReleaseStatus, filter_by_status


class AgencyKindViewSet(SnippetViewSet):
    model = AgencyKind
    icon = "tag"
    menu_label = _("Agency kinds")
    list_display = ["name", "sort_order"]
    ordering = ["sort_order", "name"]
    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]


class SpokespersonRoleViewSet(SnippetViewSet):
    model = SpokespersonRole
    icon = "tag"
    menu_label = _("Spokesperson roles")
    list_display = [
        "name",
        BooleanColumn("requires_scope", label=_("Specific issues only")),
        "sort_order",
    ]
    ordering = ["sort_order", "name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("requires_scope"),
        FieldPanel("sort_order"),
    ]


class AgencyFilterSet(WagtailFilterSet):
    kind = django_filters.ModelChoiceFilter(
        label=_("Kind"), queryset=AgencyKind.objects.all()
    )
    is_active = django_filters.BooleanFilter(label=_("Active"))

    class Meta:
        model = Agency
        fields = ["kind", "is_active"]


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Agencies")
    list_display = [
        "name",
        Column("short_name", label=_("Short name")),
        Column("kind", label=_("Kind")),
        Column("phone", label=_("Phone")),
        BooleanColumn("is_active", label=_("Active")),
        Column("replaced_by", label=_("Replaced by")),
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


class SpokespersonFilterSet(WagtailFilterSet):
    agency = django_filters.ModelChoiceFilter(
        label=_("Agency"), queryset=Agency.objects.all()
    )
    kind = django_filters.ModelChoiceFilter(
        label=_("Kind of agency"),
        field_name="agency__kind",
        queryset=AgencyKind.objects.all(),
    )
    role = django_filters.ModelChoiceFilter(
        label=_("Role"), queryset=SpokespersonRole.objects.all()
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


class SpokespersonViewSet(SnippetViewSet):
    model = Spokesperson
    icon = "user"
    menu_label = _("Spokespersons")
    list_display = [
        "full_name",
        Column("agency", label=_("Agency")),
        Column("role", label=_("Role")),
        Column("office_phone", label=_("Office phone")),
        DateColumn("valid_until", label=_("Valid until"), sort_key="valid_until"),
        BooleanColumn("is_current", label=_("Current")),
        StatusFlagColumn(
            "expires_soon", label=_("Ends soon"), true_label=_("Ends soon")
        ),
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


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Official names")
    list_display = [
        "term",
        Column("get_kind_display", label=_("Kind of term")),
        "source",
    ]
    list_filter = ["kind"]
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


def release_years(request=None):
    # Years in the province, not in the editor's own time zone.
    moments = PressReleasePage.objects.datetimes(
        "released_at", "year", order="DESC", tzinfo=portal_timezone()
    )
    return [(str(moment.year), str(moment.year)) for moment in moments]


class PressReleaseFilterSet(PageListingViewSet.filterset_class):
    issuing_agency = django_filters.ModelChoiceFilter(
        label=_("Issuing agency"), queryset=Agency.objects.all()
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ReleaseStatus.choices, method="filter_status"
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"), choices=release_years, method="filter_year"
    )

    class Meta:
        model = PressReleasePage
        fields = ["issuing_agency"]

    def filter_status(self, queryset, name, value):
        return filter_by_status(queryset, value)

    def filter_year(self, queryset, name, value):
        start, end = year_span(int(value))
        return queryset.filter(released_at__gte=start, released_at__lt=end)


class PressReleaseIndexView(IndexView):
    def annotate_queryset(self, pages):
        # The agency's name travels with each row: one query for the page,
        # not one per release.
        pages = pages.annotate(issuing_agency_name=F("issuing_agency__name"))
        return super().annotate_queryset(pages)


class PressReleaseListingViewSet(PageListingViewSet):
    """All releases in one list, whatever newsroom they sit in."""

    model = PressReleasePage
    index_view_class = PressReleaseIndexView
    icon = "doc-full-inverse"
    menu_label = _("Press releases")
    menu_order = 200
    add_to_admin_menu = True
    name = "press_releases"
    filterset_class = PressReleaseFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("issuing_agency_name", label=_("Issuing agency")),
        DateColumn("released_at", label=_("Release date"), sort_key="released_at"),
        DateColumn("embargo_until", label=_("Embargo until"), sort_key="embargo_until"),
    ]
