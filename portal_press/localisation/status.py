"""How each translation stands against its Vietnamese source.

A translation is *outdated* when its source changed (was published, or saved
for snippets without drafts) after the translation last took the source's
content: the sync time wagtail-localize records, or, for a translation made
by hand, the translation's own last change.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin
from wagtail_localize.models import TranslationSource

from ..publishing import visibility
from ..publishing.locale_memo import language_of
from ..publishing.sources import (
    default_language_code,
    in_default_language,
    sources_by_key,
)


class TranslationStatus(models.TextChoices):
    MISSING = "missing", _("Not translated")
    DRAFT = "draft", _("Draft, not published")
    OUTDATED = "outdated", _("Outdated")
    UP_TO_DATE = "up_to_date", _("Up to date")


@dataclass(frozen=True)
class TranslationState:
    source: object
    translation: object | None
    synced_at: datetime | None
    status: str
    # The wagtail-localize TranslationSource, to offer "Sync translations".
    translation_source_pk: int | None = None


def changed_at(instance):
    """When ``instance`` last changed for its readers."""
    if isinstance(instance, DraftStateMixin):
        return instance.last_published_at
    return getattr(instance, "updated_at", None)


def _status(source, translation, synced_at):
    if translation is None:
        return TranslationStatus.MISSING
    if isinstance(translation, DraftStateMixin) and not translation.live:
        return TranslationStatus.DRAFT
    reference = synced_at or changed_at(translation)
    source_changed = changed_at(source)
    if reference and source_changed and source_changed > reference:
        return TranslationStatus.OUTDATED
    return TranslationStatus.UP_TO_DATE


def translation_states_by_locale(sources, locales):
    """``{locale.pk: [state of each source]}`` for each of ``locales``.

    ``sources`` are instances of one model in one locale. Two queries, however
    many sources and locales.
    """
    sources = list(sources)
    if not sources:
        return {locale.pk: [] for locale in locales}
    model = type(sources[0])
    keys = [source.translation_key for source in sources]
    translations = {
        (t.locale_id, t.translation_key): t
        for t in model.objects.filter(
            locale__in=locales, translation_key__in=keys
        ).select_related("locale")
    }
    synced = _synced(keys, sources[0].locale_id)
    states = {}
    for locale in locales:
        states[locale.pk] = []
        for source in sources:
            translation = translations.get((locale.pk, source.translation_key))
            synced_at, source_pk = synced.get(source.translation_key, (None, None))
            states[locale.pk].append(
                TranslationState(
                    source=source,
                    translation=translation,
                    synced_at=synced_at,
                    status=_status(source, translation, synced_at),
                    translation_source_pk=source_pk,
                )
            )
    return states


def _synced(keys, locale_id):
    """``{key: (sync time, TranslationSource pk)}`` of the sources ``keys``."""
    return {
        key: (synced_at, pk)
        for key, synced_at, pk in TranslationSource.objects.filter(
            object_id__in=keys, locale_id=locale_id
        ).values_list("object_id", "last_updated_at", "pk")
    }


def translation_states(sources, locale):
    """The state of the ``locale`` translation of each of ``sources``."""
    return translation_states_by_locale(sources, [locale])[locale.pk]


def page_translation_state(page):
    """For a page in a foreign locale: its Vietnamese source and how it stands.

    ``None`` for a page in the default locale or one without a source.
    """
    if language_of(page) == default_language_code():
        return None
    source = sources_by_key([page]).get(page.translation_key)
    if source is None:
        return None
    # ``page`` is the translation: only the sync time is left to read.
    source = source.specific
    synced_at, source_pk = _synced([source.translation_key], source.locale_id).get(
        source.translation_key, (None, None)
    )
    return TranslationState(
        source=source,
        translation=page,
        synced_at=synced_at,
        status=_status(source, page, synced_at),
        translation_source_pk=source_pk,
    )


def vietnamese_only_context(listing_page, child_model):
    """Items of the Vietnamese listing that have no public translation here.

    Returns ``{"count": n, "listing": vietnamese_listing}`` so a foreign
    listing can say how many items exist only in Vietnamese and link to them,
    instead of silently dropping them; ``count`` is 0 for a listing in the
    default locale.
    """
    if listing_page.locale.language_code == default_language_code():
        return {"count": 0, "listing": None}
    source = in_default_language(listing_page.get_translations()).first()
    if source is None or not visibility.is_public(source):
        return {"count": 0, "listing": None}
    translated = visibility.public(child_model.objects.child_of(listing_page)).values(
        "translation_key"
    )
    count = (
        visibility.public(child_model.objects.child_of(source))
        .exclude(translation_key__in=translated)
        .count()
    )
    return {"count": count, "listing": source}
