"""Snippet choosers with one row per item.

Wagtail's chooser lists every language when it is opened outside a page in
a known language, and always offers "All": the agency chooser of a release
then mixed Vietnamese, English and Chinese names. This chooser lists one
language — the page's own (Wagtail passes it as ``locale``) or the default —
with each item's other languages shown beside it.
"""

from django import forms
from wagtail.admin.forms.choosers import LocaleFilterMixin
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)

from ..localisation.rows import attach_translations
from ..publishing.sources import default_language_code
from .guards import guard_chosen_url
from .translations import TranslationsColumn


class OneLanguageFilterMixin(forms.Form):
    """The chooser's language filter, without "All"."""

    def __init__(self, data=None, *args, **kwargs):
        default = default_language_code()
        if data is not None and not data.get("locale"):
            data = data.copy()
            data["locale"] = default
        super().__init__(data, *args, **kwargs)
        order = list(get_content_languages())
        locales = sorted(
            Locale.objects.all(),
            key=lambda locale: (
                order.index(locale.language_code)
                if locale.language_code in order
                else len(order)
            ),
        )
        self.fields["locale"] = forms.ChoiceField(
            choices=[
                (locale.language_code, locale.get_display_name()) for locale in locales
            ],
            required=False,
            initial=default,
            widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
        )

    def filter(self, objects):
        # By the locale's id, which the search index can filter on.
        code = self.cleaned_data.get("locale") or default_language_code()
        locale = Locale.objects.filter(language_code=code).first()
        return super().filter(objects.filter(locale=locale))


class OneLanguageChooserMixin:
    def get_filter_form_class(self):
        form_class = super().get_filter_form_class()
        if LocaleFilterMixin not in form_class.__mro__:
            return form_class
        bases = tuple(
            OneLanguageFilterMixin if base is LocaleFilterMixin else base
            for base in form_class.__bases__
        )
        return type(form_class.__name__, bases, {})

    def get_object_list(self):
        # Other agencies' drafts (a spokesperson not yet published) are
        # listed only to those who may edit them.
        objects = super().get_object_list()
        policy = policy_registry.get_by_type(self.model_class)
        if hasattr(policy, "choosable"):
            objects = policy.choosable(objects, self.request.user)
        return objects

    @property
    def columns(self):
        columns = super().columns
        if self.i18n_enabled:
            columns.append(TranslationsColumn())
        return columns

    def get_results_page(self, request):
        page = super().get_results_page(request)
        if self.i18n_enabled:
            page.object_list = attach_translations(page.object_list)
        return page


class OneRowChooseView(OneLanguageChooserMixin, ChooseView):
    pass


class OneRowChooseResultsView(OneLanguageChooserMixin, ChooseResultsView):
    pass


class OneRowChooserViewSet(SnippetChooserViewSet):
    """Set as ``chooser_viewset_class`` of a translatable snippet's viewset."""

    choose_view_class = OneRowChooseView
    choose_results_view_class = OneRowChooseResultsView

    def get_urlpatterns(self):
        return guard_chosen_url(super().get_urlpatterns(), self.model)
