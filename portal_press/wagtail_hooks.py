"""Wiring only: admin views and menus, the dashboard panels, the visibility gate
on Wagtail's page and document serving, the slug field, and the hooks that
hold back unfinished translations and report machine translation."""

from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.menu import MenuItem
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site
from wagtail.snippets.models import register_snippet

from .cache import page_cache
from .editorial import audit, guards, permissions
from .editorial.dashboard import PressDeskPanel
from .editorial.releases import PressReleaseListingViewSet
from .editorial.reports import (
    RequiredEnglishView,
    TranslationCoverageView,
    can_view_translation_reports,
)
from .editorial.translation_publish import (
    ConfirmPartialPublishView,
    PartialPublicationFormatter,
    hold_partial_publish,
    refuse_bulk_publication,
)
from .editorial.upkeep_panel import UpkeepPanel
from .editorial.viewsets import PressRegisterViewSetGroup
from .localisation.partial import PARTIAL_ACTION
from .page_forms import FoldedSlugInput, tell_of_draft_holding_slug
from .public import languages
from .publishing import locale_memo, restrictions, visibility

register_snippet(PressRegisterViewSetGroup)


@hooks.register("register_admin_viewset")
def register_press_release_listing():
    return PressReleaseListingViewSet()


@hooks.register("construct_homepage_panels")
def add_press_desk_panel(request, panels):
    panels.append(PressDeskPanel(request))


@hooks.register("construct_homepage_panels")
def add_upkeep_panel(request, panels):
    panels.append(UpkeepPanel(request))


@hooks.register("before_serve_page")
def hide_embargoed_pages(page, request, serve_args, serve_kwargs):
    # The same gate as every listing: an embargoed page is a 404 for anyone
    # who cannot edit it, exactly as if it did not exist. What the gate said
    # is kept for the caching headers, once the page is served.
    locale_memo.locale_of(page)  # read with the request's other Locales
    servable, public = visibility.access(page)
    request.portal_press_page_is_public = public
    if not visibility.can_view(page, request.user, servable=servable):
        raise Http404


@hooks.register("before_serve_page")
def ask_for_the_sources_login_or_password(page, request, serve_args, serve_kwargs):
    # Wagtail enforces the restrictions of the page's own tree; those of a
    # translation's source apply too.
    return restrictions.restriction_response(page, request)


@hooks.register("before_serve_document")
def hide_documents_of_hidden_content(document, request):
    # A document used only by content the public cannot see yet (an
    # embargoed release) is a 404 until that content is public.
    if not visibility.can_view(document, request.user):
        raise Http404


@hooks.register("on_serve_page")
def cache_public_pages(serve):
    # What the public may see may be kept by the page cache, browsers and
    # proxies; an editor's view of a hidden page may be kept by nobody.
    def serve_with_cache_headers(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        if getattr(request, "portal_press_page_is_public", False):
            return page_cache.mark_cacheable(response)
        patch_cache_control(response, private=True, no_store=True)
        return response

    return serve_with_cache_headers


@hooks.register("before_serve_page")
def serve_pages_under_their_own_language(page, request, serve_args, serve_kwargs):
    # Wagtail falls back to the Vietnamese tree when a language has no home
    # page yet; a Vietnamese page must not pose as English under /en/.
    # (Only where the page has a URL of its own elsewhere: a site without
    # language prefixes keeps serving it where it is.)
    # A language without a home page of its own answers in that language
    # with what exists in the others (public/languages.py).
    requested = get_supported_content_language_variant(get_language())
    if page.locale.language_code != requested and page.url != request.path:
        if languages.is_home_request(page, request, Site.find_for_request(request)):
            return languages.language_without_content(request, page, requested)
        return redirect(page.url)
    return None


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_translation_reports(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/translation-coverage/",
            TranslationCoverageView.as_view(),
            name="portal_press_translation_coverage",
        ),
        path(
            "reports/required-english/",
            RequiredEnglishView.as_view(),
            name="portal_press_required_english",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_coverage_menu_item():
    return TranslationReportMenuItem(
        _("Translation coverage"),
        reverse("portal_press_translation_coverage"),
        icon_name="wagtail-localize-language",
        order=900,
    )


@hooks.register("register_reports_menu_item")
def register_required_english_menu_item():
    return TranslationReportMenuItem(
        _("Required English content"),
        reverse("portal_press_required_english"),
        icon_name="wagtail-localize-language",
        order=910,
    )


# Slug fields fold Vietnamese letters in the browser as the server does.
register_form_field_override(models.SlugField, override={"widget": FoldedSlugInput})


@hooks.register("after_create_page")
def tell_of_a_draft_holding_the_slug(request, page):
    tell_of_draft_holding_slug(request, page)


# A translation is published only once translated, or on confirmation. These
# run before wagtail-localize's own hooks (order 0), which do the publishing.
@hooks.register("before_edit_page", order=-10)
def hold_partial_page_translation(request, page):
    return hold_partial_publish(request, page)


@hooks.register("before_edit_snippet", order=-10)
def hold_partial_snippet_translation(request, instance):
    return hold_partial_publish(request, instance)


@hooks.register("before_bulk_action")
def hold_bulk_publication_of_unfinished_translations(
    request, action_type, objects, action_class_instance
):
    return refuse_bulk_publication(request, action_type, objects)


@hooks.register("register_admin_urls")
def register_partial_publish_url():
    return [
        path(
            "translations/<int:translation_id>/publish-unfinished/",
            ConfirmPartialPublishView.as_view(),
            name="portal_press_confirm_partial_publish",
        )
    ]


@hooks.register("register_log_actions")
def register_partial_publication_action(actions):
    actions.register_action(PARTIAL_ACTION)(PartialPublicationFormatter)


@hooks.register("register_log_actions")
def register_correction_and_withdrawal_actions(actions):
    actions.register_action(audit.CORRECTION_ACTION)(audit.CorrectionFormatter)
    actions.register_action(audit.WITHDRAWAL_ACTION)(audit.WithdrawalFormatter)


@hooks.register("register_admin_urls", order=-1)
def check_translation_rights_on_the_object():
    # At wagtail-localize's own addresses (which its editor reverses), listed
    # before them (order 0) so that these answer: translating needs the
    # rights of editing, and machine translation reports what it did.
    return guards.localize_urlpatterns()


@hooks.register("construct_page_chooser_queryset")
def hide_other_agencies_hidden_pages(pages, request):
    return permissions.visible_pages(pages, request.user)
