"""The public directory of spokespersons."""

from itertools import groupby

from django.utils.translation import gettext_lazy as _

from ..folding import matches_all_words
from ..localisation.register import localize_spokespersons
from ..public.forms import DirectoryFilterForm
from ..publishing.sources import default_language_code, in_default_language
from ..publishing.visibility import public_spokespersons
from .sections import SectionPage
from .taxonomy import AgencyKind


class SpokespersonDirectoryPage(SectionPage):
    """Who a journalist should call, at every agency of the province.

    Lists the spokespersons whose appointment is valid today at an active
    agency, grouped by kind of agency and agency. Closed agencies and expired
    appointments never appear.
    """

    subpage_types = []

    class Meta:
        verbose_name = _("spokesperson directory")
        verbose_name_plural = _("spokesperson directories")

    def current_spokespersons(self, kind=None):
        """Everyone current today, in this page's language, in directory order.

        The Vietnamese register decides who is listed, in every language: a
        person without a translation is shown with the glossary's official
        names rather than left out (see :mod:`portal_press.localisation.register`).
        """
        people = in_default_language(public_spokespersons()).for_cards()
        if kind is not None:
            people = people.filter(agency__kind__translation_key=kind.translation_key)
        if self.locale.language_code != default_language_code():
            people = localize_spokespersons(people, self.locale)
        return sorted(people, key=directory_order)

    def filter_kinds(self):
        """Kinds offered in the filter: this language's, or the Vietnamese ones."""
        kinds = AgencyKind.objects.filter(locale=self.locale)
        if not kinds.exists():
            kinds = in_default_language(AgencyKind.objects.all())
        return kinds

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = DirectoryFilterForm(request.GET, kinds=self.filter_kinds())
        kind, query = None, ""
        if form.is_valid():
            kind, query = form.cleaned_data["kind"], form.cleaned_data["q"]
        people = [
            p
            for p in self.current_spokespersons(kind)
            if not query or self.person_matches(p, query)
        ]
        context["filter_form"] = form
        context["result_count"] = len(people)
        context["groups"] = group_by_kind_and_agency(people)
        return context

    @staticmethod
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
