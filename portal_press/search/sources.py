"""What the public search covers, and where each kind keeps what is searched."""

from dataclasses import dataclass

from wagtail.models import Page

from ..models import (
    PressReleasePage,
    ProvincePromotionPage,
    Spokesperson,
    TrainingAnnouncementPage,
)
from ..publishing import visibility


@dataclass(frozen=True)
class SearchSource:
    kind: str
    model: type
    agency_field: str | None = None
    date_field: str | None = None
    tags_field: str | None = None
    # What a result is called, for ranking: words found there count most.
    # ``None``: the model's ``folded_title_fields``.
    title_fields: tuple | None = None
    # The short text a result shows under its title (also ranked on: a word
    # typed with diacritics found there as written counts).
    summary_fields: tuple = ()
    # What a result of this kind shows besides its own fields.
    related: tuple = ()

    @property
    def is_page(self):
        return issubclass(self.model, Page)

    def public(self, locale):
        """The gate: only what an anonymous visitor of ``locale`` may see now."""
        return visibility.public(self.model, locale=locale)

    def indexable(self, locale=None):
        """What the indexes hold: public now or later (the window is stored),
        with what a record is built from loaded in a fixed number of queries."""
        queryset = visibility.public_any_time(self.model, locale=locale)
        queryset = queryset.select_related("locale", *self.related)
        if self.tags_field:
            queryset = queryset.prefetch_related(self.tags_field)
        # In the order of the results' dates, so that a rebuilt index keeps
        # the entries of a year side by side on disk.
        order = [self.date_field] if self.date_field else []
        return queryset.order_by("locale_id", *order, "pk")

    def for_display(self, pks, locale):
        """The rows behind ``pks`` that the gate lets ``locale`` see now, with
        what their result shows, in a fixed number of queries.

        The gate has the last word: an index may lag behind a change for a
        moment, and a result must never show what is not public.
        """
        # A page of results: each row's source looked up by its key, rather
        # than every public source read for twenty rows.
        queryset = visibility.public_few(
            self.model._default_manager.filter(pk__in=pks), locale=locale
        )
        if self.model is Spokesperson:
            return queryset.for_cards()
        return queryset.select_related(*self.related)


SOURCES = [
    SearchSource(
        "release",
        PressReleasePage,
        "issuing_agency",
        "released_at",
        "tags",
        summary_fields=("lead",),
        related=("issuing_agency",),
    ),
    SearchSource(
        "training",
        TrainingAnnouncementPage,
        "organiser",
        "starts_at",
        "topics",
        summary_fields=("lead",),
        related=("organiser",),
    ),
    SearchSource("promotion", ProvincePromotionPage, summary_fields=("introduction",)),
    SearchSource(
        "spokesperson",
        Spokesperson,
        "agency",
        None,
        "topics",
        # A person is called by name, and by the agency's abbreviation: a
        # journalist typing “SVHTTDL” wants whom to call there.
        title_fields=("full_name", "agency.short_name"),
        summary_fields=("position",),
        related=("agency",),
    ),
]
SOURCES_BY_KIND = {source.kind: source for source in SOURCES}
SOURCES_BY_MODEL = {source.model: source for source in SOURCES}
