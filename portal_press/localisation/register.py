"""The Vietnamese register of spokespersons, shown in another language.

The Vietnamese entries are the register: they decide who is current and
carry the contact details, which are kept up to date there. A reader of
another language sees each current person once: as the published
translation when there is one, otherwise as the Vietnamese entry with the
official names of the position, agency, kind and role taken from the
glossary, marked ``is_untranslated``.
"""

import copy

# Submodules, not the package: the directory page model imports this module.
from ..models.agencies import Agency
from ..models.spokespersons import Spokesperson
from ..models.taxonomy import AgencyKind, SpokespersonRole
from ..publishing import request_memo, visibility
from ..publishing.sources import (
    default_language_code,
    in_default_language,
    sources_by_key,
)
from .glossary import official_names

LOCALIZED_AGENCIES = "localized_agencies"

# Taken from the Vietnamese entry even when a translation exists.
CONTACT_FIELDS = (
    "full_name",
    "office_phone",
    "mobile_phone",
    "fax",
    "email",
    "photo",
    "press_languages",
    "valid_from",
    "valid_until",
)


def _by_key(queryset):
    return {obj.translation_key: obj for obj in queryset}


def _named(obj, names, attribute="name"):
    """``obj`` (an in-memory Vietnamese row) renamed with its official name."""
    text = getattr(obj, attribute)
    setattr(obj, attribute, names.get(text, text))
    obj.is_untranslated = True
    return obj


def _translated(translation, source, names, attribute="name"):
    """The translation, or the source with its official name if there is none.

    A translation whose text is still the Vietnamese text (wagtail-localize
    creates related objects before anyone translates them) counts as none.
    """
    if translation is None or getattr(translation, attribute) == getattr(
        source, attribute
    ):
        return _named(source, names, attribute)
    return translation


def localize_spokespersons(people, locale):
    """``people`` (Vietnamese, with agency, kind and role loaded) in ``locale``."""
    people = list(people)
    if not people:
        return []
    # The agencies as the page's header and feed links name them (once).
    agencies = _by_key(localize_agencies([p.agency for p in people], locale))
    kinds = _by_key(
        AgencyKind.objects.filter(
            locale=locale,
            translation_key__in={p.agency.kind.translation_key for p in people},
        )
    )
    roles = _by_key(
        SpokespersonRole.objects.filter(
            locale=locale, translation_key__in={p.role.translation_key for p in people}
        )
    )
    translations = _by_key(
        visibility.public(
            Spokesperson.objects.filter(
                translation_key__in=[p.translation_key for p in people]
            ),
            locale=locale,
        ).prefetch_related("topics")
    )
    names = official_names(
        {p.position for p in people}
        | {p.agency.name for p in people}
        | {p.agency.kind.name for p in people}
        | {p.role.name for p in people},
        locale,
    )
    return [
        _localize(person, locale, translations, agencies, kinds, roles, names)
        for person in people
    ]


def _localize(person, locale, translations, agencies, kinds, roles, names):
    entry = translations.get(person.translation_key)
    if entry is None:
        entry = _named(person, names, "position")
    else:
        for field in CONTACT_FIELDS:
            setattr(entry, field, getattr(person, field))
        entry.is_untranslated = entry.position == person.position
        if entry.is_untranslated:
            entry.position = names.get(person.position, person.position)
    source_kind = person.agency.kind
    entry.agency = agencies[person.agency.translation_key]
    entry.agency.kind = _translated(
        kinds.get(source_kind.translation_key), source_kind, names
    )
    entry.role = _translated(roles.get(person.role.translation_key), person.role, names)
    return entry


def register_entries(translation_keys):
    """The Vietnamese register entries of the people with ``translation_keys``.

    Pages in other languages keep pointing at Vietnamese or translated rows;
    whoever they point at, the register entry decides validity and contacts.
    """
    return in_default_language(
        Spokesperson.objects.filter(translation_key__in=translation_keys)
    )


def for_readers(people, locale):
    """Register entries as readers of ``locale`` should see them."""
    people = list(people)
    if locale.language_code == default_language_code():
        return people
    return localize_spokespersons(people, locale)


def localize_agencies(agencies, locale):
    """Agencies, in any language, named as readers of ``locale`` should see them.

    A page names the same agency in its header, contacts and feed links:
    within a request each agency is localized once (:mod:`request_memo`).
    """
    agencies = list(agencies)
    if not agencies or locale.language_code == default_language_code():
        return agencies
    done = request_memo.remembered(LOCALIZED_AGENCIES, dict)
    missing = [
        agency for agency in agencies if (locale.pk, agency.translation_key) not in done
    ]
    if missing:
        for agency, localized in zip(
            missing, _localize_agencies(missing, locale), strict=True
        ):
            done[(locale.pk, agency.translation_key)] = localized
    return [done[(locale.pk, agency.translation_key)] for agency in agencies]


def _localize_agencies(agencies, locale):
    keys = {agency.translation_key for agency in agencies}
    translations = _by_key(
        Agency.objects.filter(locale=locale, translation_key__in=keys)
    )
    # Copies: a source is renamed for the reader, and the request's other
    # readers of the same source (feed links, contacts) keep its own name.
    sources = {
        key: copy.copy(source) for key, source in sources_by_key(agencies).items()
    }
    names = official_names({source.name for source in sources.values()}, locale)
    return [
        _translated(
            translations.get(agency.translation_key),
            sources.get(agency.translation_key, copy.copy(agency)),
            names,
        )
        for agency in agencies
    ]
