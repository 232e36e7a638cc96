"""Printable PDFs of releases and trainings, drawn with fpdf2.

fpdf2 is pure Python (its dependencies too: fontTools, Pillow, defusedxml),
works offline, and embeds a subset of a TrueType font, so every Vietnamese
tone mark prints as typed. The app ships DejaVu Sans (in its static files,
with its licence), which covers Vietnamese, English and French; a site adds
fonts for other scripts with ``PORTAL_PRESS["PDF_FONTS"]``.
"""

from pathlib import Path

from django.utils.translation import gettext as _
from fpdf import FPDF

from ..conf import get_setting
from .print_documents import moment

FONTS = Path(__file__).resolve().parent.parent / "static" / "portal_press" / "fonts"
BUNDLED = {"regular": FONTS / "DejaVuSans.ttf", "bold": FONTS / "DejaVuSans-Bold.ttf"}
FAMILY = "portal"


def fonts():
    configured = get_setting("PDF_FONTS") or {}
    return {**BUNDLED, **configured}


class _Pdf(FPDF):
    def __init__(self, document):
        super().__init__(format="A4")
        self.document = document
        chosen = fonts()
        self.add_font(FAMILY, "", str(chosen["regular"]))
        self.add_font(FAMILY, "B", str(chosen["bold"]))
        fallbacks = []
        for number, path in enumerate(chosen.get("fallback", [])):
            self.add_font(f"fallback{number}", "", str(path))
            fallbacks.append(f"fallback{number}")
        if fallbacks:
            self.set_fallback_fonts(fallbacks)
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_title(document.title)
        self.set_lang(document.language)
        self.set_creator("portal_press")

    def footer(self):
        self.set_y(-18)
        self.set_font(FAMILY, size=8)
        printed = _("Printed from %(url)s on %(date)s") % {
            "url": self.document.url,
            "date": moment(self.document.printed_at),
        }
        self.multi_cell(0, 4, printed, new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")

    def text_line(self, text, size=11, style="", height=5.5, indent=0):
        self.set_font(FAMILY, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def _block(pdf, kind, text):
    if kind == "heading":
        pdf.ln(2)
        pdf.text_line(text, size=12, style="B")
    elif kind == "strong":
        pdf.text_line(text, style="B")
    elif kind == "item":
        pdf.text_line(f"• {text}", indent=4)
    elif kind in ("quote", "caption"):
        pdf.text_line(text, size=10, indent=8)
    elif kind == "row":
        pdf.text_line(text, size=10)
    else:
        pdf.text_line(text)
    pdf.ln(1)


def render(document):
    """The PDF of a :class:`~.print_documents.PrintDocument`, as bytes."""
    pdf = _Pdf(document)
    pdf.add_page()
    pdf.text_line(document.kicker.upper(), size=9, style="B")
    pdf.text_line(document.title, size=16, style="B", height=8)
    pdf.ln(2)
    for label, value in document.facts:
        pdf.set_font(FAMILY, "B", 10)
        pdf.cell(45, 5.5, label)
        pdf.set_font(FAMILY, "", 10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if document.lead:
        pdf.text_line(document.lead, style="B")
        pdf.ln(2)
    for kind, text in document.blocks:
        _block(pdf, kind, text)
    for section in document.sections:
        pdf.ln(3)
        pdf.text_line(section.heading, size=13, style="B")
        for kind, text in section.blocks:
            _block(pdf, kind, text)
    pdf.ln(4)
    pdf.text_line(document.url, size=9)
    return bytes(pdf.output())
