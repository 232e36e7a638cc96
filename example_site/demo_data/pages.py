"""Pages of the demo: the four sections and the promotion pages, and the
helpers the training and release builders share.

A page is looked up by its slug under its parent. A missing page is built,
validated (the page by ``Page.full_clean`` when it is saved, its StreamFields
by their blocks, its inline rows one by one), added with ``add_child`` and
published through a revision; an existing page is left as it is.
"""

import uuid

from portal_press.models import (
    Brochure,
    KeyFigure,
    PressReleaseIndexPage,
    ProvincePromotionPage,
    SpokespersonDirectoryPage,
    TrainingIndexPage,
)

from .builders import CREATED, UNCHANGED


def child_page(parent, slug):
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page is not None else None


def page_at(home, path):
    """The page at ``path`` (slugs separated by "/") under the home page."""
    page = home
    for slug in path.split("/"):
        page = child_page(page, slug)
        if page is None:
            raise LookupError(f"No page at “{path}” under the home page.")
    return page


def add_page(parent, page, inlines=(), publish=True):
    """Validate ``page`` and its inline rows, add it under ``parent``, publish it."""
    for row in inlines:
        row.full_clean(exclude=["page"])
    if not publish:
        page.live = False
    parent.add_child(instance=page)  # Page.save() runs full_clean()
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


def numbered(rows, **common):
    """Give inline rows their order (and shared fields such as the locale)."""
    for index, row in enumerate(rows):
        row.sort_order = index
        for name, value in common.items():
            setattr(row, name, value)
    return list(rows)


# --- StreamField content --------------------------------------------------------


def stream(blocks, images, documents):
    """The raw StreamField data of a ``data.py`` body."""
    converters = {
        "paragraph": lambda v: v,
        "heading": lambda v: {"text": v, "level": "h2"},
        "quote": lambda v: {"quote": v[0], "attribution": v[1]},
        "table": lambda v: {
            "data": v["rows"],
            "table_caption": v.get("caption", ""),
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
        },
        "image": lambda v: {
            "image": images[v["image"]].pk,
            # As the admin offers: the image's description, unless the page
            # says otherwise (every demo image is described).
            "alt_text": v.get("alt_text") or images[v["image"]].description,
            "caption": v.get("caption", ""),
            "credit": v.get("credit", ""),
        },
        "document": lambda v: {
            "document": documents[v["document"]].pk,
            "title": v.get("title", ""),
        },
    }
    return [
        {"type": kind, "value": converters[kind](value), "id": str(uuid.uuid4())}
        for kind, value in blocks
    ]


def clean_stream(value):
    """Run the blocks' own validation (a model's full_clean does not)."""
    value.stream_block.clean(value)


# --- Sections -------------------------------------------------------------------


def ensure_section(home, model, spec, tally, label):
    page = child_page(home, spec["slug"])
    if page is not None:
        tally.add(label, UNCHANGED)
        return page
    page = model(title=spec["title"], slug=spec["slug"], intro=spec["intro"])
    tally.add(label, CREATED)
    return add_page(home, page)


def ensure_sections(home, data, tally):
    return {
        "newsroom": ensure_section(
            home, PressReleaseIndexPage, data.NEWSROOM, tally, "newsroom"
        ),
        "directory": ensure_section(
            home,
            SpokespersonDirectoryPage,
            data.DIRECTORY,
            tally,
            "spokesperson directory",
        ),
        "trainings": ensure_section(
            home, TrainingIndexPage, data.TRAINING_INDEX, tally, "training index"
        ),
    }


# --- Promotion ----------------------------------------------------------------


def load_promotion_pages(home, specs, ctx, tally):
    """The hub (first spec) under the home page, the others under the hub."""
    hub = None
    for spec in specs:
        parent = home if hub is None else hub
        page = child_page(parent, spec["slug"])
        if page is None:
            page = build_promotion_page(parent, spec, ctx)
            tally.add("promotion pages", CREATED)
        else:
            tally.add("promotion pages", UNCHANGED)
        hub = hub or page
    return hub


def build_promotion_page(parent, spec, ctx):
    contact = spec.get("contact_spokesperson")
    page = ProvincePromotionPage(
        title=spec["title"],
        slug=spec["slug"],
        hero_image=ctx.images[spec["hero_image"]],
        hero_image_alt=ctx.images[spec["hero_image"]].description,
        introduction=spec["introduction"],
        sections=stream(spec["sections"], ctx.images, ctx.documents),
        contact_agency=ctx.agencies[spec["contact_agency"]],
        contact_spokesperson=ctx.people[contact] if contact else None,
    )
    clean_stream(page.sections)
    page.key_figures = numbered(
        [
            KeyFigure(label=label, value=value, unit=unit, year=year)
            for label, value, unit, year in spec["key_figures"]
        ],
        locale=ctx.locale,
    )
    page.brochures = numbered(
        [
            Brochure(document=ctx.documents[key], title=title)
            for key, title in spec.get("brochures", [])
        ],
        locale=ctx.locale,
    )
    return add_page(parent, page, [*page.key_figures.all(), *page.brochures.all()])
