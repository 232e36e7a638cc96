"""The public directory of spokespersons."""

from itertools import groupby

from django.utils.translation import gettext_lazy as _

from ..folding import matches_all_words
from ..forms import DirectoryFilterForm
from ..visibility import public_spokespersons
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

    def current_spokespersons(self):
        return (
            public_spokespersons(locale=self.locale)
            .for_cards()
            .order_by(
                "agency__kind__sort_order",
                "agency__kind__name",
                "agency__name",
                "agency_id",
                "role__sort_order",
                "full_name",
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = DirectoryFilterForm(
            request.GET, kinds=AgencyKind.objects.filter(locale=self.locale)
        )
        people = self.current_spokespersons()
        query = ""
        if form.is_valid():
            if form.cleaned_data["kind"] is not None:
                people = people.filter(agency__kind=form.cleaned_data["kind"])
            query = form.cleaned_data["q"]
        people = [p for p in people if not query or self.person_matches(p, query)]
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
