"""Uploads a browser could take for a web page are refused.

Wagtail checks a document's extension, not what the file holds: an HTML
page or an SVG image (which runs scripts) renamed ``report.pdf`` would pass.
A browser decides that a file is HTML or XML from its first bytes (the
WHATWG MIME Sniffing standard); a file that starts as one is refused here,
whatever its name, with a message in the upload form. Whatever still gets
in is served by Wagtail with ``X-Content-Type-Options: nosniff`` and
``Content-Security-Policy: default-src 'none'``, so it stays inert.

A host site turns the check on with
``WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal_press.security.uploads.SafeDocumentForm"``
(or a subclass), which the check portal_press.W006 asks for.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# The bytes a browser reads to sniff the type, and what is skipped first.
SNIFF_LENGTH = 1445
BOMS = (b"\xef\xbb\xbf", b"\xfe\xff", b"\xff\xfe")
WHITESPACE = b"\t\n\x0c\r "
# Tags that make a browser treat a file as HTML (WHATWG MIME Sniffing,
# "rules for identifying an unknown MIME type"), when followed by a space or
# ">"; plus SVG and the XML declaration, which make it an XML document.
HTML_TAGS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<!--",
    b"<svg",
    b"<object",
    b"<embed",
    b"<meta",
    b"<img",
)
TAG_END = b" >\t\n\x0c\r/"
XML_DECLARATION = b"<?xml"


def markup_kind(head):
    """``"html"`` or ``"xml"`` if a browser would take bytes starting with
    ``head`` for a web page or an XML document (SVG), else ``None``."""
    for bom in BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    # UTF-16 text: read as ASCII by dropping its zero bytes.
    head = head.replace(b"\x00", b"").lstrip(WHITESPACE).lower()
    if head.startswith(XML_DECLARATION):
        return "xml"
    for tag in HTML_TAGS:
        if head.startswith(tag):
            rest = head[len(tag) : len(tag) + 1]
            if tag == b"<!--" or (rest and rest in TAG_END):
                return "html"
    return None


def read_head(uploaded):
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    head = uploaded.read(SNIFF_LENGTH)
    uploaded.seek(position)
    return head


def validate_not_markup(uploaded):
    """Refuse a file that a browser would open as HTML or SVG."""
    if uploaded is None or not hasattr(uploaded, "read"):
        return
    if markup_kind(read_head(uploaded)) is not None:
        raise ValidationError(
            _(
                "This file contains a web page or an SVG image, whatever its "
                "name says. Upload the document itself (PDF, Word, Excel…), "
                "or save the page as PDF first."
            ),
            code="markup_document",
        )


class SafeDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing disguised web pages and SVG images."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if "file" in self.changed_data:
            validate_not_markup(uploaded)
        return uploaded
