"""Topics: the tags of releases, trainings and spokespersons."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase

from ..folding import fold


class Topic(TagBase):
    """A tag such as “đất đai” or “chuyển đổi số”.

    Its slug is folded to plain ASCII (“dat-dai”), so a filtered listing has a
    clean URL that a journalist can also type without diacritics.
    """

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def slugify(self, tag, i=None):
        slug = slugify(fold(tag)) or "topic"
        return slug if i is None else f"{slug}-{i}"


def tag_field(related_name):
    """The foreign key from a tagged-item model to :class:`Topic`."""
    return models.ForeignKey(Topic, on_delete=models.CASCADE, related_name=related_name)
