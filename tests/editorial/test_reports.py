"""The two translation reports, as an officer opens them."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse


@pytest.mark.parametrize(
    ("url_name", "title"),
    [
        ("portal_press_translation_coverage", "Mức độ dịch nội dung"),
        ("portal_press_required_english", "Nội dung tiếng Anh bắt buộc"),
    ],
)
def test_a_report_header_reads_the_report_name(editor_client, home, url_name, title):
    response = editor_client.get(reverse(url_name))
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    crumbs = [
        item.get_text(" ", strip=True)
        for item in soup.select("header [data-w-breadcrumbs] li")
    ]
    assert crumbs[-1] == title
    assert crumbs[0] == "Trang chủ"
