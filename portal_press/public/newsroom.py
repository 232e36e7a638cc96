"""The newsroom's public context: the releases the public may see, filtered.

Asking the gate which releases are public means reading every release of
the newsroom, so it is asked once, and its answer kept until a release
changes: the key, time and agency of every public release, newest first,
give the filter's years and agencies, the count and the keys of the
requested page (and, with filters, one more question gives the keys that
match them). Only the page's twenty releases are then loaded in full.
"""

import hashlib

from django.utils.functional import SimpleLazyObject
from wagtail.models import Locale

from ..cache import fragments
from ..conf import get_setting
from ..localisation.glossary import glossary_names
from ..localisation.status import vietnamese_only_context
from ..models import Agency, PressReleasePage
from ..publishing import visibility
from ..publishing.clock import portal_year, year_span
from .forms import PressReleaseFilterForm, topic_slug
from .pagination import paginate

NEWEST_FIRST = ("-released_at", "-pk")


def release_years(moments):
    """The years (in the province) of ``moments``, newest first."""
    return sorted({portal_year(moment) for moment in moments}, reverse=True)


def topic_aliases(locale):
    """``{slug of a topic's name in locale: the topic's slug}``, from the
    glossary: what lets “press conference” filter by “họp báo”."""
    return {
        topic_slug(name): topic_slug(source_key)
        for source_key, name in glossary_names(locale).items()
    }


def filter_releases(releases, agency=None, year=None, tag=""):
    if agency is not None:
        releases = releases.filter(issuing_agency=agency)
    if year is not None:
        start, end = year_span(year)
        releases = releases.filter(released_at__gte=start, released_at__lt=end)
    if tag:
        releases = releases.filter(tags__slug=tag)
    return releases


def load_releases(keys):
    """The releases with ``keys``, in that order, with what a summary shows."""
    rows = (
        PressReleasePage.objects.filter(pk__in=keys)
        .select_related("issuing_agency")
        .prefetch_related("tags")
    )
    loaded = {row.pk: row for row in rows}
    return [loaded[key] for key in keys if key in loaded]


def public_summary(page, releases):
    """``(keys newest first, agency keys, years)`` of the public ``releases``.

    Kept between requests until a release of the newsroom changes (its
    content events end the newsroom's path) or the gate's next boundary: at
    10,000 releases reading them costs more than the rest of the page.
    """

    def summarise():
        public = list(releases.values_list("pk", "released_at", "issuing_agency"))
        return (
            [key for key, _moment, _agency in public],
            sorted({agency for _key, _moment, agency in public}),
            release_years(moment for _key, moment, _agency in public),
        )

    return fragments.remembered(f"newsroom:{page.pk}", summarise, path=page.url)


def newsroom_context(page, request):
    releases = visibility.public(PressReleasePage.objects.child_of(page)).order_by(
        *NEWEST_FIRST
    )
    keys, agencies, years = public_summary(page, releases)
    form = PressReleaseFilterForm(
        request.GET,
        agencies=Agency.objects.filter(pk__in=agencies).order_by("name"),
        years=years,
        tag_aliases=topic_aliases(Locale.get_active()),
    )
    valid = form.is_valid()
    if valid and any(form.cleaned_data.values()):
        keys = list(
            filter_releases(releases, **form.cleaned_data).values_list("pk", flat=True)
        )
    found = paginate(request, keys, get_setting("RELEASES_PER_PAGE"))
    page_keys = found.object_list
    # Loaded only when the list is rendered, not when it is kept.
    found.object_list = SimpleLazyObject(lambda: load_releases(page_keys))
    return {
        "filter_form": form,
        "vietnamese_only": vietnamese_only_context(page, PressReleasePage),
        "releases": found,
        "kept_listing": kept_listing_name(page, form.cleaned_data, found.number)
        if valid
        else None,
        # The form as it first shows, the same for everyone until a release
        # changes its agencies or years; a chosen filter shows what was typed.
        "kept_form": None if form.has_changed() else f"newsroom:{page.pk}:form",
    }


def kept_listing_name(page, filters, number):
    """The name one page of the newsroom's list is kept under (see
    ``{% keep %}``): the same for every visitor of that page and filter,
    until a release of the newsroom changes."""
    chosen = "&".join(
        f"{name}={getattr(value, 'pk', value)}"
        for name, value in sorted(filters.items())
        if value
    )
    digest = hashlib.sha256(chosen.encode()).hexdigest()[:16]
    return f"newsroom:{page.pk}:{digest}:{number}"
