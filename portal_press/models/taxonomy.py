"""Editable lists that the law or a reorganisation can change.

Kinds of agency and spokesperson roles are rows, not Python constants: when a
department is merged or a decree adds a role, an editor changes the list in
the admin and no code changes.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin

from .tracking import ChangeTrackedMixin


class AgencyKind(TranslatableMixin, ChangeTrackedMixin, models.Model):
    """A kind of agency, e.g. a department (Sở) or a commune People's Committee."""

    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_(
            "As it should appear as a heading in the directory, e.g. “Sở, ban, ngành”."
        ),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(
        _("order in the directory"),
        default=0,
        help_text=_("Kinds with lower numbers are listed first."),
    )

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("agency kind")
        verbose_name_plural = _("agency kinds")

    def __str__(self):
        return self.name


class SpokespersonRole(TranslatableMixin, ChangeTrackedMixin, models.Model):
    """A role in which a person may speak for an agency (Decree 09/2017/NĐ-CP)."""

    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the role allows, and its legal basis."),
    )
    requires_scope = models.BooleanField(
        _("limited to specific issues"),
        default=False,
        help_text=_(
            "Tick for roles that may only speak on the issues written in the "
            "person's scope of authorisation; the scope then becomes required."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order in the directory"),
        default=0,
        help_text=_("Within an agency, roles with lower numbers are listed first."),
    )

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("spokesperson role")
        verbose_name_plural = _("spokesperson roles")

    def __str__(self):
        return self.name
