"""Per-object checks in front of admin views that only check the model.

Wagtail's snippet views (edit, delete, history, revisions, compare, preview,
lock, usage, workflow…) ask whether the user may change *some* spokesperson;
wagtail-localize's translation views whether the user may translate *at
all*. Each of these views is wrapped here to ask the question about the
object in the address too, as :mod:`.permissions` answers it.
"""

from functools import wraps

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, path
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import (
    convert,
    edit_translation,
    snippets_api,
    update_translations,
)
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)

from .machine_translate import machine_translate


def user_can_edit(user, instance):
    """The rights of editing ``instance``, page or snippet."""
    if isinstance(instance, Page):
        return instance.specific_deferred.permissions_for_user(user).can_edit()
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_any_permission_for_instance(
        user, {"change", "publish"}, instance
    )


def guarded(view, find):
    """``view``, refused unless the user may edit what ``find(**kwargs)`` names
    (``None``: nothing to check, the view answers itself)."""

    @wraps(view)
    def guarded_view(request, *args, **kwargs):
        instance = find(**kwargs)
        if instance is not None and not user_can_edit(request.user, instance):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded_view


def guard_snippet_urls(urlpatterns, model):
    """A viewset's URL patterns, those naming one object by ``pk`` checked
    against the object's agency."""
    policy = policy_registry.get_by_type(model)

    def find(pk=None, **kwargs):
        if pk is None:
            return None
        return get_object_or_404(model, pk=unquote(str(pk)))

    def guarded_snippet_view(view):
        @wraps(view)
        def guarded_view(request, *args, **kwargs):
            instance = find(**kwargs)
            if instance is not None and not policy.can_see(request.user, instance):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return guarded_view

    return [
        URLPattern(
            pattern.pattern,
            guarded_snippet_view(pattern.callback),
            pattern.default_args,
            pattern.name,
        )
        if isinstance(pattern, URLPattern) and "pk" in pattern.pattern.regex.groupindex
        else pattern
        for pattern in urlpatterns
    ]


# wagtail-localize


def _page(page_id, **kwargs):
    return get_object_or_404(Page, pk=page_id)


def _snippet(app_label, model_name, pk, **kwargs):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None  # wagtail-localize answers 404 itself
    return model._default_manager.filter(pk=unquote(pk)).first()


def _source(translation_source_id, **kwargs):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    return source.get_source_instance()


def _target(translation_id, **kwargs):
    translation = get_object_or_404(Translation, pk=translation_id)
    # The target may not exist yet; its source answers for it then.
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return translation.source.get_source_instance()


class ChoosableSnippetsAPI(snippets_api.SnippetViewSet):
    """wagtail-localize's list of snippets (for its editor's choosers), with
    what the snippet choosers list: no other agency's draft."""

    def get_queryset(self):
        queryset = super().get_queryset()
        policy = policy_registry.get_by_type(queryset.model)
        if hasattr(policy, "choosable"):
            queryset = policy.choosable(queryset, self.request.user)
        return queryset


def localize_urlpatterns():
    """wagtail-localize's views that act on one object, at their own
    addresses (listed before wagtail-localize's, so these answer)."""
    translate = "localize/translate/<int:translation_id>/"
    routes = [
        (
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslationView.as_view(),
            _page,
        ),
        (
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslationView.as_view(),
            _snippet,
        ),
        (
            "localize/update/<int:translation_source_id>/",
            update_translations.UpdateTranslationsView.as_view(),
            _source,
        ),
        (
            translate + "strings/<int:string_segment_id>/edit/",
            edit_translation.edit_string_translation,
            _target,
        ),
        (
            translate + "overrides/<int:overridable_segment_id>/edit/",
            edit_translation.edit_override,
            _target,
        ),
        (translate + "pofile/download/", edit_translation.download_pofile, _target),
        (translate + "pofile/upload/", edit_translation.upload_pofile, _target),
        (translate + "machine_translate/", machine_translate, _target),
        (translate + "preview/", edit_translation.preview_translation, _target),
        (
            translate + "preview/<str:mode>/",
            edit_translation.preview_translation,
            _target,
        ),
        (translate + "disable/", edit_translation.stop_translation, _target),
        (
            "localize/page/<int:page_id>/convert_to_alias/",
            convert.convert_to_alias,
            _page,
        ),
    ]
    snippets = "localize/api/snippets/<slug:app_label>/<slug:model_name>/"
    return [
        path(route, guarded(view, find), name=NAMES.get(route))
        for route, view, find in routes
    ] + [
        path(snippets, ChoosableSnippetsAPI.as_view({"get": "list"})),
        path(snippets + "<str:pk>/", ChoosableSnippetsAPI.as_view({"get": "retrieve"})),
    ]


NAMES = {
    "localize/translate/<int:translation_id>/machine_translate/": (
        "portal_press_machine_translate"
    )
}


def guard_chosen_url(urlpatterns, model):
    """A chooser's URL patterns, its "chosen" view answering 404 for what the
    chooser does not list to this user (another agency's draft)."""
    policy = policy_registry.get_by_type(model)
    if not hasattr(policy, "choosable"):
        return urlpatterns

    def guarded_chosen(view):
        @wraps(view)
        def guarded_view(request, *args, pk=None, **kwargs):
            rows = model._default_manager.filter(pk=unquote(str(pk)))
            if not policy.choosable(rows, request.user).exists():
                raise Http404
            return view(request, *args, pk=pk, **kwargs)

        return guarded_view

    return [
        URLPattern(
            pattern.pattern,
            guarded_chosen(pattern.callback),
            pattern.default_args,
            pattern.name,
        )
        if isinstance(pattern, URLPattern) and pattern.name == "chosen"
        else pattern
        for pattern in urlpatterns
    ]
