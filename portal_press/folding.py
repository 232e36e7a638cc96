"""The one folding function for Vietnamese text.

Journalists often type Vietnamese without diacritics (“phat ngon”, “dao tao”).
Indexing, querying, autocomplete, filtering and sorting all fold text with
:func:`fold`, so both sides of every comparison are folded the same way.
"""

import unicodedata


def fold(text):
    """Lower-case ``text`` and strip every Vietnamese tone and vowel mark.

    ``đ``/``Đ`` become ``d`` (they have no Unicode decomposition, so stripping
    combining marks alone leaves them). Works on NFC and NFD input alike.

    >>> fold("Người phát ngôn Sở Văn hóa")
    'nguoi phat ngon so van hoa'
    >>> fold("ĐÀO TẠO")
    'dao tao'
    """
    decomposed = unicodedata.normalize("NFD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D").casefold()


def matches_all_words(query, *texts):
    """True when every word of ``query`` occurs, folded, in one of ``texts``."""
    haystack = fold(" ".join(t for t in texts if t))
    return all(word in haystack for word in fold(query).split())
