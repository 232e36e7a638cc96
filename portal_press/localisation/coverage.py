"""Figures for the communications office's translation reports."""

from collections import Counter
from dataclasses import dataclass

from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page

from ..conf import get_setting
from ..models import (
    Agency,
    AgencyKind,
    GlossaryTerm,
    PressReleaseIndexPage,
    PressReleasePage,
    ProvincePromotionPage,
    Spokesperson,
    SpokespersonDirectoryPage,
    SpokespersonRole,
    TrainingAnnouncementPage,
    TrainingIndexPage,
)
from ..publishing import visibility
from ..publishing.sources import default_language_code, in_default_language
from .status import (
    TranslationStatus,
    translation_states,
    translation_states_by_locale,
)

PAGE_TYPES = [
    ProvincePromotionPage,
    SpokespersonDirectoryPage,
    PressReleaseIndexPage,
    PressReleasePage,
    TrainingIndexPage,
    TrainingAnnouncementPage,
]
SNIPPET_TYPES = [Agency, Spokesperson, AgencyKind, SpokespersonRole, GlossaryTerm]


def sources_of(model):
    """What readers of the default language see of ``model``: what to translate."""
    if issubclass(model, Page):
        return visibility.public_sources(model).order_by("path")
    if model is Agency:
        return visibility.public_sources(Agency)
    if model is Spokesperson:
        return visibility.public_sources(Spokesperson).select_related("agency")
    return in_default_language(model.objects.all())


def foreign_locales():
    return list(Locale.objects.exclude(language_code=default_language_code()))


@dataclass
class CoverageRow:
    model: type
    locale: Locale
    total: int
    counts: Counter


def coverage(locales=None):
    """One row per content type and locale, with the count of each status."""
    locales = foreign_locales() if locales is None else locales
    rows = []
    for model in PAGE_TYPES + SNIPPET_TYPES:
        sources = list(sources_of(model))
        by_locale = translation_states_by_locale(sources, locales)
        for locale in locales:
            counts = Counter(state.status for state in by_locale[locale.pk])
            rows.append(CoverageRow(model, locale, len(sources), counts))
    return rows


def action_url(state, locale, user):
    """Where an editor acts on one item of the report."""
    finder = AdminURLFinder(user)
    source = state.source
    if state.status == TranslationStatus.MISSING:
        if isinstance(source, Page):
            return reverse("wagtail_localize:submit_page_translation", args=[source.pk])
        opts = source._meta
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[opts.app_label, opts.model_name, source.pk],
        )
    if state.status == TranslationStatus.OUTDATED and state.translation_source_pk:
        return reverse(
            "wagtail_localize:update_translations", args=[state.translation_source_pk]
        )
    return finder.get_edit_url(state.translation)


@dataclass
class RequiredEnglishRow:
    agency: Agency
    name: object
    functions_status: str
    spokespersons: list
    complete: bool


def required_english():
    """For each active agency: the English content the law requires, and its state.

    English name and description of functions of the agency, and the English
    entries of its current spokespersons (Decree 42/2022/NĐ-CP).
    """
    language = get_setting("REQUIRED_TRANSLATION_LANGUAGE")
    locale = Locale.objects.filter(language_code=language).first()
    agencies = list(sources_of(Agency).select_related("kind"))
    if locale is None:
        return None, []
    agency_states = translation_states(agencies, locale)
    people = list(
        sources_of(Spokesperson).filter(agency__in=agencies).order_by("full_name")
    )
    people_by_agency = {}
    for state in translation_states(people, locale):
        people_by_agency.setdefault(state.source.agency_id, []).append(state)
    rows = []
    for state in agency_states:
        functions = _functions_status(state)
        spokespersons = people_by_agency.get(state.source.pk, [])
        complete = (
            state.status == TranslationStatus.UP_TO_DATE
            and functions == TranslationStatus.UP_TO_DATE
            and all(p.status == TranslationStatus.UP_TO_DATE for p in spokespersons)
        )
        rows.append(
            RequiredEnglishRow(state.source, state, functions, spokespersons, complete)
        )
    return locale, rows


def _functions_status(state):
    """The description of functions counts only when written in both languages."""
    if state.status != TranslationStatus.UP_TO_DATE:
        return state.status
    if not state.source.functions.strip() or not state.translation.functions.strip():
        return TranslationStatus.MISSING
    return TranslationStatus.UP_TO_DATE
