"""Looking up official foreign names in the glossary."""

from ..cache import fragments
from ..models.glossary import GlossaryTerm, glossary_key
from ..publishing.sources import default_language_code, in_default_language


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
    are shown translated. Kept between requests like the site's chrome
    (:mod:`portal_press.cache.fragments`), ended whenever a term changes;
    none in the default language."""
    if locale.language_code == default_language_code():
        return {}
    return fragments.remembered(
        f"glossary:{locale.language_code}", lambda: _read_glossary(locale)
    )


def _read_glossary(locale):
    sources = dict(
        in_default_language(GlossaryTerm.objects.all()).values_list(
            "translation_key", "term_key"
        )
    )
    targets = GlossaryTerm.objects.filter(
        locale=locale, translation_key__in=sources
    ).values_list("translation_key", "term")
    return {sources[key]: name for key, name in targets}
