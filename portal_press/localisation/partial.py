"""Translations published before all of their text was translated.

wagtail-localize publishes a translation whatever is missing, showing the
Vietnamese text in its place: an English page could go live with a
Vietnamese body and say nothing. The admin now asks the editor to confirm
such a publication (:mod:`portal_press.editorial.translation_publish`);
each one is recorded in the page's history, with the revision it made live,
so that the public page can tell its readers (:func:`is_partly_untranslated`)
until a complete translation is published over it.
"""

from django.db.models import Count, Exists, OuterRef, Q
from wagtail.log_actions import log
from wagtail.models import PageLogEntry
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from ..publishing import events

PARTIAL_ACTION = "portal_press.publish_partial_translation"


def translation_of(instance):
    """The wagtail-localize translation that ``instance`` is the target of."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def _segments(translation):
    # The slug is an address, not text a reader sees: a translation keeping
    # the Vietnamese slug is not unfinished for it.
    return StringSegment.objects.filter(source_id=translation.source_id).exclude(
        context__path="slug"
    )


def _translated(translation):
    return StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
        has_error=False,
    )


def progress(translation):
    """``(translated, total)`` texts of ``translation`` (two counts, one query)."""
    counts = _segments(translation).aggregate(
        total=Count("pk"),
        translated=Count("pk", filter=Q(Exists(_translated(translation)))),
    )
    return counts["translated"], counts["total"]


def untranslated_texts(translation, limit=20):
    """The source texts still untranslated, in the page's order (at most ``limit``)."""
    segments = (
        _segments(translation)
        .exclude(Exists(_translated(translation)))
        .select_related("string")
        .order_by("order")
    )
    return [segment.string.data for segment in segments[:limit]]


def record_partial_publication(event):
    """Subscriber: note in the page's history a translation published with
    untranslated text, and which revision that made live."""
    for page in event.objects:
        translation = translation_of(page)
        if translation is None:
            continue
        translated, total = progress(translation)
        if translated < total:
            log(
                page,
                PARTIAL_ACTION,
                data={
                    "revision": page.live_revision_id,
                    "translated": translated,
                    "total": total,
                },
            )


def is_partly_untranslated(page):
    """Whether the live version of ``page`` was published partly untranslated."""
    if page.live_revision_id is None:
        return False
    entry = (
        PageLogEntry.objects.filter(page_id=page.pk, action=PARTIAL_ACTION)
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry is not None and entry.data.get("revision") == page.live_revision_id


def connect():
    events.subscribe(record_partial_publication, names=[events.TRANSLATION_PUBLISHED])
