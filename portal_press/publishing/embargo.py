"""The embargo: content that exists, may even be published, but is not yet public."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EmbargoMixin(models.Model):
    """Adds an embargo time to a page type.

    Until the embargo time, the page is visible to nobody without edit rights,
    through any channel. Channels never test the embargo themselves: they ask
    :mod:`portal_press.publishing.visibility`, which uses this mixin to find the pages
    concerned.
    """

    embargo_until = models.DateTimeField(
        _("embargo until"),
        null=True,
        blank=True,
        help_text=_(
            "The page stays hidden from the public, in every listing and search, "
            "until this time, even when published. "
            "Leave empty to release at publication."
        ),
    )

    class Meta:
        abstract = True

    def is_under_embargo(self, now=None):
        return self.embargo_until is not None and self.embargo_until > (
            now or timezone.now()
        )
