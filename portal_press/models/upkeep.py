"""What the background upkeep remembers: time events announced, ticks run,
and search index updates that failed and wait to be retried."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class HandledTimeEvent(models.Model):
    """A time boundary the tick has announced (an embargo that ended, an
    appointment that started…), so that it is announced exactly once."""

    event = models.CharField(_("event"), max_length=40)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(_("object id"), max_length=64)
    boundary_at = models.DateTimeField(_("time of the boundary"))
    handled_at = models.DateTimeField(_("announced at"), auto_now_add=True)

    class Meta:
        verbose_name = _("announced time event")
        verbose_name_plural = _("announced time events")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "content_type", "object_id", "boundary_at"],
                name="portal_press_time_event_once",
            )
        ]
        indexes = [models.Index(fields=["handled_at"], name="portal_press_event_age")]

    def __str__(self):
        return f"{self.event} {self.content_type_id}:{self.object_id}"


class TickRun(models.Model):
    """One run of ``portal_press_tick``: the next run starts where it ended."""

    ran_at = models.DateTimeField(_("ran at"), db_index=True)
    announced = models.PositiveIntegerField(_("time events announced"), default=0)
    retried = models.PositiveIntegerField(_("index updates retried"), default=0)

    class Meta:
        verbose_name = _("tick")
        verbose_name_plural = _("ticks")
        ordering = ["-ran_at"]

    def __str__(self):
        return str(self.ran_at)


class PendingIndexUpdate(models.Model):
    """An object whose entry in a search index could not be written.

    Recorded when the write fails (the database's full-text table missing,
    Elasticsearch down or paused); retried by each tick until it succeeds.
    """

    class Engine(models.TextChoices):
        DATABASE = "database", _("Database")
        ELASTICSEARCH = "elasticsearch", _("Elasticsearch")

    engine = models.CharField(_("search engine"), max_length=20, choices=Engine)
    model_label = models.CharField(_("content type"), max_length=100)
    object_id = models.BigIntegerField(_("object id"))
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    first_failed_at = models.DateTimeField(_("first failed at"), auto_now_add=True)
    last_tried_at = models.DateTimeField(_("last tried at"), null=True, blank=True)

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["engine", "model_label", "object_id"],
                name="portal_press_pending_update_once",
            )
        ]

    def __str__(self):
        return f"{self.engine} {self.model_label}:{self.object_id}"
