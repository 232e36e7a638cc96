"""Uploaded documents: a web page or an SVG image under another name is
refused by the admin's upload forms; whatever gets in is served inert, as a
download under a policy that allows nothing."""

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from fpdf import FPDF
from wagtail.documents import get_document_model
from wagtail.models import Collection

from portal_press.security.checks import check_document_form
from portal_press.security.uploads import markup_kind, validate_not_markup

Document = get_document_model()
HTML = (
    b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
)
SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(1)</script></svg>"
)
DISGUISED = [
    ("bao-cao.pdf", HTML),
    ("bieu-do.docx", SVG),
    ("bieu-do.xlsx", b"  <svg onload=alert(1)>"),
    ("ghi-chu.txt", b"\xef\xbb\xbf\r\n\t<HTML><body onload=alert(1)>"),
    ("thu-moi.doc", "<html><script>alert(1)</script>".encode("utf-16")),
    ("trang.odt", b"<!-- a comment first --><script>alert(1)</script>"),
    ("anh.zip", b"<a href=javascript:alert(1)>xem</a>"),
]


def refusal():
    """The message, as the admin shows it (in the editor's language)."""
    with translation.override(settings.LANGUAGE_CODE):
        try:
            validate_not_markup(ContentFile(HTML))
        except ValidationError as error:
            return error.messages[0]
    raise AssertionError("not refused")


def a_pdf():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Thong cao bao chi")
    return bytes(pdf.output())


@pytest.fixture(autouse=True)
def media(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


@pytest.fixture
def root_collection(db):
    return Collection.get_first_root_node()


def upload(client, name, content, collection):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "collection": collection.pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


@pytest.mark.parametrize("name, content", DISGUISED)
def test_a_disguised_web_page_or_svg_is_refused_with_a_form_error(
    editor_client, root_collection, name, content
):
    response = upload(editor_client, name, content, root_collection)
    assert response.status_code == 200  # the form again, not a redirect
    # Said in the editor's language, with the check's own code.
    errors = response.context["form"].errors.as_data()["file"]
    assert [error.code for error in errors] == ["markup_document"], errors
    assert not Document.objects.exists()


def test_the_multiple_upload_refuses_it_too(editor_client, root_collection):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "collection": root_collection.pk,
            "files[]": SimpleUploadedFile("bao-cao.pdf", HTML),
        },
    )
    data = response.json()
    assert data["success"] is False
    assert data["error_message"] == refusal()
    assert not Document.objects.exists()


def test_replacing_a_documents_file_with_a_web_page_is_refused(
    editor_client, root_collection
):
    upload(editor_client, "bao-cao.pdf", a_pdf(), root_collection)
    document = Document.objects.get()
    response = editor_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": document.title,
            "collection": root_collection.pk,
            "file": SimpleUploadedFile("bao-cao.pdf", HTML),
        },
    )
    errors = response.context["form"].errors.as_data()["file"]
    assert [error.code for error in errors] == ["markup_document"]
    document.refresh_from_db()
    assert document.file.read().startswith(b"%PDF-")


@pytest.mark.parametrize(
    "name, content",
    [
        ("thong-cao.pdf", None),
        ("ghi-chu.txt", "Lịch họp báo: <script> chỉ là chữ ở đây.".encode()),
        ("du-lieu.txt", b"<2025> numbers in angle brackets"),
    ],
)
def test_real_documents_are_accepted(editor_client, root_collection, name, content):
    response = upload(editor_client, name, content or a_pdf(), root_collection)
    assert response.status_code == 302
    assert Document.objects.get().title == name


def serve(client, document):
    response = client.get(document.url)
    assert response.status_code == 200
    return response


def test_documents_are_served_under_a_policy_that_allows_nothing(
    editor_client, root_collection
):
    visitor = Client()
    upload(editor_client, "thong-cao.pdf", a_pdf(), root_collection)
    upload(
        editor_client, "bang-so-lieu.xlsx", b"PK\x03\x04 spreadsheet", root_collection
    )
    pdf, sheet = Document.objects.order_by("pk")
    for document in (pdf, sheet):
        response = serve(visitor, document)
        # Wagtail's own header, which the site's policy does not replace.
        assert response["Content-Security-Policy"] == "default-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cache-Control"] == "no-cache"
    assert serve(visitor, pdf)["Content-Type"] == "application/pdf"
    assert serve(visitor, sheet)["Content-Disposition"].startswith("attachment")
    # The editor's copy stays in the editor's browser.
    assert serve(editor_client, pdf)["Cache-Control"] == "private, no-cache"


def test_a_web_page_that_got_in_another_way_is_served_inert(
    client, db, root_collection
):
    # Saved by code, not through the upload form: nothing checked it.
    document = Document.objects.create(
        title="Ghi chú",
        file=ContentFile(HTML, name="ghi-chu.txt"),
        collection=root_collection,
    )
    with override_settings(WAGTAILDOCS_INLINE_CONTENT_TYPES=["application/pdf"]):
        response = serve(client, document)
        assert response["Content-Disposition"].startswith("attachment")
    # Even where text opens in the browser, it is text: never sniffed as
    # HTML, and no script may run.
    response = serve(client, document)
    assert response["Content-Type"].startswith("text/plain")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.parametrize(
    "head, kind",
    [
        (b"%PDF-1.7", None),
        (b"PK\x03\x04", None),
        (b"<b>", "html"),
        (b"<bx", None),
        (b"<?xml version='1.0'?><root/>", "xml"),
        (b"\n\n<svg/onload=alert(1)>", "html"),
        (b"<p\x0c", "html"),
        (b"", None),
    ],
)
def test_what_a_browser_would_take_for_markup(head, kind):
    assert markup_kind(head) == kind


def test_the_check_asks_for_the_safe_form():
    assert check_document_form() == []
    with override_settings(WAGTAILDOCS_DOCUMENT_FORM_BASE=""):
        (warning,) = check_document_form()
        assert warning.id == "portal_press.W006"
        assert "SafeDocumentForm" in warning.hint
