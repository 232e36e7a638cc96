"""Withdrawal: a published statement taken back, in public.

A release published in error, or replaced by another, is not silently
unpublished: its URL keeps a notice with the reason, the date and, for a
replacement, a link to the release that replaces it, while it leaves every
listing, feed and search, in every language (the gate's page rule reads the
source's withdrawal). A withdrawal may be dated ahead; the tick announces it
when its time comes.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .clock import portal_now


class WithdrawalReason(models.TextChoices):
    PUBLISHED_IN_ERROR = "published_in_error", _("Published in error")
    REPLACED = "replaced", _("Replaced by another release")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class WithdrawalMixin(models.Model):
    withdrawal_reason = models.CharField(
        _("withdrawal"),
        max_length=30,
        choices=WithdrawalReason.choices,
        blank=True,
        help_text=_(
            "Choose a reason to withdraw the release: it leaves every list, feed "
            "and search, and its address shows the reason and the date."
        ),
    )
    withdrawn_at = models.DateTimeField(
        _("withdrawn on"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Leave empty to withdraw when you publish."),
    )
    withdrawal_note = models.TextField(
        _("note to readers"),
        blank=True,
        help_text=_("Shown with the reason, e.g. what readers should rely on now."),
    )
    replaced_by = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For a replaced release: the release that replaces it."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if not self.withdrawal_reason:
            if self.withdrawn_at or self.replaced_by_id:
                raise ValidationError(
                    {
                        "withdrawal_reason": _(
                            "Choose why the release is withdrawn, or clear the "
                            "withdrawal date and the replacement."
                        )
                    }
                )
            return
        if self.withdrawal_reason == WithdrawalReason.REPLACED:
            if not self.replaced_by_id:
                raise ValidationError(
                    {"replaced_by": _("Choose the release that replaces this one.")}
                )
            if self.replaced_by_id == self.pk:
                raise ValidationError(
                    {"replaced_by": _("A release cannot replace itself.")}
                )
        if self.withdrawn_at is None:
            self.withdrawn_at = portal_now()

    def is_withdrawn(self, now=None):
        """Whether this page's own withdrawal has taken effect."""
        return self.withdrawn_at is not None and self.withdrawn_at <= (
            now or portal_now()
        )
