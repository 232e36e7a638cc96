"""From what a visitor typed to words the search backends understand.

Quoted parts are phrases; everything that is not a letter or a digit is
dropped, so full-text syntax (``* ( ) : ^ - NEAR AND OR``) and SQL fragments
are just noise, never an error. Words are folded with the one folding
function, the same way the indexed text was.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from ..folding import fold

# Longer queries are cut: no one types more, and every word costs a join.
MAX_WORDS = 12
MAX_PHRASES = 3
_QUOTED = re.compile(r'"([^"]*)"')
_NOT_A_WORD = re.compile(r"[\W_]+", re.UNICODE)
_OPERATORS = {"and", "or", "not", "near"}


def words_of(text):
    return [
        word
        for word in _NOT_A_WORD.sub(" ", text).split()
        if word.casefold() not in _OPERATORS
    ]


def as_written(text):
    """``text`` compared as written: NFC (NFD input too) and case-folded."""
    return unicodedata.normalize("NFC", text or "").casefold()


def index_words(text, folded=True):
    """The words of ``text`` as the indexes store them: ``" dao tao "``.

    Folded (or only :func:`as_written`), separated by single spaces, with a
    space at each end, so that looking for ``" word "`` finds whole words and
    ``" two words "`` a phrase, with the same result on every database.
    """
    text = fold(text) if folded else as_written(text)
    return f" {' '.join(words_of(text))} "


@dataclass(frozen=True)
class ParsedQuery:
    words: list = field(default_factory=list)  # as typed, without syntax
    phrases: list = field(default_factory=list)  # each a list of words

    @property
    def is_empty(self):
        return not self.words and not self.phrases

    @property
    def all_words(self):
        return self.words + [word for phrase in self.phrases for word in phrase]

    @property
    def folded_words(self):
        return [fold(word) for word in self.all_words]

    @property
    def folded_phrases(self):
        return [[fold(word) for word in phrase] for phrase in self.phrases]

    @property
    def folded_terms(self):
        """What must all be found: each word, and each phrase as one string."""
        return [fold(w) for w in self.words] + [
            " ".join(p) for p in self.folded_phrases
        ]

    @property
    def marked_words(self):
        """The words typed with diacritics, as written: they rank exact spellings."""
        return [as_written(w) for w in self.all_words if fold(w) != as_written(w)]


def parse_query(text):
    text = text or ""
    if text.count('"') % 2:  # an unclosed quote starts no phrase
        head, _quote, tail = text.rpartition('"')
        text = f"{head} {tail}"
    phrases = [words_of(quoted) for quoted in _QUOTED.findall(text)]
    phrases = [phrase for phrase in phrases if phrase][:MAX_PHRASES]
    words = words_of(_QUOTED.sub(" ", text))
    return ParsedQuery(words=words[:MAX_WORDS], phrases=phrases)
