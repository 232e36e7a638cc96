"""Printable PDFs, read back with pypdf."""

import io
import unicodedata

from pypdf import PdfReader

from portal_press.models import PressReleaseCorrection
from tests.channels.conftest import EVERY_MARK, HOSTILE


def text_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def test_a_releases_pdf_has_what_decree_42_asks_for(client, province):
    release = province.release
    release.corrections.add(PressReleaseCorrection(text="Sửa ngày họp: 14/8."))
    release.save_revision().publish()
    text = text_of(client.get(f"/vi/print/release/{release.translation_key}.pdf"))
    for expected in [
        "Sở Văn hóa, Thể thao và Du lịch",
        "Số 12/TCBC-SVHTTDL",
        "Phù Sa",
        EVERY_MARK,
        HOSTILE,
        "Sửa ngày họp: 14/8.",
        "Đặng Thị Hà",
        "0290 3822 123",
        release.full_url,
        "In từ",
    ]:
        assert expected in text, expected


def test_a_trainings_pdf_has_its_time_place_and_points(client, province):
    training = province.training
    text = text_of(client.get(f"/vi/print/training/{training.translation_key}.pdf"))
    for expected in [
        "Tập huấn kỹ năng phát ngôn",
        "Hội trường UBND tỉnh",
        "Điểm cầu xã Tân Thành",
        "TS. Nguyễn Văn Giảng",
        "https://meet.example.gov.vn/tap-huan",
        training.full_url,
    ]:
        assert expected in text, expected
    english = client.get(f"/en/print/training/{training.translation_key}.pdf")
    assert "Spokesperson skills" in text_of(english)


def test_hidden_content_has_no_pdf(client, province):
    for page in province.hidden_pages:
        url = f"/{page.locale.language_code}/print/release/{page.translation_key}.pdf"
        assert client.get(url).status_code == 404, page
    url = f"/vi/print/training/{province.private_training.translation_key}.pdf"
    assert client.get(url).status_code == 404
