"""Publishing a translation only when its text is translated, or on confirmation.

wagtail-localize's translation editor publishes at once, whatever is still
untranslated (the Vietnamese text is used in its place). Its publish button
posts ``action=publish`` to the edit view of the translated page or snippet,
where wagtail-localize's ``before_edit_page`` / ``before_edit_snippet`` hook
takes over; :func:`hold_partial_publish` runs before that hook and, when
text is missing, sends the editor to :class:`ConfirmPartialPublishView`,
which lists what is missing and posts the publication again, confirmed.
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import LogFormatter
from wagtail.models import DraftStateMixin, Page, TranslatableMixin
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from ..localisation.partial import progress, translation_of, untranslated_texts
from .translations import edit_url

CONFIRM_FIELD = "portal_press_confirm_partial"


def hold_partial_publish(request, instance):
    """Hook: stop a translation's publication while text is untranslated."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if request.POST.get(CONFIRM_FIELD) or not isinstance(instance, TranslatableMixin):
        return None
    translation = translation_of(instance)
    if translation is None:
        return None
    translated, total = progress(translation)
    if translated >= total:
        return None
    return redirect("portal_press_confirm_partial_publish", translation.pk)


def can_publish(user, instance):
    if not user_can_edit_instance(user, instance):
        return False
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        permission = get_permission_name("publish", type(instance))
        return user.is_superuser or user.has_perm(permission)
    return True


class ConfirmPartialPublishView(WagtailAdminTemplateMixin, TemplateView):
    """What is not yet translated, and a button to publish all the same."""

    template_name = "portal_press/admin/confirm_partial_publish.html"
    header_icon = "wagtail-localize-language"
    page_title = _("Publish a translation that is not finished?")

    def dispatch(self, request, translation_id):
        self.translation = get_object_or_404(
            Translation.objects.select_related("source", "target_locale"),
            pk=translation_id,
            enabled=True,
        )
        try:
            self.instance = self.translation.get_target_instance()
        except ObjectDoesNotExist as missing:
            raise Http404 from missing
        if not can_publish(request.user, self.instance):
            raise PermissionDenied
        return super().dispatch(request, translation_id)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        translated, total = progress(self.translation)
        context.update(
            {
                "instance": self.instance,
                "language": self.translation.target_locale.get_display_name(),
                "source_language": self.translation.source.locale.get_display_name(),
                "translated": translated,
                "total": total,
                "missing": total - translated,
                "texts": untranslated_texts(self.translation),
                "edit_url": edit_url(self.instance, self.request.user),
                "confirm_field": CONFIRM_FIELD,
            }
        )
        return context


class PartialPublicationFormatter(LogFormatter):
    """The line in a page's history for a partly untranslated publication."""

    label = _("Publish an unfinished translation")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        missing = data.get("total", 0) - data.get("translated", 0)
        return ngettext(
            "Published with %(missing)d of %(total)d texts not yet translated.",
            "Published with %(missing)d of %(total)d texts not yet translated.",
            missing,
        ) % {"missing": missing, "total": data.get("total", 0)}


def refuse_bulk_publication(request, action_type, objects):
    """Hook: a bulk "publish" of pages leaves unfinished translations out.

    Nothing is published then: the editor is told which translations are
    not finished, to publish each from its translation editor (where a
    partial publication can be confirmed).
    """
    if action_type != "publish":
        return None
    unfinished = []
    for page in objects:
        translation = translation_of(page) if isinstance(page, Page) else None
        if translation is not None:
            translated, total = progress(translation)
            if translated < total:
                unfinished.append(page)
    if not unfinished:
        return None
    titles = "”, “".join(page.get_admin_display_title() for page in unfinished)
    messages.error(
        request,
        ngettext(
            "Nothing was published: the translation “%(titles)s” is not finished. "
            "Publish it from its translation editor.",
            "Nothing was published: the translations “%(titles)s” are not "
            "finished. Publish each from its translation editor.",
            len(unfinished),
        )
        % {"titles": titles},
    )
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
