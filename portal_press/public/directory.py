"""The public context of the spokesperson directory.

The Vietnamese register decides who is listed, in every language: a person
without a translation is shown with the glossary's official names rather
than left out (see :mod:`portal_press.localisation.register`).
"""

from itertools import groupby

from ..conf import get_setting
from ..folding import matches_all_words
from ..localisation.register import localize_spokespersons
from ..models import AgencyKind, Spokesperson
from ..publishing import visibility
from ..publishing.sources import default_language_code, in_default_language
from .forms import DirectoryFilterForm
from .pagination import paginate

WHOLE_DIRECTORY = "all"


def current_spokespersons(locale, kind=None):
    """Everyone current today, in ``locale``, in directory order."""
    people = in_default_language(visibility.public(Spokesperson)).for_cards()
    if kind is not None:
        people = people.filter(agency__kind__translation_key=kind.translation_key)
    if locale.language_code != default_language_code():
        people = localize_spokespersons(people, locale)
    return sorted(people, key=directory_order)


def filter_kinds(locale):
    """Kinds offered in the filter: this language's, or the Vietnamese ones."""
    kinds = AgencyKind.objects.filter(locale=locale)
    if not kinds.exists():
        kinds = in_default_language(AgencyKind.objects.all())
    return kinds


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


def paginate_by_agency(request, groups):
    """One page of ``groups`` (see :func:`group_by_kind_and_agency`), a few
    agencies at a time, so that a response never holds the whole register;
    ``?all=1`` gives every agency at once (to print the directory).
    """
    if request.GET.get(WHOLE_DIRECTORY) == "1":
        return groups, None
    agencies = [
        (kind, agency, people) for kind, members in groups for agency, people in members
    ]
    page = paginate(request, agencies, get_setting("DIRECTORY_AGENCIES_PER_PAGE"))
    regrouped = [
        (kind, [(agency, people) for _kind, agency, people in rows])
        for kind, rows in groupby(page.object_list, key=lambda row: row[0])
    ]
    return regrouped, page


def directory_context(page, request):
    form = DirectoryFilterForm(request.GET, kinds=filter_kinds(page.locale))
    kind, query = None, ""
    if form.is_valid():
        kind, query = form.cleaned_data["kind"], form.cleaned_data["q"]
    people = [
        person
        for person in current_spokespersons(page.locale, kind)
        if not query or person_matches(person, query)
    ]
    groups, agencies_page = paginate_by_agency(
        request, group_by_kind_and_agency(people)
    )
    return {
        "filter_form": form,
        "result_count": len(people),
        "groups": groups,
        "agencies_page": agencies_page,
    }
