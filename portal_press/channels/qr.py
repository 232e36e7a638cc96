"""A QR code of each spokesperson's vCard, drawn on the server as SVG.

A journalist scans it from the screen or from a printed directory and the
phone offers to save the contact. The code holds the same card as the
download, without the photo (a link to a picture would only make the code
denser and harder to scan). Drawn by segno: no network, no JavaScript.
"""

import io

import segno
from django.http import HttpResponse
from django.utils.translation import gettext as _

from . import lookup, vcards
from .responses import SVG


def qr_code(person, locale, request):
    card = vcards.build_card(
        person,
        locale,
        request,
        url=vcards.entry_url(person, locale, request),
        photo=False,
    )
    # Byte mode in UTF-8: phones read Vietnamese names from it as they are.
    return segno.make(card.serialize(), error="m", encoding="utf-8", micro=False)


def svg(code, title):
    buffer = io.BytesIO()
    code.save(buffer, kind="svg", scale=4, border=4, title=title, svgclass="pp-qr")
    return buffer.getvalue()


def spokesperson_qr(request, key):
    locale = lookup.reader_locale()
    person = lookup.public_spokesperson(key, locale)
    title = _("Contact of %(name)s (vCard)") % {"name": person.full_name}
    response = HttpResponse(svg(qr_code(person, locale, request), title), SVG)
    # The title is editor text: nothing in the file may run, whatever it says.
    response["Content-Security-Policy"] = "default-src 'none'"
    return response
