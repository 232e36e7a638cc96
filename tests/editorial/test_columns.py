"""Dates in the admin's lists, as an officer reads them."""

import datetime

from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from portal_press.models import PressReleasePage
from tests import factories

SPOKESPERSONS = reverse("wagtailsnippets_portal_press_spokesperson:list")
RELEASES = reverse("press_releases:index")
DAY = datetime.timedelta(days=1)


def row_of(response, text):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    (row,) = [row for row in soup.select("table.listing tbody tr") if text in row.text]
    return row


def cell_texts(row):
    return [" ".join(cell.get_text(" ", strip=True).split()) for cell in row("td")]


def test_an_appointment_ending_in_twelve_days_shows_its_date(
    editor_client, agency, role
):
    ends = timezone.localdate() + 12 * DAY
    factories.make_spokesperson(agency, role, full_name="Lê Sắp Hết", valid_until=ends)
    cells = cell_texts(row_of(editor_client.get(SPOKESPERSONS), "Lê Sắp Hết"))
    assert ends.strftime("%d/%m/%Y") in cells
    assert not any("vừa xong" in cell or "trước" in cell for cell in cells)


def test_a_release_under_embargo_shows_when_it_ends(
    editor_client, release_index, agency
):
    ends = timezone.localtime() + 3 * DAY
    factories.make_release(
        release_index, agency, title="Thông cáo cấm đăng", embargo_until=ends
    )
    cells = cell_texts(row_of(editor_client.get(RELEASES), "Thông cáo cấm đăng"))
    assert ends.strftime("%d/%m/%Y %H:%M") in cells


def test_how_long_ago_a_release_changed_reads_in_vietnamese(
    editor_client, release_index, agency
):
    release = factories.make_release(release_index, agency, title="Thông cáo cũ")
    PressReleasePage.objects.filter(pk=release.pk).update(
        latest_revision_created_at=timezone.now() - 3 * DAY
    )
    cells = cell_texts(row_of(editor_client.get(RELEASES), "Thông cáo cũ"))
    assert "3 ngày trước" in cells
    assert not any("day" in cell for cell in cells)


def test_yes_and_no_icons_are_titled_in_vietnamese(editor_client, agency, role):
    factories.make_spokesperson(agency, role, full_name="Phạm Đương Nhiệm")
    row = row_of(editor_client.get(SPOKESPERSONS), "Phạm Đương Nhiệm")
    titles = {label.get_text(strip=True) for label in row.select(".w-sr-only")}
    assert "Có" in titles
    assert not titles & {"True", "False"}
