"""The inline parts of a training: organisers, rooms, speakers, agenda, tasks."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin

from .agencies import Agency
from .links import AgencyLink, DocumentLink


class TrainingCoOrganiser(AgencyLink, Orderable):
    page = ParentalKey(
        "portal_press.TrainingAnnouncementPage",
        on_delete=models.CASCADE,
        related_name="co_organisers",
    )

    class Meta(Orderable.Meta):
        verbose_name = _("co-organiser")
        verbose_name_plural = _("co-organisers")


class ConnectionPoint(TranslatableMixin, Orderable):
    """A room connected to an online conference (điểm cầu)."""

    page = ParentalKey(
        "portal_press.TrainingAnnouncementPage",
        on_delete=models.CASCADE,
        related_name="connection_points",
    )
    name = models.CharField(
        _("name"), max_length=255, help_text=_("e.g. “Điểm cầu UBND xã Tân Thành”.")
    )
    host_agency = models.ForeignKey(
        Agency,
        verbose_name=_("host agency"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    local_contact = models.CharField(
        _("local contact"),
        max_length=255,
        blank=True,
        help_text=_("Who runs this room on the day, with a phone number."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("host_agency"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("local_contact")]),
    ]

    api_fields = ["name", "address", "capacity", "local_contact"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("connection point")
        verbose_name_plural = _("connection points")


class TrainingSpeaker(TranslatableMixin, Orderable):
    page = ParentalKey(
        "portal_press.TrainingAnnouncementPage",
        on_delete=models.CASCADE,
        related_name="speakers",
    )
    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("With academic title, e.g. “TS. Nguyễn Văn A”."),
    )
    title = models.CharField(_("position"), max_length=255, blank=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("title"), FieldPanel("organisation")]

    api_fields = ["name", "title", "organisation"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")


class AgendaItem(TranslatableMixin, Orderable):
    page = ParentalKey(
        "portal_press.TrainingAnnouncementPage",
        on_delete=models.CASCADE,
        related_name="agenda_items",
    )
    starts_at = models.TimeField(_("time"))
    item = models.CharField(_("item"), max_length=255)

    panels = [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("item")])]

    api_fields = ["starts_at", "item"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")


class TrainingMaterial(TranslatableMixin, DocumentLink, Orderable):
    page = ParentalKey(
        "portal_press.TrainingAnnouncementPage",
        on_delete=models.CASCADE,
        related_name="materials",
    )

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")


class FollowUpTask(TranslatableMixin, Orderable):
    """A task the organiser set for participants, shown as a numbered list."""

    page = ParentalKey(
        "portal_press.TrainingAnnouncementPage",
        on_delete=models.CASCADE,
        related_name="follow_up_tasks",
    )
    text = models.TextField(_("task"))

    panels = [FieldPanel("text")]

    api_fields = ["text"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("follow-up task")
        verbose_name_plural = _("follow-up tasks")
