"""Admin reports: translation coverage per language, and the required English."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..localisation.coverage import (
    action_url,
    coverage,
    foreign_locales,
    required_english,
    sources_of,
)
from ..localisation.status import TranslationStatus, translation_states

REPORTABLE_STATUSES = [
    TranslationStatus.MISSING,
    TranslationStatus.DRAFT,
    TranslationStatus.OUTDATED,
]


def can_view_translation_reports(user):
    return user.has_perm("wagtail_localize.submit_translation")


class TranslationReportMixin(WagtailAdminTemplateMixin):
    header_icon = "wagtail-localize-language"

    def get_breadcrumbs_items(self):
        # The header shows the breadcrumbs, not the (screen-reader) title: end
        # them with the report's name, as Wagtail's own reports do.
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not can_view_translation_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TranslationCoverageView(TranslationReportMixin, TemplateView):
    """How much of each type of content exists in each language."""

    page_title = _("Translation coverage")
    template_name = "portal_press/admin/translation_coverage.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = coverage()
        context["rows"] = [
            {
                "locale": row.locale,
                "type": row.model._meta.label_lower,
                "name": row.model._meta.verbose_name_plural,
                "total": row.total,
                "up_to_date": row.counts[TranslationStatus.UP_TO_DATE],
                "cells": [
                    (status, row.counts[status]) for status in REPORTABLE_STATUSES
                ],
            }
            for row in rows
        ]
        context["statuses"] = REPORTABLE_STATUSES
        context["detail"] = self.get_detail(rows)
        return context

    def get_detail(self, rows):
        """The items behind one figure, when the editor clicked it."""
        params = self.request.GET
        status, model_name = params.get("status"), params.get("type")
        locale = next(
            (
                loc
                for loc in foreign_locales()
                if loc.language_code == params.get("locale")
            ),
            None,
        )
        model = next(
            (row.model for row in rows if row.model._meta.label_lower == model_name),
            None,
        )
        if locale is None or model is None or status not in TranslationStatus.values:
            return None
        states = [
            state
            for state in translation_states(list(sources_of(model)), locale)
            if state.status == status
        ]
        user = self.request.user
        return {
            "model_name": model._meta.verbose_name_plural,
            "locale": locale,
            "status": TranslationStatus(status),
            "items": [(state, action_url(state, locale, user)) for state in states],
        }


class RequiredEnglishView(TranslationReportMixin, TemplateView):
    """Whether each active agency has the English content the law requires."""

    page_title = _("Required English content")
    template_name = "portal_press/admin/required_english.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locale, rows = required_english()
        user = self.request.user

        def with_url(state):
            return {"state": state, "url": action_url(state, locale, user)}

        context["locale"] = locale
        context["rows"] = [
            {
                "agency": row.agency,
                "name": with_url(row.name),
                "functions_status": row.functions_status,
                "spokespersons": [with_url(state) for state in row.spokespersons],
                "complete": row.complete,
            }
            for row in rows
        ]
        context["complete_count"] = sum(row.complete for row in rows)
        return context
