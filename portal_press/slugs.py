"""Slugs folded from Vietnamese titles: “Thông cáo báo chí” → ``thong-cao-bao-chi``.

Wagtail keeps Vietnamese letters in slugs by default (“thông-cáo-báo-chí”,
percent-encoded in every shared link), and when told not to it drops what
it cannot transliterate (“Đào tạo” → ``ao-tao``). Both the admin's
JavaScript and the server fold Latin letters the same way, with
:func:`portal_press.folding.fold`: the browser through the slug field's
formatters (:func:`slug_formatters`), the server through :func:`folded_slug`.
Letters of other scripts (Chinese, Khmer, Lao…) are left to Wagtail's
``WAGTAIL_ALLOW_UNICODE_SLUGS``.
"""

import re
import unicodedata
from collections import defaultdict
from functools import cache

from django.conf import settings
from django.utils.text import slugify

from .folding import fold

# Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional
# (where Vietnamese letters with two marks live).
_LATIN_RANGES = [(0x00C0, 0x024F), (0x1E00, 0x1EFF)]


@cache
def latin_folds():
    """``{letter: plain ASCII}`` for each Latin letter that folds to ASCII."""
    folds = {}
    for start, end in _LATIN_RANGES:
        for code in range(start, end + 1):
            letter = chr(code)
            if not unicodedata.category(letter).startswith("L"):
                continue
            plain = fold(letter)
            if plain != letter and plain.isascii() and plain.isalpha():
                folds[letter] = plain
    return folds


def fold_latin(text):
    """``text`` with its Latin letters folded to ASCII, other scripts kept."""
    folds = latin_folds()
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(folds.get(letter, letter) for letter in text)
    # Marks typed apart from their letter (decomposed input) fold away too.
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def folded_slug(text):
    """The slug of ``text``: Latin letters folded, then Django's ``slugify``."""
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    return slugify(fold_latin(text), allow_unicode=allow_unicode)


@cache
def slug_formatters():
    """The same folding for Wagtail's slug field in the browser.

    ``(pattern, replacement)`` pairs for ``SlugInput(formatters=...)``, which
    the admin applies, in order, before making the slug: one character class
    per plain letter, then one removing marks typed apart from their letter.
    """
    by_plain = defaultdict(list)
    for letter, plain in latin_folds().items():
        by_plain[plain].append(letter)
    formatters = [
        (f"[{re.escape(''.join(letters))}]", plain)
        for plain, letters in sorted(by_plain.items())
    ]
    formatters.append((r"[\u0300-\u036f]", ""))
    return formatters
