"""What the public search covers, and how each kind of content is filtered."""

from dataclasses import dataclass

from wagtail.models import Page

from ..models import (
    PressReleasePage,
    ProvincePromotionPage,
    Spokesperson,
    TrainingAnnouncementPage,
)
from ..visibility import public_pages, public_spokespersons


@dataclass(frozen=True)
class SearchSource:
    kind: str
    model: type
    agency_field: str | None = None
    date_field: str | None = None
    tags_field: str | None = None
    # What a result of this kind shows besides its own fields.
    related: tuple = ()

    def public(self, locale):
        """The gate: only what an anonymous visitor of ``locale`` may see."""
        if issubclass(self.model, Page):
            return public_pages(self.model.objects.all(), locale=locale)
        return public_spokespersons(locale=locale)

    def for_display(self, pks):
        """The rows behind ``pks``, with what their result shows: one query."""
        queryset = self.model.objects.filter(pk__in=pks)
        if self.model is Spokesperson:
            return queryset.for_cards()
        return queryset.select_related(*self.related)

    def narrow(self, queryset, filters):
        """``queryset`` with the facet filters applied, or ``None`` if excluded.

        A filter this kind of content cannot have (a year for a promotion
        page) excludes it rather than being ignored.
        """
        if filters.get("type") and filters["type"] != self.kind:
            return None
        lookups = {
            "agency": (self.agency_field, "{}_id"),
            "kind": (self.agency_field, "{}__kind_id"),
            "year": (self.date_field, "{}__year"),
            "tag": (self.tags_field, "{}__slug"),
        }
        for name, (field, lookup) in lookups.items():
            value = filters.get(name)
            if value in (None, ""):
                continue
            if field is None:
                return None
            queryset = queryset.filter(**{lookup.format(field): value})
        return queryset


SOURCES = [
    SearchSource(
        "release",
        PressReleasePage,
        "issuing_agency",
        "released_at",
        "tags",
        related=("issuing_agency",),
    ),
    SearchSource(
        "training",
        TrainingAnnouncementPage,
        "organiser",
        "starts_at",
        "topics",
        related=("organiser",),
    ),
    SearchSource("promotion", ProvincePromotionPage),
    SearchSource("spokesperson", Spokesperson, "agency", None, "topics"),
]
SOURCES_BY_KIND = {source.kind: source for source in SOURCES}
