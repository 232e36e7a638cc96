"""The public context of the spokesperson directory.

The Vietnamese register decides who is listed, in every language: a person
without a translation is shown with the glossary's official names rather
than left out (see :mod:`portal_press.localisation.register`).
"""

from itertools import groupby

from django.db.models import Exists, Q
from django.utils.functional import SimpleLazyObject

from ..cache import fragments
from ..conf import get_setting
from ..folding import matches_all_words
from ..localisation.register import localize_spokespersons
from ..models import AgencyKind, Spokesperson, SpokespersonDirectoryPage
from ..publishing import visibility
from ..publishing.sources import default_language_code
from .forms import DirectoryFilterForm
from .pagination import paginate

WHOLE_DIRECTORY = "all"


def directory_page(locale):
    """The public directory page in ``locale``, else the Vietnamese one, or
    None: where a person's card and a search suggestion link to.

    A site has one or a few, read in one query and chosen here.
    """
    languages = {locale.language_code, default_language_code()}
    found = [
        page
        for page in visibility.public_section_pages(SpokespersonDirectoryPage)
        if page.locale.language_code in languages
    ]
    # In the tree's order already: the visitor's language first.
    found.sort(key=lambda page: page.locale.language_code != locale.language_code)
    return found[0] if found else None


def current_spokespersons(locale, kind=None, keys=None):
    """Everyone current today (or those of them with translation ``keys``),
    in ``locale``, in directory order."""
    people = visibility.public_sources(Spokesperson).for_cards()
    if keys is not None:
        people = people.filter(translation_key__in=keys)
    if kind is not None:
        people = people.filter(agency__kind__translation_key=kind.translation_key)
    if locale.language_code != default_language_code():
        people = localize_spokespersons(people, locale)
    return sorted(people, key=directory_order)


def filter_kinds(locale):
    """Kinds offered in the filter: this language's, or the Vietnamese ones."""
    own = AgencyKind.objects.filter(locale=locale)
    if locale.language_code == default_language_code():
        return own
    # One query, whichever applies: the form's choices are this queryset.
    return AgencyKind.objects.filter(
        Q(locale=locale)
        | (Q(locale__language_code=default_language_code()) & ~Exists(own))
    )


def person_matches(person, query):
    return matches_all_words(
        query,
        person.full_name,
        person.position,
        person.scope,
        person.agency.name,
        person.agency.short_name,
        person.role.name,
        " ".join(tag.name for tag in person.topics.all()),
    )


def directory_order(person):
    kind, agency = person.agency.kind, person.agency
    return (
        kind.sort_order,
        kind.name,
        agency.name,
        agency.pk,
        person.role.sort_order,
        person.full_name,
    )


def group_by_kind_and_agency(people):
    """``[(kind, [(agency, [person, …]), …]), …]`` from people sorted that way."""
    return [
        (
            kind,
            [
                (agency, list(members))
                for agency, members in groupby(group, key=lambda p: p.agency)
            ],
        )
        for kind, group in groupby(people, key=lambda p: p.agency.kind)
    ]


def agencies_to_show(request, agency_keys):
    """``(the agencies of this page, the page)``: a few agencies at a time,
    so that a response never holds the whole register; ``?all=1`` gives
    every agency at once (to print the directory), and no page."""
    if request.GET.get(WHOLE_DIRECTORY) == "1":
        return set(agency_keys), None
    page = paginate(request, agency_keys, get_setting("DIRECTORY_AGENCIES_PER_PAGE"))
    return set(page.object_list), page


def directory_order_keys(page, kind):
    """``[(agency key, person key), …]`` of everyone current, in directory
    order (translation keys): kept between requests until the register
    changes (its events end the directory's path) or the gate's next
    boundary, so that a page of the directory loads only its own people."""

    def in_order():
        return [
            (person.agency.translation_key, person.translation_key)
            for person in current_spokespersons(page.locale, kind)
        ]

    name = f"directory:{page.pk}:{kind.pk if kind else ''}"
    return fragments.remembered(name, in_order, path=page.url)


def directory_context(page, request):
    form = DirectoryFilterForm(request.GET, kinds=filter_kinds(page.locale))
    kind, query, people = None, "", None
    valid = form.is_valid()
    if valid:
        kind, query = form.cleaned_data["kind"], form.cleaned_data["q"]
    if query:
        # A search reads every card: what it matches is in their text.
        people = [
            person
            for person in current_spokespersons(page.locale, kind)
            if person_matches(person, query)
        ]
        order = [(p.agency.translation_key, p.translation_key) for p in people]
    else:
        order = directory_order_keys(page, kind)
    shown, agencies_page = agencies_to_show(
        request, list(dict.fromkeys(agency for agency, _person in order))
    )

    def groups():
        listed = people
        if listed is None:
            keys = [person for agency, person in order if agency in shown]
            listed = current_spokespersons(page.locale, kind, keys=keys)
        return group_by_kind_and_agency(
            [p for p in listed if p.agency.translation_key in shown]
        )

    return {
        "filter_form": form,
        "result_count": len(order),
        # Read only when the cards are rendered, not when they are kept.
        "groups": SimpleLazyObject(groups),
        "kept_listing": kept_listing_name(page, kind, agencies_page)
        if valid and not query
        else None,
        "agencies_page": agencies_page,
    }


def kept_listing_name(page, kind, agencies_page):
    """The name the cards of one page of the directory are kept under (see
    ``{% keep %}``): the same for every visitor of that page and kind,
    until the register changes."""
    number = agencies_page.number if agencies_page else WHOLE_DIRECTORY
    return f"directory:{page.pk}:{kind.pk if kind else ''}:{number}"
