"""A press release's public context: issuer, contacts, related pages, corrections."""

from django.db.models import QuerySet
from wagtail.models import Page

from ..cache import fragments
from ..localisation.register import localize_agencies
from ..publishing import visibility
from ..publishing.clock import portal_now
from ..publishing.sources import sources_by_key
from .contacts import agency_spokespersons, chosen_contacts


def media_contacts(release):
    """The contacts the editor chose, if any is still current; otherwise the
    issuing agency's current spokespersons."""
    keys = [
        contact.spokesperson.translation_key
        for contact in release.media_contacts.select_related("spokesperson")
    ]
    people = chosen_contacts(keys, release.locale) if keys else []
    return people or agency_spokespersons(release.issuing_agency, release.locale)


def related_pages(release):
    """Related pages the public may see, in the release's language where
    they are translated.

    Two queries, each on an index: one query for the linked pages and their
    translations together needs an OR across columns, which PostgreSQL
    answers by reading every page.
    """
    links = release.related_links.all()
    # A preview's links are the form's, in memory (modelcluster): they are
    # not in the database for a subquery to find.
    linked_ids = (
        links.values("linked_page")
        if isinstance(links, QuerySet)
        else [link.linked_page_id for link in links]
    )
    linked = list(visibility.public_few(Page.objects.filter(pk__in=linked_ids)))
    if not linked:
        return []
    translated = {
        page.translation_key: page
        for page in visibility.public_few(
            Page.objects.filter(
                translation_key__in=[page.translation_key for page in linked]
            ),
            locale=release.locale,
        )
    }
    return [translated.get(page.translation_key, page) for page in linked]


def embargo_ahead(page):
    """The embargo time still ahead for ``page`` (its source's), or ``None``."""
    starts, _ends = visibility.public_window(page)
    return starts if starts is not None and starts > portal_now() else None


def withdrawal(release):
    """How the release was withdrawn (its source's decision), or ``None``."""
    source = sources_by_key([release]).get(release.translation_key, release)
    if not source.is_withdrawn():
        return None
    replacement = None
    if source.replaced_by_id:
        replacements = visibility.public(
            Page.objects.filter(translation_key=source.replaced_by.translation_key)
        )
        replacement = (
            replacements.filter(locale=release.locale).first()
            or replacements.filter(pk=source.replaced_by_id).first()
        )
    return {
        "reason": source.get_withdrawal_reason_display(),
        "at": source.withdrawn_at,
        "note": release.withdrawal_note or source.withdrawal_note,
        "replacement": replacement,
    }


def release_context(release, request):
    """What a release shows around its text, kept between requests for the
    public view: every event that changes it (the release, its translations,
    its agencies, their spokespersons, its related pages, the glossary)
    ends its path, and the gate's next boundary ends everything kept. A
    preview is the editor's unsaved form: built afresh."""
    return fragments.kept_with_page(
        f"release:{release.pk}", lambda: _surroundings(release), release, request
    )


def _surroundings(release):
    return {
        "withdrawal": withdrawal(release),
        "issuing_agency": localize_agencies([release.issuing_agency], release.locale)[
            0
        ],
        "co_issuers": localize_agencies(
            [link.agency for link in release.co_issuers.select_related("agency")],
            release.locale,
        ),
        "media_contacts": media_contacts(release),
        "related_pages": related_pages(release),
        "corrections": sorted(
            release.corrections.all(), key=lambda c: c.corrected_at, reverse=True
        ),
        "embargo_until": embargo_ahead(release),
    }
