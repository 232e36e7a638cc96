"""The relevance of a result on the database engine, computed by the database.

Ranking looks at *where* the words matched. Scores from the full-text engines
would not help much: a word found in a title says far more than the same word
in a body, and a long release has more words to match than a person's name.
“dao tao” is the training “Đào tạo kỹ năng…”, not every spokesperson of the
“Sở Giáo dục và Đào tạo”. So, most relevant first:

1. more of the query's words and phrases are in the title (a person's name):
   all of them first;
2. more of the words typed with diacritics are in the title exactly as typed
   (“bàn” lists “Bàn giao…” before “Bán…”);
3. more of them are in the title or the summary as typed;
4. then the newest (see :data:`NEWEST_FIRST`).

The three counts make one number, :func:`relevance`, so the database sorts on
it once. Each test is a substring search for ``" word "`` in a short column
of the entry (see :func:`.text.index_words`).
"""

from django.db.models import Case, F, IntegerField, Value, When
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan

# A query has at most MAX_WORDS words and MAX_PHRASES phrases (see .text), so
# each count is under 100 and the counts cannot overflow into each other.
WEIGHTS = (10_000, 100, 1)
# After relevance (or instead of it, sorting by date): the newest first, then
# the most recently indexed, so that the order is the same on every page.
NEWEST_FIRST = "date IS NULL, date DESC, id DESC"


def _count(column, texts):
    """How many of ``texts`` are in ``column`` as whole words."""
    total = Value(0)
    for text in texts:
        total = total + Case(
            When(GreaterThan(StrIndex(F(column), Value(f" {text} ")), 0), then=1),
            default=0,
            output_field=IntegerField(),
        )
    return total


def relevance(parsed):
    """The relevance of an entry for ``parsed``, as one integer expression."""
    if parsed.is_empty:
        return Value(0)
    in_title = [
        *dict.fromkeys(parsed.folded_words),
        *(" ".join(phrase) for phrase in parsed.folded_phrases),
    ]
    marked = list(dict.fromkeys(parsed.marked_words))
    counts = (
        _count("title_folded", in_title),
        _count("title_marked", marked),
        _count("shown_marked", marked),
    )
    total = Value(0)
    for weight, count in zip(WEIGHTS, counts, strict=True):
        total = total + count * Value(weight)
    return total
