"""The page form: folded slugs, and no abandoned draft blocking a new page.

Wagtail 8 saves a page being created as a draft in the background, so an
editor who gives up on the form leaves a draft behind, under the title's
slug; trying again with the same title then failed on that slug, with no
word of where the draft was. Here a new page never stops on a slug held by
a page that was never published: it takes the next free slug
(``thong-cao-bao-chi-2``) and the editor is told of the draft, with a link.
A slug held by a published page stays an error, which names that page,
links to it and proposes a free slug.
"""

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.widgets import SlugInput

from .slugs import folded_slug, slug_formatters


class FoldedSlugInput(SlugInput):
    """Wagtail's slug field, folding Vietnamese letters as the server does."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        formatters = [*slug_formatters(), *(formatters or [])]
        super().__init__(attrs, formatters=formatters, locale=locale)


def free_slug(base, parent, page):
    """``base``, or ``base-2``, ``base-3``… whichever no sibling of ``page`` has."""
    candidate, suffix = base, 1
    while not page._slug_is_available(candidate, parent, page):
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def was_never_published(page):
    return not page.live and page.first_published_at is None


class AgencyScopedFormMixin:
    """Offers the editor only their own agencies as the agency that answers
    for the content (``editorial_agency_field``); see
    :func:`portal_press.editorial.permissions.limit_agency_choices`, named
    by path because the models import their forms."""

    limit_agency_choices = "portal_press.editorial.permissions.limit_agency_choices"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field_name = getattr(self._meta.model, "editorial_agency_field", None)
        if field_name:
            limit = import_string(self.limit_agency_choices)
            limit(self, field_name, getattr(self, "for_user", None))


class AgencyScopedModelForm(AgencyScopedFormMixin, WagtailAdminModelForm):
    """The admin form of a snippet that an agency answers for."""


class AgencyEntryForm(WagtailAdminModelForm):
    """An agency's entry in the register. Its own officers and leaders keep
    its contact details; its name, kind and place in the register are set by
    the province's decisions, so only the register's editors change them."""

    register_fields = (
        "name",
        "short_name",
        "kind",
        "parent",
        "is_active",
        "closed_on",
        "replaced_by",
    )
    may_change_register = "portal_press.editorial.permissions.may_change_register"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        if user is None or import_string(self.may_change_register)(user):
            return
        for name in self.register_fields:
            field = self.fields.get(name)
            if field is not None:
                # A disabled field keeps the saved value, whatever is posted.
                field.disabled = True
                field.help_text = _(
                    "Set by the province's register editors: ask them to change it."
                )


class PortalPageForm(AgencyScopedFormMixin, WagtailAdminPageForm):
    """The admin form of the app's page types (see ``FoldedSlugMixin``)."""

    def clean(self):
        slug_error = None
        typed = self.cleaned_data.get("slug")
        unchanged = self.instance.pk is not None and typed == self.instance.slug
        if typed is not None and not unchanged and self.parent_page is not None:
            # (An existing page's address is never changed behind its back.)
            slug = folded_slug(typed) or folded_slug(
                self.cleaned_data.get("title") or ""
            )
            holder = self._sibling_with_slug(slug) if slug else None
            if holder is not None and self.instance.pk is None:
                if was_never_published(holder):
                    self.instance.slug_taken_by_draft = holder
                    slug = free_slug(slug, self.parent_page, self.instance)
                else:
                    slug_error = self._slug_error(slug, holder)
            elif holder is not None:
                slug_error = self._slug_error(slug, holder)
            self.cleaned_data["slug"] = slug
        cleaned_data = super().clean()
        if slug_error is not None:
            # Instead of Wagtail's "already in use", which names nothing.
            self._errors["slug"] = self.error_class([slug_error])
            self.cleaned_data.pop("slug", None)
        return cleaned_data

    def _sibling_with_slug(self, slug):
        siblings = self.parent_page.get_children().filter(slug=slug)
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        return siblings.first()

    def _slug_error(self, slug, holder):
        suggestion = free_slug(slug, self.parent_page, self.instance)
        return forms.ValidationError(
            format_html(
                _(
                    "The address “{slug}” is already used by the page "
                    '“<a href="{url}">{title}</a>” in this section. '
                    "Give this page another address, e.g. “{suggestion}”."
                ),
                slug=slug,
                url=reverse("wagtailadmin_pages:edit", args=[holder.pk]),
                title=holder.get_admin_display_title(),
                suggestion=suggestion,
            ),
            code="slug_in_use",
        )

    def get_field_updates_for_resave(self):
        # A background save that moved the slug off a draft's tells the
        # still-open form, so that the next save keeps the new slug.
        updates = super().get_field_updates_for_resave()
        if getattr(self.instance, "slug_taken_by_draft", None) is not None:
            updates.append(("slug", self.instance.slug))
        return updates


def tell_of_draft_holding_slug(request, page):
    """After a page is created off a draft's slug: say so, with a link."""
    draft = getattr(page, "slug_taken_by_draft", None)
    if draft is None:
        return
    saved = draft.latest_revision_created_at
    message = format_html(
        _(
            "The address “{wanted}” is held by a draft that was never "
            "published, “{title}” (last saved {saved}): this page's address is "
            "“{slug}”. Delete the draft if it was abandoned."
        ),
        wanted=draft.slug,
        title=draft.get_admin_display_title(),
        saved=date_format(timezone.localtime(saved), "SHORT_DATETIME_FORMAT")
        if saved
        else "—",
        slug=page.slug,
    )
    edit = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    messages.warning(
        request, message, buttons=[messages.button(edit, _("Open the draft"))]
    )
