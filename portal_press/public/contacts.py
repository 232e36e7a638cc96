"""Whom a reader of a page should call: current spokespersons, as of today.

Taken from the Vietnamese register (which decides who is current and holds
the numbers) and shown in the page's language.
"""

from ..localisation.register import for_readers, register_entries
from ..models import Spokesperson
from ..publishing import visibility
from ..publishing.locale_memo import language_of
from ..publishing.sources import default_language_code, sources_by_key


def chosen_contacts(translation_keys, locale):
    """The people with ``translation_keys`` who are public today, in that order."""
    keys = list(translation_keys)
    people = visibility.public_sources(register_entries(keys)).for_cards()
    people = sorted(people, key=lambda person: keys.index(person.translation_key))
    return for_readers(people, locale)


def agency_spokespersons(agency, locale):
    """The current spokespersons of ``agency``, or of the agency that took
    over its work if it is closed; people limited to specific issues left out."""
    source = sources_by_key([agency]).get(agency.translation_key, agency)
    if not visibility.is_public(source):
        source = source.successor
    if source is None:
        return []
    people = Spokesperson.objects.filter(agency=source)
    if language_of(source) == default_language_code():
        # A Vietnamese agency's people are register entries: each decides
        # for itself, with no question about a source.
        people = visibility.public_sources(people)
    else:
        people = visibility.public(people)
    people = (
        people.filter(role__requires_scope=False)
        .for_cards()
        .order_by("role__sort_order", "full_name")
    )
    return for_readers(people, locale)
