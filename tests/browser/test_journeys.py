"""What people do on the public site, clicking and typing as they would.

2. A journalist on a phone finds a spokesperson and takes the contact away.
3. A journalist searches the archive, narrows it, and takes a training's
   calendar file.
4. A foreign visitor reads the promotion page in English and Chinese.
5. A keyboard-only visitor uses the skip link, the filters, the facets and
   the language switcher, seeing where the focus is.

Each journey saves full-page screenshots (desktop and phone) into
docs/screenshots/latest/.
"""

import re

import icalendar
import pytest
from django.utils import timezone

from portal_press.publishing.clock import portal_timezone

from .conftest import snap

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_journalist_on_a_phone_finds_a_spokesperson(phone, live_server, portal):
    page = phone
    page.goto(f"{live_server.url}{portal.directory.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Người phát ngôn")

    # Choosing a kind of agency applies it at once.
    page.get_by_label("Loại cơ quan").select_option(label="Sở, ban, ngành")
    page.wait_for_url(re.compile(r"kind=\d+"))
    expect(page.get_by_text("UBND phường Đồng Xoài")).to_have_count(0)

    # The filter stays in view while the list scrolls under it.
    page.mouse.wheel(0, 1500)
    expect(page.locator(".pp-filter--sticky")).to_be_in_viewport()

    box = page.get_by_role("combobox", name="Họ tên, cơ quan hoặc chủ đề")
    box.press_sequentially("dang thu", delay=40)
    suggestion = page.get_by_role("option", name=re.compile("Đặng Thu Hà"))
    expect(suggestion).to_be_visible()
    suggestion.tap()
    page.wait_for_url(re.compile(rf"#pp-person-{portal.person.pk}$"))

    card = page.locator(
        ".pp-person", has=page.locator(f"#pp-person-{portal.person.pk}")
    )
    expect(card).to_be_in_viewport()
    expect(card.get_by_role("heading")).to_have_text("Đặng Thu Hà")
    expect(card.locator('a[href="tel:+842903822555"]')).to_have_text("0290 3822 555")
    expect(card.locator('a[href="tel:+84912345678"]')).to_be_visible()
    expect(card.get_by_role("link", name="Lưu danh bạ (vCard)")).to_be_visible()
    qr = card.get_by_role("img", name=re.compile("Mã QR"))
    expect(qr).to_be_visible()
    # The code is a real image, not a broken one (it loads lazily: waited for).
    page.wait_for_function(
        "image => image.complete && image.naturalWidth > 0", arg=qr.element_handle()
    )
    with page.expect_download() as download:
        card.get_by_role("link", name="Lưu danh bạ (vCard)").tap()
    assert "Đặng Thu Hà" in download.value.path().read_text(encoding="utf-8")
    snap(page, "directory")


def test_a_journalist_searches_and_takes_a_training_calendar(
    desktop, live_server, portal
):
    page = desktop
    page.goto(f"{live_server.url}/vi/")
    search = page.get_by_role("search").get_by_role("combobox")
    search.fill("dao tao")
    search.press("Enter")
    page.wait_for_url(re.compile(r"/vi/search/\?q=dao\+tao"))
    expect(page.locator(".pp-search__count")).to_have_text("3 kết quả")
    expect(page.locator(".pp-facets")).to_have_attribute("open", "")

    page.locator(".pp-facets").get_by_role("link", name="Tập huấn (1)").click()
    page.wait_for_url(re.compile(r"type=training"))
    year = timezone.localtime(portal.training.starts_at, portal_timezone()).year
    page.locator(".pp-facets").get_by_role("link", name=f"{year} (1)").click()
    page.wait_for_url(re.compile(rf"year={year}"))
    expect(page.locator(".pp-search__count")).to_have_text("1 kết quả")
    hit = page.locator(".pp-hit")
    expect(hit.locator(".pp-hit__type")).to_have_text("Tập huấn")
    expect(hit.locator(".pp-hit__meta")).to_contain_text(
        "Sở Văn hóa, Thể thao và Du lịch"
    )
    expect(hit.locator("time")).to_be_visible()
    snap(page, "search")

    hit.get_by_role("link", name=portal.training.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(portal.training.title)
    expect(page.get_by_text("Điểm cầu UBND phường Đồng Xoài")).to_be_visible()
    expect(page.get_by_text("Điểm cầu UBND xã Tân Thành")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Thêm vào lịch của tôi (.ics)").click()
    calendar = icalendar.Calendar.from_ical(download.value.path().read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == portal.training.title
    snap(page, "training")


def test_a_foreign_visitor_reads_the_province_in_english_and_chinese(
    desktop, live_server, portal
):
    page = desktop
    page.goto(f"{live_server.url}{portal.promotion.url}")
    languages = page.get_by_role("navigation", name="Ngôn ngữ")
    languages.get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server.url}{portal.english_promotion.url}")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("About Phù Sa Province")
    expect(page.get_by_text(re.compile(r"Translated from Vietnamese"))).to_be_visible()
    snap(page, "promotion-english")

    page.get_by_role("navigation", name="Languages").get_by_role(
        "link", name="简体中文"
    ).click()
    page.wait_for_url(f"{live_server.url}{portal.chinese_promotion.url}")
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.get_by_role("heading", level=1)).to_have_text("浮沙省简介")
    snap(page, "promotion-chinese")

    page.locator(".pp-languages").get_by_role("link", name="Tiếng Việt").click()
    page.wait_for_url(f"{live_server.url}{portal.promotion.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Giới thiệu tỉnh Phù Sa")


def tab_to(page, matches, limit=40):
    """Press Tab until the focused element satisfies ``matches`` (a JS test)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(element => {matches})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached an element where {matches}")


def focus_is_visible(page):
    """The focused element draws a ring: an outline or a box-shadow."""
    style = page.evaluate(
        """() => {
            const s = getComputedStyle(document.activeElement);
            return {outline: s.outlineStyle, width: s.outlineWidth,
                    shadow: s.boxShadow, background: s.backgroundColor};
        }"""
    )
    has_outline = style["outline"] != "none" and style["width"] != "0px"
    return has_outline or style["shadow"] != "none"


def test_a_keyboard_visitor_reaches_everything_with_a_visible_focus(
    desktop, live_server, portal
):
    page = desktop
    page.goto(f"{live_server.url}{portal.directory.url}")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Chuyển đến nội dung chính")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"

    # The directory's filter: arrows choose without leaving, Enter applies.
    tab_to(page, "element.name === 'kind'")
    assert focus_is_visible(page)
    page.keyboard.press("ArrowDown")
    assert "kind=" not in page.url
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"kind=\d+"))
    tab_to(page, "element.id === 'id_q'")
    page.keyboard.type("Tran Minh")
    page.keyboard.press("Escape")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=Tran\+Minh"))
    expect(page.locator(".pp-person")).to_have_count(1)
    snap(page, "keyboard-directory")

    # The search's facets.
    page.goto(f"{live_server.url}/vi/search/?q=dao+tao")
    tab_to(page, "element.matches('.pp-facet__link')")
    assert focus_is_visible(page)
    target = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(target.replace("?", "")) + "$"))
    expect(page.locator(".pp-facet__link--selected")).to_have_count(1)

    # The language switcher.
    page.goto(f"{live_server.url}{portal.promotion.url}")
    tab_to(page, "element.textContent.trim() === 'English'")
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}{portal.english_promotion.url}")
    snap(page, "keyboard-language")
