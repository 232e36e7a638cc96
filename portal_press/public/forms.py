"""The GET forms that filter the public listings.

They validate what a visitor (or a crawler) puts in the URL, so an unknown
agency or a year like ``abc`` is a message on the page, never a server error.
"""

from django import forms
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from ..folding import fold

MAX_QUERY_LENGTH = 200


def topic_slug(text):
    """The slug a topic named ``text`` has (see ``Topic.slugify``)."""
    return slugify(fold(text or ""))


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
    tag = forms.CharField(
        label=_("Tag"),
        required=False,
        max_length=100,
        strip=True,
        help_text=_("As shown on a release, e.g. “họp báo”, with or without marks."),
    )

    def __init__(self, data, *, agencies, years, tag_aliases=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["agency"].queryset = agencies
        self.fields["year"].choices = [("", _("All years"))] + [
            (str(year), str(year)) for year in years
        ]
        self.tag_aliases = tag_aliases or {}

    def clean_tag(self):
        """The topic's slug, from what the visitor sees: its name with or
        without marks (“họp báo”, “hop bao”), its slug, or its name in the
        page's language (from the glossary)."""
        text = self.cleaned_data["tag"]
        slug = topic_slug(text)
        if text and not slug:
            raise forms.ValidationError(
                _("Type a topic as it is shown on a release, e.g. “họp báo”.")
            )
        return self.tag_aliases.get(slug, slug)


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
        # Suggestions of people and agencies as the name is typed (static/
        # portal_press/js/portal_press.js); the form works without them.
        self.fields["q"].widget.attrs.update(
            {
                "autocomplete": "off",
                "data-pp-suggest": reverse("portal_press_autocomplete"),
                "data-pp-suggest-types": "spokesperson agency",
            }
        )
