"""Downloads: their content types and file names."""

from urllib.parse import quote

from django.http import HttpResponse
from django.utils.text import slugify

from ..folding import fold

VCARD = "text/vcard; charset=utf-8"
CALENDAR = "text/calendar; charset=utf-8"
SVG = "image/svg+xml"
PDF = "application/pdf"


def file_name(text, extension, fallback="portal"):
    """An ASCII file name from Vietnamese text: “Nguyễn Văn An” → nguyen-van-an.vcf."""
    return f"{slugify(fold(text or ''))[:80] or fallback}.{extension}"


def download(content, content_type, filename, inline=False):
    """A response a browser saves (or, ``inline``, opens) as ``filename``."""
    response = HttpResponse(content, content_type=content_type)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = (
        f"{disposition}; filename=\"{filename}\"; filename*=UTF-8''{quote(filename)}"
    )
    return response
