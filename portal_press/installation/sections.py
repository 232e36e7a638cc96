"""The four section pages a portal needs, under the default site's home page.

The newsroom, the spokesperson directory, the training index and the
promotion hub are created, published, where none of that type exists yet in
the site. Their titles are the app's translated names in the site's
language; editors rename them as they like.
"""

from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Site

from ..folding import fold
from ..models import (
    PressReleaseIndexPage,
    ProvincePromotionPage,
    SpokespersonDirectoryPage,
    TrainingIndexPage,
)
from ..publishing.sources import default_language_code


def section_titles():
    """``(model, title)`` of each section, titles in the site's language."""
    with translation.override(default_language_code()):
        return [
            (PressReleaseIndexPage, _("Press releases")),
            (SpokespersonDirectoryPage, _("Spokespersons")),
            (TrainingIndexPage, _("Trainings")),
            (ProvincePromotionPage, _("About the province")),
        ]


def home_page():
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_page.specific if site else None


def ensure_sections(home):
    """Create the missing sections under ``home``.

    Yields ``(model, page, created)``; ``page`` is ``None`` where the
    settings (SECTION_PARENT_PAGE_TYPES) do not allow one under ``home``.
    """
    for model, title in section_titles():
        existing = model.objects.descendant_of(home).first()
        if existing is not None:
            yield model, existing, False
        elif not model.can_create_at(home):
            yield model, None, False
        else:
            yield model, _add(home, model, title), True


def _add(home, model, title):
    slug = slugify(fold(title)) or model._meta.model_name
    taken = set(home.get_children().values_list("slug", flat=True))
    base, number = slug, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    page = model(title=title, slug=slug, locale=home.locale)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page
