"""The read-only JSON API: Wagtail API v2 endpoints over the gate.

Press releases, trainings, promotion pages, agencies and spokespersons, each
from :func:`visibility.public` (never Wagtail's own public queryset alone),
filterable by ``locale``, ``agency``, ``tag`` and a date range, paginated
with ``limit`` and ``offset``. Fields are the models' ``api_fields`` plus the
agencies and people the pages show, in the reader's language (``?locale=``).
Contact details of spokespersons are public by law; nothing about users,
revisions, drafts or embargoes is ever serialised.

A host mounts :data:`api_router` (``path("api/v2/", api_router.urls)``) or
registers :data:`ENDPOINTS` in its own router.
"""

from django.utils import translation
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from ..localisation.register import for_readers, localize_agencies
from ..models import (
    Agency,
    PressReleasePage,
    ProvincePromotionPage,
    Spokesperson,
    TrainingAnnouncementPage,
)
from ..public.promotion import contact_person
from ..public.releases import media_contacts
from ..publishing import visibility
from .api_fields import Prepared, agency_shape, person_data
from .api_filters import (
    AgencyFilter,
    DateRangeFilter,
    TagFilter,
    refuse_unreadable_parameters,
    requested_locale,
)


def _language(locale):
    return locale.language_code if locale else translation.get_language()


def _person_shape(person, request):
    return person_data(person, request)


class PreparedMixin:
    """Prepares the rows of a response once, in the reader's language."""

    def prepare(self, objects, locale):
        """Set, on each of ``objects``, what the computed fields read."""

    def listing_view(self, request):
        refuse_unreadable_parameters(request)
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        objects = list(self.paginate_queryset(queryset))
        locale = self.reader_locale(request)
        with translation.override(_language(locale)):
            objects = self.prepare(objects, locale) or objects
            data = self.get_serializer(objects, many=True).data
        return self.get_paginated_response(data)

    def detail_view(self, request, pk):
        refuse_unreadable_parameters(request)
        locale = self.reader_locale(request)
        with translation.override(_language(locale)):
            objects = self.prepare([self.get_object()], locale)
            instance = objects[0] if objects else self.get_object()
            return Response(self.get_serializer(instance).data)

    def reader_locale(self, request):
        return requested_locale(request)


class GatedPagesEndpoint(PreparedMixin, PagesAPIViewSet):
    """A page type's public pages (all languages unless ``?locale=``)."""

    filter_backends = [
        FieldsFilter,
        AgencyFilter,
        TagFilter,
        DateRangeFilter,
        OrderingFilter,
        LocaleFilter,
    ]
    known_query_parameters = (
        PagesAPIViewSet.known_query_parameters.union(
            ["agency", "tag", "date_from", "date_to"]
        )
        - {"search", "search_operator", "type", "child_of", "ancestor_of"}
        - {
            "descendant_of",
            "translation_of",
            "site",
        }
    )
    agency_field = tag_field = date_field = None
    default_order = ("-first_published_at", "-pk")
    related = ()

    def get_base_queryset(self):
        return visibility.public(self.model.objects.all())

    def get_queryset(self):
        rows = self.get_base_queryset().select_related("locale", *self.related)
        return rows.order_by(*self.default_order)

    def reader_locale(self, request):
        if "locale" in request.GET:
            return requested_locale(request)
        return None

    def prepare(self, objects, locale):
        # Each page is shown in its own language.
        by_locale = {}
        for page in objects:
            by_locale.setdefault(page.locale_id, []).append(page)
        for pages in by_locale.values():
            self.prepare_in(pages, pages[0].locale)
        return objects

    def prepare_in(self, pages, locale):
        pass


class ReleasesEndpoint(GatedPagesEndpoint):
    model = PressReleasePage
    name = "releases"
    agency_field, tag_field, date_field = "issuing_agency", "tags", "released_at"
    default_order = ("-released_at", "-pk")
    related = ("issuing_agency",)
    body_fields = GatedPagesEndpoint.body_fields + [
        APIField("issuing_agency", serializer=Prepared("api_agency", agency_shape)),
        APIField("co_issuers", serializer=Prepared("api_co_issuers", agency_shape)),
        APIField("media_contacts", serializer=Prepared("api_contacts", _person_shape)),
    ]
    listing_default_fields = GatedPagesEndpoint.listing_default_fields + [
        "reference",
        "released_at",
        "issuing_agency",
        "lead",
    ]
    detail_only_fields = [*GatedPagesEndpoint.detail_only_fields, "media_contacts"]

    def prepare_in(self, pages, locale):
        agencies = localize_agencies([page.issuing_agency for page in pages], locale)
        for page, agency in zip(pages, agencies, strict=True):
            page.api_agency = agency
            page.api_co_issuers = []
        if self.action == "detail_view":
            page = pages[0]
            page.api_co_issuers = localize_agencies(
                [link.agency for link in page.co_issuers.select_related("agency")],
                locale,
            )
            page.api_contacts = media_contacts(page)


class TrainingsEndpoint(GatedPagesEndpoint):
    model = TrainingAnnouncementPage
    name = "trainings"
    agency_field, tag_field, date_field = "organiser", "topics", "starts_at"
    default_order = ("starts_at", "pk")
    related = ("organiser",)
    body_fields = GatedPagesEndpoint.body_fields + [
        APIField("organiser", serializer=Prepared("api_organiser", agency_shape)),
    ]
    listing_default_fields = GatedPagesEndpoint.listing_default_fields + [
        "starts_at",
        "ends_at",
        "event_status",
        "event_format",
        "organiser",
    ]

    def prepare_in(self, pages, locale):
        agencies = localize_agencies([page.organiser for page in pages], locale)
        for page, agency in zip(pages, agencies, strict=True):
            page.api_organiser = agency


class PromotionEndpoint(GatedPagesEndpoint):
    model = ProvincePromotionPage
    name = "promotion"
    default_order = ("path",)
    body_fields = GatedPagesEndpoint.body_fields + [
        APIField("contact_agency", serializer=Prepared("api_agency", agency_shape)),
        APIField("contact_person", serializer=Prepared("api_person", _person_shape)),
    ]
    detail_only_fields = [
        *GatedPagesEndpoint.detail_only_fields,
        "contact_agency",
        "contact_person",
    ]

    def prepare_in(self, pages, locale):
        if self.action != "detail_view":
            return
        page = pages[0]
        page.api_person = contact_person(page)
        page.api_agency = (
            localize_agencies([page.contact_agency], locale)[0]
            if page.contact_agency_id and visibility.is_public(page.contact_agency)
            else None
        )


class RegisterEndpoint(PreparedMixin, BaseAPIViewSet):
    """Rows of the Vietnamese register, shown in ``?locale=``'s language."""

    filter_backends = [AgencyFilter, TagFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["locale", "agency", "tag"]
    ) - {"search", "search_operator", "order"}
    meta_fields = ["type", "detail_url", "translation_key"]
    listing_default_fields = ["id", "type", "detail_url"]

    def check_query_parameters(self, queryset):
        # Only the operations above: register rows are never filtered on
        # their own fields (appointment dates are the gate's to judge).
        unknown = set(self.request.GET) - set(self.known_query_parameters)
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation: " + ", ".join(sorted(unknown))
            )


class AgenciesEndpoint(RegisterEndpoint):
    model = Agency
    name = "agencies"
    agency_field = ""
    filter_backends = []
    known_query_parameters = RegisterEndpoint.known_query_parameters - {
        "agency",
        "tag",
    }
    listing_default_fields = [*RegisterEndpoint.listing_default_fields, "name"]

    def get_queryset(self):
        rows = visibility.public_sources(Agency).select_related("kind")
        return rows.order_by("kind__sort_order", "name", "pk")

    def prepare(self, objects, locale):
        shown = localize_agencies(objects, locale)
        for agency, source in zip(shown, objects, strict=True):
            agency.pk = source.pk  # the register's id, in every language
        return shown


class SpokespersonsEndpoint(RegisterEndpoint):
    model = Spokesperson
    name = "spokespersons"
    agency_field, tag_field = "agency", "topics"
    body_fields = RegisterEndpoint.body_fields + [
        APIField("agency", serializer=Prepared("agency", agency_shape)),
        APIField("role", serializer=Prepared("api_role")),
        APIField("vcard_url", serializer=Prepared("api_vcard_url")),
        APIField("qr_url", serializer=Prepared("api_qr_url")),
    ]
    listing_default_fields = [
        *RegisterEndpoint.listing_default_fields,
        "full_name",
        "position",
        "agency",
    ]

    def get_queryset(self):
        rows = visibility.public_sources(Spokesperson).for_cards()
        return rows.order_by("agency__kind__sort_order", "agency__name", "pk")

    def prepare(self, objects, locale):
        shown = for_readers(objects, locale)
        for person, source in zip(shown, objects, strict=True):
            data = person_data(person, self.request)
            person.pk = source.pk  # the register's id, in every language
            person.api_role = data["role"]
            person.api_vcard_url = data["vcard_url"]
            person.api_qr_url = data["qr_url"]
            if not person.role.requires_scope:
                person.scope = ""
        return shown


# Wagtail's own "pages" last: a page type's items link to its own endpoint.
ENDPOINTS = {
    "releases": ReleasesEndpoint,
    "trainings": TrainingsEndpoint,
    "promotion": PromotionEndpoint,
    "agencies": AgenciesEndpoint,
    "spokespersons": SpokespersonsEndpoint,
    "pages": PagesAPIViewSet,
}

api_router = WagtailAPIRouter("portal_press_api")
for _name, _endpoint in ENDPOINTS.items():
    api_router.register_endpoint(_name, _endpoint)
