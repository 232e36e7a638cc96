"""The public search's index in the database: one row per public object.

Wagtail's database backend can say which objects contain some words, but the
visibility gate, the ranking and the facet counts then need every match loaded
into Python: seconds per query at 10,000 documents. Each row here holds what
the public search filters, counts and ranks on, and the database's own full-text
engine indexes the folded text (SQLite FTS5 or a PostgreSQL ``tsvector``,
created by migration 0003, see :mod:`portal_press.search.fulltext`); the body
of the text is kept there only, so that the rows stay short and reading
thousands of them is fast. One statement then matches, filters, counts the
facets, ranks and returns a page.

Rows are written by :mod:`portal_press.search.database_index` only, from the
same records as the Elasticsearch documents. The text columns hold words
separated by single spaces, with a space at each end, so that ``" dao tao "``
in ``title_folded`` means the whole words, in that order, on every database.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from ..fields import IdListField
from .agencies import Agency
from .spokespersons import Spokesperson
from .taxonomy import AgencyKind


class SearchEntry(models.Model):
    kind = models.CharField(_("type"), max_length=20)
    # Exactly one of the two is set; deleting the object deletes its entry.
    page = models.OneToOneField(
        Page, null=True, on_delete=models.CASCADE, related_name="+"
    )
    spokesperson = models.OneToOneField(
        Spokesperson, null=True, on_delete=models.CASCADE, related_name="+"
    )
    # Not indexed alone: both indexes below start with it.
    locale = models.ForeignKey(
        Locale, on_delete=models.CASCADE, related_name="+", db_index=False
    )

    # The title (a person's name) folded, and as written (NFC, case-folded),
    # so that words typed with diacritics can rank exact spellings first.
    title_folded = models.TextField()
    title_marked = models.TextField()
    # What a result shows (its title and summary: lead, position,
    # introduction), as written.
    shown_marked = models.TextField(blank=True)

    date = models.DateTimeField(null=True)
    year = models.PositiveSmallIntegerField(null=True)
    agency = models.ForeignKey(
        Agency, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    agency_kind = models.ForeignKey(
        AgencyKind, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The ids of its topics (a facet), kept in the entry so that counting
    # them needs no join: [3, 17].
    topic_ids = IdListField()

    # The time window in which the object is public (an embargo's end, an
    # appointment's first and last day): checked when searching, so it takes
    # effect on time without any update of the index.
    public_from = models.DateTimeField(null=True)
    public_until = models.DateTimeField(null=True)

    # The rest of the searchable text, folded, and the facet values as words
    # (see portal_press.search.fulltext): written with the entry, moved by the
    # database into its full-text index and emptied (triggers of migration
    # 0003), so that rows stay short and reading thousands is fast. Entries
    # are replaced, never updated.
    index_text = models.TextField(blank=True, editable=False)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(
                fields=["locale", "kind", "year"], name="portal_press_entry_facets"
            ),
            models.Index(fields=["locale", "-date"], name="portal_press_entry_recent"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(page__isnull=False, spokesperson__isnull=True)
                | models.Q(page__isnull=True, spokesperson__isnull=False),
                name="portal_press_entry_one_object",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}"

    @property
    def object_id(self):
        return self.page_id or self.spokesperson_id
