"""When a translatable snippet last changed, to tell stale translations."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ChangeTrackedMixin(models.Model):
    """Records the time of the last save.

    Pages and spokespersons know when they were last published; the other
    translatable snippets use this to tell whether a translation predates the
    latest change of its Vietnamese source.
    """

    updated_at = models.DateTimeField(_("last changed"), auto_now=True, editable=False)

    class Meta:
        abstract = True
