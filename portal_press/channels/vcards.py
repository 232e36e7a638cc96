"""Spokespersons as vCards (3.0, which every phone's contacts app reads).

One card per current spokesperson, one file per agency and one for the whole
directory (several cards in one file). Names and numbers come from the
Vietnamese register entry; position, agency and role in the requested
language, as the directory shows them, with that language marked on each
text (``LANGUAGE=``). vobject escapes ``,`` ``;`` and ``\\`` and writes UTF-8.
"""

import vobject
from django.http import Http404
from django.utils.translation import gettext as _

from ..localisation.register import for_readers
from ..models import Spokesperson
from ..public.directory import current_spokespersons, directory_order, directory_page
from ..publishing import visibility
from ..validators import phone_uri
from . import lookup
from .responses import VCARD, download, file_name

PHOTO_FILTER = "fill-240x300"


def split_name(full_name):
    """``(family, given, middle)`` of a Vietnamese name: Họ, tên, tên đệm."""
    words = full_name.split()
    if len(words) < 2:
        return "", full_name.strip(), ""
    return words[0], words[-1], " ".join(words[1:-1])


def _text(card, name, value, language):
    if value:
        line = card.add(name)
        line.value = value
        line.params["LANGUAGE"] = [language]


def _phone(card, number, *types):
    if number:
        line = card.add("tel")
        line.value = phone_uri(number).removeprefix("tel:")
        line.params["TYPE"] = list(types)


def entry_url(person, locale, request):
    """The person's card on the directory page, or None if there is none."""
    page = directory_page(locale)
    if page is None:
        return None
    return f"{page.get_full_url(request)}#pp-person-{person.pk}"


def photo_url(person, request):
    if person.photo is None:
        return None
    return request.build_absolute_uri(person.photo.get_rendition(PHOTO_FILTER).url)


def build_card(person, locale, request, url=None, photo=True):
    """The vCard of ``person`` (as :func:`lookup.public_spokesperson` gives it)."""
    language = locale.language_code
    card = vobject.vCard()
    card.add("uid").value = f"urn:uuid:{person.translation_key}"
    card.add("fn").value = person.full_name
    family, given, middle = split_name(person.full_name)
    card.add("n").value = vobject.vcard.Name(
        family=family, given=given, additional=middle
    )
    _text(card, "org", [person.agency.name], language)
    _text(card, "title", person.position, language)
    _text(card, "role", person.role.name, language)
    _phone(card, person.office_phone, "WORK", "VOICE")
    _phone(card, person.mobile_phone, "CELL", "VOICE")
    _phone(card, person.fax, "WORK", "FAX")
    if person.email:
        line = card.add("email")
        line.value = person.email
        line.params["TYPE"] = ["INTERNET", "WORK"]
    if photo and (address := photo_url(person, request)):
        line = card.add("photo")
        line.value = address
        line.params["VALUE"] = ["uri"]
    if url:
        card.add("url").value = url
    if person.role.requires_scope and person.scope:
        note = _("Authorised to speak on: %(scope)s") % {"scope": person.scope}
        _text(card, "note", note, language)
    return card


def serialize(cards):
    return "".join(card.serialize() for card in cards)


def cards_for(people, locale, request):
    """The cards of ``people`` in one go: the directory is looked up once."""
    page = directory_page(locale)
    base = page.get_full_url(request) if page else None
    return [
        build_card(
            person,
            locale,
            request,
            url=f"{base}#pp-person-{person.pk}" if base else None,
        )
        for person in people
    ]


def spokesperson_vcard(request, key):
    locale = lookup.reader_locale()
    person = lookup.public_spokesperson(key, locale)
    card = build_card(person, locale, request, url=entry_url(person, locale, request))
    return download(card.serialize(), VCARD, file_name(person.full_name, "vcf"))


def agency_vcard(request, key):
    """Every current spokesperson of an open agency, in directory order."""
    locale = lookup.reader_locale()
    agency = lookup.public_agency(key)
    people = visibility.public_sources(Spokesperson).filter(agency=agency)
    people = sorted(for_readers(people.for_cards(), locale), key=directory_order)
    if not people:
        raise Http404
    shown = lookup.agency_for_readers(agency, locale)
    name = agency.short_name or shown.name
    return download(
        serialize(cards_for(people, locale, request)), VCARD, file_name(name, "vcf")
    )


def directory_vcard(request):
    """The whole directory: everyone current, one file."""
    locale = lookup.reader_locale()
    people = current_spokespersons(locale)
    return download(
        serialize(cards_for(people, locale, request)),
        VCARD,
        file_name(_("spokespersons"), "vcf", fallback="spokespersons"),
    )
