"""Vietnamese-folded copies of searchable text, for every search backend.

Journalists type Vietnamese without marks (“hop bao”, “dao tao”). No search
backend folds Vietnamese on its own (SQLite FTS5 keeps multi-mark vowels and
“đ”, PostgreSQL's ``simple`` configuration folds nothing), so the app indexes
a folded copy of each text beside the original, with
:func:`portal_press.folding.fold`. A query typed without marks matches the
folded copy; a query with marks still matches the original, which is boosted
higher so exact spellings rank first.
"""

from django.db.models import prefetch_related_objects
from django.utils.html import strip_tags
from wagtail.search import index

from ..folding import fold


class FoldedSearchMixin:
    """Indexes ``folded_title`` and ``folded_text`` for a model.

    Subclasses list the attribute names of their title and text in
    ``folded_title_fields`` and ``folded_text_fields``; StreamField and rich
    text values are reduced to their words.
    """

    folded_title_fields = ("title",)
    folded_text_fields = ()
    # Related rows the indexed texts read (tags): read once for an index
    # entry, where every text of every field would read them again.
    prefetch_for_index = ()

    def get_indexed_instance(self):
        instance = super().get_indexed_instance()
        if instance is not None and self.prefetch_for_index:
            prefetch_related_objects([instance], *self.prefetch_for_index)
        return instance

    def _folded(self, names):
        return fold(" ".join(text_of(self, name) for name in names))

    def folded_title(self):
        return self._folded(self.folded_title_fields)

    def folded_text(self):
        return self._folded(self.folded_text_fields)

    @classmethod
    def folded_search_fields(cls):
        return [
            index.SearchField("folded_title", boost=2),
            index.AutocompleteField("folded_title"),
            index.SearchField("folded_text"),
        ]


def text_of(obj, dotted_name):
    """The text behind ``obj.a.b`` (a field, a related object's field, tags…)."""
    value = obj
    for name in dotted_name.split("."):
        if value is None:
            return ""
        value = getattr(value, name)
    if value is None:
        return ""
    if hasattr(value, "stream_block"):  # a StreamField value
        return " ".join(value.stream_block.get_searchable_content(value))
    if hasattr(value, "all"):  # tags and other managers
        return " ".join(str(item) for item in value.all())
    return strip_tags(str(value))
