"""A release body as plain blocks of text, for paper and PDF.

StreamField blocks become ``(kind, text…)`` tuples: headings, paragraphs,
list items, quotes, table rows, image captions, documents and embeds. Rich
text is read from its stored HTML without resolving internal links (which
would cost a query each); the address of an external link is kept after its
text, so that a printed copy can be followed.
"""

import unicodedata
from html.parser import HTMLParser

BLOCK_TAGS = {"p", "li", "h2", "h3", "h4", "blockquote", "div"}


def clean(text):
    """NFC (every tone mark on its letter) and single spaces."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


class _Paragraphs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.parts, self.kind, self.href = [], [], "paragraph", None

    def _flush(self):
        text = clean("".join(self.parts))
        if text:
            self.blocks.append((self.kind, text))
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._flush()
            self.kind = "item" if tag == "li" else "paragraph"
        elif tag == "br":
            self.parts.append(" ")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.href = href if href.startswith(("http://", "https://")) else None

    def handle_endtag(self, tag):
        if tag == "a" and self.href:
            self.parts.append(f" ({self.href})")
            self.href = None
        elif tag in BLOCK_TAGS:
            self._flush()
            self.kind = "paragraph"

    def handle_data(self, data):
        self.parts.append(data)

    def close(self):
        super().close()
        self._flush()


def rich_text_blocks(html):
    parser = _Paragraphs()
    parser.feed(html or "")
    parser.close()
    return parser.blocks


def stream_blocks(stream):
    """The blocks of a StreamField value (an ``ArticleBodyBlock`` body)."""
    blocks = []
    for block in stream or []:
        kind, value = block.block_type, block.value
        if kind == "paragraph":
            blocks += rich_text_blocks(getattr(value, "source", str(value)))
        elif kind == "heading":
            blocks.append(("heading", clean(value["text"])))
        elif kind == "quote":
            quote = clean(value["quote"])
            attribution = clean(value.get("attribution"))
            blocks.append(
                ("quote", f"“{quote}”" + (f" — {attribution}" if attribution else ""))
            )
        elif kind == "table":
            rows = (value or {}).get("data") or []
            blocks += [
                ("row", " | ".join(clean(str(cell or "")) for cell in row))
                for row in rows
            ]
        elif kind == "image":
            caption = " — ".join(
                clean(part)
                for part in (value.get("caption"), value.get("credit"))
                if part
            )
            if caption:
                blocks.append(("caption", caption))
        elif kind == "document":
            document = value.get("document")
            title = clean(value.get("title") or (document.title if document else ""))
            if title:
                blocks.append(("item", title))
        elif kind == "embed":
            url = getattr(value, "url", "")
            if url:
                blocks.append(("paragraph", url))
    return blocks
