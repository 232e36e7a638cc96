"""The GET forms that filter the public listings.

They validate what a visitor (or a crawler) puts in the URL, so an unknown
agency or a year like ``abc`` is a message on the page, never a server error.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200


class PressReleaseFilterForm(forms.Form):
    agency = forms.ModelChoiceField(
        label=_("Agency"),
        queryset=None,
        required=False,
        empty_label=_("All agencies"),
        error_messages={
            "invalid_choice": _("This agency does not exist or is no longer listed.")
        },
    )
    year = forms.TypedChoiceField(
        label=_("Year"),
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": _("There are no releases for this year.")},
    )
    tag = forms.SlugField(label=_("Tag"), required=False, max_length=100)

    def __init__(self, data, *, agencies, years, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["agency"].queryset = agencies
        self.fields["year"].choices = [("", _("All years"))] + [
            (str(year), str(year)) for year in years
        ]


class DirectoryFilterForm(forms.Form):
    kind = forms.ModelChoiceField(
        label=_("Kind of agency"),
        queryset=None,
        required=False,
        empty_label=_("All kinds"),
        error_messages={"invalid_choice": _("This kind of agency does not exist.")},
    )
    q = forms.CharField(
        label=_("Name, agency or topic"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        strip=True,
    )

    def __init__(self, data, *, kinds, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["kind"].queryset = kinds
