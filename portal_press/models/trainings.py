"""Training announcements (tập huấn) and their index.

A training is often a conference held online from one main room to many
connection points (điểm cầu) across the province; after it, the page records
who came, what was said and the follow-up tasks the organiser set.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES
from ..publishing.clock import portal_now
from .agencies import Agency
from .folded_search import FoldedSearchMixin
from .page_mixins import PortalPageMixin
from .sections import SectionPage
from .topics import tag_field


class TrainingIndexPage(SectionPage):
    """Lists trainings: those still to come (or under way) first, then past ones."""

    context_builder = "portal_press.public.trainings.training_index_context"

    subpage_types = ["portal_press.TrainingAnnouncementPage"]

    class Meta:
        verbose_name = _("training index")
        verbose_name_plural = _("training indexes")


class TrainingFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class TrainingEventStatus(models.TextChoices):
    """What the organiser has announced about the date: set by the editor.

    Calendars and structured data read it (``STATUS:CANCELLED``,
    ``eventStatus``); a cancelled training stays published so that those
    who saved it learn it is cancelled.
    """

    SCHEDULED = "scheduled", _("Scheduled")
    RESCHEDULED = "rescheduled", _("Rescheduled")
    CANCELLED = "cancelled", _("Cancelled")


# A change to any of these is a new version of the event for the calendars
# that hold it (the SEQUENCE of RFC 5545).
SCHEDULE_FIELDS = ("starts_at", "ends_at", "event_status")


class TrainingStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    ONGOING = "ongoing", _("Under way")
    PAST = "past", _("Past")


class TrainingTopic(ItemBase):
    tag = tag_field("tagged_trainings")
    content_object = ParentalKey(
        "portal_press.TrainingAnnouncementPage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class TrainingAnnouncementPage(PortalPageMixin, FoldedSearchMixin, Page):
    """A training or conference for press and external-information staff."""

    organiser = models.ForeignKey(
        Agency,
        verbose_name=_("organiser"),
        on_delete=models.PROTECT,
        related_name="organised_trainings",
    )
    # Who answers for the training: its organiser's officers and leaders.
    editorial_agency_field = "organiser"

    lead = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences: what the training is about and for whom."),
    )
    # Indexed: upcoming trainings are listed by their start, and told from
    # past ones by their end (most of an archive has ended).
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"), db_index=True)
    event_format = models.CharField(
        _("format"),
        max_length=20,
        choices=TrainingFormat.choices,
        default=TrainingFormat.IN_PERSON,
    )
    event_status = models.CharField(
        _("status"),
        max_length=20,
        choices=TrainingEventStatus.choices,
        default=TrainingEventStatus.SCHEDULED,
        help_text=_(
            "Choose “Rescheduled” when the date changes, “Cancelled” when the "
            "training will not take place; keep the page published so that "
            "calendars that saved it are told."
        ),
    )
    schedule_sequence = models.PositiveIntegerField(
        _("schedule version"),
        default=0,
        editable=False,
        help_text=_("Counts the published changes of date, time or status."),
    )
    main_venue = models.CharField(
        _("main venue"),
        max_length=255,
        blank=True,
        help_text=_(
            "For an online conference, the room the main connection point is in."
        ),
    )
    main_venue_address = models.CharField(
        _("address of the main venue"), max_length=255, blank=True
    )
    meeting_url = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_(
            "For an online or hybrid training: the link participants open to "
            "join. It is shown on the page and in calendars."
        ),
    )
    target_participants = models.TextField(
        _("target participants"),
        blank=True,
        help_text=_(
            "Who should attend, e.g. spokespersons of departments "
            "and commune People's Committees."
        ),
    )
    expected_participants = models.PositiveIntegerField(
        _("expected number of participants"), null=True, blank=True
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"), null=True, blank=True
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    topics = ClusterTaggableManager(
        verbose_name=_("topics"), through=TrainingTopic, blank=True
    )

    actual_attendance = models.PositiveIntegerField(
        _("actual attendance"),
        null=True,
        blank=True,
        help_text=_("Fill in after the training."),
    )
    outcome_summary = RichTextField(
        _("summary of the outcome"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Fill in after the training: what was presented and concluded."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("organiser"),
        InlinePanel("co_organisers", label=_("Co-organisers")),
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("event_status"),
                FieldPanel("event_format"),
                FieldPanel("main_venue"),
                FieldPanel("main_venue_address"),
                FieldPanel("meeting_url"),
            ],
            heading=_("When and where"),
        ),
        InlinePanel("connection_points", label=_("Connection points")),
        MultiFieldPanel(
            [
                FieldPanel("target_participants"),
                FieldPanel("expected_participants"),
                FieldRowPanel(
                    [
                        FieldPanel("registration_deadline"),
                        FieldPanel("registration_url"),
                    ]
                ),
            ],
            heading=_("Participants and registration"),
        ),
        InlinePanel("speakers", label=_("Speakers")),
        InlinePanel("agenda_items", label=_("Agenda")),
        FieldPanel("topics"),
        InlinePanel("materials", label=_("Materials")),
        MultiFieldPanel(
            [
                FieldPanel("actual_attendance"),
                FieldPanel("outcome_summary"),
                InlinePanel("follow_up_tasks", label=_("Follow-up tasks")),
            ],
            heading=_("Outcome (after the training)"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("target_participants"),
        index.SearchField("outcome_summary"),
        index.RelatedFields(
            "organiser", [index.SearchField("name"), index.SearchField("short_name")]
        ),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("organiser"),
        index.FilterField("starts_at"),
        *FoldedSearchMixin.folded_search_fields(),
    ]
    folded_text_fields = (
        "lead",
        "main_venue",
        "target_participants",
        "outcome_summary",
        "organiser.name",
        "organiser.short_name",
        "topics",
    )

    # The JSON API adds the organiser and co-organisers in the reader's language.
    api_fields = [
        APIField(name)
        for name in (
            "lead",
            "starts_at",
            "ends_at",
            "event_status",
            "event_format",
            "main_venue",
            "main_venue_address",
            "meeting_url",
            "target_participants",
            "expected_participants",
            "registration_deadline",
            "registration_url",
            "topics",
            "connection_points",
            "speakers",
            "agenda_items",
            "actual_attendance",
            "outcome_summary",
            "follow_up_tasks",
        )
    ]

    context_builder = "portal_press.public.trainings.training_context"

    parent_page_types = ["portal_press.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("training announcement")
        verbose_name_plural = _("training announcements")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The training must end after it starts.")
        if (
            self.registration_deadline
            and self.starts_at
            and self.registration_deadline > self.starts_at
        ):
            errors["registration_deadline"] = _(
                "Registration must close before the training starts."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.schedule_sequence = self._next_schedule_sequence(
            kwargs.get("update_fields")
        )
        return super().save(*args, **kwargs)

    def _next_schedule_sequence(self, update_fields):
        """The stored count, plus one when this save changes the date, time or
        status of a training that was published before.

        Read from the database, not from the revision being published: two
        drafts prepared from the same version must not give the same number.
        """
        if self.pk is None or (
            update_fields is not None and not set(SCHEDULE_FIELDS) & set(update_fields)
        ):
            return self.schedule_sequence
        stored = (
            type(self)
            .objects.filter(pk=self.pk)
            .values(*SCHEDULE_FIELDS, "schedule_sequence", "first_published_at")
            .first()
        )
        if stored is None:
            return self.schedule_sequence
        sequence = max(stored["schedule_sequence"], self.schedule_sequence)
        changed = any(
            stored[field] != getattr(self, field) for field in SCHEDULE_FIELDS
        )
        if changed and stored["first_published_at"] is not None:
            sequence += 1
        return sequence

    @property
    def is_cancelled(self):
        return self.event_status == TrainingEventStatus.CANCELLED

    def get_status(self, now=None):
        now = now or portal_now()
        if now < self.starts_at:
            return TrainingStatus.UPCOMING
        if now <= self.ends_at:
            return TrainingStatus.ONGOING
        return TrainingStatus.PAST

    @property
    def status(self):
        return self.get_status()

    @property
    def registration_open(self):
        if not self.registration_url:
            return False
        deadline = self.registration_deadline or self.starts_at
        return portal_now() < deadline

    @property
    def is_remote(self):
        return self.event_format != TrainingFormat.IN_PERSON
