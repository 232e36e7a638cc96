"""Looking up official foreign names in the glossary."""

from django.db.models import OuterRef, Subquery
from django.db.models.signals import post_delete, post_save

from ..models.glossary import GlossaryTerm, glossary_key
from ..publishing import request_memo
from ..publishing.sources import default_language_code, in_default_language

GLOSSARY = "glossary"


def official_names(texts, locale, source_locale=None):
    """``{text: official name in locale}`` for each of ``texts`` in the glossary.

    Texts are matched whole (any case and spacing, marks kept: “bàn” is not
    “bán”). From the Vietnamese terms, the kept glossary (:func:`glossary_names`);
    from another source language, two queries, whatever the number of texts.
    """
    if source_locale is None:
        names = glossary_names(locale)
        found = {text: names.get(glossary_key(text)) for text in texts if text}
        return {text: name for text, name in found.items() if name is not None}
    if locale == source_locale:
        return {}
    sources = GlossaryTerm.objects.filter(locale=source_locale)
    keys = {glossary_key(text): text for text in texts if text}
    sources = sources.filter(term_key__in=keys).values_list(
        "translation_key", "term_key"
    )
    source_keys = dict(sources)
    targets = GlossaryTerm.objects.filter(
        locale=locale, translation_key__in=source_keys
    ).values_list("translation_key", "term")
    return {keys[source_keys[key]]: name for key, name in targets}


def glossary_names(locale):
    """``{term key of the Vietnamese term: official name in locale}`` for the
    whole glossary: how topics, agencies, positions and other short labels
    are shown translated. One query, once per request (a page names its
    agency, its contacts and its topics); none in the default language."""
    if locale.language_code == default_language_code():
        return {}
    known = request_memo.remembered(GLOSSARY, dict)
    if locale.pk not in known:
        known[locale.pk] = _read_glossary(locale)
    return known[locale.pk]


def _read_glossary(locale):
    source_key = in_default_language(GlossaryTerm.objects.all()).filter(
        translation_key=OuterRef("translation_key")
    )
    targets = (
        GlossaryTerm.objects.filter(locale=locale)
        .annotate(source_key=Subquery(source_key.values("term_key")[:1]))
        .filter(source_key__isnull=False)
        .values_list("source_key", "term")
    )
    return dict(targets)


def _forget(sender, **kwargs):
    request_memo.forget(GLOSSARY)


def connect():
    for signal in (post_save, post_delete):
        signal.connect(
            _forget, sender=GlossaryTerm, dispatch_uid=f"portal_press_glossary_{signal}"
        )
