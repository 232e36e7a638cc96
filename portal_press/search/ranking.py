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


def _has(column, text):
    return GreaterThan(StrIndex(F(column), Value(f" {text} ")), 0)


def _count(column, texts, weight):
    """``weight`` times how many of ``texts`` are in ``column`` as whole words."""
    total = Value(0)
    for text in texts:
        total = total + Case(
            When(_has(column, text), then=Value(weight)),
            default=Value(0),
            output_field=IntegerField(),
        )
    return total


def _count_as_written(texts):
    """Criteria 2 and 3 for the words typed with diacritics.

    The shown text holds the title, so a word missing from it is missing
    from the title too: the title is only looked at where the word is shown,
    which spares most results one substring search per word.
    """
    title, shown = WEIGHTS[1], WEIGHTS[2]
    total = Value(0)
    for text in texts:
        total = total + Case(
            When(
                _has("shown_marked", text),
                then=Case(
                    When(_has("title_marked", text), then=Value(title + shown)),
                    default=Value(shown),
                ),
            ),
            default=Value(0),
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
    return _count("title_folded", in_title, WEIGHTS[0]) + _count_as_written(marked)
