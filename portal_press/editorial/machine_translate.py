"""wagtail-localize's "Translate with…" button, saying what it did.

Upstream counts a run as a success whenever something was left to
translate, so the glossary translator reported “Successfully translated”
while it filled in nothing. This view, at the same address, runs the same
machine translation (with its permission checks) and tells the editor how
many texts were filled in, by what, and how many are still missing — or
that nothing changed.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import apply_machine_translation


def _translated(translation):
    _total, translated = translation.get_progress()
    return translated


@require_POST
def machine_translate(request, translation_id):
    translator = get_machine_translator()
    if translator is None:
        raise Http404
    translation = get_object_or_404(Translation, id=translation_id)
    total, before = translation.get_progress()
    apply_machine_translation(translation_id, request.user, translator)
    filled = _translated(translation) - before
    missing = total - before
    messages_for_run(request, translator, filled, missing)
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")


def messages_for_run(request, translator, filled, missing):
    name = translator.display_name
    if missing == 0:
        messages.warning(request, _("There was nothing left to translate."))
        return
    if filled == 0:
        messages.warning(
            request,
            ngettext(
                "Nothing was translated: %(translator)s had no translation for "
                "the %(missing)d text still missing.",
                "Nothing was translated: %(translator)s had no translation for "
                "any of the %(missing)d texts still missing.",
                missing,
            )
            % {"translator": name, "missing": missing},
        )
        return
    message = ngettext(
        "%(filled)d of %(missing)d missing texts translated with %(translator)s.",
        "%(filled)d of %(missing)d missing texts translated with %(translator)s.",
        filled,
    ) % {"filled": filled, "missing": missing, "translator": name}
    report = getattr(translator, "last_report", None)
    if report is not None and report.from_glossary:
        message += " " + ngettext(
            "%(count)d official name came from the glossary.",
            "%(count)d official names came from the glossary.",
            report.from_glossary,
        ) % {"count": report.from_glossary}
    if filled < missing:
        message += " " + ngettext(
            "%(left)d text still needs a translator.",
            "%(left)d texts still need a translator.",
            missing - filled,
        ) % {"left": missing - filled}
    messages.success(request, message)
