"""The release's corrections and withdrawal in Wagtail's audit log.

Wagtail logs publishing, unpublishing, each workflow step and every change
to a spokesperson's entry made in the admin, with who and when. What it
cannot know is that a publication carried a new public correction, or took
the release back: those are logged here, once each, as the release is
published (or as its withdrawal dated ahead takes effect), and so shown on
the release's history and in the site history report.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log
from wagtail.models import PageLogEntry

from ..publishing import events
from ..publishing.withdrawal import WithdrawalMixin, WithdrawalReason

CORRECTION_ACTION = "portal_press.correction"
WITHDRAWAL_ACTION = "portal_press.withdrawal"


def _logged(page, action):
    return [
        entry.data or {}
        for entry in PageLogEntry.objects.filter(page_id=page.pk, action=action)
    ]


def log_corrections(page):
    corrections = getattr(page, "corrections", None)
    if corrections is None:
        return
    corrections = list(corrections.all())
    if not corrections:  # most publications: the history is not read then
        return
    logged = {data.get("correction") for data in _logged(page, CORRECTION_ACTION)}
    for correction in corrections:
        key = str(correction.translation_key)
        if key not in logged:
            log(
                page,
                CORRECTION_ACTION,
                data={
                    "correction": key,
                    "corrected_at": correction.corrected_at.isoformat(),
                    "text": correction.text,
                },
            )


def log_withdrawal(page):
    if not isinstance(page, WithdrawalMixin) or not page.is_withdrawn():
        return
    withdrawal = {
        "reason": page.withdrawal_reason,
        "withdrawn_at": page.withdrawn_at.isoformat(),
    }
    if withdrawal not in [
        {key: data.get(key) for key in withdrawal}
        for data in _logged(page, WITHDRAWAL_ACTION)
    ]:
        log(page, WITHDRAWAL_ACTION, data=withdrawal)


def record(event):
    """Subscriber: log what a publication or withdrawal told the public."""
    for page in event.objects:
        page = getattr(page, "specific", page)
        log_corrections(page)
        log_withdrawal(page)


def connect():
    events.subscribe(
        record,
        names=[events.PUBLISHED, events.TRANSLATION_PUBLISHED, events.WITHDRAWN],
    )


class CorrectionFormatter(LogFormatter):
    label = _("Publish a correction")

    def format_message(self, log_entry):
        return _("Correction published: %(text)s") % {
            "text": (log_entry.data or {}).get("text", "")
        }


class WithdrawalFormatter(LogFormatter):
    label = _("Withdraw")

    def format_message(self, log_entry):
        reason = (log_entry.data or {}).get("reason", "")
        label = dict(WithdrawalReason.choices).get(reason, reason)
        return _("Withdrawn: %(reason)s") % {"reason": label}
