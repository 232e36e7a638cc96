"""The search page's GET parameters, validated."""

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 1000
# Results a visitor can page through (Elasticsearch's default result window):
# beyond, narrowing the search is the way on.
MAX_RESULTS = 10_000


KIND_CHOICES = [
    ("release", _("Press releases")),
    ("training", _("Trainings")),
    ("promotion", _("About the province")),
    ("spokesperson", _("Spokespersons")),
]
SORT_CHOICES = [("relevance", _("Most relevant")), ("date", _("Newest first"))]


class SearchForm(forms.Form):
    """What can be asked of the search page; anything else is a form error.

    Facet values that match nothing are not errors: they give no results and
    the page says so.
    """

    q = forms.CharField(
        label=_("Search"), required=False, max_length=MAX_QUERY_LENGTH, strip=True
    )
    type = forms.ChoiceField(label=_("Type"), choices=KIND_CHOICES, required=False)
    agency = forms.IntegerField(label=_("Agency"), required=False, min_value=1)
    kind = forms.IntegerField(label=_("Kind of agency"), required=False, min_value=1)
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=1900, max_value=2100
    )
    tag = forms.SlugField(label=_("Topic"), required=False, max_length=100)
    sort = forms.ChoiceField(
        label=_("Sort"), choices=SORT_CHOICES, required=False, initial="relevance"
    )

    def filters(self):
        data = self.cleaned_data
        return {key: data.get(key) for key in ("type", "agency", "kind", "year", "tag")}
