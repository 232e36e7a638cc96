"""From what a visitor typed to words the search backends understand.

Quoted parts are phrases; everything that is not a letter or a digit is
dropped, so full-text syntax (``* ( ) : ^ - NEAR AND OR``) and SQL fragments
are just noise, never an error. Words are folded with the one folding
function, the same way the indexed text was.
"""

import re
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


def parse_query(text):
    text = text or ""
    if text.count('"') % 2:  # an unclosed quote starts no phrase
        head, _quote, tail = text.rpartition('"')
        text = f"{head} {tail}"
    phrases = [words_of(quoted) for quoted in _QUOTED.findall(text)]
    phrases = [phrase for phrase in phrases if phrase][:MAX_PHRASES]
    words = words_of(_QUOTED.sub(" ", text))
    return ParsedQuery(words=words[:MAX_WORDS], phrases=phrases)
