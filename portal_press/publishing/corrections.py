"""A published statement never changes silently.

Once a release is live, a change to what it says (its title, lead or body)
is published only with a public correction added under it, or with the
editor saying it is a minor change (a typo). The edit form enforces it.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..page_forms import PortalPageForm

# The fields whose change a reader must be told about.
STATEMENT_FIELDS = ("title", "lead", "body")


def _comparable(name, value):
    if hasattr(value, "stream_block"):  # a StreamField: its blocks, without ids
        return [
            (block.block_type, block.block.get_prep_value(block.value))
            for block in value
        ]
    return value


def changed_fields(live, cleaned_data):
    """The statement fields whose new value differs from the published one."""
    return [
        name
        for name in STATEMENT_FIELDS
        if name in cleaned_data
        and _comparable(name, cleaned_data[name])
        != _comparable(name, getattr(live, name))
    ]


class StatementForm(PortalPageForm):
    minor_change = forms.BooleanField(
        label=_("Minor change (a typo)"),
        required=False,
        help_text=_(
            "Tick to publish a change of wording without a correction: only for "
            "typing errors that change nothing a reader relies on."
        ),
    )

    def _published_version(self):
        page = self.instance
        if not page.pk or not page.live or page.live_revision_id is None:
            return None
        return page.live_revision.as_object()

    def _adds_a_correction(self):
        formset = self.formsets.get("corrections")
        # The inline rows are validated after the page's own fields: ask now.
        if formset is None or not formset.is_valid():
            return False
        return any(
            form.has_changed() and not form.cleaned_data.get("DELETE")
            for form in formset.forms
            if form.instance.pk is None and getattr(form, "cleaned_data", None)
        )

    def clean(self):
        cleaned_data = super().clean()
        live = self._published_version()
        if live is None or cleaned_data.get("minor_change"):
            return cleaned_data
        changed = changed_fields(live, cleaned_data)
        if changed and not self._adds_a_correction():
            self.add_error(
                "minor_change",
                ValidationError(
                    _(
                        "This release is published: add a correction saying what "
                        "changed, or tick “minor change” for a typo."
                    ),
                    code="silent_change",
                ),
            )
        return cleaned_data
