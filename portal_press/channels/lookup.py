"""Finding what an output is about, through the gate, in the reader's language.

Channel URLs name content by its translation key, which is the same in every
language and never changes with a title or a slug: ``/en/…/<key>.ics`` and
``/vi/…/<key>.ics`` are the same training, each in its own language.
"""

from django.http import Http404
from wagtail.models import Locale

from ..localisation.register import for_readers, localize_agencies, register_entries
from ..models import Agency
from ..publishing import visibility
from ..publishing.sources import in_default_language, sources_by_key


def reader_locale():
    """The locale of the request's language (its URL prefix)."""
    return Locale.get_active()


def public_page(model, key, locale):
    """The public page of ``model`` with translation ``key`` in ``locale``, or 404."""
    page = (
        visibility.public(model.objects.filter(translation_key=key), locale=locale)
        .select_related("locale")
        .first()
    )
    if page is None:
        raise Http404
    return page


def source_of(obj):
    """The item in the default language that decides for ``obj``."""
    return sources_by_key([obj]).get(obj.translation_key, obj)


def public_spokesperson(key, locale):
    """The current spokesperson ``key`` as readers of ``locale`` see them, or 404.

    The Vietnamese register entry decides (appointment dates, agency open)
    and holds the numbers, as on the directory page.
    """
    person = visibility.public_sources(register_entries([key])).for_cards().first()
    if person is None:
        raise Http404
    return for_readers([person], locale)[0]


def public_agency(key):
    """The open agency ``key`` (its Vietnamese entry), or 404."""
    agency = (
        visibility.public(in_default_language(Agency.objects.all()))
        .filter(translation_key=key)
        .first()
    )
    if agency is None:
        raise Http404
    return agency


def agency_for_readers(agency, locale):
    return localize_agencies([agency], locale)[0]
