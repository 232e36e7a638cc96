"""Press releases of the demo, under the newsroom."""

import datetime

from portal_press.models import (
    PressReleaseCoIssuer,
    PressReleaseCorrection,
    PressReleaseMediaContact,
    PressReleasePage,
    PressReleaseRelatedPage,
)

from .builders import CREATED, UNCHANGED, aware, from_today
from .pages import add_page, child_page, clean_stream, numbered, page_at, stream

DATELINE = "Phù Sa"


def load_press_releases(newsroom, home, specs, ctx, tally):
    for spec in specs:
        if child_page(newsroom, spec["slug"]) is not None:
            tally.add("press releases", UNCHANGED)
            continue
        build_press_release(newsroom, home, spec, ctx)
        tally.add("press releases", CREATED)


def release_times(spec, today):
    """released_at, embargo_until and first_published_at of a release."""
    if "embargo_in_days" in spec:
        day = from_today(spec["embargo_in_days"], today)
        embargo = aware(datetime.datetime.combine(day, spec["embargo_time"]))
        return embargo, embargo, None
    if "released_in_days" in spec:
        day = from_today(spec["released_in_days"], today)
        return aware(datetime.datetime.combine(day, datetime.time(9, 0))), None, None
    released_at = aware(spec["released_at"])
    return released_at, None, released_at


def build_press_release(newsroom, home, spec, ctx):
    released_at, embargo_until, first_published_at = release_times(spec, ctx.today)
    publish = spec.get("publish", True)
    page = PressReleasePage(
        title=spec["title"],
        slug=spec["slug"],
        reference=spec["reference"],
        issuing_agency=ctx.agencies[spec["issuing_agency"]],
        released_at=released_at,
        embargo_until=embargo_until,
        dateline=DATELINE,
        lead=spec["lead"],
        body=stream(spec["body"], ctx.images, ctx.documents),
        # Back-dated so that "first published" matches the release date.
        first_published_at=first_published_at if publish else None,
    )
    clean_stream(page.body)
    page.co_issuers = numbered(
        [
            PressReleaseCoIssuer(agency=ctx.agencies[name])
            for name in spec.get("co_issuers", [])
        ]
    )
    page.media_contacts = numbered(
        [
            PressReleaseMediaContact(spokesperson=ctx.people[key])
            for key in spec.get("media_contacts", [])
        ]
    )
    related = [spec["related"]] if spec.get("related") else []
    page.related_links = numbered(
        [PressReleaseRelatedPage(linked_page=page_at(home, path)) for path in related]
    )
    page.corrections = numbered(
        [
            PressReleaseCorrection(corrected_at=aware(at), text=text)
            for at, text in spec.get("corrections", [])
        ],
        locale=ctx.locale,
    )
    page.tags.add(*spec["tags"])
    inlines = [
        *page.co_issuers.all(),
        *page.media_contacts.all(),
        *page.related_links.all(),
        *page.corrections.all(),
    ]
    return add_page(newsroom, page, inlines, publish=publish)
