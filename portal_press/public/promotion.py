"""The public context of a promotion page: its public children and contacts."""

from ..cache import fragments
from ..localisation.register import localize_agencies
from ..localisation.status import vietnamese_only_context
from ..models import ProvincePromotionPage
from ..publishing import visibility
from .contacts import chosen_contacts


def contact_person(page):
    """The chosen contact person, while the appointment is valid."""
    if page.contact_spokesperson_id is None:
        return None
    people = chosen_contacts([page.contact_spokesperson.translation_key], page.locale)
    return people[0] if people else None


def promotion_context(page, request):
    """A promotion page's children, figures, brochures and contacts, kept
    between requests for the public view, as a release's surroundings are:
    an event about the page or a child ends its path, one about an agency
    or a spokesperson everything kept. A preview is built afresh."""
    return fragments.kept_with_page(
        f"promotion:{page.pk}", lambda: _surroundings(page), page, request
    )


def _surroundings(page):
    context = {
        "child_pages": list(
            visibility.public(ProvincePromotionPage.objects.child_of(page))
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("path")
        ),
        "contact_person": contact_person(page),
        "vietnamese_only": vietnamese_only_context(page, ProvincePromotionPage),
        "key_figures": list(page.key_figures.all()),
        "brochures": list(page.brochures.select_related("document")),
    }
    if page.contact_agency_id:
        context["contact_agency"] = localize_agencies(
            [page.contact_agency], page.locale
        )[0]
    return context
