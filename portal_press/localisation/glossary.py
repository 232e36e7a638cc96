"""Looking up official foreign names in the glossary."""

from ..models.glossary import GlossaryTerm, glossary_key
from ..publishing.sources import default_language_code, in_default_language


def official_names(texts, locale, source_locale=None):
    """``{text: official name in locale}`` for each of ``texts`` in the glossary.

    Texts are matched whole (any case and spacing, marks kept: “bàn” is not
    “bán”). Two queries, whatever the number of texts.
    """
    if source_locale is None:
        sources = in_default_language(GlossaryTerm.objects.all())
    elif locale == source_locale:
        return {}
    else:
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
    whole glossary: how topics and other short labels are shown translated.
    Two queries; none in the default language."""
    if locale.language_code == default_language_code():
        return {}
    sources = dict(
        in_default_language(GlossaryTerm.objects.all()).values_list(
            "translation_key", "term_key"
        )
    )
    targets = GlossaryTerm.objects.filter(
        locale=locale, translation_key__in=sources
    ).values_list("translation_key", "term")
    return {sources[key]: name for key, name in targets}
