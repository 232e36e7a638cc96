"""The page benchmark's site: the search corpus of :mod:`.generate`, shaped
like the demo.

:func:`.generate.build` makes the agencies, the press releases, trainings and
spokespersons (one in three translated into English) in batches; this adds
what the public pages of a portal also show: the spokesperson directory, the
promotion hub with its pages and hero images, connection points for the
online trainings, and the floor page (a bare ``wagtail.models.Page``). Sizes
count the Vietnamese press releases: 100 (small), 10,000 (large), 100,000.
"""

import datetime

from django.db import transaction
from wagtail.models import Page

from portal_press.models import (
    ConnectionPoint,
    KeyFigure,
    ProvincePromotionPage,
    SpokespersonDirectoryPage,
)

from . import corpus
from .generate import BATCH, TZ, _section, build, summary

PROMOTION = [
    ("Tiềm năng đầu tư", "tiem-nang-dau-tu", "Investment", "investment"),
    ("Du lịch", "du-lich", "Tourism", "tourism"),
    ("Văn hóa", "van-hoa", "Culture", "culture"),
]


def counts(releases):
    """(releases, trainings, spokespersons) in Vietnamese for a size."""
    trainings = max(10, releases // 20)
    people = 45 if releases < 1000 else 225  # about 60 and 300 with English
    return releases, trainings, people


def _hero_image(number):
    from demo_data.media import get_or_create_image

    image, _created = get_or_create_image(
        {
            "title": f"Ảnh bìa {number}",
            "kind": "landscape",
            "text": f"Phù Sa {number}",
            "subtitle": "Ảnh minh họa",
            "colours": ["#1f5f8b", "#6fb07f"],
            "filename": f"bench-hero-{number}",
        }
    )
    return image


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _promotion(home, home_en, agencies, writer):
    agency, agency_en = agencies[0]
    pages = []
    for locale_home, english in ((home, False), (home_en, True)):
        vi_hub = pages[0] if english else None
        hub = ProvincePromotionPage(
            title="Province of Phù Sa" if english else "Giới thiệu tỉnh Phù Sa",
            slug="gioi-thieu",
            hero_image=_hero_image(0),
            introduction=writer.fill(
                writer.pick(corpus.LEADS_EN if english else corpus.LEADS),
                agency_en if english else agency,
                2025,
                en=english,
            ),
            sections=writer.body(agency, 2025, en=english),
            contact_agency=agency_en if english else agency,
        )
        if vi_hub is not None:
            hub.translation_key = vi_hub.translation_key
            hub.locale = home_en.locale
        hub.key_figures = [
            KeyFigure(label=label, value=value, unit=unit, year=2025, sort_order=i)
            for i, (label, value, unit) in enumerate(
                [("Diện tích", "3311", "km²"), ("Dân số", "1.2", "triệu")]
            )
        ]
        _publish(locale_home, hub)
        pages.append(hub)
        for number, (title, slug, title_en, _slug_en) in enumerate(PROMOTION, 1):
            child = ProvincePromotionPage(
                title=title_en if english else title,
                slug=slug,
                hero_image=_hero_image(number),
                introduction=writer.fill(
                    writer.pick(corpus.LEADS_EN if english else corpus.LEADS),
                    agency_en if english else agency,
                    2025,
                    en=english,
                ),
                sections=writer.body(agency, 2025, en=english),
            )
            if english:
                child.locale = home_en.locale
                child.translation_key = pages[number].translation_key
            _publish(hub, child)
            pages.append(child)
    return pages


def _connection_points(trainings, agencies, writer):
    """Three to twelve rooms for each online or hybrid training."""
    english = agencies[0][1].locale_id
    rows = []
    for page in trainings:
        if page.event_format == "in_person":
            continue
        for order in range(writer.rng.randint(3, 12)):
            agency, agency_en = writer.pick(agencies)
            host = agency_en if page.locale_id == english else agency
            rows.append(
                ConnectionPoint(
                    page_id=page.pk,
                    locale_id=page.locale_id,
                    sort_order=order,
                    name=f"Điểm cầu {host.name}",
                    host_agency=host,
                    address=writer.pick(corpus.VENUES),
                    capacity=writer.rng.randint(20, 80),
                    local_contact=f"{writer.person()}, 0299 3{order:06d}",
                )
            )
    ConnectionPoint.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


@transaction.atomic
def generate_site(releases, seed=2026):
    """The benchmark site with ``releases`` Vietnamese press releases."""
    from home.models import HomePage

    made = build(*counts(releases), home_model=HomePage, seed=seed)
    home, home_en = made["homes"]
    directory = _section(
        home, SpokespersonDirectoryPage, "Người phát ngôn", "nguoi-phat-ngon",
        home.locale,
    )  # fmt: skip
    _section(
        home_en, SpokespersonDirectoryPage, "Spokespersons", "nguoi-phat-ngon",
        home_en.locale, directory.translation_key,
    )  # fmt: skip
    promotion = _promotion(home, home_en, made["agencies"], made["writer"])
    trainings, trainings_en = made["trainings"]
    points = _connection_points(
        trainings + trainings_en, made["agencies"], made["writer"]
    )
    # The floor: a bare Page with a trivial template, served the same way.
    home.add_child(instance=Page(title="Floor", slug="floor"))
    result = summary(made)
    result.update(
        {
            "vietnamese_releases": releases,
            "promotion_pages": len(promotion),
            "connection_points": points,
            "generated_at": datetime.datetime.now(TZ).isoformat(timespec="seconds"),
        }
    )
    return result
