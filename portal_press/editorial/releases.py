"""The editors' list of press releases, whatever newsroom they sit in.

Like the register, it lists one language at a time (Vietnamese first), one
row per release with its translations linked, and offers the agencies of
that language only in its agency filter.
"""

import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet

from ..models import Agency, PressReleasePage
from ..publishing.clock import portal_timezone, year_span
from ..publishing.status import ReleaseStatus, filter_by_status
from .columns import CalendarDateColumn
from .translations import (
    OneLanguageFilterSet,
    TranslationsColumn,
    TranslationsListingMixin,
    in_listed_language,
)


def release_years(request=None):
    # Years in the province, not in the editor's own time zone.
    moments = PressReleasePage.objects.datetimes(
        "released_at", "year", order="DESC", tzinfo=portal_timezone()
    )
    return [(str(moment.year), str(moment.year)) for moment in moments]


class PressReleaseFilterSet(OneLanguageFilterSet, PageListingViewSet.filterset_class):
    issuing_agency = django_filters.ModelChoiceFilter(
        label=_("Issuing agency"),
        queryset=lambda request: in_listed_language(Agency.objects.all(), request),
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


class PressReleaseIndexView(TranslationsListingMixin, IndexView):
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
        CalendarDateColumn(
            "released_at", label=_("Release date"), sort_key="released_at"
        ),
        CalendarDateColumn(
            "embargo_until", label=_("Embargo until"), sort_key="embargo_until"
        ),
        TranslationsColumn(),
    ]
