"""Snippets of text around the matched words, with the words marked."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..folding import fold

SNIPPET_LENGTH = 220


def _folded_with_positions(text):
    """``text`` folded, and for each folded character its index in ``text``."""
    folded, positions = [], []
    for index, char in enumerate(text):
        for folded_char in fold(char):
            folded.append(folded_char)
            positions.append(index)
    return "".join(folded), positions


def _is_whole_word(folded, start, end):
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return not before.isalnum() and not after.isalnum()


def _spans(text, folded_words):
    """Where the words occur in ``text``, as whole words."""
    folded, positions = _folded_with_positions(text)
    spans = []
    for word in {w for w in folded_words if w}:
        start = folded.find(word)
        while start != -1:
            end = start + len(word)
            if _is_whole_word(folded, start, end):
                spans.append((positions[start], positions[end - 1] + 1))
            start = folded.find(word, end)
    return sorted(spans)


def highlight(text, folded_words, length=SNIPPET_LENGTH):
    """An HTML-escaped excerpt of ``text`` with matches in ``<mark>``.

    Matching ignores marks and case, like the search itself: “dao tao”
    marks “Đào tạo”.
    """
    text = " ".join((text or "").split())
    spans = _spans(text, folded_words)
    start = max(0, spans[0][0] - length // 3) if spans else 0
    end = min(len(text), start + length)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    parts, cursor = [], start
    for span_start, span_end in spans:
        if span_start < cursor or span_end > end:
            continue
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - escaped above
