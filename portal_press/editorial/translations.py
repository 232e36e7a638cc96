"""One row per item in the admin's listings, with its translations as links.

Wagtail lists a translatable model with every language mixed ("All") by
default, so an officer saw each agency up to eight times and filters with 58
options in three scripts. Here a listing shows one language at a time — the
default language unless the editor picks another — and each row links to
the item's other languages; the options of its filters follow the listed
language.
"""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale, Page

from ..localisation.rows import attach_translations
from ..publishing.sources import default_language_code


def listed_language(request):
    """The language a listing shows: the one asked for, or the default."""
    code = request.GET.get("locale") if request is not None else None
    if code and Locale.objects.filter(language_code=code).exists():
        return code
    return default_language_code()


def in_listed_language(queryset, request):
    """``queryset`` in the language the listing shows (for filter options)."""
    return queryset.filter(locale__language_code=listed_language(request))


def edit_url(instance, user=None):
    """Where an editor edits ``instance`` (a page or a registered snippet)."""
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    return AdminURLFinder(user).get_edit_url(instance)


def translation_links(instance, user=None):
    """The languages ``instance`` is also in, each linked to its editor."""
    return [
        {
            "url": edit_url(translation, user),
            "code": translation.locale.language_code,
            "language": translation.locale.get_display_name(),
            "is_draft": getattr(translation, "live", True) is False,
        }
        for translation in getattr(instance, "translations", ())
    ]


class TranslationsColumn(Column):
    """A cell with a link to each translation of the row's item."""

    cell_template_name = "portal_press/admin/tables/translations_cell.html"

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Translations"))
        super().__init__("translations", **kwargs)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["links"] = translation_links(instance, getattr(request, "user", None))
        return context


class TranslationsListingMixin:
    """For listing views: load the rows' translations in one query."""

    def get_table(self, object_list):
        return super().get_table(attach_translations(object_list))


class ListedLanguageFilter(LocaleFilter):
    """Wagtail's language filter without "All": one language at a time."""

    def filter(self, qs, language_code):
        return super().filter(qs, language_code or default_language_code())


class OneLanguageFilterSet(WagtailFilterSet):
    """A filter set whose listing shows one language, the default at first."""

    def _add_locale_filter(self):
        super()._add_locale_filter()
        upstream = self.filters.get("locale")
        if upstream is None:
            return  # one language only: nothing to choose
        default = default_language_code()
        self.filters["locale"] = ListedLanguageFilter(
            label=_("Language"),
            choices=upstream.extra["choices"],
            empty_label=None,
            initial=default,
            widget=forms.RadioSelect,
        )
        if not self.data.get("locale"):
            self.data = self.data.copy()
            self.data["locale"] = default
