"""The embargo: content that exists, may even be published, but is not yet public."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .clock import portal_now


class EmbargoMixin(models.Model):
    """Adds an embargo time to a page type.

    Until the embargo time the page is visible to nobody without edit rights,
    through any channel, and neither are its translations: the time set on
    the source page decides for every language. Channels never test the
    embargo themselves: they ask :mod:`portal_press.publishing.visibility`,
    whose page rule finds the page types with this mixin.
    """

    embargo_until = models.DateTimeField(
        _("embargo until"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "The page stays hidden from the public, in every listing and search, "
            "until this time, even when published; its translations too. "
            "Leave empty to release at publication."
        ),
    )

    class Meta:
        abstract = True

    def is_under_embargo(self, now=None):
        """Whether this page's own embargo time is still ahead (for editors'
        notices; public visibility is the gate's to decide)."""
        return self.embargo_until is not None and self.embargo_until > (
            now or portal_now()
        )
